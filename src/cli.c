/* SPDX-License-Identifier: ISC */
/*
 * cli.c: argp options, value checks and defaults.
 *
 * Every value is checked here, so later stages see only requests that
 * make sense.  A repeated option takes its last value, except --pain,
 * whose sides add up: "--pain=left --pain=right" means both heels.
 *
 * argp parses with ARGP_NO_ERRS, ARGP_NO_EXIT and ARGP_NO_HELP: it
 * neither prints nor exits, and adds none of its own options (--help,
 * --usage and --version are in the table below; its hidden --HANG and
 * --program-name are not, so they are unknown options).  Every refusal
 * comes back to main as a failure.
 */
#include <argp.h>
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "buffer.h"
#include "calendar.h"
#include "catalog.h"
#include "cli.h"
#include "clinic.h"
#include "format.h"
#include "i18n.h"
#include "lang.h"
#include "person_key.h"
#include "printable.h"
#include "render.h"

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
	KEY_LIST_LANGS,
	KEY_LIST_FORMATS,
	KEY_BATCH,
	KEY_USAGE,
	KEY_PATIENT_ID,
	KEY_PATIENT_REF,
	KEY_CLINICIAN_ID,
	KEY_CLINICIAN_REF,
	KEY_DOSE,
	KEY_OMIT,
	KEY_NOTE,
	KEY_REVIEW,
	KEY_CLINIC,
	KEY_NO_CLINIC,
	KEY_JSON_SCHEMA,
	KEY_REMIND,
	KEY_NO_PATIENT_NAME,
	KEY_LARGE_PRINT
};

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
	"  heelrx -p left --start=2026-12-01 --remind=07:30 -f ics\n"
	"  heelrx -p left -f json | jq -r '.exercises[].name'\n"
	"  heelrx -p left --patient='A. Jones' -f fhir > plan.json\n"
	"  heelrx -p left --lang=es | lpr          the handout in Spanish\n"
	"  heelrx --batch=today.csv -f html -o '{patient}.html'\n"
	"  heelrx -p left --dose=2x8 --omit=hamstring-curl | lpr\n"
	"\n"
	"--start alone covers 4 weeks; --weeks without --start numbers the "
	"sessions instead of dating them, as --log alone does.\n"
	"\n"
	"The catalog is the file given with --exercises, else the file named "
	"by HEELRX_EXERCISES, else the copy built into heelrx. "
	"SOURCE_DATE_EPOCH, when set, replaces today as the default date.\n"
	"\n"
	"The clinic's settings file is the one given with --clinic, else "
	"heelrx/clinic.yaml in XDG_CONFIG_HOME (default ~/.config), if it "
	"exists: the clinic's name, phone, email, web and address for every "
	"handout, and defaults for --clinician, --lang and --width, which "
	"the command line overrides, and for --no-patient-name and "
	"--large-print.\n"
	"\n"
	"The handout is in the language of --lang, else of HEELRX_LANG, else "
	"of the catalog, whatever the locale; these messages follow the "
	"locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).\n"
	"\n"
	"Exit status: 0 success, 64 bad command line, 65 invalid catalog, "
	"list or settings file, 66 catalog, list or settings file cannot be "
	"opened, 70 internal error, 73 output file cannot be created, 74 "
	"read or write error.");

static const struct argp_option options[] = {
	{NULL, 0, NULL, 0, N_("The plan:"), 1},
	{"pain", 'p', N_("SIDE"), 0,
	 N_("Which heel hurts: left, right or both (also l, r, b); "
	    "repeat or separate with commas to add sides (required)"),
	 1},
	/* Its help comes from the format table: see help_filter. */
	{"format", 'f', N_("FORMAT"), 0, NULL, 1},
	{"output", 'o', N_("FILE"), 0,
	 N_("Write to FILE, replacing it only once the whole plan is written "
	    "('-': standard output)"),
	 1},
	{"batch", KEY_BATCH, N_("FILE"), 0,
	 N_("A handout for each row of FILE, a CSV list whose first row names "
	    "the long options that its rows set; -o's {COLUMN} is the row's "
	    "value"),
	 1},
	{"width", 'w', N_("N"), 0,
	 N_("Wrap text output at N columns, 40 to 200 "
	    "(default 72)"),
	 1},
	{"large-print", KEY_LARGE_PRINT, NULL, 0,
	 N_("Lay the HTML handout, and a PDF printed from it, out in large "
	    "print: text of 16 pt or more, each figure on a row of its own, "
	    "90 mm wide or more; other formats ignore it, and text output's "
	    "type size is the printer's"),
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
	{"list-formats", KEY_LIST_FORMATS, NULL, 0,
	 N_("List the output formats (name and what it is), tab-separated, "
	    "and exit"),
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

	{NULL, 0, NULL, 0, N_("Data for scripts (-f json):"), 5},
	{"json-schema", KEY_JSON_SCHEMA, N_("N"), 0,
	 N_("Print version N of the JSON schema: 2 (the default), or 1, the "
	    "version before, for one more release"),
	 5},

	{NULL, 0, NULL, 0, N_("Health records (-f fhir):"), 6},
	{"fhir-bundle", KEY_FHIR_BUNDLE, N_("TYPE"), 0,
	 N_("collection (default), or transaction for POSTing to a FHIR "
	    "server, which needs a patient: a name, an identifier or a "
	    "reference"),
	 6},
	{"patient-id", KEY_PATIENT_ID, N_("SYSTEM|VALUE"), 0,
	 N_("The patient's identifier in the health record; a transaction "
	    "creates the Patient only if no Patient has it"),
	 6},
	{"patient-ref", KEY_PATIENT_REF, N_("Patient/ID"), 0,
	 N_("File the plan under this Patient, which the server already "
	    "holds; the Bundle then has none"),
	 6},
	{"clinician-id", KEY_CLINICIAN_ID, N_("SYSTEM|VALUE"), 0,
	 N_("The clinician's identifier in the health record, as for the "
	    "patient"),
	 6},
	{"clinician-ref", KEY_CLINICIAN_REF, N_("Practitioner/ID"), 0,
	 N_("A Practitioner the server already holds, as for the patient"), 6},

	{NULL, 0, NULL, 0, N_("Calendars (-f ics):"), 7},
	{"remind", KEY_REMIND, N_("HH:MM"), 0,
	 N_("Remind the patient at this time of day, 00:00 to 23:59, on each "
	    "session's day"),
	 7},
	{"no-patient-name", KEY_NO_PATIENT_NAME, NULL, 0,
	 N_("Leave the patient's name out of the calendar's texts, which a "
	    "cloud calendar may keep"),
	 7},

	{NULL, 0, NULL, 0, N_("Tailoring for this patient:"), 8},
	{"dose", KEY_DOSE, N_("[ID:]SETSxREPS"), 0,
	 N_("Set the dose of every exercise, or of exercise ID, such as 2x8 "
	    "or hip-abduction:2x8 (repeatable)"),
	 8},
	{"omit", KEY_OMIT, N_("ID"), 0,
	 N_("Leave exercise ID out of the plan (repeatable)"), 8},
	{"note", KEY_NOTE, N_("TEXT"), 0,
	 N_("A note to the patient, near the top of the handout "
	    "(repeatable)"),
	 8},
	{"review", KEY_REVIEW, N_("YYYY-MM-DD"), 0,
	 N_("The day of the review appointment"), 8},

	{NULL, 0, NULL, 0, N_("The clinic's settings file:"), 9},
	{"clinic", KEY_CLINIC, N_("FILE"), 0,
	 N_("Read the clinic's settings from FILE instead of the default "
	    "one"),
	 9},
	{"no-clinic", KEY_NO_CLINIC, NULL, 0,
	 N_("Read no settings file: no contact block, no defaults"), 9},

	{NULL, 0, NULL, 0, N_("Informational options:"), -1},
	/* What argp would add itself, in its words and places. */
	{"help", '?', NULL, 0, N_("Give this help list"), -1},
	{"usage", KEY_USAGE, NULL, 0, N_("Give a short usage message"), 0},
	{"version", 'V', NULL, 0, N_("Print program version"), -1},
	{NULL, 0, NULL, 0, NULL, 0},
};

/* More than the options[] table has. */
enum { OPTION_COUNT = sizeof options / sizeof options[0] };

/*
 * Options that are about the whole command, not a patient: a batch
 * file's columns cannot set them.  Every other long option can, so an
 * option added to the table above is a column too.
 */
static const int whole_command_keys[] = {
	'?',
	KEY_USAGE,
	'V',
	KEY_BATCH,
	'o',
	'e',
	KEY_LIST,
	KEY_LIST_LANGS,
	KEY_LIST_FORMATS,
	KEY_CHECK,
	/* The clinic's settings are the whole list's, read once. */
	KEY_CLINIC,
	KEY_NO_CLINIC,
};

/* A batch row: its columns, and a cell of each, as cli_parse_row
 * takes them. */
struct row {
	const struct cli_column *columns;
	char *const *cells;
	size_t count;
};

/* What the parser carries between options. */
struct state {
	struct request *request;
	struct failure *failure; /* filled when the command line is refused */
	enum status status;	 /* then not STATUS_OK */
	bool has_list, has_check, has_list_langs, has_list_formats;
	bool has_clinic;
	/*
	 * While the command line is read as the defaults of a batch row:
	 * that row, whose options replace the command line's.  ARGP_KEY_END
	 * then waits for the row.
	 */
	const struct row *row;
	char shown[200]; /* an option value as a message shows it */
};

/* The value quoted, with any control character escaped. */
static const char *
shown(struct state *s, const char *value, size_t len)
{
	printable(s->shown, sizeof s->shown, value, len, 64, true);
	return s->shown;
}

static bool
is_word(const char *s, size_t len, const char *word)
{
	return strlen(word) == len && strncasecmp(s, word, len) == 0;
}

/* Adds the comma-separated sides in arg to the request's pain. */
static enum status
add_pain(struct state *s, const char *arg)
{
	const char *item = arg, *comma;
	size_t len;

	for (;;) {
		comma = strchr(item, ',');
		len = comma != NULL ? (size_t)(comma - item) : strlen(item);
		if (is_word(item, len, "left") || is_word(item, len, "l"))
			s->request->pain |= PAIN_LEFT;
		else if (is_word(item, len, "right") || is_word(item, len, "r"))
			s->request->pain |= PAIN_RIGHT;
		else if (is_word(item, len, "both") || is_word(item, len, "b"))
			s->request->pain |= PAIN_BOTH;
		else
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid side %s in --pain; valid "
					     "sides are left, right and both"),
					   shown(s, item, len));
		if (comma == NULL)
			return STATUS_OK;
		item = comma + 1;
	}
}

/* Refuses a --format that names no format, naming those there are. */
static enum status
bad_format(struct state *s, const char *arg)
{
	struct buffer names = BUFFER_INIT;

	if (format_names(&names, false, _(" and ")))
		failure_set(s->failure, STATUS_USAGE,
			    _("invalid format %s; valid formats are %s"),
			    shown(s, arg, strlen(arg)), buffer_text(&names));
	else
		failure_set(s->failure, STATUS_SOFTWARE, _("out of memory"));
	buffer_free(&names);
	return s->failure->status;
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

/* Parses exactly HH:MM, a time of day from 00:00 to 23:59, into
 * minutes after midnight. */
static bool
parse_time(const char *s, unsigned *minutes)
{
	unsigned hours, mins;
	int i;

	if (strlen(s) != 5 || s[2] != ':')
		return false;
	for (i = 0; i < 5; i++)
		if (i != 2 && (s[i] < '0' || s[i] > '9'))
			return false;
	hours = (unsigned)(s[0] - '0') * 10 + (unsigned)(s[1] - '0');
	mins = (unsigned)(s[3] - '0') * 10 + (unsigned)(s[4] - '0');
	if (hours > 23 || mins > 59)
		return false;
	*minutes = hours * 60 + mins;
	return true;
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

/* Whether s holds nothing but ASCII blanks. */
static bool
is_blank(const char *s)
{
	return s[strspn(s, " ")] == '\0';
}

/* Appends item to list, a struct array of that item's type. */
static enum status
push(struct state *s, struct array *list, const void *item)
{
	void *slot = array_push(list);

	if (slot == NULL)
		return failure_set(s->failure, STATUS_SOFTWARE,
				   _("out of memory"));
	memcpy(slot, item, list->size);
	return STATUS_OK;
}

/*
 * The whole number at *p, from 1 to max, moving *p past its digits;
 * 0 when there are no digits or the number is out of range.
 */
static unsigned
take_count(const char **p, unsigned max)
{
	unsigned long n = 0;
	const char *start = *p;

	while (**p >= '0' && **p <= '9') {
		if (n <= max)
			n = n * 10 + (unsigned long)(**p - '0');
		(*p)++;
	}
	if (*p == start || n < 1 || n > max)
		return 0;
	return (unsigned)n;
}

/*
 * --dose=SETSxREPS for every exercise, --dose=ID:SETSxREPS for one.  The
 * id is checked against the plan's exercises once the catalog is read
 * (plan.h); here only its form.
 */
static enum status
add_dose(struct state *s, const char *arg)
{
	struct tailored_dose dose = {NULL, 0, 0, 0};
	const char *colon = strchr(arg, ':'), *p = arg;

	if (colon != NULL) {
		if (colon == arg || !printable_is_clean(arg))
			goto malformed;
		dose.exercise = arg;
		dose.exercise_len = (size_t)(colon - arg);
		p = colon + 1;
	}
	if (*p < '0' || *p > '9')
		goto malformed;
	dose.sets = take_count(&p, CATALOG_MAX_SETS);
	if (*p != 'x' && *p != 'X')
		goto malformed;
	p++;
	if (*p < '0' || *p > '9')
		goto malformed;
	dose.reps = take_count(&p, CATALOG_MAX_REPS);
	if (*p != '\0')
		goto malformed;
	if (dose.sets == 0 || dose.reps == 0)
		return failure_set(s->failure, STATUS_USAGE,
				   _("invalid --dose %s: expected 1 to %d sets "
				     "of 1 to %d repetitions"),
				   shown(s, arg, strlen(arg)), CATALOG_MAX_SETS,
				   CATALOG_MAX_REPS);
	return push(s, &s->request->doses, &dose);
malformed:
	return failure_set(s->failure, STATUS_USAGE,
			   _("invalid --dose %s: expected SETSxREPS or "
			     "ID:SETSxREPS, such as 3x10 or hip-abduction:2x8"),
			   shown(s, arg, strlen(arg)));
}

/*
 * Completes the options that lay the plan out over weeks, once all are
 * known: --start and --log need some weeks, a format may need dates,
 * and the day after the last session (where an iCalendar event of the
 * last day ends) must still have a four-digit year.
 */
static enum status
check_sessions(struct state *s)
{
	struct request *r = s->request;
	struct date last;

	if (r->weeks == 0 && (r->has_start || r->wants_log))
		r->weeks = WEEKS_DEFAULT;
	if (r->action == ACTION_PLAN && r->format->start_reason != NULL &&
	    !r->has_start)
		/* TRANSLATORS: the second %s says why, as in "a calendar
		 * needs the date of the first session". */
		return failure_set(
			s->failure, STATUS_USAGE,
			_("--format=%s needs --start=YYYY-MM-DD: %s"),
			r->format->name, _(r->format->start_reason));
	if (!r->has_start)
		return STATUS_OK;
	/* The day after the last: a calendar event ends there. */
	last = calendar_add_days(&r->start, (long)r->weeks * 7);
	if (last.year > CALENDAR_LAST_YEAR)
		return failure_set(
			s->failure, STATUS_USAGE,
			ngettext("invalid start date %04d-%02d-%02d; %u "
				 "week from it runs past the year %d",
				 "invalid start date %04d-%02d-%02d; %u "
				 "weeks from it run past the year %d",
				 r->weeks),
			r->start.year, r->start.month, r->start.day, r->weeks,
			CALENDAR_LAST_YEAR);
	return STATUS_OK;
}

/* Once every option is read: what they ask for together. */
static enum status
finish(struct state *s)
{
	struct request *r = s->request;
	enum status status;

	if (s->has_list && s->has_check)
		return failure_set(s->failure, STATUS_USAGE,
				   _("--list and --check cannot be combined"));
	if (s->has_clinic && r->has_no_clinic)
		return failure_set(s->failure, STATUS_USAGE,
				   _("--clinic and --no-clinic cannot be "
				     "combined"));
	if (s->has_check && r->output_path != NULL)
		return failure_set(s->failure, STATUS_USAGE,
				   _("--check prints nothing, so it takes no "
				     "--output"));
	if (r->batch_path != NULL &&
	    (s->has_list || s->has_list_langs || s->has_list_formats))
		return failure_set(s->failure, STATUS_USAGE,
				   _("--batch makes a handout for each row; "
				     "it cannot be combined with --list, "
				     "--list-langs or --list-formats"));
	if (s->has_list_langs)
		r->action = ACTION_LIST_LANGS;
	else if (s->has_list_formats)
		r->action = ACTION_LIST_FORMATS;
	else if (s->has_list)
		r->action = ACTION_LIST;
	else if (s->has_check)
		r->action = ACTION_CHECK;
	/* A batch's rows may say which heel hurts, and what else a plan
	 * needs; each row is checked on its own (cli_parse_row). */
	if (r->batch_path != NULL)
		return STATUS_OK;
	if (r->action == ACTION_PLAN && r->pain == PAIN_NONE)
		return failure_set(s->failure, STATUS_USAGE,
				   _("missing --pain: say which heel hurts, "
				     "left, right or both"));
	if ((status = check_sessions(s)) != STATUS_OK)
		return status;
	/* A server files what a transaction creates under its subject;
	 * without a patient there is none to file it under. */
	if (r->action == ACTION_PLAN && r->format->reads_fhir_bundle &&
	    r->fhir_bundle == FHIR_BUNDLE_TRANSACTION && r->patient == NULL &&
	    r->patient_key.identifier == NULL &&
	    r->patient_key.reference == NULL)
		return failure_set(s->failure, STATUS_USAGE,
				   _("--fhir-bundle=transaction needs "
				     "--patient, --patient-id or "
				     "--patient-ref: a server files the plan "
				     "under a patient"));
	return STATUS_OK;
}

/* Whether o ends an option table, as argp reads one. */
static bool
is_end(const struct argp_option *o)
{
	return o->name == NULL && o->key == 0 && o->doc == NULL &&
	       o->group == 0;
}

/* The option with key, or NULL. */
static const struct argp_option *
find_key(int key)
{
	const struct argp_option *o;

	for (o = options; !is_end(o); o++)
		if (o->name != NULL && o->key == key)
			return o;
	return NULL;
}

/* The person an identifier or reference option names. */
static struct person_key *
key_of(struct request *r, int key)
{
	return key == KEY_PATIENT_ID || key == KEY_PATIENT_REF
		       ? &r->patient_key
		       : &r->clinician_key;
}

/* Refuses naming one person both ways: a reference names the resource,
 * so an identifier beside it would say nothing the server uses. */
static enum status
refuse_both(struct state *s, int key)
{
	if (key == KEY_PATIENT_ID || key == KEY_PATIENT_REF)
		return failure_set(s->failure, STATUS_USAGE,
				   _("--patient-id and --patient-ref both "
				     "name the patient; give one of them"));
	return failure_set(s->failure, STATUS_USAGE,
			   _("--clinician-id and --clinician-ref both name "
			     "the clinician; give one of them"));
}

/* --patient-id or --clinician-id: "SYSTEM|VALUE". */
static enum status
take_identifier(struct state *s, int key, const char *arg)
{
	const char *option = find_key(key)->name, *why;
	struct person_key *person = key_of(s->request, key);

	switch (person_key_check_identifier(arg)) {
	case PERSON_KEY_OK:
		if (person->reference != NULL)
			return refuse_both(s, key);
		person->identifier = arg;
		return STATUS_OK;
	case PERSON_KEY_NO_BAR:
		why = _("no '|' between the system and the value");
		break;
	case PERSON_KEY_NO_SYSTEM:
		why = _("the system before '|' is empty");
		break;
	case PERSON_KEY_NO_VALUE:
		why = _("the value after '|' is empty");
		break;
	case PERSON_KEY_BAD_VALUE:
		why = _("the value has control characters or is not UTF-8");
		break;
	default:
		why = _("the system is not a URI, such as "
			"https://clinic.example/patients");
		break;
	}
	return failure_set(s->failure, STATUS_USAGE,
			   _("invalid --%s %s: %s; expected SYSTEM|VALUE"),
			   option, shown(s, arg, strlen(arg)), why);
}

/* --patient-ref or --clinician-ref: "Patient/ID", "Practitioner/ID". */
static enum status
take_reference(struct state *s, int key, const char *arg)
{
	const char *option = find_key(key)->name;
	const char *type = key == KEY_PATIENT_REF ? "Patient" : "Practitioner";
	struct person_key *person = key_of(s->request, key);

	if (person_key_check_reference(arg, type) != PERSON_KEY_OK)
		return failure_set(s->failure, STATUS_USAGE,
				   _("invalid --%s %s: expected %s/ID, the "
				     "ID 1 to 64 letters, digits, '-' or "
				     "'.'"),
				   option, shown(s, arg, strlen(arg)), type);
	if (person->identifier != NULL)
		return refuse_both(s, key);
	person->reference = arg;
	return STATUS_OK;
}

/* The value of one option, checked into the request. */
static enum status
take(struct state *s, int key, char *arg)
{
	struct request *r = s->request;
	long weeks, version;

	switch (key) {
	case 'p':
		return add_pain(s, arg);
	case 'f':
		if ((r->format = format_find(arg)) == NULL)
			return bad_format(s, arg);
		break;
	case KEY_FHIR_BUNDLE:
		if (strcasecmp(arg, "collection") == 0)
			r->fhir_bundle = FHIR_BUNDLE_COLLECTION;
		else if (strcasecmp(arg, "transaction") == 0)
			r->fhir_bundle = FHIR_BUNDLE_TRANSACTION;
		else
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid FHIR bundle type %s; "
					     "valid types are collection and "
					     "transaction"),
					   shown(s, arg, strlen(arg)));
		break;
	case KEY_JSON_SCHEMA:
		version = parse_number(arg, RENDER_JSON_OLDEST,
				       RENDER_JSON_VERSION);
		/* Two versions at a time: the current one and the one
		 * before (render.h). */
		if (version < 0)
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid --json-schema %s; valid "
					     "versions are %d and %d"),
					   shown(s, arg, strlen(arg)),
					   RENDER_JSON_OLDEST,
					   RENDER_JSON_VERSION);
		r->json_version = (unsigned)version;
		break;
	case 'w':
		if ((r->width = (int)parse_number(arg, TEXT_WIDTH_MIN,
						  TEXT_WIDTH_MAX)) < 0)
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid width %s; expected a "
					     "whole number from %d to %d"),
					   shown(s, arg, strlen(arg)),
					   TEXT_WIDTH_MIN, TEXT_WIDTH_MAX);
		r->has_width = true;
		break;
	case 'o':
		if (*arg == '\0')
			return failure_set(s->failure, STATUS_USAGE,
					   _("--output needs a file name"));
		r->output_path = strcmp(arg, "-") == 0 ? NULL : arg;
		break;
	case KEY_BATCH:
		if (*arg == '\0')
			return failure_set(s->failure, STATUS_USAGE,
					   _("--batch needs a file name"));
		r->batch_path = arg;
		break;
	case 'e':
		if (*arg == '\0')
			return failure_set(s->failure, STATUS_USAGE,
					   _("--exercises needs a file name"));
		r->catalog_path = arg;
		r->catalog_origin = CATALOG_OPTION;
		break;
	case KEY_PATIENT:
	case KEY_CLINICIAN:
		if (!is_printable_name(arg))
			return failure_set(
				s->failure, STATUS_USAGE,
				_("invalid --%s %s: expected a name in UTF-8 "
				  "with no control characters"),
				key == KEY_PATIENT ? "patient" : "clinician",
				shown(s, arg, strlen(arg)));
		if (key == KEY_PATIENT)
			r->patient = arg;
		else
			r->clinician = arg;
		break;
	case KEY_PATIENT_ID:
	case KEY_CLINICIAN_ID:
		return take_identifier(s, key, arg);
	case KEY_PATIENT_REF:
	case KEY_CLINICIAN_REF:
		return take_reference(s, key, arg);
	case KEY_DATE:
		if (!parse_date(arg, &r->date))
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid date %s; expected a real "
					     "day as YYYY-MM-DD, such as "
					     "2026-03-01"),
					   shown(s, arg, strlen(arg)));
		r->has_date = true;
		break;
	case KEY_START:
		if (!parse_date(arg, &r->start))
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid start date %s; expected "
					     "a real day as YYYY-MM-DD, such "
					     "as 2026-12-01"),
					   shown(s, arg, strlen(arg)));
		r->has_start = true;
		break;
	case KEY_WEEKS:
		weeks = parse_number(arg, WEEKS_MIN, WEEKS_MAX);
		if (weeks < 0)
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid number of weeks %s; "
					     "expected a whole number from %d "
					     "to %d"),
					   shown(s, arg, strlen(arg)),
					   WEEKS_MIN, WEEKS_MAX);
		r->weeks = (unsigned)weeks;
		r->has_weeks = true;
		break;
	case KEY_LOG:
		r->wants_log = true;
		break;
	case KEY_LARGE_PRINT:
		r->is_large_print = true;
		break;
	case KEY_BAND:
		if (!is_printable_name(arg))
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid --band %s: expected a "
					     "colour, such as red, with no "
					     "control characters"),
					   shown(s, arg, strlen(arg)));
		r->band = arg;
		break;
	case KEY_DOSE:
		return add_dose(s, arg);
	case KEY_OMIT:
		if (!is_printable_name(arg))
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid --omit %s: expected an "
					     "exercise id, such as "
					     "hamstring-curl"),
					   shown(s, arg, strlen(arg)));
		return push(s, &r->omitted, &arg);
	case KEY_NOTE:
		if (!is_printable_name(arg) || is_blank(arg))
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid --note %s: expected a "
					     "line of text in UTF-8 with no "
					     "control characters"),
					   shown(s, arg, strlen(arg)));
		return push(s, &r->notes, &arg);
	case KEY_REVIEW:
		if (!parse_date(arg, &r->review))
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid --review %s: expected a "
					     "real day as YYYY-MM-DD, such as "
					     "2026-12-15"),
					   shown(s, arg, strlen(arg)));
		r->has_review = true;
		break;
	case KEY_REMIND:
		if (!parse_time(arg, &r->remind_minutes))
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid --remind %s: expected a "
					     "time of day as HH:MM, from 00:00 "
					     "to 23:59, such as 07:30"),
					   shown(s, arg, strlen(arg)));
		r->has_remind = true;
		break;
	case KEY_NO_PATIENT_NAME:
		r->hides_patient_name = true;
		break;
	case KEY_CLINIC:
		if (*arg == '\0')
			return failure_set(s->failure, STATUS_USAGE,
					   _("--clinic needs a file name"));
		r->clinic_path = arg;
		s->has_clinic = true;
		break;
	case KEY_NO_CLINIC:
		r->has_no_clinic = true;
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
			return failure_set(s->failure, STATUS_USAGE,
					   _("invalid language %s; expected a "
					     "code such as de or zh_CN "
					     "(--list-langs lists them)"),
					   shown(s, arg, strlen(arg)));
		r->language = arg;
		break;
	case KEY_LIST_LANGS:
		s->has_list_langs = true;
		break;
	case KEY_LIST_FORMATS:
		s->has_list_formats = true;
		break;
	case KEY_CHECK:
		s->has_check = true;
		break;
	}
	return STATUS_OK;
}

/*
 * Whether the command line's option with key is one of a batch row's
 * defaults: an option of the whole command is not (the batch itself,
 * -o's template), nor one the row sets, whose value replaces the
 * command line's rather than adding to it (--pain's sides add up).
 */
static bool
is_per_row(const struct row *row, int key)
{
	size_t i;

	if (key == KEY_BATCH || key == 'o')
		return false;
	for (i = 0; i < row->count; i++)
		if (row->columns[i].key == key && *row->cells[i] != '\0')
			return false;
	return true;
}

/*
 * argp's parser: any value but 0 or ARGP_ERR_UNKNOWN stops argp, which
 * then returns it.  Options that only print stop it too, as argp's own
 * do: "heelrx --help --pain=up" prints the help.
 */
static error_t
parse_option(int key, char *arg, struct argp_state *st)
{
	struct state *s = st->input;
	enum status status;

	switch (key) {
	case '?':
		s->request->action = ACTION_HELP;
		return ECANCELED;
	case KEY_USAGE:
		s->request->action = ACTION_USAGE;
		return ECANCELED;
	case 'V':
		s->request->action = ACTION_VERSION;
		return ECANCELED;
	case ARGP_KEY_ARG:
		status = failure_set(s->failure, STATUS_USAGE,
				     _("unexpected argument %s; options only"),
				     shown(s, arg, strlen(arg)));
		break;
	case ARGP_KEY_END:
		status = s->row != NULL ? STATUS_OK : finish(s);
		break;
	default:
		/* argp's own keys (ARGP_KEY_INIT, ...) need nothing. */
		if (find_key(key) == NULL)
			return ARGP_ERR_UNKNOWN;
		if (s->row != NULL && !is_per_row(s->row, key))
			return 0;
		status = take(s, key, arg);
		break;
	}
	if (status == STATUS_OK)
		return 0;
	s->status = status;
	return ECANCELED;
}

/*
 * A long option getopt refused as unknown (word, which may carry
 * "=VALUE"): ambiguous when several options start with its name, as
 * getopt accepts a prefix, else unrecognized.  The word is escaped: it
 * may be anything, bytes that are not UTF-8 and terminal codes too.
 */
static enum status
unknown_long(const char *word, struct failure *f)
{
	size_t len = strcspn(word + 2, "=");
	struct buffer names = BUFFER_INIT;
	const struct argp_option *o;
	char typed[200];
	int n_found = 0;

	printable(typed, sizeof typed, word, strlen(word), 64, false);
	for (o = options; !is_end(o); o++)
		if (o->name != NULL && strncmp(o->name, word + 2, len) == 0) {
			buffer_puts(&names, n_found++ > 0 ? " '--" : "'--");
			buffer_puts(&names, o->name);
			buffer_puts(&names, "'");
		}
	if (n_found < 2)
		failure_set(f, STATUS_USAGE, _("unrecognized option '%s'"),
			    typed);
	else if (buffer_append(&names, "", 0))
		failure_set(f, STATUS_USAGE,
			    _("option '%s' is ambiguous; possibilities: %s"),
			    typed, buffer_text(&names));
	else
		failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	buffer_free(&names);
	return f->status;
}

/*
 * Says which word getopt refused, and why.  Under ARGP_NO_ERRS argp
 * only says that it refused one; getopt_long itself, run again over
 * the same words with the same options, stops at the same word and
 * tells (optopt, optind).  Every word before it was accepted the first
 * time (else the parse would have stopped there, with a failure of its
 * own, or with the help that a -? asks for), so the first refusal of
 * this run is the one.  The messages are getopt's, escaped.
 */
static enum status
refusal(int argc, char **argv, struct failure *f)
{
	struct option longs[OPTION_COUNT];
	char shorts[3 * OPTION_COUNT + 2] = ":", one[32];
	const struct argp_option *o;
	size_t n_long = 0, n_short = 1;
	const char *word;
	char letter;
	int c;

	memset(longs, 0, sizeof longs);
	for (o = options; !is_end(o); o++) {
		if (o->name == NULL)
			continue;
		longs[n_long].name = o->name;
		longs[n_long].has_arg = o->arg == NULL ? no_argument
					: (o->flags & OPTION_ARG_OPTIONAL)
						? optional_argument
						: required_argument;
		longs[n_long++].val = o->key;
		if (o->key <= 0 || o->key > UCHAR_MAX || !isprint(o->key))
			continue;
		shorts[n_short++] = (char)o->key;
		if (o->arg != NULL)
			shorts[n_short++] = ':';
		if (o->arg != NULL && o->flags & OPTION_ARG_OPTIONAL)
			shorts[n_short++] = ':';
	}
	optind = 0; /* starts getopt afresh */
	opterr = 0;
	while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		if (c != '?' && c != ':')
			continue;
		word = argv[optind - 1];
		/* A short option's letter, which may be any byte. */
		letter = (char)optopt;
		printable(one, sizeof one, &letter, 1, 64, false);
		o = find_key(optopt);
		if (c == ':' && strncmp(word, "--", 2) == 0 && o != NULL)
			return failure_set(
				f, STATUS_USAGE,
				_("option '--%s' requires an argument"),
				o->name);
		if (c == ':')
			return failure_set(
				f, STATUS_USAGE,
				_("option requires an argument -- '%s'"), one);
		if (optopt == 0)
			return unknown_long(word, f);
		if (o != NULL)
			return failure_set(
				f, STATUS_USAGE,
				_("option '--%s' doesn't allow an argument"),
				o->name);
		return failure_set(f, STATUS_USAGE, _("invalid option -- '%s'"),
				   one);
	}
	return failure_set(f, STATUS_SOFTWARE, _("cannot parse arguments"));
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

static const struct argp argp = {options, parse_option, NULL, doc,
				 NULL,	  help_filter,	NULL};

/* Reads argv into the request that s holds, from its defaults. */
static enum status
parse_words(struct state *s, int argc, char **argv)
{
	struct request *request = s->request;
	error_t error;

	memset(request, 0, sizeof *request);
	request->action = ACTION_PLAN;
	request->format = &format_table[0];
	request->width = TEXT_WIDTH_DEFAULT;
	request->doses = (struct array)ARRAY_OF(struct tailored_dose);
	request->omitted = (struct array)ARRAY_OF(const char *);
	request->notes = (struct array)ARRAY_OF(const char *);
	request->catalog_origin = CATALOG_BUILT_IN;
	error = argp_parse(&argp, argc, argv,
			   ARGP_NO_ERRS | ARGP_NO_EXIT | ARGP_NO_HELP, NULL, s);
	if (s->status != STATUS_OK)
		return s->status;
	if (error == 0 || cli_is_informational(request->action))
		return STATUS_OK;
	if (error == ENOMEM)
		return failure_set(s->failure, STATUS_SOFTWARE,
				   _("out of memory"));
	return refusal(argc, argv, s->failure);
}

enum status
cli_parse(int argc, char **argv, struct request *request, struct failure *f)
{
	struct state s = {.request = request, .failure = f};

	return parse_words(&s, argc, argv);
}

enum status
cli_column(const char *heading, struct cli_column *column, struct failure *f)
{
	const struct argp_option *o;
	char shown_heading[200];
	size_t i;

	printable(shown_heading, sizeof shown_heading, heading, strlen(heading),
		  64, true);
	for (o = options; !is_end(o); o++)
		if (o->name != NULL && strcasecmp(o->name, heading) == 0)
			break;
	if (is_end(o))
		return failure_set(f, STATUS_DATA,
				   _("unknown column %s; a column is named "
				     "after a long option, such as pain or "
				     "patient"),
				   shown_heading);
	for (i = 0; i < sizeof whole_command_keys / sizeof *whole_command_keys;
	     i++)
		if (o->key == whole_command_keys[i])
			return failure_set(f, STATUS_DATA,
					   _("column %s: --%s is for the whole "
					     "command, not for one row"),
					   shown_heading, o->name);
	column->name = o->name;
	column->key = o->key;
	column->takes_value = o->arg != NULL;
	return STATUS_OK;
}

/* A flag's cell: yes or no, as a spreadsheet may write them. */
static int
parse_yes_no(const char *cell)
{
	static const char *const yes[] = {"yes", "true", "1", "y"};
	static const char *const no[] = {"no", "false", "0", "n"};
	size_t i;

	for (i = 0; i < sizeof yes / sizeof *yes; i++) {
		if (strcasecmp(cell, yes[i]) == 0)
			return 1;
		if (strcasecmp(cell, no[i]) == 0)
			return 0;
	}
	return -1;
}

enum status
cli_parse_row(int argc, char **argv, const struct cli_column *columns,
	      char *const *cells, size_t count, struct request *request,
	      struct failure *f)
{
	const struct row row = {columns, cells, count};
	struct state s = {.request = request, .failure = f, .row = &row};
	enum status status;
	size_t i;
	int is_yes;

	if ((status = parse_words(&s, argc, argv)) != STATUS_OK)
		return status;
	request->batch_path = NULL;
	request->output_path = NULL;
	/* The row's cells, in the order of its columns, as if they came
	 * after the command line as --COLUMN=VALUE. */
	for (i = 0; i < count; i++) {
		if (*cells[i] == '\0')
			continue;
		is_yes = columns[i].takes_value ? 1 : parse_yes_no(cells[i]);
		if (is_yes < 0)
			status = failure_set(
				f, STATUS_USAGE,
				_("invalid --%s %s: expected yes or no"),
				columns[i].name,
				shown(&s, cells[i], strlen(cells[i])));
		else if (is_yes)
			/* A value, or a flag's "yes", which take() does
			 * not read. */
			status = take(&s, columns[i].key, cells[i]);
		if (status != STATUS_OK)
			return status;
	}
	s.row = NULL;
	return finish(&s);
}

bool
cli_is_informational(enum action action)
{
	return action == ACTION_HELP || action == ACTION_USAGE ||
	       action == ACTION_VERSION;
}

void
cli_inform(enum action action, FILE *out)
{
	/* argp_help takes the program's name as a char *. */
	char name[] = "heelrx";

	switch (action) {
	case ACTION_HELP:
		/* The bug address's line is printed here, not by argp, so
		 * that its translation is checked as a format. */
		argp_help(&argp, out, ARGP_HELP_STD_HELP & ~ARGP_HELP_BUG_ADDR,
			  name);
		fputc('\n', out);
		i18n_print_line(out, _("Report bugs to %s.\n"),
				_(argp_program_bug_address));
		break;
	case ACTION_USAGE:
		argp_help(&argp, out, ARGP_HELP_USAGE, name);
		break;
	case ACTION_VERSION:
		fprintf(out, "%s\n", argp_program_version);
		break;
	default:
		break;
	}
}

/*
 * A review before the plan's date is a typing error; and the day
 * after it, where its calendar event ends, must have four digits.
 */
static enum status
check_review(const struct request *r, struct failure *f)
{
	const struct date *d = &r->review;

	if (!r->has_review)
		return STATUS_OK;
	if (calendar_day_number(d) < calendar_day_number(&r->date))
		return failure_set(f, STATUS_USAGE,
				   _("invalid --review %04d-%02d-%02d: it is "
				     "before the plan's date, %04d-%02d-%02d"),
				   d->year, d->month, d->day, r->date.year,
				   r->date.month, r->date.day);
	if (d->year == CALENDAR_LAST_YEAR && d->month == 12 && d->day == 31)
		return failure_set(f, STATUS_USAGE,
				   _("invalid --review %04d-%02d-%02d: "
				     "expected a day before %d-12-31"),
				   d->year, d->month, d->day,
				   CALENDAR_LAST_YEAR);
	return STATUS_OK;
}

/*
 * The default settings file, heelrx/clinic.yaml in the XDG base
 * directory for configuration: XDG_CONFIG_HOME when it is an absolute
 * path (the specification says to ignore a relative one), else
 * $HOME/.config.  Without either there is none to look for.
 */
static enum status
find_clinic(struct request *r, struct failure *f)
{
	static const char file[] = "/heelrx/clinic.yaml";
	static const char in_home[] = "/.config";
	const char *config = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	const char *tail = file;
	size_t len;

	if (r->has_no_clinic || r->clinic_path != NULL)
		return STATUS_OK;
	if (config == NULL || config[0] != '/') {
		if (home == NULL || home[0] != '/')
			return STATUS_OK;
		config = home;
		tail = in_home;
	}
	len = strlen(config) + sizeof in_home + sizeof file;
	if ((r->clinic_default = malloc(len)) == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	snprintf(r->clinic_default, len, "%s%s%s", config, tail,
		 tail == in_home ? file : "");
	r->clinic_path = r->clinic_default;
	r->is_clinic_default = true;
	return STATUS_OK;
}

enum status
cli_environment(struct request *request, struct failure *f)
{
	const char *env = getenv("HEELRX_EXERCISES");
	enum status status;

	if (request->catalog_origin == CATALOG_BUILT_IN && env != NULL &&
	    *env != '\0') {
		request->catalog_origin = CATALOG_ENVIRONMENT;
		request->catalog_path = env;
	}
	/* The handout's language comes from the patient, never from the
	 * clinician's locale: only --lang, then HEELRX_LANG, set it. */
	env = getenv("HEELRX_LANG");
	/* Listing the languages must work whatever the environment says:
	 * it is how to find a good value.  The formats do not depend on
	 * it either. */
	if (request->action != ACTION_LIST_LANGS &&
	    request->action != ACTION_LIST_FORMATS &&
	    request->language == NULL && env != NULL && *env != '\0') {
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
	if (!request->has_date &&
	    (status = default_date(&request->date, f)) != STATUS_OK)
		return status;
	if ((status = check_review(request, f)) != STATUS_OK)
		return status;
	return find_clinic(request, f);
}

void
cli_settings(struct request *request, const struct clinic *clinic)
{
	if (clinic == NULL)
		return;
	if (request->clinician == NULL)
		request->clinician = clinic->clinician;
	if (request->language == NULL && clinic->language != NULL) {
		request->language = clinic->language;
		request->is_language_from_clinic = true;
	}
	if (!request->has_width && clinic->width > 0)
		request->width = clinic->width;
	if (clinic->hides_patient_name)
		request->hides_patient_name = true;
	if (clinic->is_large_print)
		request->is_large_print = true;
}

struct plan_request
cli_plan_request(const struct request *r, const struct contact *contact)
{
	const struct plan_request pr = {
		.pain = r->pain,
		.patient = r->patient,
		.clinician = r->clinician,
		.date = r->date,
		.weeks = r->weeks,
		.has_start = r->has_start,
		.start = r->start,
		.wants_log = r->wants_log,
		.band = r->band,
		.doses = r->doses.items,
		.dose_count = r->doses.count,
		.omitted = r->omitted.items,
		.omitted_count = r->omitted.count,
		.notes = r->notes.items,
		.note_count = r->notes.count,
		.has_review = r->has_review,
		.review = r->review,
		.contact = contact,
	};

	return pr;
}

void
cli_free(struct request *request)
{
	array_free(&request->doses);
	array_free(&request->omitted);
	array_free(&request->notes);
	free(request->clinic_default);
	request->clinic_default = NULL;
}
