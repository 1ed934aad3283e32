/* SPDX-License-Identifier: ISC */
/*
 * embed_catalog.c: the build step that compiles exercises.yaml, and
 * each translation of it, into heelrx.  It loads the catalog with the
 * same loader heelrx uses, so a catalog that heelrx would refuse fails
 * the build, and writes the result as constant C data (see builtin.h).
 * heelrx then neither reads nor checks its built-in catalogs when it
 * runs: parsing and validating the same bytes at every start cost more
 * than everything else a plan does.
 *
 * A translation is a .po file of the texts that --pot extracts, each
 * named by its key path in msgctxt (see po/README).  The loader reads
 * exercises.yaml again and offers every text to the translation (struct
 * catalog_translation), so numbers, ids, rules and the band order stay
 * the source's, and each translated text is checked as heelrx checks a
 * catalog's, placeholders included.  A translation that lacks a text,
 * has one the source does not, or translates a text the source has
 * since changed fails the build, naming the .po file, its line and the
 * entry.  The .po files are read with GNU gettext's libgettextpo.
 *
 * The built-in catalogs must carry their own words: they are the ones a
 * catalog without words is printed with.
 *
 * usage: embed-catalog SOURCE.yaml OUTPUT.c [LL=LL.po ...]
 *        embed-catalog --pot SOURCE.yaml OUTPUT.pot
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gettext-po.h>

#include "array.h"
#include "catalog.h"
#include "lang.h"

/* Writes s as a C string literal, split into lines of about 64 bytes. */
static void
put_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t column = 0;

	if (s == NULL) {
		fputs("NULL", out);
		return;
	}
	fputc('"', out);
	for (; *p != '\0'; p++) {
		if (column >= 64) {
			fputs("\"\n\t\"", out);
			column = 0;
		}
		/* Octal for everything but plain ASCII: a hex escape would
		 * swallow the digits after it, and '?' could start a
		 * trigraph, which C11 still has. */
		if (*p == '\n') {
			fputs("\\n", out);
			column += 2;
		} else if (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\' ||
			   *p == '?') {
			fprintf(out, "\\%03o", *p);
			column += 4;
		} else {
			fputc(*p, out);
			column++;
		}
	}
	fputc('"', out);
}

/* A text list's items as a named array, unless the list is empty. */
static void
put_text_array(FILE *out, const char *name, const struct text_list *list)
{
	size_t i;

	if (list->count == 0)
		return;
	fprintf(out, "static const char *const %s[] = {\n", name);
	for (i = 0; i < list->count; i++) {
		fputc('\t', out);
		put_string(out, list->items[i]);
		fputs(",\n", out);
	}
	fputs("};\n", out);
}

static void
put_list_value(FILE *out, const char *name, const struct text_list *list)
{
	if (list->count == 0)
		fputs("{NULL, 0}", out);
	else
		fprintf(out, "{%s, %zu}", name, list->count);
}

static void
put_dose(FILE *out, const struct dose *d)
{
	fprintf(out, "{%u, %u, %u, %u, %u}", d->sets, d->reps,
		d->rest_min_seconds, d->rest_max_seconds, d->hold_seconds);
}

static void
put_index(FILE *out, size_t index)
{
	if (index == CATALOG_NO_EXERCISE)
		fputs("CATALOG_NO_EXERCISE", out);
	else
		fprintf(out, "%zu", index);
}

/* The C name of one of a catalog's arrays: "de_bands". */
static const char *
name_of(char *buf, size_t size, const char *prefix, const char *what)
{
	snprintf(buf, size, "%s_%s", prefix, what);
	return buf;
}

static void
put_rule_arrays(FILE *out, const char *prefix, const char *name,
		const struct rule *r)
{
	char array[96];
	size_t i;

	snprintf(array, sizeof array, "%s_%s_rationale", prefix, name);
	put_text_array(out, array, &r->rationale);
	fprintf(out, "static const size_t %s_%s_order[] = {", prefix, name);
	for (i = 0; i < r->order_count; i++)
		fprintf(out, "%s%zu", i > 0 ? ", " : "", r->order[i]);
	fputs("};\n", out);
}

static void
put_rule(FILE *out, const char *prefix, const char *name, const struct rule *r)
{
	static const char *const works[] = {"WORK_OPPOSITE", "WORK_SAME",
					    "WORK_BOTH"};
	char array[96];

	fprintf(out, "\t.%s = {\n\t\t.work = %s,\n\t\t.headline = ", name,
		works[r->work]);
	put_string(out, r->headline);
	fputs(",\n\t\t.warning = ", out);
	put_string(out, r->warning);
	snprintf(array, sizeof array, "%s_%s_rationale", prefix, name);
	fputs(",\n\t\t.rationale = ", out);
	put_list_value(out, array, &r->rationale);
	fprintf(out,
		",\n\t\t.order = %s_%s_order,\n\t\t.order_count = %zu,\n"
		"\t\t.key_exercise = ",
		prefix, name, r->order_count);
	put_index(out, r->key_exercise);
	fputs(",\n\t},\n", out);
}

/* ---- schema lists ------------------------------------------------------ */

/*
 * Where the emitter is in an object whose members a schema list names
 * (catalog.h).  The object is written twice: first the arrays its
 * members point into, then the members themselves.
 */
struct emitter {
	FILE *out;
	bool is_arrays;	    /* this pass writes the arrays */
	const char *prefix; /* of the catalog's arrays: "de" */
	const char *arrays; /* of the object's arrays: "de_exercise_2" */
	const char *indent; /* before a member: "\t\t" */
};

/* A member's start, ".dose.amount = ", or false in the arrays pass. */
static bool
start_member(const struct emitter *e, const char *path, const char *name)
{
	if (e->is_arrays)
		return false;
	fprintf(e->out, "%s.%s%s = ", e->indent, path, name);
	return true;
}

/* The C name of a member's array: "de_exercise_2_setup". */
static const char *
array_name(char *buf, size_t size, const struct emitter *e, const char *path,
	   const char *name)
{
	size_t i;

	snprintf(buf, size, "%s_%s%s", e->arrays, path, name);
	for (i = 0; buf[i] != '\0'; i++)
		if (buf[i] == '.')
			buf[i] = '_';
	return buf;
}

/* One put_ function for each C type of catalog.h's CATALOG_TYPE_. */

static void
put_text(const struct emitter *e, const char *path, const char *name,
	 const char *value, unsigned max)
{
	(void)max;
	if (!start_member(e, path, name))
		return;
	put_string(e->out, value);
	fputs(",\n", e->out);
}

static void
put_text_list(const struct emitter *e, const char *path, const char *name,
	      struct text_list list, unsigned max)
{
	char array[160];

	(void)max;
	array_name(array, sizeof array, e, path, name);
	if (e->is_arrays)
		put_text_array(e->out, array, &list);
	if (!start_member(e, path, name))
		return;
	put_list_value(e->out, array, &list);
	fputs(",\n", e->out);
}

static void
put_plural(const struct emitter *e, const char *path, const char *name,
	   struct plural p, unsigned max)
{
	(void)max;
	if (!start_member(e, path, name))
		return;
	fputc('{', e->out);
	put_string(e->out, p.one);
	fputs(", ", e->out);
	put_string(e->out, p.other);
	fputs("},\n", e->out);
}

static void
put_names(const struct emitter *e, const char *path, const char *name,
	  const char *const *names, unsigned max)
{
	unsigned i;

	if (!start_member(e, path, name))
		return;
	fputc('{', e->out);
	for (i = 0; i < max; i++) {
		fputs(i > 0 ? ", " : "", e->out);
		put_string(e->out, names[i]);
	}
	fputs("},\n", e->out);
}

/* For NUMBER, which no list names yet. */
__attribute__((unused)) static void
put_number(const struct emitter *e, const char *path, const char *name,
	   unsigned value, unsigned max)
{
	(void)max;
	if (start_member(e, path, name))
		fprintf(e->out, "%u,\n", value);
}

static void
put_dose_override(const struct emitter *e, const char *path, const char *name,
		  struct dose_override over, unsigned max)
{
	(void)max;
	if (!start_member(e, path, name))
		return;
	fprintf(e->out, "{%u, ", over.fields);
	put_dose(e->out, &over.dose);
	fputs("},\n", e->out);
}

/*
 * An exercise's figures, each with the SVG that the loader emitted for
 * either working leg: heelrx neither reads nor parses its built-in
 * figures when it runs (parsing one costs more than a whole plan).
 */
static void
put_figure_array(FILE *out, const char *array, const struct figure_list *list)
{
	static const char *const legs[] = {"SIDE_LEFT", "SIDE_RIGHT"};
	size_t j, side;

	if (list->count == 0)
		return;
	fprintf(out, "static const struct figure %s[] = {\n", array);
	for (j = 0; j < list->count; j++) {
		const struct figure *fig = &list->items[j];

		fputs("\t{\n\t\t.caption = ", out);
		put_string(out, fig->caption);
		fprintf(out, ",\n\t\t.leg = %s,\n\t\t.svg = {\n",
			legs[fig->leg]);
		for (side = 0; side < SIDE_COUNT; side++) {
			fputs("\t\t\t", out);
			put_string(out, fig->svg[side]);
			fputs(",\n", out);
		}
		fputs("\t\t},\n\t},\n", out);
	}
	fputs("};\n", out);
}

static void
put_figure_list(const struct emitter *e, const char *path, const char *name,
		struct figure_list list, unsigned max)
{
	char array[160];

	(void)max;
	array_name(array, sizeof array, e, path, name);
	if (e->is_arrays)
		put_figure_array(e->out, array, &list);
	if (!start_member(e, path, name))
		return;
	if (list.count == 0)
		fputs("{NULL, 0},\n", e->out);
	else
		fprintf(e->out, "{%s, %zu},\n", array, list.count);
}

static void
put_form_arrays(FILE *out, const char *prefix, const struct side_words *s)
{
	static const char *const sides[] = {"left", "right"};
	char name[96];
	size_t i, j;

	if (s->form_count == 0)
		return;
	put_text_array(out, name_of(name, sizeof name, prefix, "form_names"),
		       &(struct text_list){s->form_names, s->form_count});
	for (i = 0; i < SIDE_COUNT; i++) {
		fprintf(out, "static const char *const %s_%s_forms[] = {\n",
			prefix, sides[i]);
		for (j = 0; j < s->form_count; j++) {
			fputc('\t', out);
			put_string(out, s->forms[i][j]);
			fputs(",\n", out);
		}
		fputs("};\n", out);
	}
}

/* The side words' forms are named after the catalog, not the words. */
static void
put_side_words(const struct emitter *e, const char *path, const char *name,
	       struct side_words s, unsigned max)
{
	const char *prefix = e->prefix;

	(void)max;
	if (e->is_arrays)
		put_form_arrays(e->out, prefix, &s);
	if (!start_member(e, path, name))
		return;
	fputs("{{", e->out);
	put_string(e->out, s.word[SIDE_LEFT]);
	fputs(", ", e->out);
	put_string(e->out, s.word[SIDE_RIGHT]);
	if (s.form_count > 0)
		fprintf(e->out,
			"}, %s_form_names, {%s_left_forms, %s_right_forms}, "
			"%zu},\n",
			prefix, prefix, prefix, s.form_count);
	else
		fputs("}, NULL, {NULL, NULL}, 0},\n", e->out);
}

/*
 * A schema list's lines as calls of the put_ function of each one's C
 * type, with the member's value.  The members of a group are reached
 * through a pointer named after the group's struct, and their path
 * ("dose.") says where they are.
 */
#define PUT_FIELD(owner, name, kind, presence, placeholders, min, max)         \
	PUT(CATALOG_TYPE_##kind, e, path_##owner, #name, owner->name, max);
#define PUT(type, ...)	PUT_(type, __VA_ARGS__)
#define PUT_(type, ...) put_##type(__VA_ARGS__)
#define PUT_GROUP(owner, name)                                                 \
	{                                                                      \
		const struct owner##_##name *owner##_##name = &owner->name;    \
		char path_##owner##_##name[64];                                \
		snprintf(path_##owner##_##name, sizeof path_##owner##_##name,  \
			 "%s%s.", path_##owner, #name);
#define PUT_GROUP_END(owner, name) }

/* An exercise's members, or the arrays they point into. */
static void
put_exercise(const struct emitter *e, const struct exercise *exercise)
{
	const char *path_exercise = "";

#define CATALOG_FIELD	  PUT_FIELD
#define CATALOG_GROUP	  PUT_GROUP
#define CATALOG_GROUP_END PUT_GROUP_END
#include "catalog_exercise.def"
}

/* The words' members, or the arrays they point into. */
static void
put_words_fields(const struct emitter *e, const struct words *words)
{
	const char *path_words = "";

#define CATALOG_FIELD	  PUT_FIELD
#define CATALOG_GROUP	  PUT_GROUP
#define CATALOG_GROUP_END PUT_GROUP_END
#include "catalog_words.def"
}

/*
 * The words as a static struct words named PREFIX_words, in language:
 * a translated catalog's words are read with the source's tag.
 */
static void
put_words(FILE *out, const char *prefix, const struct words *w,
	  const char *language)
{
	struct words words = *w;
	char arrays[96];
	struct emitter e = {out, true, prefix,
			    name_of(arrays, sizeof arrays, prefix, "words"),
			    "\t"};

	words.language = language;
	put_words_fields(&e, &words);
	fprintf(out, "\nstatic const struct words %s_words = {\n", prefix);
	e.is_arrays = false;
	put_words_fields(&e, &words);
	fputs("};\n", out);
}

/*
 * One built-in catalog, as the constant struct catalog named symbol;
 * its arrays' names start with prefix.  aliases, when not NULL, names
 * the array of other names of its bands.
 */
static void
put_catalog(FILE *out, const char *prefix, const char *symbol,
	    const char *language, const struct catalog *c, const char *aliases)
{
	char name[96], arrays[96];
	struct emitter e = {out, true, prefix, arrays, "\t\t"};
	size_t i;

	fprintf(out, "\n/* The catalog in \"%s\". */\n", language);
	put_text_array(out, name_of(name, sizeof name, prefix, "progression"),
		       &c->progression);
	put_text_array(out, name_of(name, sizeof name, prefix, "bands"),
		       &c->bands);
	put_rule_arrays(out, prefix, "one_side", &c->one_side);
	put_rule_arrays(out, prefix, "both_sides", &c->both_sides);
	for (i = 0; i < c->exercise_count; i++) {
		snprintf(arrays, sizeof arrays, "%s_exercise_%zu", prefix, i);
		put_exercise(&e, &c->exercises[i]);
	}
	put_words(out, prefix, c->words, language);

	fprintf(out, "\nstatic const struct exercise %s_exercises[] = {\n",
		prefix);
	e.is_arrays = false;
	for (i = 0; i < c->exercise_count; i++) {
		snprintf(arrays, sizeof arrays, "%s_exercise_%zu", prefix, i);
		fputs("\t{\n", out);
		put_exercise(&e, &c->exercises[i]);
		fputs("\t},\n", out);
	}
	fprintf(out, "};\n\n%sconst struct catalog %s = {\n",
		strcmp(symbol, "builtin_catalog") == 0 ? "" : "static ",
		symbol);
	fprintf(out,
		"\t.schema_version = %u,\n\t.language = ", c->schema_version);
	put_string(out, language);
	fputs(",\n\t.title = ", out);
	put_string(out, c->title);
	fputs(",\n\t.equipment = ", out);
	put_string(out, c->equipment);
	fputs(",\n\t.dose = ", out);
	put_dose(out, &c->dose);
	fprintf(out, ",\n\t.schedule = {%u, %u, ",
		c->schedule.sessions_per_week, c->schedule.rest_days_between);
	put_string(out, c->schedule.note);
	fputs("},\n\t.load = ", out);
	put_string(out, c->load);
	fputs(",\n\t.progression = ", out);
	put_list_value(out, name_of(name, sizeof name, prefix, "progression"),
		       &c->progression);
	fputs(",\n", out);
	put_rule(out, prefix, "one_side", &c->one_side);
	put_rule(out, prefix, "both_sides", &c->both_sides);
	fputs("\t.bands = ", out);
	put_list_value(out, name_of(name, sizeof name, prefix, "bands"),
		       &c->bands);
	fputs(",\n\t.band_aliases = ", out);
	if (aliases != NULL && c->bands.count > 0)
		fprintf(out, "{%s, %zu}", aliases, c->bands.count);
	else
		fputs("{NULL, 0}", out);
	fputs(",\n\t.log = {", out);
	put_string(out, c->log.pain);
	fputs(", ", out);
	put_string(out, c->log.note);
	fprintf(out, "},\n\t.words = &%s_words,\n", prefix);
	fprintf(out,
		"\t.exercises = %s_exercises,\n\t.exercise_count = %zu,\n"
		"\t.arena = NULL,\n};\n",
		prefix, c->exercise_count);
}

/* ---- diagnostics ------------------------------------------------------- */

static void report(const char *format, ...)
	__attribute__((format(printf, 1, 2)));

/* "embed-catalog: message", the way the build shows every error. */
static void
report(const char *format, ...)
{
	va_list ap;

	fputs("embed-catalog: ", stderr);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void
report_failure(const struct failure *f)
{
	if (f->file != NULL && f->line > 0 && f->column > 0)
		report("%s:%lu:%lu: %s", f->file, f->line, f->column,
		       f->message);
	else if (f->file != NULL && f->line > 0)
		report("%s:%lu: %s", f->file, f->line, f->message);
	else if (f->file != NULL)
		report("%s: %s", f->file, f->message);
	else
		report("%s", f->message);
}

/* ---- translations ------------------------------------------------------ */

/* One entry of a .po file. */
struct entry {
	const char *context; /* the key path */
	const char *source;  /* msgid */
	const char *text;    /* msgstr; "" untranslated */
	bool is_fuzzy;
	bool is_used;
	unsigned long line; /* of its msgctxt; 0: not found */
};

/* A translation being applied, or the source being extracted. */
struct translation {
	const char *po; /* the .po file's name; NULL: extracting */
	const char *source_name;
	struct array entries; /* of struct entry */
	unsigned problems;
};

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
		report("out of memory");
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
			report("%s:%lu: %s: a second text at the same key "
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
			report("out of memory");
			exit(STATUS_SOFTWARE);
		}
		return NULL;
	}
	if ((e = find_entry(t, path)) != NULL)
		e->is_used = true;
	if (e == NULL) {
		report("%s: %s: no translation of %s:%lu", t->po, path,
		       t->source_name, line);
		t->problems++;
		return NULL;
	}
	if (*e->text == '\0') {
		report("%s:%lu: %s: no translation of %s:%lu", t->po, e->line,
		       path, t->source_name, line);
		t->problems++;
		return NULL;
	}
	origin->file = t->po;
	origin->line = e->line;
	if (strcmp(e->source, source) != 0) {
		report("%s:%lu: %s: translates an older text; %s:%lu now "
		       "says \"%s\"",
		       t->po, e->line, path, t->source_name, line, source);
		t->problems++;
		return NULL;
	}
	if (e->is_fuzzy) {
		report("%s:%lu: %s: the translation is marked fuzzy; check "
		       "it and remove the flag",
		       t->po, e->line, path);
		t->problems++;
		return NULL;
	}
	return e->text;
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
		report("%s: cannot read the translation", t->po);
		exit(STATUS_DATA);
	}
	it = po_message_iterator(file, NULL);
	while ((m = po_next_message(it)) != NULL) {
		const char *context = po_message_msgctxt(m);

		if (po_message_is_obsolete(m) || *po_message_msgid(m) == '\0')
			continue;
		if (context == NULL) {
			report("%s: \"%s\": an entry without msgctxt; every "
			       "text is named by its key path",
			       t->po, po_message_msgid(m));
			t->problems++;
			continue;
		}
		if (po_message_msgid_plural(m) != NULL) {
			report("%s: %s: a plural entry; the catalog gives "
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
			report("out of memory");
			exit(STATUS_SOFTWARE);
		}
	}
	po_message_iterator_free(it);
	po_file_free(file);
	find_lines(t);
}

static void
free_translation(struct translation *t)
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
		report("%s: its Language header says \"%s\", not \"%s\"", po,
		       language != NULL ? language : "", code);
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

/* The one source text that is not in the catalog: its language's name. */
static const char source_language_name[] = "English";

/*
 * Loads the source catalog translated by the .po file at po into *out,
 * with words in language; *name is the language's own name.  Exits,
 * having said why, when the translation is incomplete or wrong.
 */
static void
load_translated(const char *source, const char *language, const char *po,
		struct catalog **out, const char **name, struct translation *t)
{
	struct catalog_translation hook = {translate, t};
	struct catalog_options options = {NULL, 0, NULL, &hook, false};
	struct failure f;
	struct entry *e;
	size_t i;

	memset(t, 0, sizeof *t);
	t->po = po;
	t->source_name = source;
	t->entries = (struct array)ARRAY_OF(struct entry);
	check_po_language(po, language);
	read_po(t);
	if (catalog_load_with(source, &options, out, &f) != STATUS_OK) {
		report_failure(&f);
		exit((int)f.status);
	}
	if ((e = find_entry(t, language_name_path)) == NULL ||
	    *e->text == '\0' || e->is_fuzzy) {
		if (e != NULL)
			report("%s:%lu: %s: no name of the language, as "
			       "--list-langs shows it",
			       po, e->line, language_name_path);
		else
			report("%s: %s: no name of the language, as "
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
			report("%s:%lu: %s: %s has no such text; update the "
			       "translation",
			       po, e->line, e->context, source);
			t->problems++;
		}
	}
	if (t->problems > 0) {
		report("%s: %u problem%s; see po/README", po, t->problems,
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
describe(const struct entry *e, char *buf, size_t size)
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
	else if (ends_with(path, ".other"))
		snprintf(buf, size, "Used for every number but 1.  ");
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
static int
write_pot(const char *source, const char *path)
{
	struct translation t = {NULL, source, ARRAY_OF(struct entry), 0};
	struct catalog_translation hook = {translate, &t};
	struct catalog_options options = {NULL, 0, NULL, &hook, false};
	struct entry language = {
		language_name_path, source_language_name, "", false, false, 0};
	po_message_iterator_t it;
	po_message_t header;
	po_file_t file;
	struct catalog *c;
	struct failure f;
	char comment[1024];
	size_t i;

	if (catalog_load_with(source, &options, &c, &f) != STATUS_OK) {
		report_failure(&f);
		free_translation(&t);
		return (int)f.status;
	}
	catalog_free(c);
	if (t.problems > 0) {
		free_translation(&t);
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
		describe(entry_at(&t, i), comment, sizeof comment);
		add_message(it, entry_at(&t, i), base_name(source), comment);
	}
	po_message_iterator_free(it);
	if (po_file_write(file, path, &po_handler) == NULL || po_errors > 0) {
		report("%s: cannot write the template", path);
		po_file_free(file);
		free_translation(&t);
		return STATUS_IO;
	}
	po_file_free(file);
	free_translation(&t);
	return STATUS_OK;
}

/* ---- the program ------------------------------------------------------- */

/* Most translations one build compiles in. */
enum { MAX_LANGUAGES = 64 };

/* A catalog to compile in. */
struct language {
	char code[40];	  /* "de", as --lang takes it */
	char prefix[40];  /* its arrays' prefix in C: "de", "zh_CN" */
	const char *name; /* its own name: "Deutsch" */
	struct catalog *catalog;
	struct translation translation;
};

/* "de=po/catalog/de.po": the language and its .po file. */
static void
parse_language(const char *arg, struct language *l, const char **po)
{
	const char *equals = strchr(arg, '=');
	size_t n = equals != NULL ? (size_t)(equals - arg) : 0, i;

	if (equals == NULL || n == 0 || n >= sizeof l->code) {
		report("%s: expected LL=FILE.po", arg);
		exit(STATUS_USAGE);
	}
	memcpy(l->code, arg, n);
	l->code[n] = '\0';
	if (!lang_is_tag(l->code)) {
		report("%s: expected a language tag such as de or zh_CN",
		       l->code);
		exit(STATUS_USAGE);
	}
	memcpy(l->prefix, l->code, n + 1);
	for (i = 0; i < n; i++)
		if (l->prefix[i] == '-')
			l->prefix[i] = '_';
	*po = equals + 1;
}

static void
write_languages(FILE *out, const struct language *l, size_t n)
{
	size_t i;

	fputs("\nconst struct builtin_language builtin_languages[] = {\n", out);
	for (i = 0; i < n; i++) {
		fputs("\t{", out);
		put_string(out, l[i].code);
		fputs(", ", out);
		put_string(out, l[i].name);
		if (i == 0)
			fputs(", &builtin_catalog},\n", out);
		else
			fprintf(out, ", &%s_catalog},\n", l[i].prefix);
	}
	fprintf(out, "};\n\nconst size_t builtin_language_count = %zu;\n", n);
}

int
main(int argc, char **argv)
{
	static struct language languages[MAX_LANGUAGES];
	struct language *en = &languages[0];
	size_t n = 1, i, j;
	char symbol[64];
	struct failure f;
	const char *po;
	FILE *out;

	if (argc == 4 && strcmp(argv[1], "--pot") == 0)
		return write_pot(argv[2], argv[3]);
	if (argc < 3 || argc - 3 >= MAX_LANGUAGES) {
		fprintf(stderr, "usage: embed-catalog SOURCE.yaml OUTPUT.c "
				"[LL=LL.po ...]\n"
				"       embed-catalog --pot SOURCE.yaml "
				"OUTPUT.pot\n");
		return STATUS_USAGE;
	}
	if (catalog_load_file(argv[1], NULL, &en->catalog, &f) != STATUS_OK) {
		report_failure(&f);
		return (int)f.status;
	}
	snprintf(en->code, sizeof en->code, "%s", en->catalog->words->language);
	snprintf(en->prefix, sizeof en->prefix, "source");
	en->name = lang_same(en->code, "en") ? source_language_name : en->code;
	/* Every translation is complete and valid before OUTPUT exists. */
	for (i = 3; i < (size_t)argc; i++, n++) {
		parse_language(argv[i], &languages[n], &po);
		for (j = 0; j < n; j++)
			if (lang_same(languages[j].code, languages[n].code)) {
				report("%s: language given twice", argv[i]);
				return STATUS_USAGE;
			}
		load_translated(argv[1], languages[n].code, po,
				&languages[n].catalog, &languages[n].name,
				&languages[n].translation);
	}
	if ((out = fopen(argv[2], "w")) == NULL) {
		perror(argv[2]);
		return STATUS_CANT_CREATE;
	}
	fputs("/* Generated from exercises.yaml and its translations by "
	      "embed-catalog; do not\n   edit. */\n#include <stddef.h>\n\n"
	      "#include \"builtin.h\"\n",
	      out);
	put_catalog(out, en->prefix, "builtin_catalog", en->code, en->catalog,
		    NULL);
	for (i = 1; i < n; i++) {
		snprintf(symbol, sizeof symbol, "%s_catalog",
			 languages[i].prefix);
		put_catalog(out, languages[i].prefix, symbol, languages[i].code,
			    languages[i].catalog,
			    en->catalog->bands.count > 0 ? "source_bands"
							 : NULL);
	}
	write_languages(out, languages, n);
	for (i = 0; i < n; i++) {
		catalog_free(languages[i].catalog);
		free_translation(&languages[i].translation);
	}
	if (ferror(out) | fclose(out)) {
		perror(argv[2]);
		remove(argv[2]);
		return STATUS_IO;
	}
	return STATUS_OK;
}
