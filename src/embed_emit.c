/* SPDX-License-Identifier: ISC */
/*
 * embed_emit.c: a loaded catalog written as constant C data, the
 * struct catalog named builtin_catalog or one of its translations, with
 * every array its members point into.  The members of an exercise and
 * of the words are written from the schema lists (catalog.h), one
 * put_ function for each C type of a member.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed.h"

void
embed_put_string(FILE *out, const char *s)
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
		embed_put_string(out, list->items[i]);
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
	embed_put_string(out, r->headline);
	fputs(",\n\t\t.warning = ", out);
	embed_put_string(out, r->warning);
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
	embed_put_string(e->out, value);
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

/* "{one, other}" */
static void
put_plural_value(FILE *out, const struct plural *p)
{
	fputc('{', out);
	const char *const rest[] = {p->zero, p->two, p->few, p->many};
	size_t i;

	embed_put_string(out, p->one);
	fputs(", ", out);
	embed_put_string(out, p->other);
	for (i = 0; i < sizeof rest / sizeof rest[0]; i++) {
		fputs(", ", out);
		embed_put_string(out, rest[i]);
	}
	fputc('}', out);
}

static void
put_plural(const struct emitter *e, const char *path, const char *name,
	   struct plural p, unsigned max)
{
	(void)max;
	if (!start_member(e, path, name))
		return;
	put_plural_value(e->out, &p);
	fputs(",\n", e->out);
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
		embed_put_string(e->out, names[i]);
	}
	fputs("},\n", e->out);
}

static void
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

/* The labels of figure j of array, as an array of their own; none:
 * nothing.  Numbers in hexadecimal, so that they read back exactly. */
static void
put_label_array(FILE *out, const char *array, size_t j,
		const struct figure *fig)
{
	static const char *const marks[] = {
		"FIGURE_WORKING_FOOT",	 "FIGURE_STANDING_FOOT",
		"FIGURE_DOOR",		 "FIGURE_KNOT",
		"FIGURE_MOVEMENT_ARROW", "FIGURE_FROM_ABOVE"};
	static const char *const aligns[] = {"FIGURE_START", "FIGURE_MIDDLE",
					     "FIGURE_END"};
	size_t i;

	if (fig->label_count == 0)
		return;
	fprintf(out, "static const struct figure_label %s_labels_%zu[] = {\n",
		array, j);
	for (i = 0; i < fig->label_count; i++) {
		const struct figure_label *l = &fig->labels[i];

		fprintf(out, "\t{%s, {%a, %a}, {%s, %s}, %a},\n",
			marks[l->mark], l->x[0], l->x[1], aligns[l->align[0]],
			aligns[l->align[1]], l->y);
	}
	fputs("};\n", out);
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
	for (j = 0; j < list->count; j++)
		put_label_array(out, array, j, &list->items[j]);
	fprintf(out, "static const struct figure %s[] = {\n", array);
	for (j = 0; j < list->count; j++) {
		const struct figure *fig = &list->items[j];

		fputs("\t{\n\t\t.caption = ", out);
		embed_put_string(out, fig->caption);
		fprintf(out, ",\n\t\t.leg = %s,\n\t\t.svg = {\n",
			legs[fig->leg]);
		for (side = 0; side < SIDE_COUNT; side++) {
			fputs("\t\t\t", out);
			embed_put_string(out, fig->svg[side]);
			fputs(",\n", out);
		}
		fputs("\t\t},\n", out);
		if (fig->label_count > 0)
			fprintf(out, "\t\t.labels = %s_labels_%zu,\n", array,
				j);
		fprintf(out,
			"\t\t.label_count = %zu,\n\t\t.label_size = %a,\n"
			"\t},\n",
			fig->label_count, fig->label_size);
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
			embed_put_string(out, s->forms[i][j]);
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
	embed_put_string(e->out, s.word[SIDE_LEFT]);
	fputs(", ", e->out);
	embed_put_string(e->out, s.word[SIDE_RIGHT]);
	if (s.form_count > 0)
		fprintf(e->out,
			"}, %s_form_names, {%s_left_forms, %s_right_forms}, "
			"%zu},\n",
			prefix, prefix, prefix, s.form_count);
	else
		fputs("}, NULL, {NULL, NULL}, 0},\n", e->out);
}

/* A group's path, "red_flags.urgent.", from its owner's and its name;
 * the schema's names are short, so a path too long is a bug. */
static void
group_path(char *buf, size_t size, const char *owner_path, const char *name)
{
	int n = snprintf(buf, size, "%s%s.", owner_path, name);

	if (n < 0 || (size_t)n >= size)
		abort();
}

/*
 * A schema list's lines as calls of the put_ function of each one's C
 * type, with the member's value.  The members of a group are reached
 * through a pointer named after the group's struct, and their path
 * ("dose.") says where they are.
 */
#define PUT_FIELD(owner, name, kind, presence, placeholders, min, max)         \
	PUT(CATALOG_TYPE_##kind, e, path_##owner, #name, (owner)->name, max);
#define PUT(type, ...)	PUT_(type, __VA_ARGS__)
#define PUT_(type, ...) put_##type(__VA_ARGS__)
#define PUT_GROUP(owner, name)                                                 \
	{                                                                      \
		const struct owner##_##name *owner##_##name = &(owner)->name;  \
		char path_##owner##_##name[64];                                \
		group_path(path_##owner##_##name,                              \
			   sizeof path_##owner##_##name, path_##owner, #name);
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
put_words_fields(const struct emitter *e, const void *object)
{
	const struct words *words = object;
	const char *path_words = "";

#define CATALOG_FIELD	  PUT_FIELD
#define CATALOG_GROUP	  PUT_GROUP
#define CATALOG_GROUP_END PUT_GROUP_END
#include "catalog_words.def"
}

/* The advice's members, or the arrays they point into. */
static void
put_advice_fields(const struct emitter *e, const void *object)
{
	const struct advice *advice = object;
	const char *path_advice = "";

#define CATALOG_FIELD	  PUT_FIELD
#define CATALOG_GROUP	  PUT_GROUP
#define CATALOG_GROUP_END PUT_GROUP_END
#include "catalog_advice.def"
}

/*
 * An object that a schema list names as a static struct TYPE named
 * PREFIX_TYPE: the arrays its members point into, then its members,
 * which fields() writes.
 */
static void
put_object(FILE *out, const char *prefix, const char *type,
	   void (*fields)(const struct emitter *, const void *),
	   const void *object)
{
	char arrays[96];
	struct emitter e = {out, true, prefix,
			    name_of(arrays, sizeof arrays, prefix, type), "\t"};

	fields(&e, object);
	fprintf(out, "\nstatic const struct %s %s_%s = {\n", type, prefix,
		type);
	e.is_arrays = false;
	fields(&e, object);
	fputs("};\n", out);
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

	words.language = language;
	put_object(out, prefix, "words", put_words_fields, &words);
}

/* Issue 19, section 3: the log's further columns and words. */
static void
put_log_more(FILE *out, const struct log_sheet *log)
{
	fputs(", ", out);
	embed_put_string(out, log->morning_pain);
	fputs(", ", out);
	embed_put_string(out, log->rate_pain);
	fputs(", ", out);
	embed_put_string(out, log->easy);
	fputs(", ", out);
	embed_put_string(out, log->easy_note);
}

/* When an exercise moves to the next band (issue 19, section 3). */
static void
put_step_up(FILE *out, const struct step_up *s)
{
	fprintf(out, "\t.step_up = {%u, ", s->easy_sessions);
	put_plural_value(out, &s->rule);
	fputs(", ", out);
	put_plural_value(out, &s->next);
	fputs(", ", out);
	put_plural_value(out, &s->strongest);
	fputs("},\n", out);
}

/* The other names a catalog's bands list. */
static void
put_band_aliases(FILE *out, const char *prefix, const struct catalog *c)
{
	size_t i;

	if (c->listed_alias_count == 0)
		return;
	fprintf(out,
		"\nstatic const struct catalog_band_alias %s_listed_aliases[] "
		"= {\n",
		prefix);
	for (i = 0; i < c->listed_alias_count; i++) {
		fputs("\t{", out);
		embed_put_string(out, c->listed_aliases[i].name);
		fprintf(out, ", %zu},\n", c->listed_aliases[i].band);
	}
	fputs("};\n", out);
}

void
embed_put_catalog(FILE *out, const char *prefix, const char *symbol,
		  const char *language, const struct catalog *c,
		  const char *aliases)
{
	char name[96], arrays[96];
	struct emitter e = {out, true, prefix, arrays, "\t\t"};
	size_t i;

	fprintf(out, "\n/* The catalog in \"%s\". */\n", language);
	put_text_array(out, name_of(name, sizeof name, prefix, "progression"),
		       &c->progression);
	put_text_array(out, name_of(name, sizeof name, prefix, "bands"),
		       &c->bands);
	put_band_aliases(out, prefix, c);
	put_rule_arrays(out, prefix, "one_side", &c->one_side);
	put_rule_arrays(out, prefix, "both_sides", &c->both_sides);
	for (i = 0; i < c->exercise_count; i++) {
		snprintf(arrays, sizeof arrays, "%s_exercise_%zu", prefix, i);
		put_exercise(&e, &c->exercises[i]);
	}
	put_words(out, prefix, c->words, language);
	if (c->advice != NULL)
		put_object(out, prefix, "advice", put_advice_fields, c->advice);

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
	embed_put_string(out, language);
	fputs(",\n\t.title = ", out);
	embed_put_string(out, c->title);
	fputs(",\n\t.equipment = ", out);
	embed_put_string(out, c->equipment);
	fputs(",\n\t.dose = ", out);
	put_dose(out, &c->dose);
	fprintf(out, ",\n\t.schedule = {%u, %u, ",
		c->schedule.sessions_per_week, c->schedule.rest_days_between);
	embed_put_string(out, c->schedule.note);
	fputs("},\n\t.load = ", out);
	embed_put_string(out, c->load);
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
	if (c->listed_alias_count > 0)
		fprintf(out,
			",\n\t.listed_aliases = %s_listed_aliases,"
			"\n\t.listed_alias_count = %zu",
			prefix, c->listed_alias_count);
	fputs(",\n\t.log = {", out);
	embed_put_string(out, c->log.pain);
	fputs(", ", out);
	embed_put_string(out, c->log.note);
	put_log_more(out, &c->log);
	fputs("},\n\t.advice = ", out);
	if (c->advice != NULL)
		fprintf(out, "&%s_advice", prefix);
	else
		fputs("NULL", out);
	fputs(",\n", out);
	put_step_up(out, &c->step_up);
	fprintf(out, "\t.words = &%s_words,\n", prefix);
	fprintf(out,
		"\t.exercises = %s_exercises,\n\t.exercise_count = %zu,\n"
		"\t.arena = NULL,\n};\n",
		prefix, c->exercise_count);
}
