/* SPDX-License-Identifier: ISC */
/*
 * embed_po.c: the catalog's texts and gettext's files.  A translation,
 * a .po file read with GNU gettext's libgettextpo, is applied through
 * the loader's translation hook (translation.h) as exercises.yaml is
 * read again; the same hook, with no .po file, collects every text for
 * the template that --pot writes.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gettext-po.h>

#include "embed.h"
#include "lang.h"

/* The entry at index i. */
static struct entry *
entry_at(const struct translation *t, size_t i)
{
	return (struct entry *)t->entries.items + i;
}

/* The entry for context, or NULL. */
static struct entry *
find_entry(const struct translation *t, const char *context)
{
	size_t i;

	for (i = 0; i < t->entries.count; i++)
		if (strcmp(entry_at(t, i)->context, context) == 0)
			return entry_at(t, i);
	return NULL;
}

/* A new entry, zeroed. */
static struct entry *
add_entry(struct translation *t)
{
	struct entry *e = array_push(&t->entries);

	if (e == NULL) {
		embed_report("out of memory");
		exit(STATUS_SOFTWARE);
	}
	return e;
}

/*
 * The catalog's hook: while extracting, notes each text; while
 * translating, gives the entry's translation, and notes a missing,
 * fuzzy or outdated one as a problem (reported, then the text is kept
 * so that the rest can be checked too).
 */
static const char *
translate(void *context, const char *path, const char *source,
	  unsigned long line, struct catalog_place *origin)
{
	struct translation *t = context;
	struct entry *e;

	if (t->po == NULL) {
		if (find_entry(t, path) != NULL) {
			embed_report(
				"%s:%lu: %s: a second text at the same key "
				"path",
				t->source_name, line, path);
			t->problems++;
			return NULL;
		}
		e = add_entry(t);
		e->context = strdup(path);
		e->source = strdup(source);
		e->line = line;
		if (e->context == NULL || e->source == NULL) {
			embed_report("out of memory");
			exit(STATUS_SOFTWARE);
		}
		return NULL;
	}
	if ((e = find_entry(t, path)) != NULL)
		e->is_used = true;
	if (e == NULL) {
		embed_report("%s: %s: no translation of %s:%lu", t->po, path,
			     t->source_name, line);
		t->problems++;
		return NULL;
	}
	if (*e->text == '\0') {
		embed_report("%s:%lu: %s: no translation of %s:%lu", t->po,
			     e->line, path, t->source_name, line);
		t->problems++;
		return NULL;
	}
	origin->file = t->po;
	origin->line = e->line;
	if (strcmp(e->source, source) != 0) {
		embed_report("%s:%lu: %s: translates an older text; %s:%lu now "
			     "says \"%s\"",
			     t->po, e->line, path, t->source_name, line,
			     source);
		t->problems++;
		return NULL;
	}
	if (e->is_fuzzy) {
		embed_report(
			"%s:%lu: %s: the translation is marked fuzzy; check "
			"it and remove the flag",
			t->po, e->line, path);
		t->problems++;
		return NULL;
	}
	return e->text;
}

/* The plural categories a translation may add, by their keys. */
static const struct {
	const char *key;
	enum lang_plural category;
} added_forms[] = {
	{".zero", LANG_PLURAL_ZERO},
	{".two", LANG_PLURAL_TWO},
	{".few", LANG_PLURAL_FEW},
	{".many", LANG_PLURAL_MANY},
};

/*
 * The hook for a plural form the source lacks: none unless the
 * language's rule uses it for a plan's counts, and then an entry like
 * any other, whose msgid is the English other form; the .po file's
 * entry for .other tells what that is.
 */
static const char *
translate_form(void *context, const char *path, const char *other,
	       unsigned long line, struct catalog_place *origin)
{
	struct translation *t = context;
	const char *dot = strrchr(path, '.');
	char other_path[512];
	struct entry *e;
	size_t i;

	for (i = 0; i < sizeof added_forms / sizeof added_forms[0]; i++)
		if (dot != NULL && strcmp(dot, added_forms[i].key) == 0)
			break;
	if (i == sizeof added_forms / sizeof added_forms[0] ||
	    t->language == NULL ||
	    !lang_plural_is_used(t->language, added_forms[i].category))
		return NULL;
	if (t->po != NULL &&
	    (size_t)snprintf(other_path, sizeof other_path, "%.*s.other",
			     (int)(dot - path), path) < sizeof other_path &&
	    (e = find_entry(t, other_path)) != NULL)
		other = e->source;
	return translate(context, path, other, line, origin);
}

/* libgettextpo's reports while reading a .po file. */
static unsigned po_errors;

static void
po_problem(int severity, po_message_t message, const char *file, size_t line,
	   size_t column, int is_multiline, const char *text)
{
	(void)message;
	(void)column;
	(void)is_multiline;
	if (file != NULL && line != (size_t)-1)
		fprintf(stderr, "embed-catalog: %s:%zu: %s", file, line, text);
	else
		fprintf(stderr, "embed-catalog: %s", text);
	if (*text == '\0' || text[strlen(text) - 1] != '\n')
		fputc('\n', stderr);
	if (severity != PO_SEVERITY_WARNING)
		po_errors++;
	if (severity == PO_SEVERITY_FATAL_ERROR)
		exit(STATUS_DATA);
}

static void
po_problem2(int severity, po_message_t message1, const char *file1,
	    size_t line1, size_t column1, int is_multiline1, const char *text1,
	    po_message_t message2, const char *file2, size_t line2,
	    size_t column2, int is_multiline2, const char *text2)
{
	po_problem(severity == PO_SEVERITY_FATAL_ERROR ? PO_SEVERITY_ERROR
						       : severity,
		   message1, file1, line1, column1, is_multiline1, text1);
	po_problem(severity, message2, file2, line2, column2, is_multiline2,
		   text2);
}

static const struct po_xerror_handler po_handler = {po_problem, po_problem2};

/*
 * The line of each entry's msgctxt, which libgettextpo does not tell:
 * a key path is a plain string, so the first line of its msgctxt, or
 * the lines after 'msgctxt ""' when it was wrapped, spell it out.
 */
static void
find_lines(struct translation *t)
{
	FILE *in = fopen(t->po, "r");
	char line[1024], context[1024];
	unsigned long number = 0, start = 0;
	bool is_collecting = false;
	struct entry *e;
	size_t n;

	if (in == NULL)
		return;
	context[0] = '\0';
	while (fgets(line, sizeof line, in) != NULL) {
		number++;
		if (is_collecting && line[0] == '"') {
			size_t used = strlen(context);

			/* A context longer than the room is no key path of
			 * ours; keeping its start is enough to miss it. */
			n = strcspn(line + 1, "\"");
			if (n > sizeof context - 1 - used)
				n = sizeof context - 1 - used;
			memcpy(context + used, line + 1, n);
			context[used + n] = '\0';
			continue;
		}
		if (is_collecting && (e = find_entry(t, context)) != NULL)
			e->line = start;
		is_collecting = false;
		if (strncmp(line, "msgctxt \"", 9) == 0) {
			n = strcspn(line + 9, "\"");
			if (n >= sizeof context)
				n = sizeof context - 1;
			memcpy(context, line + 9, n);
			context[n] = '\0';
			start = number;
			is_collecting = true;
		}
	}
	fclose(in);
}

/* Reads the entries of a .po file; exits when it cannot be read. */
static void
read_po(struct translation *t)
{
	po_file_t file = po_file_read(t->po, &po_handler);
	po_message_iterator_t it;
	po_message_t m;
	struct entry *e;

	if (file == NULL || po_errors > 0) {
		embed_report("%s: cannot read the translation", t->po);
		exit(STATUS_DATA);
	}
	it = po_message_iterator(file, NULL);
	while ((m = po_next_message(it)) != NULL) {
		const char *context = po_message_msgctxt(m);

		if (po_message_is_obsolete(m) || *po_message_msgid(m) == '\0')
			continue;
		if (context == NULL) {
			embed_report(
				"%s: \"%s\": an entry without msgctxt; every "
				"text is named by its key path",
				t->po, po_message_msgid(m));
			t->problems++;
			continue;
		}
		if (po_message_msgid_plural(m) != NULL) {
			embed_report(
				"%s: %s: a plural entry; the catalog gives "
				"plurals as .one and .other",
				t->po, context);
			t->problems++;
			continue;
		}
		e = add_entry(t);
		e->context = strdup(context);
		e->source = strdup(po_message_msgid(m));
		e->text = strdup(po_message_msgstr(m));
		e->is_fuzzy = po_message_is_fuzzy(m) != 0;
		if (e->context == NULL || e->source == NULL ||
		    e->text == NULL) {
			embed_report("out of memory");
			exit(STATUS_SOFTWARE);
		}
	}
	po_message_iterator_free(it);
	po_file_free(file);
	find_lines(t);
}

void
embed_free_translation(struct translation *t)
{
	size_t i;

	for (i = 0; i < t->entries.count; i++) {
		free((void *)entry_at(t, i)->context);
		free((void *)entry_at(t, i)->source);
		free((void *)entry_at(t, i)->text);
	}
	array_free(&t->entries);
}

/* The .po file's Language header must be the language it is built as. */
static void
check_po_language(const char *po, const char *code)
{
	po_file_t file = po_file_read(po, &po_handler);
	const char *header;
	char *language;

	if (file == NULL)
		exit(STATUS_DATA);
	header = po_file_domain_header(file, NULL);
	language = header != NULL ? po_header_field(header, "Language") : NULL;
	if (language == NULL || !lang_same(language, code)) {
		embed_report("%s: its Language header says \"%s\", not \"%s\"",
			     po, language != NULL ? language : "", code);
		free(language);
		free((char *)header);
		po_file_free(file);
		exit(STATUS_DATA);
	}
	free(language);
	/* gettext 0.21 returns a copy, whatever its header says. */
	free((char *)header);
	po_file_free(file);
}

/* The key path of the language's own name, which --list-langs shows. */
static const char language_name_path[] = "language.name";

const char embed_source_language_name[] = "English";

void
embed_load_translated(const char *source, const char *language, const char *po,
		      struct catalog **out, const char **name,
		      struct translation *t)
{
	struct catalog_translation hook = {translate, t, translate_form};
	struct catalog_options options = {NULL, 0, NULL, &hook, false};
	struct failure f;
	struct entry *e;
	size_t i;

	memset(t, 0, sizeof *t);
	t->po = po;
	t->source_name = source;
	t->language = language;
	t->entries = (struct array)ARRAY_OF(struct entry);
	check_po_language(po, language);
	read_po(t);
	if (catalog_load_with(source, &options, out, &f) != STATUS_OK) {
		embed_report_failure(&f);
		exit((int)f.status);
	}
	if ((e = find_entry(t, language_name_path)) == NULL ||
	    *e->text == '\0' || e->is_fuzzy) {
		if (e != NULL)
			embed_report("%s:%lu: %s: no name of the language, as "
				     "--list-langs shows it",
				     po, e->line, language_name_path);
		else
			embed_report("%s: %s: no name of the language, as "
				     "--list-langs shows it",
				     po, language_name_path);
		t->problems++;
	} else {
		e->is_used = true;
		*name = e->text;
	}
	for (i = 0; i < t->entries.count; i++) {
		e = entry_at(t, i);
		if (!e->is_used && !e->is_fuzzy &&
		    strcmp(e->context, language_name_path) != 0) {
			embed_report(
				"%s:%lu: %s: %s has no such text; update the "
				"translation",
				po, e->line, e->context, source);
			t->problems++;
		}
	}
	if (t->problems > 0) {
		embed_report("%s: %u problem%s; see po/README", po, t->problems,
			     t->problems == 1 ? "" : "s");
		exit(STATUS_DATA);
	}
}

/* ---- extraction -------------------------------------------------------- */

/* Whether text names a leg, in any case or form. */
static bool
names_a_side(const char *text)
{
	static const char *const starts[] = {"{side",  "{Side",	 "{SIDE",
					     "{other", "{Other", "{OTHER"};
	size_t i;

	for (i = 0; i < sizeof starts / sizeof starts[0]; i++) {
		const char *p = strstr(text, starts[i]);
		if (p != NULL && (p[strlen(starts[i])] == '}' ||
				  p[strlen(starts[i])] == ':'))
			return true;
	}
	return false;
}

/* Whether text has a placeholder other than a side's. */
static bool
has_field(const char *text)
{
	const char *p;
	size_t n;

	for (p = strchr(text, '{'); p != NULL; p = strchr(p + 1, '{')) {
		if (p[1] == '{') {
			p++;
			continue;
		}
		n = strcspn(p + 1, ":}");
		if (!((n == 4 && strncasecmp(p + 1, "side", 4) == 0) ||
		      (n == 5 && strncasecmp(p + 1, "other", 5) == 0)))
			return true;
	}
	return false;
}

static bool
ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);

	return n >= m && strcmp(s + n - m, end) == 0;
}

/* What a translator should know about the entry ("": nothing). */
static void
describe(const struct entry *e, const char *language, char *buf, size_t size)
{
	const char *path = e->context;
	size_t n;

	buf[0] = '\0';
	if (strncmp(path, "words.sides.", 12) == 0) {
		snprintf(buf, size,
			 "The word {side} and {other} write for this leg.  "
			 "Where your language's words agree with what they "
			 "describe, write it as {word: WORD, FORM: WORD, ...} "
			 "and use {side:FORM} in the texts (see po/README).");
		return;
	}
	if (strncmp(path, "bands[", 6) == 0) {
		snprintf(buf, size,
			 "A resistance band's colour, lightest first.  "
			 "--band accepts this name and the English one.");
		return;
	}
	if (ends_with(path, ".one"))
		snprintf(buf, size, "Used when the number is 1.  ");
	else if (ends_with(path, ".other") && language == NULL)
		snprintf(buf, size, "Used for every number but 1.  ");
	else if (ends_with(path, ".other"))
		snprintf(buf, size,
			 "Used for the numbers your language's plural rule "
			 "(Unicode CLDR) puts in no other form.  ");
	else if (ends_with(path, ".zero") || ends_with(path, ".two") ||
		 ends_with(path, ".few") || ends_with(path, ".many"))
		snprintf(buf, size,
			 "Used for the numbers your language's plural rule "
			 "(Unicode CLDR) puts in this form; the English is "
			 "the other form.  ");
	if (names_a_side(e->source))
		strncat(buf,
			"{side} and {other} name legs: keep each leg this text "
			"names, in any case ({Side}, {SIDE}) or form "
			"({side:FORM}) your language needs.  ",
			size - strlen(buf) - 1);
	if (has_field(e->source))
		strncat(buf, "Keep every named {field}; the order is yours.  ",
			size - strlen(buf) - 1);
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == ' ')
		buf[--n] = '\0';
}

/* The header of a new .po file: what every translation fills in. */
static const char pot_header[] =
	"Project-Id-Version: heelrx " HEELRX_VERSION "\n"
	"Report-Msgid-Bugs-To: the heelrx issue tracker\n"
	"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
	"Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
	"Language-Team: LANGUAGE <LL@li.org>\n"
	"Language: \n"
	"MIME-Version: 1.0\n"
	"Content-Type: text/plain; charset=UTF-8\n"
	"Content-Transfer-Encoding: 8bit\n";

static const char pot_comment[] =
	"The texts of heelrx's catalog, exercises.yaml, for translators.\n"
	"Generated by embed-catalog --pot; do not edit: edit exercises.yaml,\n"
	"then run \"cmake --build build --target update-po\".\n"
	"Each msgctxt is the text's key path in exercises.yaml.  See "
	"po/README.\n"
	"SPDX-License-Identifier: ISC\n";

/* The file name of path, as a reference in the template. */
static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

static void
add_message(po_message_iterator_t it, const struct entry *e,
	    const char *reference, const char *comment)
{
	po_message_t m = po_message_create();

	po_message_set_msgctxt(m, e->context);
	po_message_set_msgid(m, e->source);
	po_message_set_msgstr(m, "");
	if (reference != NULL)
		po_message_add_filepos(m, reference, e->line);
	if (*comment != '\0')
		po_message_set_extracted_comments(m, comment);
	/* msgfmt --check compares the fields of python-brace-format
	 * entries, but reads "{side:m}" as a field of its own, so texts
	 * that name legs are left to heelrx's loader. */
	if (has_field(e->source) && !names_a_side(e->source))
		po_message_set_format(m, "python-brace-format", 1);
	po_message_insert(it, m);
}

/* Writes the template of every text the source catalog has. */
int
embed_write_pot(const char *source, const char *path, const char *lang)
{
	struct translation t = {NULL, source, lang, ARRAY_OF(struct entry), 0};
	struct catalog_translation hook = {translate, &t, translate_form};
	struct catalog_options options = {NULL, 0, NULL, &hook, false};
	struct entry language = {language_name_path,
				 embed_source_language_name,
				 "",
				 false,
				 false,
				 0};
	po_message_iterator_t it;
	po_message_t header;
	po_file_t file;
	struct catalog *c;
	struct failure f;
	char comment[1024];
	size_t i;

	if (catalog_load_with(source, &options, &c, &f) != STATUS_OK) {
		embed_report_failure(&f);
		embed_free_translation(&t);
		return (int)f.status;
	}
	catalog_free(c);
	if (t.problems > 0) {
		embed_free_translation(&t);
		return STATUS_DATA;
	}
	file = po_file_create();
	it = po_message_iterator(file, NULL);
	header = po_message_create();
	po_message_set_msgid(header, "");
	po_message_set_msgstr(header, pot_header);
	po_message_set_comments(header, pot_comment);
	po_message_set_fuzzy(header, 1);
	po_message_insert(it, header);
	add_message(it, &language, NULL,
		    "TRANSLATORS: the name of your language, in your "
		    "language, as heelrx --list-langs shows it.");
	for (i = 0; i < t.entries.count; i++) {
		describe(entry_at(&t, i), lang, comment, sizeof comment);
		add_message(it, entry_at(&t, i), base_name(source), comment);
	}
	po_message_iterator_free(it);
	if (po_file_write(file, path, &po_handler) == NULL || po_errors > 0) {
		embed_report("%s: cannot write the template", path);
		po_file_free(file);
		embed_free_translation(&t);
		return STATUS_IO;
	}
	po_file_free(file);
	embed_free_translation(&t);
	return STATUS_OK;
}
