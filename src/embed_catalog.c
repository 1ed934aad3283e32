/* SPDX-License-Identifier: ISC */
/*
 * embed_catalog.c: the build step that compiles exercises.yaml into
 * heelrx.  It loads the catalog with the same loader heelrx uses, so a
 * catalog that heelrx would refuse fails the build, and writes the
 * result as constant C data (see builtin.h).  heelrx then neither reads
 * nor checks its built-in catalog when it runs: parsing and validating
 * the same bytes at every start cost more than everything else a plan
 * does.
 *
 * The built-in catalog must carry its own words: they are the ones a
 * catalog without words is printed with.
 *
 * usage: embed-catalog INPUT.yaml OUTPUT.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"

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
put_text_list(FILE *out, const char *name, const struct text_list *list)
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

static void
put_rule_arrays(FILE *out, const char *name, const struct rule *r)
{
	char array[64];
	size_t i;

	snprintf(array, sizeof array, "%s_rationale", name);
	put_text_array(out, array, &r->rationale);
	fprintf(out, "static const size_t %s_order[] = {", name);
	for (i = 0; i < r->order_count; i++)
		fprintf(out, "%s%zu", i > 0 ? ", " : "", r->order[i]);
	fputs("};\n", out);
}

static void
put_rule(FILE *out, const char *name, const struct rule *r)
{
	static const char *const works[] = {"WORK_OPPOSITE", "WORK_SAME",
					    "WORK_BOTH"};
	char array[64];

	fprintf(out, "\t.%s = {\n\t\t.work = %s,\n\t\t.headline = ", name,
		works[r->work]);
	put_string(out, r->headline);
	fputs(",\n\t\t.warning = ", out);
	put_string(out, r->warning);
	snprintf(array, sizeof array, "%s_rationale", name);
	fputs(",\n\t\t.rationale = ", out);
	put_text_list(out, array, &r->rationale);
	fprintf(out,
		",\n\t\t.order = %s_order,\n\t\t.order_count = %zu,\n"
		"\t\t.key_exercise = ",
		name, r->order_count);
	put_index(out, r->key_exercise);
	fputs(",\n\t},\n", out);
}

/*
 * An exercise's figures, each with the SVG that the loader emitted for
 * either working leg: heelrx neither reads nor parses its built-in
 * figures when it runs (parsing one costs more than a whole plan).
 */
static void
put_figure_array(FILE *out, size_t i, const struct figure_list *list)
{
	static const char *const legs[] = {"SIDE_LEFT", "SIDE_RIGHT"};
	size_t j, side;

	if (list->count == 0)
		return;
	fprintf(out, "static const struct figure exercise_%zu_figures[] = {\n",
		i);
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
put_exercise_arrays(FILE *out, size_t i, const struct exercise *e)
{
	char name[64];

	snprintf(name, sizeof name, "exercise_%zu_setup", i);
	put_text_array(out, name, &e->setup);
	snprintf(name, sizeof name, "exercise_%zu_steps", i);
	put_text_array(out, name, &e->steps);
	snprintf(name, sizeof name, "exercise_%zu_cues", i);
	put_text_array(out, name, &e->cues);
	put_figure_array(out, i, &e->figures);
}

static void
put_exercise(FILE *out, size_t i, const struct exercise *e)
{
	static const char *const fields[] = {"id",	  "name",   "target",
					     "equipment", "anchor", "position"};
	const char *const values[] = {e->id,	    e->name,   e->target,
				      e->equipment, e->anchor, e->position};
	char name[64];
	size_t f;

	fputs("\t{\n", out);
	for (f = 0; f < sizeof fields / sizeof fields[0]; f++) {
		fprintf(out, "\t\t.%s = ", fields[f]);
		put_string(out, values[f]);
		fputs(",\n", out);
	}
	snprintf(name, sizeof name, "exercise_%zu_setup", i);
	fputs("\t\t.setup = ", out);
	put_text_list(out, name, &e->setup);
	snprintf(name, sizeof name, "exercise_%zu_steps", i);
	fputs(",\n\t\t.steps = ", out);
	put_text_list(out, name, &e->steps);
	snprintf(name, sizeof name, "exercise_%zu_cues", i);
	fputs(",\n\t\t.cues = ", out);
	put_text_list(out, name, &e->cues);
	fprintf(out, ",\n\t\t.dose = {%u, ", e->dose.fields);
	put_dose(out, &e->dose.dose);
	if (e->figures.count == 0)
		fputs("},\n\t\t.figures = {NULL, 0},\n\t},\n", out);
	else
		fprintf(out,
			"},\n\t\t.figures = {exercise_%zu_figures, %zu},\n"
			"\t},\n",
			i, e->figures.count);
}

/* One member of the words: ".name = value,". */
static void
put_member(FILE *out, const char *name, const char *value)
{
	fprintf(out, "\t.%s = ", name);
	put_string(out, value);
	fputs(",\n", out);
}

static void
put_plural(FILE *out, const char *name, const struct plural *p)
{
	fprintf(out, "\t.%s = {", name);
	put_string(out, p->one);
	fputs(", ", out);
	put_string(out, p->other);
	fputs("},\n", out);
}

static void
put_names(FILE *out, const char *name, const char *const *names, size_t n)
{
	size_t i;

	fprintf(out, "\t.%s = {", name);
	for (i = 0; i < n; i++) {
		fputs(i > 0 ? ", " : "", out);
		put_string(out, names[i]);
	}
	fputs("},\n", out);
}

static void
put_form_arrays(FILE *out, const struct side_words *s)
{
	static const char *const sides[] = {"left", "right"};
	size_t i, j;

	if (s->form_count == 0)
		return;
	put_text_array(out, "form_names",
		       &(struct text_list){s->form_names, s->form_count});
	for (i = 0; i < SIDE_COUNT; i++) {
		fprintf(out, "static const char *const %s_forms[] = {\n",
			sides[i]);
		for (j = 0; j < s->form_count; j++) {
			fputc('\t', out);
			put_string(out, s->forms[i][j]);
			fputs(",\n", out);
		}
		fputs("};\n", out);
	}
}

/* The words as a static struct words named words. */
static void
put_words(FILE *out, const struct words *w)
{
	const struct side_words *s = &w->sides;

	put_form_arrays(out, s);
	fputs("\nstatic const struct words words = {\n", out);
	put_member(out, "language", w->language);
	fputs("\t.sides = {{", out);
	put_string(out, s->word[SIDE_LEFT]);
	fputs(", ", out);
	put_string(out, s->word[SIDE_RIGHT]);
	if (s->form_count > 0)
		fprintf(out,
			"}, form_names, {left_forms, right_forms}, %zu},\n",
			s->form_count);
	else
		fputs("}, NULL, {NULL, NULL}, 0},\n", out);
	put_member(out, "headings.why", w->headings.why);
	put_member(out, "headings.dose_and_schedule",
		   w->headings.dose_and_schedule);
	put_member(out, "headings.sessions", w->headings.sessions);
	put_member(out, "headings.exercises", w->headings.exercises);
	put_member(out, "headings.progression", w->headings.progression);
	put_member(out, "headings.log", w->headings.log);
	put_member(out, "labels.patient", w->labels.patient);
	put_member(out, "labels.clinician", w->labels.clinician);
	put_member(out, "labels.date", w->labels.date);
	put_member(out, "labels.schedule", w->labels.schedule);
	put_member(out, "labels.usual_dose", w->labels.usual_dose);
	put_member(out, "labels.equipment", w->labels.equipment);
	put_member(out, "labels.resistance", w->labels.resistance);
	put_member(out, "labels.bands", w->labels.bands);
	put_member(out, "labels.band_now", w->labels.band_now);
	put_member(out, "labels.dose", w->labels.dose);
	put_member(out, "labels.anchor", w->labels.anchor);
	put_member(out, "labels.position", w->labels.position);
	put_member(out, "labels.setup", w->labels.setup);
	put_member(out, "labels.movement", w->labels.movement);
	put_member(out, "labels.cues", w->labels.cues);
	put_member(out, "labels.week", w->labels.week);
	put_member(out, "warning", w->warning);
	put_member(out, "key_exercise", w->key_exercise);
	put_member(out, "exercise_title", w->exercise_title);
	put_member(out, "lists.separator", w->lists.separator);
	put_member(out, "lists.last", w->lists.last);
	put_plural(out, "dose.amount", &w->dose.amount);
	put_member(out, "dose.hold", w->dose.hold);
	put_member(out, "dose.no_rest", w->dose.no_rest);
	put_member(out, "dose.rest", w->dose.rest);
	put_member(out, "dose.rest_range", w->dose.rest_range);
	put_member(out, "dose.each_leg", w->dose.each_leg);
	put_plural(out, "schedule.sessions", &w->schedule.sessions);
	put_plural(out, "schedule.rest_days", &w->schedule.rest_days);
	put_member(out, "bands.lightest", w->bands.lightest);
	put_member(out, "bands.strongest", w->bands.strongest);
	put_member(out, "bands.next", w->bands.next);
	put_member(out, "bands.last", w->bands.last);
	put_plural(out, "sessions.count", &w->sessions.count);
	put_plural(out, "sessions.weeks", &w->sessions.weeks);
	put_member(out, "sessions.dated", w->sessions.dated);
	put_member(out, "sessions.numbered", w->sessions.numbered);
	put_plural(out, "sessions.days", &w->sessions.days);
	put_member(out, "sessions.date", w->sessions.date);
	put_member(out, "sessions.short_date", w->sessions.short_date);
	put_member(out, "dates.format", w->dates.format);
	put_names(out, "dates.weekdays", w->dates.weekdays, 7);
	put_names(out, "dates.short_weekdays", w->dates.short_weekdays, 7);
	put_names(out, "dates.months", w->dates.months, 12);
	put_member(out, "log.instructions", w->log.instructions);
	put_member(out, "log.session", w->log.session);
	put_member(out, "log.band", w->log.band);
	put_member(out, "log.sets", w->log.sets);
	put_member(out, "log.sets_cell", w->log.sets_cell);
	put_member(out, "log.numbered_session", w->log.numbered_session);
	put_member(out, "record.one_heel", w->record.one_heel);
	put_member(out, "record.both_heels", w->record.both_heels);
	put_member(out, "calendar.summary", w->calendar.summary);
	put_member(out, "calendar.plan", w->calendar.plan);
	put_member(out, "calendar.one_leg", w->calendar.one_leg);
	put_member(out, "calendar.both_legs", w->calendar.both_legs);
	fputs("};\n", out);
}

static void
put_catalog(FILE *out, const struct catalog *c)
{
	size_t i;

	fputs("/* Generated from exercises.yaml by embed-catalog; do not "
	      "edit. */\n#include <stddef.h>\n\n#include \"builtin.h\"\n\n",
	      out);
	put_text_array(out, "progression", &c->progression);
	put_text_array(out, "bands", &c->bands);
	put_rule_arrays(out, "one_side", &c->one_side);
	put_rule_arrays(out, "both_sides", &c->both_sides);
	for (i = 0; i < c->exercise_count; i++)
		put_exercise_arrays(out, i, &c->exercises[i]);
	put_words(out, c->words);

	fputs("\nstatic const struct exercise exercises[] = {\n", out);
	for (i = 0; i < c->exercise_count; i++)
		put_exercise(out, i, &c->exercises[i]);
	fputs("};\n\nconst struct catalog builtin_catalog = {\n", out);
	fprintf(out, "\t.schema_version = %u,\n\t.title = ", c->schema_version);
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
	put_text_list(out, "progression", &c->progression);
	fputs(",\n", out);
	put_rule(out, "one_side", &c->one_side);
	put_rule(out, "both_sides", &c->both_sides);
	fputs("\t.bands = ", out);
	put_text_list(out, "bands", &c->bands);
	fputs(",\n\t.log = {", out);
	put_string(out, c->log.pain);
	fputs(", ", out);
	put_string(out, c->log.note);
	fputs("},\n\t.words = &words,\n", out);
	fprintf(out,
		"\t.exercises = exercises,\n\t.exercise_count = %zu,\n"
		"\t.arena = NULL,\n};\n",
		c->exercise_count);
}

int
main(int argc, char **argv)
{
	struct catalog *c;
	struct failure f;
	FILE *out;

	if (argc != 3) {
		fprintf(stderr, "usage: embed-catalog INPUT.yaml OUTPUT.c\n");
		return STATUS_USAGE;
	}
	if (catalog_load_file(argv[1], NULL, &c, &f) != STATUS_OK) {
		if (f.line > 0)
			fprintf(stderr, "embed-catalog: %s:%lu:%lu: %s\n",
				f.file, f.line, f.column, f.message);
		else
			fprintf(stderr, "embed-catalog: %s\n", f.message);
		return (int)f.status;
	}
	if ((out = fopen(argv[2], "w")) == NULL) {
		perror(argv[2]);
		catalog_free(c);
		return STATUS_CANT_CREATE;
	}
	put_catalog(out, c);
	catalog_free(c);
	if (ferror(out) | fclose(out)) {
		perror(argv[2]);
		remove(argv[2]);
		return STATUS_IO;
	}
	return STATUS_OK;
}
