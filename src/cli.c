/* SPDX-License-Identifier: ISC */
/*
 * cli.c: argp options, value checks and defaults.
 *
 * Every value is checked here, so later stages see only requests that
 * make sense.  A repeated option takes its last value, except --pain,
 * whose sides add up: "--pain=left --pain=right" means both heels.
 */
#include <argp.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "buffer.h"
#include "calendar.h"
#include "cli.h"
#include "format.h"
#include "i18n.h"
#include "lang.h"
#include "printable.h"

/* Keys for long-only options, above any character. */
enum {
	KEY_PATIENT = 256,
	KEY_CLINICIAN,
	KEY_DATE,
	KEY_LIST,
	KEY_CHECK,
	KEY_START,
	KEY_WEEKS,
	KEY_LOG,
	KEY_BAND,
	KEY_FHIR_BUNDLE,
	KEY_LIST_LANGS
};

enum { WIDTH_MIN = 40, WIDTH_MAX = 200, WIDTH_DEFAULT = 72 };

/*
 * A plan that lists sessions covers WEEKS_DEFAULT weeks unless --weeks
 * says otherwise: a month, one printed log sheet.  This is the length
 * of the sheet, not of the treatment, which the catalog's progression
 * says goes on until daily activities stop hurting.  The help text
 * below says 4 as well.
 */
enum { WEEKS_MIN = 1, WEEKS_MAX = 52, WEEKS_DEFAULT = 4 };

/* TRANSLATORS: argp prints the part before \v above the options and
 * the rest after them; keep the \v, the option names and the values
 * heelrx takes. */
static const char doc[] = N_(
	"Print a home exercise plan for heel or Achilles pain.\n"
	"\n"
	"The plan strengthens the hip and leg muscles of the leg opposite a "
	"painful heel, or of both legs when both heels hurt, as the exercise "
	"catalog prescribes."
	"\v"
	"Examples:\n"
	"  heelrx --pain=left                      plan for the right leg\n"
	"  heelrx -p both -f markdown >> notes.md  append to a notes file\n"
	"  heelrx -p right -f html > plan.html     a handout with figures\n"
	"  heelrx -p left -f html | weasyprint - plan.pdf\n"
	"  heelrx -p right --patient='A. Jones' | lpr\n"
	"  heelrx -p left -o plan.txt              write plan.txt safely\n"
	"  heelrx -e clinic.yaml --check           validate a catalog\n"
	"  heelrx -p right --start=2026-12-01 --log | lpr\n"
	"  heelrx -p right --start=2026-12-01 -f ics > sessions.ics\n"
	"  heelrx -p left -f json | jq -r '.exercises[].name'\n"
	"  heelrx -p left --patient='A. Jones' -f fhir > plan.json\n"
	"  heelrx -p left --lang=es | lpr          the handout in Spanish\n"
	"\n"
	"--start alone covers 4 weeks; --weeks without --start numbers the "
	"sessions instead of dating them, as --log alone does.\n"
	"\n"
	"The catalog is the file given with --exercises, else the file named "
	"by HEELRX_EXERCISES, else the copy built into heelrx. "
	"SOURCE_DATE_EPOCH, when set, replaces today as the default date.\n"
	"\n"
	"The handout is in the language of --lang, else of HEELRX_LANG, else "
	"of the catalog, whatever the locale; these messages follow the "
	"locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).\n"
	"\n"
	"Exit status: 0 success, 64 bad command line, 65 invalid catalog, "
	"66 catalog cannot be opened, 70 internal error, 73 output file "
	"cannot be created, 74 read or write error.");

static const struct argp_option options[] = {
	{NULL, 0, NULL, 0, N_("The plan:"), 1},
	{"pain", 'p', N_("SIDE"), 0,
	 N_("Which heel hurts: left, right or both (also l, r, b); "
	    "repeat or separate with commas to add sides (required)"),
	 1},
	/* Its help comes from the format table: see help_filter. */
	{"format", 'f', N_("FORMAT"), 0, NULL, 1},
	{"fhir-bundle", KEY_FHIR_BUNDLE, N_("TYPE"), 0,
	 N_("With -f fhir: collection (default), or transaction for POSTing "
	    "to a FHIR server (needs --patient)"),
	 1},
	{"output", 'o', N_("FILE"), 0,
	 N_("Write to FILE, replacing it only once the whole plan is written "
	    "('-': standard output)"),
	 1},
	{"width", 'w', N_("N"), 0,
	 N_("Wrap text output at N columns, 40 to 200 "
	    "(default 72)"),
	 1},
	{"lang", 'L', N_("LL"), 0,
	 N_("Write the handout in language LL, the patient's (default en; "
	    "--list-langs or --lang=help lists them)"),
	 1},

	{NULL, 0, NULL, 0, N_("Handout header:"), 2},
	{"patient", KEY_PATIENT, N_("NAME"), 0, N_("The patient's name"), 2},
	{"clinician", KEY_CLINICIAN, N_("NAME"), 0, N_("The clinician's name"),
	 2},
	{"date", KEY_DATE, N_("YYYY-MM-DD"), 0,
	 N_("The plan's date (default: today)"), 2},

	{NULL, 0, NULL, 0, N_("The catalog:"), 3},
	{"exercises", 'e', N_("FILE"), 0,
	 N_("Read exercises and rules from FILE ('-': standard input)"), 3},
	{"list", KEY_LIST, NULL, 0,
	 N_("List the catalog's exercises (id, name, target), tab-separated, "
	    "and exit"),
	 3},
	{"check", KEY_CHECK, NULL, 0,
	 N_("Validate the catalog, print nothing, and exit; with --pain, also "
	    "build that plan"),
	 3},
	{"list-langs", KEY_LIST_LANGS, NULL, 0,
	 N_("List the handout languages (code and name), tab-separated, and "
	    "exit"),
	 3},

	{NULL, 0, NULL, 0, N_("Sessions, log and bands:"), 4},
	{"start", KEY_START, N_("YYYY-MM-DD"), 0,
	 N_("Date the sessions, the first on this day"), 4},
	{"weeks", KEY_WEEKS, N_("N"), 0,
	 N_("List the sessions of N weeks, 1 to 52 (default 4)"), 4},
	{"log", KEY_LOG, NULL, 0,
	 N_("Add a log sheet to fill in after each session"), 4},
	{"band", KEY_BAND, N_("COLOR"), 0,
	 N_("The band the patient uses now; the plan names the next one"), 4},

	{NULL, 0, NULL, 0, N_("Informational options:"), -1},
	{NULL, 0, NULL, 0, NULL, 0},
};

/* What the parser carries between options. */
struct state {
	struct request *request;
	bool has_list, has_check, has_list_langs;
	const char *date_text;
	char shown[200]; /* an option value as a message shows it */
};

/* The value quoted, with any control character escaped. */
static const char *
shown(struct argp_state *st, const char *value, size_t len)
{
	struct state *s = st->input;

	printable(s->shown, sizeof s->shown, value, len, 64, true);
	return s->shown;
}

static bool
is_word(const char *s, size_t len, const char *word)
{
	return strlen(word) == len && strncasecmp(s, word, len) == 0;
}

/* Adds the comma-separated sides in arg to the request's pain. */
static void
add_pain(struct argp_state *st, struct request *request, const char *arg)
{
	const char *item = arg, *comma;
	size_t len;

	for (;;) {
		comma = strchr(item, ',');
		len = comma != NULL ? (size_t)(comma - item) : strlen(item);
		if (is_word(item, len, "left") || is_word(item, len, "l"))
			request->pain |= PAIN_LEFT;
		else if (is_word(item, len, "right") || is_word(item, len, "r"))
			request->pain |= PAIN_RIGHT;
		else if (is_word(item, len, "both") || is_word(item, len, "b"))
			request->pain |= PAIN_BOTH;
		else
			argp_error(st,
				   _("invalid side %s in --pain; valid sides "
				     "are left, right and both"),
				   shown(st, item, len));
		if (comma == NULL)
			return;
		item = comma + 1;
	}
}

/* Refuses a --format that names no format, naming those there are. */
static void
bad_format(struct argp_state *st, const char *arg)
{
	struct buffer names = BUFFER_INIT;

	if (format_names(&names, false, _(" and ")))
		argp_error(st, _("invalid format %s; valid formats are %s"),
			   shown(st, arg, strlen(arg)), buffer_text(&names));
	buffer_free(&names);
	argp_error(st, _("out of memory"));
}

/*
 * argp hands each text of --help here before it prints it; the help of
 * --format is made from the format table, each format with its note:
 * "text (default), markdown (md), ..., or fhir (an HL7 FHIR R4
 * Bundle)".  argp frees what this returns when it is not text.
 */
static char *
help_filter(int key, const char *text, void *input)
{
	struct buffer help = BUFFER_INIT;

	(void)input;
	if (key != 'f')
		return (char *)text;
	/* TRANSLATORS: before the last of a list of choices in --help, as
	 * in "json, ics (iCalendar, needs --start), or fhir". */
	if (format_names(&help, true, _(", or ")))
		return help.data;
	buffer_free(&help);
	return (char *)text;
}

/* Parses exactly YYYY-MM-DD naming a day that exists. */
static bool
parse_date(const char *s, struct date *date)
{
	int i;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	date->year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		     (s[2] - '0') * 10 + (s[3] - '0');
	date->month = (s[5] - '0') * 10 + (s[6] - '0');
	date->day = (s[8] - '0') * 10 + (s[9] - '0');
	return calendar_is_real(date);
}

/* A whole number from min to max, or -1. */
static long
parse_number(const char *s, long min, long max)
{
	char *end;
	long n;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	n = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || n < min || n > max)
		return -1;
	return n;
}

/*
 * Names given on the command line must not smuggle terminal codes or
 * bidirectional overrides, and must be UTF-8 like the rest of the plan:
 * JSON and iCalendar output cannot carry anything else.
 */
static bool
is_printable_name(const char *s)
{
	return *s != '\0' && printable_is_clean(s);
}

/*
 * getopt quotes an option it does not know as it was typed, so one that
 * is not UTF-8 or holds terminal codes would reach the terminal raw.
 * Such a word is never a known option, whose names are all ASCII, so it
 * is found here, before getopt sees it, and reported in getopt's words
 * with the bad bytes escaped.  The scan reads the words as getopt does:
 * it skips the value of an option that takes the next word, ends at
 * "--", and ends at the first word that getopt itself would stop on (an
 * option that prints and exits, or one it rejects).
 */
enum scan { SCAN_NEXT_WORD, SCAN_SKIP_WORD, SCAN_END };

/* argp's own options, which options[] does not list. */
static const struct argp_option argp_options[] = {
	{"help", '?', NULL, 0, NULL, 0},
	{"usage", -1, NULL, 0, NULL, 0},
	{"version", 'V', NULL, 0, NULL, 0},
	{"program-name", -2, "NAME", 0, NULL, 0},
	{"HANG", -3, "SECS", OPTION_ARG_OPTIONAL, NULL, 0},
	{NULL, 0, NULL, 0, NULL, 0},
};

/* Whether o needs a value, which is the next word when its own has none. */
static bool
is_value_required(const struct argp_option *o)
{
	return o->arg != NULL && !(o->flags & OPTION_ARG_OPTIONAL);
}

/* Whether argp prints something and exits when it meets option o. */
static bool
is_exiting(const struct argp_option *o)
{
	return o->key == '?' || o->key == 'V' || o->key == -1;
}

/*
 * Reports the len bytes of word, a long option or one short option's
 * letter, as getopt would, but escaped.
 */
static void
bad_option(struct argp_state *st, const char *word, size_t len, bool is_long)
{
	struct state *s = st->input;

	printable(s->shown, sizeof s->shown, word, len, 64, false);
	if (is_long)
		argp_error(st, _("unrecognized option '%s'"), s->shown);
	else
		argp_error(st, _("invalid option -- '%s'"), s->shown);
}

/* The options, then argp's own. */
static const struct argp_option *const option_tables[] = {options,
							  argp_options};

/*
 * The long option that the len bytes at name spell or, as getopt
 * accepts, start; *n_found says how many start so (ambiguous if more
 * than one) and is 1 for an exact match, which is never ambiguous.
 */
static const struct argp_option *
find_long(const char *name, size_t len, int *n_found)
{
	const struct argp_option *o, *found = NULL;
	size_t t;

	*n_found = 0;
	for (t = 0; t < 2; t++)
		for (o = option_tables[t]; o->name != NULL || o->doc != NULL;
		     o++) {
			if (o->name == NULL || strncmp(o->name, name, len) != 0)
				continue;
			if (o->name[len] == '\0') {
				*n_found = 1;
				return o;
			}
			found = o;
			++*n_found;
		}
	return found;
}

static enum scan
scan_long(struct argp_state *st, const char *word)
{
	const char *name = word + 2;
	size_t len = strcspn(name, "=");
	const struct argp_option *o;
	int n_found;

	o = find_long(name, len, &n_found);
	if (n_found == 0) {
		if (!printable_is_clean(word))
			bad_option(st, word, strlen(word), true);
		return SCAN_END;
	}
	if (n_found > 1 || is_exiting(o))
		return SCAN_END;
	return name[len] != '=' && is_value_required(o) ? SCAN_SKIP_WORD
							: SCAN_NEXT_WORD;
}

/* The option with short name key, or NULL. */
static const struct argp_option *
find_short(unsigned char key)
{
	const struct argp_option *o;
	size_t t;

	for (t = 0; t < 2; t++)
		for (o = option_tables[t]; o->name != NULL || o->doc != NULL;
		     o++)
			if (o->key == key && key != 0)
				return o;
	return NULL;
}

static enum scan
scan_short(struct argp_state *st, const char *word)
{
	const struct argp_option *o;
	const char *c;

	for (c = word + 1; *c != '\0'; c++) {
		unsigned char byte = (unsigned char)*c;

		if ((o = find_short(byte)) == NULL) {
			if (byte < 0x21 || byte > 0x7e)
				bad_option(st, c, 1, false);
			return SCAN_END;
		}
		if (is_exiting(o))
			return SCAN_END;
		if (is_value_required(o))
			return c[1] == '\0' ? SCAN_SKIP_WORD : SCAN_NEXT_WORD;
	}
	return SCAN_NEXT_WORD;
}

static void
scan_options(struct argp_state *st)
{
	bool is_posix = getenv("POSIXLY_CORRECT") != NULL;
	enum scan scan;
	int i;

	for (i = 1; i < st->argc; i++) {
		const char *word = st->argv[i];

		if (strcmp(word, "--") == 0)
			return;
		if (word[0] != '-' || word[1] == '\0') {
			/* An operand; POSIX getopt stops at the first. */
			if (is_posix)
				return;
			continue;
		}
		scan = word[1] == '-' ? scan_long(st, word)
				      : scan_short(st, word);
		if (scan == SCAN_END)
			return;
		if (scan == SCAN_SKIP_WORD)
			i++;
	}
}

/*
 * Completes the options that lay the plan out over weeks, once all are
 * known: --start and --log need some weeks, a calendar needs dates, and
 * the day after the last session (where an iCalendar event of the last
 * day ends) must still have a four-digit year.
 */
static void
check_sessions(struct argp_state *st, struct request *r)
{
	struct date last;

	if (r->weeks == 0 && (r->has_start || r->wants_log))
		r->weeks = WEEKS_DEFAULT;
	if (r->action == ACTION_PLAN && r->format->start_reason != NULL &&
	    !r->has_start)
		/* TRANSLATORS: the second %s says why, as in "a calendar
		 * needs the date of the first session". */
		argp_error(st, _("--format=%s needs --start=YYYY-MM-DD: %s"),
			   r->format->name, _(r->format->start_reason));
	if (!r->has_start)
		return;
	/* The day after the last: a calendar event ends there. */
	last = calendar_add_days(&r->start, (long)r->weeks * 7);
	if (last.year > CALENDAR_LAST_YEAR)
		argp_error(st,
			   ngettext("invalid start date %04d-%02d-%02d; %u "
				    "week from it runs past the year %d",
				    "invalid start date %04d-%02d-%02d; %u "
				    "weeks from it run past the year %d",
				    r->weeks),
			   r->start.year, r->start.month, r->start.day,
			   r->weeks, CALENDAR_LAST_YEAR);
}

static error_t
parse_option(int key, char *arg, struct argp_state *st)
{
	struct state *s = st->input;
	struct request *r = s->request;
	long weeks;

	switch (key) {
	case ARGP_KEY_INIT:
		/* argp names the program only after this key, and a message
		 * from the scan needs the name. */
		if (st->name == NULL && st->argc > 0)
			st->name = st->argv[0];
		scan_options(st);
		break;
	case 'p':
		add_pain(st, r, arg);
		break;
	case 'f':
		if ((r->format = format_find(arg)) == NULL)
			bad_format(st, arg);
		break;
	case KEY_FHIR_BUNDLE:
		if (strcasecmp(arg, "collection") == 0)
			r->fhir_bundle = FHIR_BUNDLE_COLLECTION;
		else if (strcasecmp(arg, "transaction") == 0)
			r->fhir_bundle = FHIR_BUNDLE_TRANSACTION;
		else
			argp_error(st,
				   _("invalid FHIR bundle type %s; valid types "
				     "are collection and transaction"),
				   shown(st, arg, strlen(arg)));
		break;
	case 'w':
		if ((r->width = (int)parse_number(arg, WIDTH_MIN, WIDTH_MAX)) <
		    0)
			argp_error(st,
				   _("invalid width %s; expected a whole "
				     "number from %d to %d"),
				   shown(st, arg, strlen(arg)), WIDTH_MIN,
				   WIDTH_MAX);
		break;
	case 'o':
		if (*arg == '\0')
			argp_error(st, _("--output needs a file name"));
		r->output_path = strcmp(arg, "-") == 0 ? NULL : arg;
		break;
	case 'e':
		if (*arg == '\0')
			argp_error(st, _("--exercises needs a file name"));
		r->catalog_path = arg;
		r->catalog_origin = CATALOG_OPTION;
		break;
	case KEY_PATIENT:
	case KEY_CLINICIAN:
		if (!is_printable_name(arg))
			argp_error(
				st,
				_("invalid --%s %s: expected a name in UTF-8 "
				  "with no control characters"),
				key == KEY_PATIENT ? "patient" : "clinician",
				shown(st, arg, strlen(arg)));
		if (key == KEY_PATIENT)
			r->patient = arg;
		else
			r->clinician = arg;
		break;
	case KEY_DATE:
		if (!parse_date(arg, &r->date))
			argp_error(st,
				   _("invalid date %s; expected a real day as "
				     "YYYY-MM-DD, such as 2026-03-01"),
				   shown(st, arg, strlen(arg)));
		s->date_text = arg;
		break;
	case KEY_START:
		if (!parse_date(arg, &r->start))
			argp_error(st,
				   _("invalid start date %s; expected a real "
				     "day as YYYY-MM-DD, such as 2026-12-01"),
				   shown(st, arg, strlen(arg)));
		r->has_start = true;
		break;
	case KEY_WEEKS:
		weeks = parse_number(arg, WEEKS_MIN, WEEKS_MAX);
		if (weeks < 0)
			argp_error(st,
				   _("invalid number of weeks %s; expected a "
				     "whole number from %d to %d"),
				   shown(st, arg, strlen(arg)), WEEKS_MIN,
				   WEEKS_MAX);
		r->weeks = (unsigned)weeks;
		r->has_weeks = true;
		break;
	case KEY_LOG:
		r->wants_log = true;
		break;
	case KEY_BAND:
		if (!is_printable_name(arg))
			argp_error(st,
				   _("invalid --band %s: expected a colour, "
				     "such as red, with no control characters"),
				   shown(st, arg, strlen(arg)));
		r->band = arg;
		break;
	case KEY_LIST:
		s->has_list = true;
		break;
	case 'L':
		if (strcmp(arg, "help") == 0) {
			s->has_list_langs = true;
			break;
		}
		if (!lang_is_tag(arg))
			argp_error(
				st,
				_("invalid language %s; expected a code such "
				  "as de or zh_CN (--list-langs lists them)"),
				shown(st, arg, strlen(arg)));
		r->language = arg;
		break;
	case KEY_LIST_LANGS:
		s->has_list_langs = true;
		break;
	case KEY_CHECK:
		s->has_check = true;
		break;
	case ARGP_KEY_ARG:
		argp_error(st, _("unexpected argument %s; options only"),
			   shown(st, arg, strlen(arg)));
		break;
	case ARGP_KEY_END:
		if (s->has_list && s->has_check)
			argp_error(st,
				   _("--list and --check cannot be combined"));
		if (s->has_check && r->output_path != NULL)
			argp_error(st,
				   _("--check prints nothing, so it takes no "
				     "--output"));
		if (s->has_list_langs)
			r->action = ACTION_LIST_LANGS;
		else if (s->has_list)
			r->action = ACTION_LIST;
		else if (s->has_check)
			r->action = ACTION_CHECK;
		else if (r->pain == PAIN_NONE)
			argp_error(st,
				   _("missing --pain: say which heel hurts, "
				     "left, right or both"));
		check_sessions(st, r);
		/* A server files what a transaction creates under its
		 * subject; without a patient there is none to file it under. */
		if (r->action == ACTION_PLAN && r->format->reads_fhir_bundle &&
		    r->fhir_bundle == FHIR_BUNDLE_TRANSACTION &&
		    r->patient == NULL)
			argp_error(st, _("--fhir-bundle=transaction needs "
					 "--patient: a server files the plan "
					 "under a patient"));
		break;
	default:
		return ARGP_ERR_UNKNOWN;
	}
	return 0;
}

/*
 * Today in local time, or the day SOURCE_DATE_EPOCH names in UTC, as
 * reproducible builds specify it.
 */
static enum status
default_date(struct date *date, struct failure *f)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t now;
	struct tm tm;

	if (epoch != NULL) {
		char *end;
		long long seconds;

		errno = 0;
		seconds = strtoll(epoch, &end, 10);
		if (*epoch < '0' || *epoch > '9' || *end != '\0' ||
		    errno != 0 || seconds > 253402300799LL) {
			char value[200];
			printable(value, sizeof value, epoch, strlen(epoch), 64,
				  true);
			return failure_set(f, STATUS_USAGE,
					   _("SOURCE_DATE_EPOCH: expected "
					     "seconds since 1970, found %s"),
					   value);
		}
		now = (time_t)seconds;
	} else {
		now = time(NULL);
	}
	if ((epoch != NULL ? gmtime_r(&now, &tm) : localtime_r(&now, &tm)) ==
	    NULL)
		return failure_set(f, STATUS_SOFTWARE,
				   _("cannot convert the current time"));
	date->year = tm.tm_year + 1900;
	date->month = tm.tm_mon + 1;
	date->day = tm.tm_mday;
	return STATUS_OK;
}

enum status
cli_parse(int argc, char **argv, struct request *request, struct failure *f)
{
	static const struct argp argp = {options, parse_option, NULL, doc,
					 NULL,	  help_filter,	NULL};
	struct state s = {.request = request};
	const char *env;

	memset(request, 0, sizeof *request);
	request->action = ACTION_PLAN;
	request->format = &format_table[0];
	request->width = WIDTH_DEFAULT;
	request->catalog_origin = CATALOG_BUILT_IN;
	env = getenv("HEELRX_EXERCISES");
	if (env != NULL && *env != '\0') {
		request->catalog_origin = CATALOG_ENVIRONMENT;
		request->catalog_path = env;
	}
	/* argp exits with argp_err_exit_status on a usage error. */
	if (argp_parse(&argp, argc, argv, 0, NULL, &s) != 0)
		return failure_set(f, STATUS_USAGE,
				   _("cannot parse arguments"));
	/* The handout's language comes from the patient, never from the
	 * clinician's locale: only --lang, then HEELRX_LANG, set it. */
	env = getenv("HEELRX_LANG");
	/* Listing the languages must work whatever the environment says:
	 * it is how to find a good value. */
	if (request->action != ACTION_LIST_LANGS && request->language == NULL &&
	    env != NULL && *env != '\0') {
		if (!lang_is_tag(env)) {
			char value[200];
			printable(value, sizeof value, env, strlen(env), 64,
				  true);
			return failure_set(
				f, STATUS_USAGE,
				_("HEELRX_LANG: expected a language "
				  "code such as de or zh_CN, found %s"),
				value);
		}
		request->language = env;
	}
	if (s.date_text == NULL)
		return default_date(&request->date, f);
	return STATUS_OK;
}
