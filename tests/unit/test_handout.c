/* SPDX-License-Identifier: ISC */
/*
 * test_handout.c: what the handout says, and in whose words.  Plans are
 * built from the built-in catalog, with its dose changed where a phrase
 * depends on it, and printed through nothing: the blocks themselves are
 * what the layouts share.
 */
#include <string.h>

#include "builtin.h"
#include "check.h"
#include "handout.h"
#include "plan.h"

static void
build(const struct catalog *c, const struct plan_request *r, struct plan *plan,
      struct handout *h)
{
	CHECK(plan_build(c, r, plan) == PLAN_BUILT);
	CHECK(handout_build(plan, h));
}

/* The first block of kind at or after *at; NULL when there is none. */
static const struct handout_block *
find(const struct handout *h, enum handout_kind kind, size_t *at)
{
	for (; *at < h->count; (*at)++)
		if (h->blocks[*at].kind == kind)
			return &h->blocks[(*at)++];
	return NULL;
}

/* The text of the item labelled label in the first facts block with
 * it; NULL when there is none. */
static const char *
fact(const struct handout *h, const char *label)
{
	size_t i, j;

	for (i = 0; i < h->count; i++)
		for (j = 0; j < h->blocks[i].item_count; j++)
			if (h->blocks[i].items[j].label != NULL &&
			    strcmp(h->blocks[i].items[j].label, label) == 0)
				return h->blocks[i].items[j].text;
	return NULL;
}

/* The first block of kind at or after *at whose text starts with
 * prefix; NULL when there is none. */
static const struct handout_block *
find_text(const struct handout *h, enum handout_kind kind, const char *prefix,
	  size_t *at)
{
	const struct handout_block *b;

	while ((b = find(h, kind, at)) != NULL)
		if (strncmp(b->text, prefix, strlen(prefix)) == 0)
			return b;
	return NULL;
}

/* The sections in order, and what appears for one painful heel. */
static void
test_one_side(void)
{
	static const enum handout_kind order[] = {
		HANDOUT_TITLE,	 HANDOUT_FIELDS,  HANDOUT_BANNER,
		HANDOUT_WARNING, HANDOUT_HEADING, HANDOUT_BULLETS};
	const struct plan_request r = {.pain = PAIN_LEFT,
				       .date = {2026, 12, 1}};
	struct handout h;
	struct plan p;
	size_t i, at = 0;
	const struct handout_block *b;

	build(&builtin_catalog, &r, &p, &h);
	CHECK(h.count > 6);
	for (i = 0; i < 6 && i < h.count; i++)
		CHECK(h.blocks[i].kind == order[i]);
	CHECK_STR(h.language, "en");
	CHECK_STR(h.blocks[3].label, "WARNING");
	/* The header keeps a place for the names it was not given. */
	CHECK(h.blocks[1].item_count == 3 && h.blocks[1].items[0].text == NULL);
	CHECK_STR(h.blocks[1].items[2].text, "1 December 2026");
	/* The key exercise first, marked; the others not. */
	b = find(&h, HANDOUT_EXERCISE, &at);
	CHECK(b != NULL && b->number == 1 && b->label != NULL);
	if (b != NULL)
		CHECK_STR(b->text, "Side step against the band (side of the "
				   "hip: gluteus medius)");
	b = find(&h, HANDOUT_EXERCISE, &at);
	CHECK(b != NULL && b->number == 2 && b->label == NULL);
	/* One leg: its set-up, and no "on each leg". */
	at = 0;
	b = find_text(&h, HANDOUT_SUBHEADING, "Set-up for your ", &at);
	CHECK(b != NULL);
	if (b != NULL)
		CHECK_STR(b->text, "Set-up for your right leg");
	CHECK_STR(fact(&h, "How much"),
		  "3 sets of 10, rest 45–60 s between sets");
	CHECK_STR(fact(&h, "Schedule"),
		  "3 sessions a week, with at least 1 rest day between "
		  "sessions");
	handout_free(&h);
	plan_free(&p);
}

static void
test_both_sides(void)
{
	const struct plan_request r = {.pain = PAIN_BOTH,
				       .date = {2026, 12, 1}};
	struct handout h;
	struct plan p;
	size_t at = 0, setups = 0;
	const struct handout_block *b;

	build(&builtin_catalog, &r, &p, &h);
	CHECK(find(&h, HANDOUT_WARNING, &at) == NULL); /* both: no warning */
	at = 0;
	while ((b = find(&h, HANDOUT_EXERCISE, &at)) != NULL)
		CHECK(b->label == NULL); /* no key exercise */
	at = 0;
	while ((b = find(&h, HANDOUT_SUBHEADING, &at)) != NULL)
		setups += strncmp(b->text, "Set-up for your ", 16) == 0;
	CHECK(setups == 6); /* each exercise, each leg */
	/* An exercise's dose is for each leg; the plan's, before it, is
	 * not. */
	at = 0;
	CHECK(find(&h, HANDOUT_EXERCISE, &at) != NULL);
	b = find(&h, HANDOUT_FACTS, &at);
	CHECK(b != NULL && b->item_count > 0);
	if (b != NULL && b->item_count > 0)
		CHECK_STR(b->items[0].text, "3 sets of 10, rest 45–60 s "
					    "between sets, on each leg");
	handout_free(&h);
	plan_free(&p);
}

/* The dose phrase for a catalog whose dose is d. */
static void
check_dose(const struct dose *d, const char *want)
{
	struct catalog c = builtin_catalog;
	const struct plan_request r = {.pain = PAIN_RIGHT,
				       .date = {2026, 12, 1}};
	struct handout h;
	struct plan p;

	c.dose = *d;
	build(&c, &r, &p, &h);
	CHECK_STR(fact(&h, "How much"), want);
	handout_free(&h);
	plan_free(&p);
}

static void
test_dose_phrases(void)
{
	const struct dose one_set = {1, 8, 45, 60, 0};
	const struct dose hold = {2, 12, 30, 30, 5};
	const struct dose no_rest = {3, 10, 0, 0, 0};

	check_dose(&one_set, "1 set of 8");
	check_dose(&hold, "2 sets of 12, holding each repetition 5 s, rest "
			  "30 s between sets");
	check_dose(&no_rest, "3 sets of 10, no rest needed between sets");
}

static void
test_schedule_plurals(void)
{
	struct catalog c = builtin_catalog;
	const struct plan_request r = {
		.pain = PAIN_LEFT, .date = {2026, 12, 1}, .weeks = 1};
	struct handout h;
	struct plan p;
	size_t at = 0;
	const struct handout_block *b;

	c.schedule.sessions_per_week = 1;
	c.schedule.rest_days_between = 6;
	build(&c, &r, &p, &h);
	CHECK_STR(fact(&h, "Schedule"), "1 session a week");
	CHECK_STR(fact(&h, "Week 1"), "day 1");
	while ((b = find(&h, HANDOUT_PARAGRAPH, &at)) != NULL)
		if (strstr(b->text, "in 1 week") != NULL)
			CHECK_STR(b->text, "1 session in 1 week. Day 1 is the "
					   "day you start.");
	handout_free(&h);
	plan_free(&p);
}

/*
 * The log: its headings from the words and the exercises' short names,
 * a box to tick after each exercise's sets for each leg, a week's
 * first row marked, one exercise's columns kept together, and the pain
 * of each heel at the session and the next morning (issue 19, section
 * 3).
 */
static void
test_log_table(void)
{
	const struct plan_request r = {.pain = PAIN_BOTH,
				       .date = {2026, 12, 1},
				       .weeks = 2,
				       .has_start = true,
				       .start = {2026, 12, 1},
				       .wants_log = true};
	const struct handout_table *t = NULL;
	struct handout h;
	struct plan p;
	size_t at = 0;
	const struct handout_block *b;

	build(&builtin_catalog, &r, &p, &h);
	b = find(&h, HANDOUT_FACTS, &at);
	while (b != NULL && (b->item_count != 3 || b->items[0].label == NULL ||
			     strcmp(b->items[0].label, "Side step") != 0))
		b = find(&h, HANDOUT_FACTS, &at);
	CHECK(b != NULL); /* what each short name stands for */
	if (b != NULL)
		CHECK_STR(b->items[0].text, "Side step against the band");
	if ((b = find(&h, HANDOUT_TABLE, &at)) != NULL)
		t = b->table;
	CHECK(t != NULL && t->column_count == 18 && t->row_count == 6);
	if (t == NULL || t->column_count != 18 || t->row_count != 6)
		goto done;
	CHECK_STR(t->columns[0].heading, "Session");
	CHECK_STR(t->columns[1].heading, "Side step left");
	CHECK_STR(t->columns[2].heading, "Fairly easy?");
	CHECK_STR(t->columns[3].heading, "Side step right");
	CHECK(!t->columns[1].is_joined && t->columns[2].is_joined &&
	      t->columns[4].is_joined && !t->columns[5].is_joined);
	CHECK(t->columns[2].is_tick_box && !t->columns[1].is_tick_box);
	CHECK(t->columns[1].is_right_aligned &&
	      !t->columns[13].is_right_aligned);
	CHECK_STR(t->columns[13].heading, "Band");
	CHECK_STR(t->columns[15].heading, "Right heel pain at session 0–10");
	CHECK_STR(t->columns[16].heading, "Left heel pain next morning 0–10");
	CHECK(!t->columns[14].is_joined && t->columns[17].is_joined);
	CHECK_STR(t->rows[0].cells[0], "Tue 1 Dec");
	CHECK_STR(t->rows[0].cells[1], "of 3");
	CHECK_STR(t->rows[0].cells[2], "");
	CHECK_STR(t->rows[0].cells[13], "");
	CHECK(t->rows[0].group != NULL && t->rows[1].group == NULL);
	CHECK(t->rows[3].group != NULL);
	if (t->rows[3].group != NULL)
		CHECK_STR(t->rows[3].group, "Week 2");
done:
	handout_free(&h);
	plan_free(&p);
}

/* The first item of the list after the heading "When to make it
 * harder". */
static const char *
first_progression(const struct handout *h)
{
	size_t i;

	for (i = 0; i + 1 < h->count; i++)
		if (h->blocks[i].kind == HANDOUT_HEADING &&
		    strcmp(h->blocks[i].text, "When to make it harder") == 0 &&
		    h->blocks[i + 1].item_count > 0)
			return h->blocks[i + 1].items[0].text;
	return NULL;
}

/*
 * When an exercise moves to the next band: after the catalog's number of
 * sessions, naming the patient's band and the next with --band, and
 * what to do at the strongest; a catalog without the rule has the list
 * alone.
 */
static void
test_step_up(void)
{
	struct catalog c = builtin_catalog;
	struct plan_request r = {.pain = PAIN_LEFT, .date = {2026, 12, 1}};
	struct handout h;
	struct plan p;

	build(&c, &r, &p, &h);
	CHECK_STR(first_progression(&h),
		  "When every set of an exercise felt fairly easy for 2 "
		  "sessions in a row, use the next band up for that exercise.");
	handout_free(&h);
	plan_free(&p);
	r.band = "red";
	build(&c, &r, &p, &h);
	CHECK_STR(first_progression(&h),
		  "When every set of an exercise felt fairly easy for 2 "
		  "sessions in a row, use green instead of red for that "
		  "exercise.");
	handout_free(&h);
	plan_free(&p);
	r.band = "gold";
	c.step_up.easy_sessions = 1;
	build(&c, &r, &p, &h);
	CHECK_STR(first_progression(&h),
		  "Your band, gold, is the strongest. When every set of an "
		  "exercise felt fairly easy in a session, ask your "
		  "physiotherapist what to do next.");
	handout_free(&h);
	plan_free(&p);
	c.step_up.easy_sessions = 0;
	build(&c, &r, &p, &h);
	CHECK_STR(first_progression(&h), builtin_catalog.progression.items[0]);
	handout_free(&h);
	plan_free(&p);
}

/* The calendar's events and the record's orders: one per session and
 * one per exercise and leg. */
static void
test_calendar_and_record(void)
{
	const struct plan_request r = {.pain = PAIN_BOTH,
				       .date = {2026, 12, 1},
				       .weeks = 1,
				       .has_start = true,
				       .start = {2026, 12, 1}};
	struct handout h;
	struct plan p;

	const struct handout_block *last;
	size_t i, urgent = 0;

	CHECK(plan_build(&builtin_catalog, &r, &p) == PLAN_BUILT);
	CHECK(handout_calendar(&p, true, &h));
	CHECK(h.event_count == 3);
	if (h.event_count == 3) {
		/* Short, naming the working legs. */
		CHECK_STR(h.events[2].title,
			  "Band exercises: Both legs, left then right (3 of "
			  "3)");
		/* Each event ends with the pain rule and when to stop. */
		last = &h.blocks[h.events[2].first + h.events[2].count - 1];
		CHECK_STR(last[-1].text,
			  "Pain up to 5 out of 10 while you exercise is OK, "
			  "if it is gone by the next morning.");
		CHECK(strncmp(last->text, "Stop and get help the same day",
			      30) == 0);
	}
	handout_free(&h);
	CHECK(handout_record(&p, &h));
	/* The record's notes keep the urgent signs marked. */
	for (i = 0; i < h.record.note_count; i++)
		if (h.blocks[i].kind == HANDOUT_BULLETS &&
		    h.blocks[i].item_count > 0 &&
		    h.blocks[i].items[0].label != NULL)
			urgent += h.blocks[i].item_count;
	CHECK(urgent == 2);
	CHECK(h.record.order_count == 6);
	CHECK_STR(h.record.reason, "Pain in both heels");
	if (h.record.order_count == 6)
		CHECK(h.record.orders[1].exercise == 0 &&
		      h.record.orders[1].side == SIDE_RIGHT);
	handout_free(&h);
	plan_free(&p);
}

/*
 * The catalog's advice: the pain rule with its numbers and the signs to
 * get help for come before why and before any exercise, the urgent
 * signs marked; the safe set-up just before the exercises; each
 * exercise's precautions before its set-up.
 */
static void
test_advice(void)
{
	const struct plan_request r = {.pain = PAIN_LEFT,
				       .date = {2026, 12, 1}};
	const struct handout_block *b, *list;
	size_t at = 0, first_exercise, i, cautions = 0;
	struct handout h;
	struct plan p;

	build(&builtin_catalog, &r, &p, &h);
	b = find_text(&h, HANDOUT_HEADING, "How much pain is OK", &at);
	CHECK(b != NULL && b == &h.blocks[4]);
	list = find(&h, HANDOUT_BULLETS, &at);
	CHECK(list != NULL && list->item_count == 5);
	if (list != NULL && list->item_count == 5) {
		CHECK_STR(list->items[1].text,
			  "While you exercise, pain from 0 to 2 is safe, and "
			  "pain from 3 to 5 is OK. Pain above 5 is too much: "
			  "stop that exercise for today.");
		CHECK(list->items[1].label == NULL);
	}
	CHECK(find_text(&h, HANDOUT_HEADING, "Stop and get help", &at) != NULL);
	CHECK(find_text(&h, HANDOUT_SUBHEADING, "Get help from a doctor",
			&at) != NULL);
	list = find(&h, HANDOUT_BULLETS, &at);
	CHECK(list != NULL && list->item_count == 2);
	for (i = 0; list != NULL && i < list->item_count; i++)
		CHECK_STR(list->items[i].label, "URGENT");
	CHECK(find_text(&h, HANDOUT_SUBHEADING, "Call your clinic", &at) !=
	      NULL);
	list = find(&h, HANDOUT_BULLETS, &at);
	CHECK(list != NULL && list->item_count == 7);
	for (i = 0; list != NULL && i < list->item_count; i++)
		CHECK(list->items[i].label == NULL);
	CHECK(find_text(&h, HANDOUT_HEADING, "Why this plan", &at) != NULL);
	/* The effort, under the resistance. */
	CHECK_STR(fact(&h, "How hard"),
		  "Pick a band that makes the last repetitions of each set "
		  "hard work. Stay with it until the rule under “When to "
		  "make it harder” says to move to a stronger band.");
	b = find(&h, HANDOUT_FACTS, &at);
	for (i = 0; b != NULL && i + 1 < b->item_count; i++)
		if (b->items[i].label != NULL &&
		    strcmp(b->items[i].label, "How hard") == 0)
			CHECK_STR(b->items[i + 1].text,
				  "The last 2 or 3 repetitions of each set "
				  "should be hard, but you can still do them "
				  "well. On a scale of effort (not pain) from "
				  "0 to 10, that is about 7 to 8.");
	at = 0;
	b = find_text(&h, HANDOUT_HEADING, "Safe set-up", &at);
	CHECK(b != NULL && b[2].kind == HANDOUT_HEADING);
	if (b != NULL)
		CHECK_STR(b[2].text, "Exercises");
	first_exercise = at;
	CHECK(find(&h, HANDOUT_EXERCISE, &first_exercise) != NULL);
	/* Each exercise's facts end with "Take care", before its set-up. */
	at = 0;
	while ((b = find(&h, HANDOUT_EXERCISE, &at)) != NULL) {
		b++;
		CHECK(b->kind == HANDOUT_FACTS && b->item_count == 4);
		if (b->kind == HANDOUT_FACTS && b->item_count == 4) {
			CHECK_STR(b->items[3].label, "Take care");
			cautions++;
		}
		CHECK(b[1].kind == HANDOUT_SUBHEADING);
		if (b[1].kind == HANDOUT_SUBHEADING)
			CHECK(strncmp(b[1].text, "Set-up for", 10) == 0);
	}
	CHECK(cautions == 3);
	handout_free(&h);
	plan_free(&p);
}

/* A catalog without advice: none of its sections, nothing marked. */
static void
test_no_advice(void)
{
	struct catalog c = builtin_catalog;
	const struct plan_request r = {.pain = PAIN_RIGHT,
				       .date = {2026, 12, 1}};
	struct handout h;
	struct plan p;
	size_t at = 0;

	c.advice = NULL;
	build(&c, &r, &p, &h);
	CHECK(p.advice == NULL);
	CHECK(h.blocks[4].kind == HANDOUT_HEADING);
	CHECK_STR(h.blocks[4].text, "Why this plan");
	CHECK(find_text(&h, HANDOUT_HEADING, "How much pain", &at) == NULL);
	at = 0;
	CHECK(find_text(&h, HANDOUT_HEADING, "Safe set-up", &at) == NULL);
	handout_free(&h);
	plan_free(&p);
}

/*
 * A patient's dates: in full in the header and for the first session,
 * short ("Tue 29 Dec") in the list of sessions, unpadded, across the
 * year's end; and without short words, short dates as the full ones.
 */
static void
test_dates(void)
{
	struct words w = *builtin_catalog.words;
	struct catalog c = builtin_catalog;
	const struct plan_request r = {.pain = PAIN_LEFT,
				       .date = {2026, 1, 5},
				       .weeks = 1,
				       .has_start = true,
				       .start = {2026, 12, 29}};
	struct handout h;
	struct plan p;

	build(&c, &r, &p, &h);
	CHECK_STR(h.blocks[1].items[2].text, "5 January 2026");
	CHECK_STR(fact(&h, "Week 1"), "Tue 29 Dec, Thu 31 Dec and Sat 2 Jan");
	handout_free(&h);
	plan_free(&p);

	w.dates.short_format = NULL;
	w.dates.format = "{day}.{month}. {short_month_name}";
	memset(w.dates.short_months, 0, sizeof w.dates.short_months);
	c.words = &w;
	build(&c, &r, &p, &h);
	CHECK_STR(fact(&h, "Week 1"),
		  "Tue 29.12. December, Thu 31.12. December and Sat 02.01. "
		  "January");
	handout_free(&h);
	plan_free(&p);
}

/*
 * Every word comes from the catalog: a catalog with other words (here
 * a few of them in Spanish) prints those, in its own date format.
 */
static void
test_words_from_the_catalog(void)
{
	struct words w = *builtin_catalog.words;
	struct catalog c = builtin_catalog;
	const struct plan_request r = {.pain = PAIN_LEFT,
				       .date = {2026, 12, 1}};
	struct handout h;
	struct plan p;
	size_t at = 0;
	const struct handout_block *b;

	w.headings.why = "Por qué este plan";
	w.labels.setup = "Preparación para la pierna {side}";
	w.sides.word[SIDE_LEFT] = "izquierda";
	w.sides.word[SIDE_RIGHT] = "derecha";
	w.dates.format = "{day}/{month}/{year}";
	w.warning = "ATENCIÓN";
	c.words = &w;
	build(&c, &r, &p, &h);
	CHECK_STR(h.blocks[1].items[2].text, "01/12/2026");
	CHECK_STR(h.blocks[3].label, "ATENCIÓN");
	CHECK(find_text(&h, HANDOUT_HEADING, "Por qué este plan", &at) != NULL);
	b = find_text(&h, HANDOUT_SUBHEADING, "Preparación ", &at);
	CHECK(b != NULL);
	if (b != NULL)
		CHECK_STR(b->text, "Preparación para la pierna derecha");
	handout_free(&h);
	plan_free(&p);
}

int
main(void)
{
	test_one_side();
	test_both_sides();
	test_dose_phrases();
	test_schedule_plurals();
	test_log_table();
	test_step_up();
	test_calendar_and_record();
	test_advice();
	test_no_advice();
	test_dates();
	test_words_from_the_catalog();
	return check_report("test_handout");
}
