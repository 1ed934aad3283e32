/* SPDX-License-Identifier: ISC */
/*
 * test_catalog.c: the shipped catalog says what the protocol says, and
 * the loader's structure (references, overrides, escapes) holds.  Error
 * messages are covered by the golden cases.
 */
#include <stddef.h>
#include <stdlib.h>

#include "builtin.h"
#include "catalog.h"
#include "check.h"
#include "lang.h"
#include "template.h"

static struct catalog *
load(const char *text)
{
	struct catalog *c = NULL;
	struct failure f;

	if (catalog_load_bytes("t.yaml", text, strlen(text),
			       builtin_catalog.words, &c, &f) != STATUS_OK) {
		fprintf(stderr, "load failed: %s:%lu:%lu: %s\n", f.file, f.line,
			f.column, f.message);
		exit(1);
	}
	return c;
}

/* The protocol's facts, as the built-in catalog encodes them. */
static void
test_built_in_matches_protocol(void)
{
	const struct catalog *c = &builtin_catalog;
	size_t i;

	CHECK(c->dose.sets == 3);
	CHECK(c->dose.reps == 10);
	CHECK(c->dose.rest_min_seconds == 45);
	CHECK(c->dose.rest_max_seconds == 60);
	CHECK(c->schedule.sessions_per_week == 3);
	CHECK(c->schedule.rest_days_between == 1);
	CHECK(c->one_side.work == WORK_OPPOSITE);
	CHECK(c->both_sides.work == WORK_BOTH);
	CHECK(c->one_side.warning != NULL);
	CHECK(c->exercise_count == 3);
	CHECK(c->one_side.key_exercise != CATALOG_NO_EXERCISE);
	if (c->one_side.key_exercise != CATALOG_NO_EXERCISE)
		CHECK_STR(c->exercises[c->one_side.key_exercise].target,
			  "side of the hip: gluteus medius");
	CHECK(c->one_side.order_count == 3 && c->both_sides.order_count == 3);
	for (i = 0; i < c->exercise_count; i++)
		CHECK(c->exercises[i].dose.fields == 0);
	/* The band ladder in the common colour order: red, then green. */
	CHECK(c->bands.count == 8);
	if (c->bands.count == 8) {
		CHECK_STR(c->bands.items[0], "tan");
		CHECK_STR(c->bands.items[2], "red");
		CHECK_STR(c->bands.items[3], "green");
		CHECK_STR(c->bands.items[7], "gold");
	}
	CHECK(c->log.pain != NULL && c->log.note != NULL);
	/* Issue 19, section 3: the log's further columns, and the step up
	 * a band after two sessions in a row that felt fairly easy. */
	CHECK(c->log.morning_pain != NULL && c->log.rate_pain != NULL &&
	      c->log.easy != NULL && c->log.easy_note != NULL);
	CHECK(c->step_up.easy_sessions == 2);
	for (i = 0; i < c->exercise_count; i++)
		CHECK(c->exercises[i].short_name != NULL);
	/* Each exercise is drawn for a left leg, and mirrored for a right
	 * one inside its 240-wide viewBox: hip abduction in three frames,
	 * the others in two (issue 20).  Every frame names the working
	 * foot, and its labels are mirrored with the drawing. */
	for (i = 0; i < c->exercise_count; i++) {
		const struct figure_list *figs = &c->exercises[i].figures;
		size_t j, k;

		CHECK(figs->count == (i == 0 ? 3 : 2));
		for (j = 0; j < figs->count; j++) {
			const struct figure *fig = &figs->items[j];

			CHECK(fig->label_count >= 4 &&
			      fig->labels[0].mark == FIGURE_WORKING_FOOT);
			CHECK(fig->label_size == 11);
			for (k = 0; k < fig->label_count; k++) {
				const struct figure_label *l = &fig->labels[k];

				CHECK(l->x[SIDE_RIGHT] == 240 - l->x[SIDE_LEFT]);
				CHECK(l->align[SIDE_RIGHT] ==
				      FIGURE_END - l->align[SIDE_LEFT]);
			}
			CHECK(figs->items[j].leg == SIDE_LEFT);
			CHECK(strstr(figs->items[j].svg[SIDE_LEFT], "<svg ") ==
			      figs->items[j].svg[SIDE_LEFT]);
			CHECK(strstr(figs->items[j].svg[SIDE_LEFT],
				     "matrix(-1 0 0 1 240 0)") == NULL);
			CHECK(strstr(figs->items[j].svg[SIDE_RIGHT],
				     "<g transform=\"matrix(-1 0 0 1 240 "
				     "0)\">") != NULL);
		}
	}
}

static bool
same_text(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static bool
same_texts(const struct text_list *a, const struct text_list *b)
{
	size_t i;

	if (a->count != b->count)
		return false;
	for (i = 0; i < a->count; i++)
		if (!same_text(a->items[i], b->items[i]))
			return false;
	return true;
}

static bool
same_dose(const struct dose *a, const struct dose *b)
{
	return a->sets == b->sets && a->reps == b->reps &&
	       a->rest_min_seconds == b->rest_min_seconds &&
	       a->rest_max_seconds == b->rest_max_seconds &&
	       a->hold_seconds == b->hold_seconds;
}

static bool
same_rule(const struct rule *a, const struct rule *b)
{
	return a->work == b->work && same_text(a->headline, b->headline) &&
	       same_text(a->warning, b->warning) &&
	       same_texts(&a->rationale, &b->rationale) &&
	       a->order_count == b->order_count &&
	       memcmp(a->order, b->order, a->order_count * sizeof *a->order) ==
		       0 &&
	       a->key_exercise == b->key_exercise;
}

/* Two lists of n words. */
static bool
same_names(const char *const *a, const char *const *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!same_text(a[i], b[i]))
			return false;
	return true;
}

/* Two exercises' figures: captions, legs, the SVG for either leg and
 * the labels. */
static bool
same_figures(const struct figure_list *a, const struct figure_list *b)
{
	size_t i;

	if (a->count != b->count)
		return false;
	for (i = 0; i < a->count; i++) {
		const struct figure *x = &a->items[i], *y = &b->items[i];

		if (!same_text(x->caption, y->caption) || x->leg != y->leg ||
		    x->svg[SIDE_LEFT] == NULL || x->svg[SIDE_RIGHT] == NULL ||
		    !same_text(x->svg[SIDE_LEFT], y->svg[SIDE_LEFT]) ||
		    !same_text(x->svg[SIDE_RIGHT], y->svg[SIDE_RIGHT]) ||
		    x->label_count != y->label_count ||
		    x->label_size != y->label_size ||
		    (x->label_count > 0 &&
		     memcmp(x->labels, y->labels,
			    x->label_count * sizeof *x->labels) != 0))
			return false;
	}
	return true;
}

/*
 * One equal_ function for each C type of catalog.h's CATALOG_TYPE_, for
 * the members a schema list names; max is NAMES's count.
 */
static bool
equal_text(const char *a, const char *b, unsigned max)
{
	(void)max;
	return same_text(a, b);
}

static bool
equal_text_list(struct text_list a, struct text_list b, unsigned max)
{
	(void)max;
	return same_texts(&a, &b);
}

static bool
equal_plural(struct plural a, struct plural b, unsigned max)
{
	(void)max;
	return same_text(a.one, b.one) && same_text(a.other, b.other) &&
	       same_text(a.zero, b.zero) && same_text(a.two, b.two) &&
	       same_text(a.few, b.few) && same_text(a.many, b.many);
}

static bool
equal_names(const char *const *a, const char *const *b, unsigned max)
{
	return same_names(a, b, max);
}

static bool
equal_number(unsigned a, unsigned b, unsigned max)
{
	(void)max;
	return a == b;
}

static bool
equal_dose_override(struct dose_override a, struct dose_override b,
		    unsigned max)
{
	(void)max;
	return a.fields == b.fields && same_dose(&a.dose, &b.dose);
}

static bool
equal_figure_list(struct figure_list a, struct figure_list b, unsigned max)
{
	(void)max;
	return same_figures(&a, &b);
}

static bool
equal_side_words(struct side_words a, struct side_words b, unsigned max)
{
	size_t s;

	(void)max;
	if (a.form_count != b.form_count ||
	    !same_names(a.form_names, b.form_names, a.form_count))
		return false;
	for (s = 0; s < SIDE_COUNT; s++)
		if (!same_text(a.word[s], b.word[s]) ||
		    !same_names(a.forms[s], b.forms[s], a.form_count))
			return false;
	return true;
}

/*
 * A schema list's members, compared one by one: a field added to a
 * list is compared without a line here.  A group's members are reached
 * through pointers named after the group's struct.
 */
#define SAME_FIELD(owner, name, kind, presence, placeholders, min, max)        \
	if (!SAME(CATALOG_TYPE_##kind, a_##owner->name, b_##owner->name, max)) \
		return false;
#define SAME(type, ...)	 SAME_(type, __VA_ARGS__)
#define SAME_(type, ...) equal_##type(__VA_ARGS__)
#define SAME_GROUP(owner, name)                                                \
	{                                                                      \
		const struct owner##_##name *a_##owner##_##name =              \
			&a_##owner->name;                                      \
		const struct owner##_##name *b_##owner##_##name =              \
			&b_##owner->name;
#define SAME_GROUP_END(owner, name) }

/* Every word, and every form of the side words. */
static bool
same_words(const struct words *a_words, const struct words *b_words)
{
#define CATALOG_FIELD	  SAME_FIELD
#define CATALOG_GROUP	  SAME_GROUP
#define CATALOG_GROUP_END SAME_GROUP_END
#include "catalog_words.def"
	return true;
}

/* Every number and text of the advice; NULL only beside NULL. */
static bool
same_advice(const struct advice *a_advice, const struct advice *b_advice)
{
	if (a_advice == NULL || b_advice == NULL)
		return a_advice == b_advice;
#define CATALOG_FIELD	  SAME_FIELD
#define CATALOG_GROUP	  SAME_GROUP
#define CATALOG_GROUP_END SAME_GROUP_END
#include "catalog_advice.def"
	return true;
}

/*
 * One is_given_ function for each C type the advice's schema list uses:
 * whether a catalog gives the member, a text not empty and a list with
 * texts in it.
 */
static bool
is_given_text(const char *s, unsigned max)
{
	(void)max;
	return s != NULL && *s != '\0';
}

static bool
is_given_text_list(struct text_list list, unsigned max)
{
	size_t i;

	(void)max;
	for (i = 0; i < list.count; i++)
		if (!is_given_text(list.items[i], 0))
			return false;
	return list.count > 0;
}

static bool
is_given_number(unsigned n, unsigned max)
{
	(void)n;
	(void)max;
	return true;
}

#define GIVEN_FIELD(owner, name, kind, presence, placeholders, min, max)       \
	if (!GIVEN(CATALOG_TYPE_##kind, a_##owner->name, max))                 \
		return false;
#define GIVEN(type, ...)  GIVEN_(type, __VA_ARGS__)
#define GIVEN_(type, ...) is_given_##type(__VA_ARGS__)
#define GIVEN_GROUP(owner, name)                                               \
	{                                                                      \
		const struct owner##_##name *a_##owner##_##name =              \
			&a_##owner->name;
#define GIVEN_GROUP_END(owner, name) }

/* Whether the advice gives every text and list of its schema list. */
static bool
is_complete_advice(const struct advice *a_advice)
{
	if (a_advice == NULL)
		return false;
#define CATALOG_FIELD	  GIVEN_FIELD
#define CATALOG_GROUP	  GIVEN_GROUP
#define CATALOG_GROUP_END GIVEN_GROUP_END
#include "catalog_advice.def"
	return true;
}

/*
 * The shipped catalog and each translation of it give the whole advice,
 * with the numbers of the pain rule and the effort, precautions for
 * every exercise, and the words that head them.
 */
static void
test_shipped_advice(void)
{
	size_t i, j;

	for (i = 0; i < builtin_language_count; i++) {
		const struct catalog *c = builtin_languages[i].catalog;
		const struct words *w = c->words;
		const struct advice *a = c->advice;

		CHECK(is_complete_advice(a));
		if (a != NULL) {
			CHECK(a->pain.scale == 10 && a->pain.safe == 2 &&
			      a->pain.limit == 5);
			CHECK(a->effort.reps_min == 2 &&
			      a->effort.reps_max == 3 &&
			      a->effort.score_min == 7 &&
			      a->effort.score_max == 8 &&
			      a->effort.scale == 10);
			CHECK(a->red_flags.urgent.signs.count == 2);
		}
		for (j = 0; j < c->exercise_count; j++)
			CHECK(is_given_text_list(c->exercises[j].precautions,
						 0));
		CHECK(w->headings.pain != NULL &&
		      w->headings.red_flags != NULL &&
		      w->headings.safe_setup != NULL &&
		      w->headings.routine != NULL && w->labels.urgent != NULL &&
		      w->labels.precautions != NULL);
	}
}

static bool
same_exercise(const struct exercise *a_exercise,
	      const struct exercise *b_exercise)
{
#define CATALOG_FIELD	  SAME_FIELD
#define CATALOG_GROUP	  SAME_GROUP
#define CATALOG_GROUP_END SAME_GROUP_END
#include "catalog_exercise.def"
	return true;
}

/*
 * The built-in catalog is exercises.yaml as the loader reads it, field
 * for field: embed-catalog must write every field the loader fills,
 * the figures as the loader emitted them for either leg.
 */
static void
test_built_in_equals_loaded(void)
{
	const struct catalog *b = &builtin_catalog;
	struct catalog *c = NULL;
	struct failure f;
	size_t i;

	CHECK(catalog_load_file(HEELRX_SOURCE_CATALOG, NULL, &c, &f) ==
	      STATUS_OK);
	if (c == NULL)
		return;
	CHECK(same_words(b->words, c->words));
	CHECK(same_advice(b->advice, c->advice));
	CHECK(b->schema_version == c->schema_version);
	CHECK(same_text(b->title, c->title));
	CHECK(same_text(b->equipment, c->equipment));
	CHECK(same_dose(&b->dose, &c->dose));
	CHECK(b->schedule.sessions_per_week == c->schedule.sessions_per_week);
	CHECK(b->schedule.rest_days_between == c->schedule.rest_days_between);
	CHECK(same_text(b->schedule.note, c->schedule.note));
	CHECK(same_text(b->load, c->load));
	CHECK(same_texts(&b->progression, &c->progression));
	CHECK(same_texts(&b->bands, &c->bands));
	CHECK(same_text(b->log.pain, c->log.pain));
	CHECK(same_text(b->log.note, c->log.note));
	CHECK(same_text(b->log.morning_pain, c->log.morning_pain));
	CHECK(same_text(b->log.rate_pain, c->log.rate_pain));
	CHECK(same_text(b->log.easy, c->log.easy));
	CHECK(same_text(b->log.easy_note, c->log.easy_note));
	CHECK(b->step_up.easy_sessions == c->step_up.easy_sessions);
	CHECK(equal_plural(b->step_up.rule, c->step_up.rule, 0));
	CHECK(equal_plural(b->step_up.next, c->step_up.next, 0));
	CHECK(equal_plural(b->step_up.strongest, c->step_up.strongest, 0));
	CHECK(same_rule(&b->one_side, &c->one_side));
	CHECK(same_rule(&b->both_sides, &c->both_sides));
	CHECK(b->exercise_count == c->exercise_count);
	for (i = 0; i < b->exercise_count && i < c->exercise_count; i++) {
		const struct exercise *x = &b->exercises[i],
				      *y = &c->exercises[i];

		CHECK(same_exercise(x, y));
		/* The shipped exercises are drawn in frames (issue 20). */
		CHECK(x->figures.count == (i == 0 ? 3 : 2));
	}
	catalog_free(c);
}

static const char minimal[] =
	"schema_version: 1\n"
	"title: T\n"
	"equipment: E {{x}\n"
	"dose: {sets: 3, reps: 10, rest_seconds: {min: 45, max: 60}}\n"
	"schedule: {sessions_per_week: 3, rest_days_between: 1}\n"
	"load: L\n"
	"progression: [P]\n"
	"rules:\n"
	"  one_side: {work: same, headline: '{side}', rationale: [R],\n"
	"             exercises: [b, a], key_exercise: a}\n"
	"  both_sides: {headline: H, rationale: [R], exercises: [a]}\n"
	"exercises:\n"
	"  - {id: a, name: A, target: T, anchor: X, position: Y,\n"
	"     setup: ['{Side} {{'], steps: [S], dose: {reps: 12}}\n"
	"  - {id: b, name: B, target: T, anchor: X, position: Y,\n"
	"     setup: [U], steps: [S], cues: [C],\n"
	"     dose: {rest_seconds: {min: 0, max: 0}, hold_seconds: 5}}\n";

static void
test_structure(void)
{
	struct catalog *c = load(minimal);

	CHECK_STR(c->equipment, "E {x}"); /* "{{" unescaped once */
	CHECK_STR(c->exercises[0].setup.items[0], "{Side} {{"); /* template */
	CHECK(c->one_side.work == WORK_SAME);
	CHECK(c->one_side.order[0] == 1 && c->one_side.order[1] == 0);
	CHECK(c->one_side.key_exercise == 0);
	CHECK(c->both_sides.key_exercise == CATALOG_NO_EXERCISE);
	CHECK(c->exercises[0].dose.fields == DOSE_REPS);
	CHECK(c->exercises[0].dose.dose.reps == 12);
	CHECK(c->exercises[1].dose.fields == (DOSE_REST | DOSE_HOLD));
	CHECK(c->exercises[1].dose.dose.rest_max_seconds == 0);
	CHECK(c->exercises[1].dose.dose.hold_seconds == 5);
	CHECK(c->exercises[0].cues.count == 0);
	CHECK(c->exercises[1].cues.count == 1);
	catalog_free(c);
}

/* The new optional keys: absent, they leave the catalog as it was. */
static void
test_bands_and_log(void)
{
	static const char with[] =
		"schema_version: 1\ntitle: T\nequipment: E\n"
		"dose: {sets: 3, reps: 10, rest_seconds: {min: 45, max: 60}}\n"
		"schedule: {sessions_per_week: 3, rest_days_between: 1}\n"
		"load: L\nprogression: [P]\n"
		"bands: [Light, Medium, '{{heavy}']\n"
		"log: {pain: '{Side} heel, {{0-10}'}\n"
		"rules:\n"
		"  one_side: {work: opposite, headline: H, rationale: [R],\n"
		"             exercises: [a]}\n"
		"  both_sides: {headline: H, rationale: [R], exercises: [a]}\n"
		"exercises:\n"
		"  - {id: a, name: A, target: T, anchor: X, position: Y,\n"
		"     setup: [U], steps: [S]}\n";
	struct catalog *c = load(with);

	CHECK(c->bands.count == 3);
	CHECK_STR(c->bands.items[2], "{heavy}");	/* not a template */
	CHECK_STR(c->log.pain, "{Side} heel, {{0-10}"); /* a template */
	CHECK(c->log.note == NULL);
	catalog_free(c);

	c = load(minimal);
	CHECK(c->bands.count == 0 && c->bands.items == NULL);
	CHECK(c->log.pain == NULL && c->log.note == NULL);
	catalog_free(c);
}

/*
 * A forbidden character is found at any offset, also after a run of
 * printable ASCII that the scan skips eight bytes at a time, and after
 * other UTF-8, with its byte counted from 1.
 */
static void
test_forbidden_anywhere(void)
{
	static const struct {
		const char *escape, *what;
	} bad[] = {
		{"\\x01", "a control character"},
		{"\\x7f", "a control character"},
		{"\\x85", "a control character"},
		{"\\0", "a NUL character"},
		{"\\u202a", "U+202A LEFT-TO-RIGHT EMBEDDING"},
		{"\\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"},
		{"\\u2069", "U+2069 POP DIRECTIONAL ISOLATE that closes no "
			    "isolate"},
	};
	char yaml[256], want[128];
	struct catalog *c;
	struct failure f;
	size_t b, n, degree;

	for (b = 0; b < sizeof bad / sizeof bad[0]; b++)
		for (degree = 0; degree < 2; degree++)
			for (n = 0; n < 24; n++) {
				snprintf(yaml, sizeof yaml,
					 "schema_version: 1\ntitle: "
					 "\"%s%.*s%s\"\n",
					 degree ? "90\u00b0 " : "", (int)n,
					 "abcdefghijklmnopqrstuvwxyz",
					 bad[b].escape);
				snprintf(want, sizeof want,
					 "title: text contains %s at byte %zu",
					 bad[b].what, n + 1 + (degree ? 5 : 0));
				c = NULL;
				CHECK(catalog_load_bytes(
					      "t.yaml", yaml, strlen(yaml),
					      builtin_catalog.words, &c,
					      &f) == STATUS_DATA);
				CHECK_STR(f.message, want);
				catalog_free(c);
			}
}

/*
 * An Arabic text may hold isolates that it closes itself, nested or
 * not, which reach the plan as written; an isolate it leaves open, a
 * U+2069 with none open and every embedding or override are refused
 * with the character's name and byte.
 */
static void
test_isolates(void)
{
	static const char rest[] =
		"equipment: E\n"
		"dose: {sets: 3, reps: 10, rest_seconds: {min: 45, max: 60}}\n"
		"schedule: {sessions_per_week: 3, rest_days_between: 1}\n"
		"load: L\nprogression: [P]\nrules:\n"
		"  one_side: {work: opposite, headline: H, rationale: [R],\n"
		"    key_exercise: e, exercises: [e]}\n"
		"  both_sides: {headline: H, rationale: [R], exercises: [e]}\n"
		"exercises:\n"
		"  - {id: e, name: N, target: T, anchor: A, position: P,\n"
		"    setup: [S], steps: [S]}\n";
	static const struct {
		const char *title; /* as YAML escapes */
		const char *want;  /* the title as read, or the message */
	} cases[] = {
		{"\\u0627 \\u20663\\u2013\\u2069",
		 "\u0627 \u20663\u2013\u2069"},
		{"\\u2067a\\u2068b\\u2069\\u2066c\\u2069\\u2069",
		 "\u2067a\u2068b\u2069\u2066c\u2069\u2069"},
		{"ab\\u2066cd", "title: text contains U+2066 LEFT-TO-RIGHT "
				"ISOLATE with no U+2069 POP DIRECTIONAL "
				"ISOLATE to close it at byte 3"},
		{"\\u2067a\\u2068b\\u2069", "title: text contains U+2067 "
					    "RIGHT-TO-LEFT ISOLATE with no "
					    "U+2069 POP DIRECTIONAL ISOLATE "
					    "to close it at byte 1"},
		{"a\\u2069\\u2066b\\u2069",
		 "title: text contains U+2069 POP DIRECTIONAL ISOLATE that "
		 "closes no isolate at byte 2"},
		{"\\u2066a\\u202bb\\u2069", "title: text contains U+202B "
					    "RIGHT-TO-LEFT EMBEDDING at "
					    "byte 5"},
		{"\\u2066a\\u202c\\u2069", "title: text contains U+202C POP "
					   "DIRECTIONAL FORMATTING at byte 5"},
		{"\\u202d12\\u2069", "title: text contains U+202D "
				     "LEFT-TO-RIGHT OVERRIDE at byte 1"},
	};
	char yaml[1024];
	struct catalog *c;
	struct failure f;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(yaml, sizeof yaml,
			 "schema_version: 1\ntitle: \"%s\"\n%s", cases[i].title,
			 rest);
		c = NULL;
		if (i < 2) {
			c = load(yaml);
			CHECK_STR(c->title, cases[i].want);
		} else {
			CHECK(catalog_load_bytes("t.yaml", yaml, strlen(yaml),
						 builtin_catalog.words, &c,
						 &f) == STATUS_DATA);
			CHECK_STR(f.message, cases[i].want);
			CHECK(f.line == 2 && f.column == 8);
		}
		catalog_free(c);
	}
}

/* Many exercises and long lists exercise the growing arrays. */
static void
test_large_catalog(void)
{
	size_t n = 3000, i, cap = 400 + n * 200;
	char *text = malloc(cap), *p = text;
	struct catalog *c;

	p += sprintf(p, "%s",
		     "schema_version: 1\ntitle: T\nequipment: E\n"
		     "dose: {sets: 3, reps: 10, rest_seconds: "
		     "{min: 45, max: 60}}\n"
		     "schedule: {sessions_per_week: 3, "
		     "rest_days_between: 1}\n"
		     "load: L\nprogression: [P]\nrules:\n"
		     "  one_side: {work: opposite, headline: H, "
		     "rationale: [R], key_exercise: e2999,\n"
		     "    exercises: [");
	for (i = 0; i < n; i++)
		p += sprintf(p, "%se%zu", i > 0 ? ", " : "", i);
	p += sprintf(p, "]}\n  both_sides: {headline: H, rationale: [R], "
			"exercises: [e0]}\nexercises:\n");
	for (i = 0; i < n; i++)
		p += sprintf(p,
			     "  - {id: e%zu, name: N, target: T, anchor: A, "
			     "position: P, setup: [S], steps: [S]}\n",
			     i);
	c = load(text);
	CHECK(c->exercise_count == n);
	CHECK(c->one_side.order_count == n);
	for (i = 0; i < n; i++)
		CHECK(c->one_side.order[i] == i);
	CHECK(c->one_side.key_exercise == n - 1);
	catalog_free(c);
	free(text);
}

/* What the translation hook of test_translation saw and says. */
struct seen {
	char paths[64][128];
	size_t count;
	const char *const *replacements; /* pairs: path, text; NULL ends */
};

static const char *
record(void *context, const char *path, const char *source, unsigned long line,
       struct catalog_place *place)
{
	struct seen *seen = context;
	size_t i;

	(void)source;
	(void)line;
	if (seen->count < 64)
		snprintf(seen->paths[seen->count++], 128, "%s", path);
	for (i = 0; seen->replacements[i] != NULL; i += 2)
		if (strcmp(seen->replacements[i], path) == 0) {
			place->file = "t.po";
			place->line = 7;
			return seen->replacements[i + 1];
		}
	return NULL;
}

static bool
has_path(const struct seen *seen, const char *path)
{
	size_t i;

	for (i = 0; i < seen->count; i++)
		if (strcmp(seen->paths[i], path) == 0)
			return true;
	return false;
}

/* A translation over minimal, with German words for its sides. */
static enum status
translate(const char *text, const char *const *replacements, struct seen *seen,
	  struct catalog **c, struct failure *f)
{
	const struct words *words[1];
	struct catalog_translation hook = {record, seen};
	struct catalog_options o = {words, 1, NULL, &hook, false};
	size_t i;

	words[0] = builtin_catalog.words;
	for (i = 0; i < builtin_language_count; i++)
		if (lang_same(builtin_languages[i].code, "de"))
			words[0] = builtin_languages[i].catalog->words;
	memset(seen, 0, sizeof *seen);
	seen->replacements = replacements;
	return catalog_load_bytes_with("t.yaml", text, strlen(text), &o, c, f);
}

/*
 * The translation hook sees every text by its key path, exercises by
 * id, and nothing that is not a text; what it gives is checked.
 */
static void
test_translation(void)
{
	static const char *const good[] = {"exercises.a.name",
					   "Ä",
					   "exercises.a.setup[0]",
					   "{Side:es} {{",
					   "rules.one_side.headline",
					   "{SIDE:en} Bein",
					   NULL};
	static const char *const drops[] = {"exercises.a.setup[0]", "kein",
					    NULL};
	static const char *const form[] = {"exercises.a.setup[0]", "{side:akk}",
					   NULL};
	static const char *const none[] = {NULL};
	static const char reordered[] =
		"schema_version: 1\ntitle: T\nequipment: E\n"
		"dose: {sets: 3, reps: 10, rest_seconds: {min: 45, max: 60}}\n"
		"schedule: {sessions_per_week: 3, rest_days_between: 1}\n"
		"load: L\nprogression: [P]\nrules:\n"
		"  one_side: {work: same, headline: H, rationale: [R], "
		"exercises: [a]}\n"
		"  both_sides: {headline: H, rationale: [R], exercises: [a]}\n"
		"exercises:\n"
		"  - {name: A, id: a, target: T, anchor: X, position: Y,\n"
		"     setup: [U], steps: [S]}\n";
	struct seen seen = {{{0}}, 0, NULL};
	struct catalog *c = NULL;
	struct failure f;

	CHECK(translate(minimal, good, &seen, &c, &f) == STATUS_OK);
	CHECK(has_path(&seen, "title"));
	CHECK(has_path(&seen, "progression[0]"));
	CHECK(has_path(&seen, "rules.one_side.rationale[0]"));
	CHECK(has_path(&seen, "exercises.a.name"));
	CHECK(has_path(&seen, "exercises.b.cues[0]"));
	CHECK(!has_path(&seen, "exercises.a.id"));
	CHECK(!has_path(&seen, "exercises[0].name"));
	CHECK(!has_path(&seen, "rules.one_side.exercises[0]"));
	CHECK(!has_path(&seen, "schema_version"));
	if (c != NULL) {
		CHECK_STR(c->exercises[0].name, "Ä");
		CHECK_STR(c->exercises[0].setup.items[0], "{Side:es} {{");
		CHECK_STR(c->one_side.headline, "{SIDE:en} Bein");
		/* Numbers, ids and rules stay the source's. */
		CHECK_STR(c->exercises[0].id, "a");
		CHECK(c->exercises[0].dose.dose.reps == 12);
		CHECK(c->one_side.order_count == 2 &&
		      c->one_side.order[0] == 1);
		catalog_free(c);
	}
	CHECK(translate(minimal, drops, &seen, &c, &f) == STATUS_DATA);
	CHECK(strstr(f.message, "drops {side}") != NULL);
	CHECK(f.file != NULL && strcmp(f.file, "t.po") == 0 && f.line == 7);
	CHECK(strstr(f.message, "exercises.a.setup[0]") != NULL);
	CHECK(translate(minimal, form, &seen, &c, &f) == STATUS_DATA);
	CHECK(strstr(f.message, "unknown side form \"akk\"") != NULL);
	/* Key paths must not depend on the order of an exercise's keys. */
	CHECK(translate(reordered, none, &seen, &c, &f) == STATUS_DATA);
	CHECK(strstr(f.message, "give its id before its texts") != NULL);
	CHECK(c == NULL);
}

/* The placeholders a translation must keep, in any case or form. */
static void
test_keeps(void)
{
	struct template_problem p;

	CHECK(template_keeps("{Side} x", 8, "{side:en} y", 11, &p));
	CHECK(template_keeps("{other}", 7, "{OTHER:e} {other}", 17, &p));
	CHECK(template_keeps("{sets} of {reps}", 16, "{reps} x {sets}", 15,
			     &p));
	CHECK(template_keeps("a {{ b", 6, "c", 1, &p));
	CHECK(!template_keeps("{sets} of {reps}", 16, "{sets}", 6, &p));
	CHECK(strstr(p.message, "{reps}") != NULL);
	CHECK(!template_keeps("{side} {other}", 14, "{other} {other}", 15, &p));
	CHECK(strstr(p.message, "{side}") != NULL);
}

/* Each built-in language is a translation: the same plan, other words. */
static void
test_built_in_languages(void)
{
	const struct catalog *en = &builtin_catalog, *c;
	size_t i, j;

	CHECK(builtin_language_count >= 4);
	CHECK(builtin_languages[0].catalog == en);
	CHECK_STR(builtin_languages[0].code, "en");
	for (i = 1; i < builtin_language_count; i++) {
		c = builtin_languages[i].catalog;
		CHECK(lang_same(c->language, builtin_languages[i].code));
		CHECK(lang_same(c->words->language, c->language));
		CHECK(strcmp(c->title, en->title) != 0);
		CHECK(c->dose.sets == en->dose.sets &&
		      c->dose.reps == en->dose.reps);
		CHECK(c->schedule.sessions_per_week ==
		      en->schedule.sessions_per_week);
		CHECK(c->exercise_count == en->exercise_count);
		for (j = 0; j < c->exercise_count && j < en->exercise_count;
		     j++)
			CHECK_STR(c->exercises[j].id, en->exercises[j].id);
		CHECK(c->bands.count == en->bands.count);
		CHECK(c->band_aliases.count == en->bands.count);
		for (j = 0; j < c->band_aliases.count; j++)
			CHECK_STR(c->band_aliases.items[j], en->bands.items[j]);
	}
	CHECK(lang_same("zh-CN", "zh_cn"));
	CHECK(lang_compatible("es", "es-MX") && lang_compatible("ES_mx", "es"));
	CHECK(!lang_compatible("zh_CN", "zh_TW"));
	CHECK(!lang_compatible("de", "es") && !lang_compatible("e", "es"));
	CHECK(lang_is_tag("zh_CN") && !lang_is_tag("de;rm") &&
	      !lang_is_tag(""));
}

/*
 * Issue 21, section 2: a catalog's words name their forms by CLDR's
 * plural categories, and each language's rule picks one.  Polish and
 * Arabic are not shipped; tests/catalogs/words.yaml made Polish and
 * Arabic shows that the machinery can carry them.
 */
static char *
words_catalog(const char *language, const char *count_forms)
{
	static const char english[] = "    count:\n"
				      "      one: \"{count} session\"\n"
				      "      other: \"{count} sessions\"\n";
	FILE *in = fopen(HEELRX_WORDS_CATALOG, "r");
	char *text = calloc(1, 65536), *out = calloc(1, 65536), *at;
	size_t n = 0;

	if (in != NULL && text != NULL)
		n = fread(text, 1, 65535, in);
	if (in != NULL)
		fclose(in);
	at = text != NULL ? strstr(text, english) : NULL;
	if (at == NULL || out == NULL || n == 0) {
		free(text);
		free(out);
		return NULL;
	}
	*at = '\0';
	snprintf(out, 65536, "%s%s%s", text, count_forms,
		 at + sizeof english - 1);
	free(text);
	if ((at = strstr(out, "  language: en\n")) != NULL)
		memcpy(at + 12, language, 2);
	return out;
}

/* The count form words_catalog's catalog uses for n. */
static const char *
count_form(const struct catalog *c, unsigned long n)
{
	return catalog_plural_form(&c->words->sessions.count,
				   c->words->language, n);
}

static void
test_plural_categories(void)
{
	static const unsigned long arabic_numbers[] = {0, 1, 2, 3, 11, 100};
	static const char *const arabic_forms[] = {
		"{count} zero", "{count} one",	"{count} two",
		"{count} few",	"{count} many", "{count} other"};
	struct catalog *c = NULL;
	struct failure f;
	enum status st;
	char *text;
	size_t i;

	CHECK(lang_plural_category("pl", 1) == LANG_PLURAL_ONE);
	CHECK(lang_plural_category("pl-PL", 22) == LANG_PLURAL_FEW);
	CHECK(lang_plural_category("pl", 12) == LANG_PLURAL_MANY);
	CHECK(lang_plural_category("ar", 102) == LANG_PLURAL_OTHER);
	CHECK(lang_plural_category("zh_CN", 1) == LANG_PLURAL_OTHER);
	CHECK(lang_plural_category("fr", 0) == LANG_PLURAL_ONE);
	CHECK(lang_plural_category("xx", 1) == LANG_PLURAL_ONE);
	CHECK(lang_plural_category(NULL, 0) == LANG_PLURAL_OTHER);

	/* Polish: 1 seria, 2 serie, 5 serii, 22 serie. */
	text = words_catalog("pl", "    count:\n"
				   "      one: \"{count} seria\"\n"
				   "      few: \"{count} serie\"\n"
				   "      many: \"{count} serii\"\n"
				   "      other: \"{count} serii\"\n");
	CHECK(text != NULL);
	st = text != NULL ? catalog_load_bytes("pl.yaml", text, strlen(text),
					       NULL, &c, &f)
			  : STATUS_SOFTWARE;
	CHECK(st == STATUS_OK);
	if (st == STATUS_OK) {
		CHECK(strcmp(count_form(c, 1), "{count} seria") == 0);
		CHECK(strcmp(count_form(c, 2), "{count} serie") == 0);
		CHECK(strcmp(count_form(c, 5), "{count} serii") == 0);
		CHECK(strcmp(count_form(c, 22), "{count} serie") == 0);
		CHECK(strcmp(count_form(c, 12), "{count} serii") == 0);
	}
	catalog_free(c);
	c = NULL;
	free(text);

	/* Arabic: a form for each of the six categories. */
	text = words_catalog("ar", "    count:\n"
				   "      zero: \"{count} zero\"\n"
				   "      one: \"{count} one\"\n"
				   "      two: \"{count} two\"\n"
				   "      few: \"{count} few\"\n"
				   "      many: \"{count} many\"\n"
				   "      other: \"{count} other\"\n");
	CHECK(text != NULL);
	st = text != NULL ? catalog_load_bytes("ar.yaml", text, strlen(text),
					       NULL, &c, &f)
			  : STATUS_SOFTWARE;
	CHECK(st == STATUS_OK);
	if (st == STATUS_OK)
		for (i = 0; i < 6; i++)
			CHECK(strcmp(count_form(c, arabic_numbers[i]),
				     arabic_forms[i]) == 0);
	catalog_free(c);
	c = NULL;
	free(text);

	/* A category the language does not use is read, and never
	 * chosen. */
	text = words_catalog("en", "    count:\n"
				   "      one: \"{count} session\"\n"
				   "      few: \"{count} few\"\n"
				   "      other: \"{count} sessions\"\n");
	st = text != NULL ? catalog_load_bytes("en.yaml", text, strlen(text),
					       NULL, &c, &f)
			  : STATUS_SOFTWARE;
	CHECK(st == STATUS_OK);
	if (st == STATUS_OK) {
		CHECK(strcmp(count_form(c, 1), "{count} session") == 0);
		CHECK(strcmp(count_form(c, 3), "{count} sessions") == 0);
	}
	catalog_free(c);
	free(text);
}

int
main(void)
{
	test_built_in_matches_protocol();
	test_built_in_equals_loaded();
	test_structure();
	test_bands_and_log();
	test_forbidden_anywhere();
	test_isolates();
	test_large_catalog();
	test_translation();
	test_keeps();
	test_built_in_languages();
	test_shipped_advice();
	test_plural_categories();
	return check_report("test_catalog");
}
