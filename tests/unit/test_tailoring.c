/* SPDX-License-Identifier: ISC */
/*
 * test_tailoring.c: what a physiotherapist tailors for one patient
 * (doses, exercises left out, notes, the review, the clinic's contact),
 * given to plan_build as input on the built-in catalog, and how the
 * handout words it.  Each test states one rule the clinician relies on.
 */
#include <stdlib.h>

#include "builtin.h"
#include "check.h"
#include "handout.h"
#include "plan.h"

/* A --dose as cli makes it: the id is part of the option's value. */
#define DOSE(id, sets, reps)                                                   \
	{                                                                      \
		id, strcspn(id, ":"), sets, reps                               \
	}
/* A --dose for every exercise. */
#define ALL(sets, reps)                                                        \
	{                                                                      \
		NULL, 0, sets, reps                                            \
	}

static struct plan_request
request(enum pain pain)
{
	struct plan_request r = {
		.pain = pain,
		.date = {2026, 1, 2},
	};
	return r;
}

/* The plan's exercise with id; NULL when it has none. */
static const struct plan_exercise *
find(const struct plan *p, const char *id)
{
	size_t i;

	for (i = 0; i < p->exercise_count; i++)
		if (strcmp(p->exercises[i].exercise->id, id) == 0)
			return &p->exercises[i];
	return NULL;
}

static void
check_dose(const struct plan *p, const char *id, unsigned sets, unsigned reps,
	   bool is_tailored)
{
	const struct plan_exercise *pe = find(p, id);

	CHECK(pe != NULL);
	if (pe == NULL)
		return;
	if (pe->dose.sets != sets || pe->dose.reps != reps ||
	    pe->is_dose_tailored != is_tailored) {
		fprintf(stderr, "%s: %ux%u%s, expected %ux%u%s\n", id,
			pe->dose.sets, pe->dose.reps,
			pe->is_dose_tailored ? " tailored" : "", sets, reps,
			is_tailored ? " tailored" : "");
		check_failures++;
	}
	/* The rest stays the catalog's. */
	CHECK(pe->dose.rest_min_seconds ==
		      builtin_catalog.dose.rest_min_seconds &&
	      pe->dose.rest_max_seconds ==
		      builtin_catalog.dose.rest_max_seconds);
}

/* One exercise's dose beats the dose for all, whatever their order; a
 * dose equal to the catalog's is not marked as the clinician's. */
static void
test_dose_for_one_beats_dose_for_all(void)
{
	const struct tailored_dose doses[] = {
		DOSE("hip-extension:2x8", 2, 8),
		ALL(3, 12),
		DOSE("hamstring-curl:3x10", 3, 10),
	};
	struct plan_request r = request(PAIN_BOTH);
	struct plan p;

	r.doses = doses;
	r.dose_count = 3;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_BUILT);
	check_dose(&p, "hip-abduction", 3, 12, true);
	check_dose(&p, "hip-extension", 2, 8, true);
	check_dose(&p, "hamstring-curl", 3, 10, false);
	CHECK(p.dose->sets == 3 && p.dose->reps == 12 && p.is_dose_tailored);
	/* The catalog's own usual dose is untouched. */
	CHECK(builtin_catalog.dose.sets == 3 &&
	      builtin_catalog.dose.reps == 10);
	plan_free(&p);
}

/* Of two doses for the same exercises, the later counts. */
static void
test_later_dose_wins(void)
{
	const struct tailored_dose doses[] = {
		ALL(4, 6),
		DOSE("hip-abduction:3x12", 3, 12),
		ALL(3, 10),
		DOSE("hip-abduction:1x5", 1, 5),
	};
	struct plan_request r = request(PAIN_LEFT);
	struct plan p;

	r.doses = doses;
	r.dose_count = 4;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_BUILT);
	check_dose(&p, "hip-abduction", 1, 5, true);
	check_dose(&p, "hip-extension", 3, 10, false);
	/* The usual dose, set to the catalog's own, is not marked. */
	CHECK(p.dose->sets == 3 && p.dose->reps == 10 && !p.is_dose_tailored);
	plan_free(&p);
}

/* Without the key exercise, the plan marks none; the others keep the
 * rule's order, and the log has no column for what was left out. */
static void
test_omit_key_exercise(void)
{
	const char *const omitted[] = {"hip-abduction", "hip-abduction"};
	struct plan_request r = request(PAIN_LEFT);
	struct plan p;
	size_t i;

	r.omitted = omitted;
	r.omitted_count = 2;
	r.wants_log = true;
	r.weeks = 1;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_BUILT);
	CHECK(p.exercise_count == 2);
	CHECK(find(&p, "hip-abduction") == NULL);
	CHECK_STR(p.exercises[0].exercise->id, "hip-extension");
	CHECK_STR(p.exercises[1].exercise->id, "hamstring-curl");
	for (i = 0; i < p.exercise_count; i++)
		CHECK(!p.exercises[i].is_key);
	CHECK(p.omitted_count == 1);
	CHECK_STR(p.omitted[0], "hip-abduction");
	for (i = 0; i < p.log->column_count; i++)
		CHECK(p.log->columns[i].kind != LOG_SETS ||
		      p.log->columns[i].exercise < 2);
	plan_free(&p);
}

/* Each refusal names the option and the plan's exercises. */
static void
test_refusals(void)
{
	const char *const unknown[] = {"calf-raise"};
	const char *const all[] = {"hamstring-curl", "hip-abduction",
				   "hip-extension"};
	const char *const curl[] = {"hamstring-curl"};
	const struct tailored_dose foo[] = {DOSE("foo:3x10", 3, 10)};
	const struct tailored_dose curl_dose[] = {
		DOSE("hamstring-curl:2x8", 2, 8)};
	struct plan_request r = request(PAIN_BOTH);
	struct failure f;
	struct plan p;

	r.omitted = unknown;
	r.omitted_count = 1;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_UNKNOWN_OMIT);
	plan_free(&p);
	CHECK(plan_failure(PLAN_UNKNOWN_OMIT, &builtin_catalog, &r, &f) ==
	      STATUS_USAGE);
	CHECK_STR(f.message, "invalid exercise 'calf-raise' in --omit; this "
			     "plan's exercises are hip-abduction, "
			     "hip-extension and hamstring-curl");

	r.omitted = all;
	r.omitted_count = 3;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_ALL_OMITTED);
	plan_free(&p);
	CHECK(plan_failure(PLAN_ALL_OMITTED, &builtin_catalog, &r, &f) ==
	      STATUS_USAGE);
	CHECK(strstr(f.message, "--omit leaves out every exercise") != NULL);

	r.omitted_count = 0;
	r.doses = foo;
	r.dose_count = 1;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_UNKNOWN_DOSE);
	plan_free(&p);
	plan_failure(PLAN_UNKNOWN_DOSE, &builtin_catalog, &r, &f);
	CHECK(strncmp(f.message, "invalid exercise 'foo' in --dose;", 33) == 0);

	r.omitted = curl;
	r.omitted_count = 1;
	r.doses = curl_dose;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_DOSE_OMITTED);
	plan_free(&p);
	plan_failure(PLAN_DOSE_OMITTED, &builtin_catalog, &r, &f);
	CHECK_STR(f.message, "--dose names hamstring-curl, which --omit leaves "
			     "out");
}

/* Notes, the review and the contact reach the plan as given; the
 * review's weekday is the calendar's. */
static void
test_notes_review_contact(void)
{
	const char *const notes[] = {"Start with the yellow band."};
	const char *const address[] = {"12 Mill Lane"};
	const struct contact contact = {"Riverside",	 address, 1,
					"01632 960 123", NULL,	  NULL};
	struct plan_request r = request(PAIN_RIGHT);
	struct plan p;

	r.notes = notes;
	r.note_count = 1;
	r.has_review = true;
	r.review = (struct date){2026, 1, 12};
	r.contact = &contact;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_BUILT);
	CHECK(p.note_count == 1);
	CHECK_STR(p.notes[0], "Start with the yellow band.");
	CHECK(p.has_review && p.review.day == 12);
	CHECK(p.review_weekday == WEEKDAY_MONDAY);
	CHECK(p.contact == &contact);
	plan_free(&p);
}

/* The text of the first block of kind after blocks[from], or NULL. */
static const struct handout_block *
next_block(const struct handout *h, size_t *from, enum handout_kind kind)
{
	for (; *from < h->count; (*from)++)
		if (h->blocks[*from].kind == kind)
			return &h->blocks[(*from)++];
	return NULL;
}

/* The handout marks the clinician's dose, puts the notes after the
 * banner and the contact after the header's fields. */
static void
test_handout_words(void)
{
	const char *const notes[] = {"One.", "Two."};
	const struct tailored_dose doses[] = {DOSE("hip-extension:2x8", 2, 8)};
	const struct contact contact = {"Riverside", NULL, 0,
					"0123",	     NULL, NULL};
	struct plan_request r = request(PAIN_LEFT);
	const struct handout_block *b;
	struct handout h;
	struct plan p;
	size_t i = 0;

	r.notes = notes;
	r.note_count = 2;
	r.doses = doses;
	r.dose_count = 1;
	r.contact = &contact;
	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_BUILT);
	CHECK(handout_build(&p, &h));
	CHECK(h.blocks[1].kind == HANDOUT_FIELDS);
	CHECK(h.blocks[2].kind == HANDOUT_CONTACT);
	CHECK_STR(h.blocks[2].label, "Your clinic");
	CHECK_STR(h.blocks[2].items[0].text, "Riverside");
	CHECK(h.blocks[2].items[0].label == NULL);
	CHECK_STR(h.blocks[2].items[1].label, "Phone");
	b = next_block(&h, &i, HANDOUT_BANNER);
	CHECK(b != NULL && (b = next_block(&h, &i, HANDOUT_NOTE)) != NULL);
	if (b != NULL) {
		CHECK_STR(b->label, "Notes from your physiotherapist");
		CHECK(b->item_count == 2);
	}
	/* hip-extension is the second exercise: its facts start with its
	 * dose, marked; the key exercise's is not. */
	(void)next_block(&h, &i, HANDOUT_EXERCISE);
	b = next_block(&h, &i, HANDOUT_FACTS);
	CHECK(b != NULL &&
	      strstr(b->items[0].text, "set by your physiotherapist") == NULL);
	(void)next_block(&h, &i, HANDOUT_EXERCISE);
	b = next_block(&h, &i, HANDOUT_FACTS);
	CHECK(b != NULL && strcmp(b->items[0].text,
				  "2 sets of 8, rest 45–60 s between sets (set "
				  "by your physiotherapist)") == 0);
	handout_free(&h);
	plan_free(&p);
}

int
main(void)
{
	test_dose_for_one_beats_dose_for_all();
	test_later_dose_wins();
	test_omit_key_exercise();
	test_refusals();
	test_notes_review_contact();
	test_handout_words();
	return check_report("test_tailoring");
}
