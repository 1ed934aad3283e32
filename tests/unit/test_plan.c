/* SPDX-License-Identifier: ISC */
/*
 * test_plan.c: the rule engine on catalogs built in C, with no YAML in
 * the way.  Each test states one rule a physiotherapist relies on.
 */
#include <stdlib.h>

#include "builtin.h"
#include "check.h"
#include "plan.h"

static const char *const abduction_setup[] = {"Door on your {other} side.",
					      "Loop around your {side} ankle.",
					      "{Side} foot, {OTHER} door."};
static const char *const one_step[] = {"Move."};
static const char *const extension_setup[] = {"Loop behind the {side} knee."};
static const char *const rationale[] = {"The {side} hip is weak.",
					"The {other} heel hurts."};
static const char *const both_rationale[] = {"Front and back imbalance."};
static const char *const progression[] = {"Harder when easy."};

/* Two drawings of hip abduction: one of a left leg, one of a right. */
static const struct figure abduction_figures[] = {
	{"Start, {side} ankle in the loop.",
	 SIDE_LEFT,
	 {"<L as drawn>", "<L mirrored>"},
	 NULL,
	 0,
	 11},
	{"End, {other} leg standing.",
	 SIDE_RIGHT,
	 {"<R mirrored>", "<R as drawn>"},
	 NULL,
	 0,
	 11},
};

/* Named members: a field added to struct exercise leaves these as
 * they are, its zero value. */
static const struct exercise exercises[] = {
	{.id = "hip-extension",
	 .name = "Hip extension",
	 .target = "gluteus maximus",
	 .anchor = "knee height",
	 .position = "standing",
	 .setup = {extension_setup, 1},
	 .steps = {one_step, 1}},
	{.id = "hip-abduction",
	 .name = "Hip abduction",
	 .target = "gluteus medius",
	 .anchor = "ankle height",
	 .position = "standing",
	 .setup = {abduction_setup, 3},
	 .steps = {one_step, 1},
	 .figures = {abduction_figures, 2}},
	{.id = "curl",
	 .name = "Hamstring curl",
	 .target = "hamstrings",
	 .equipment = "a chair",
	 .anchor = "knee height",
	 .position = "sitting",
	 .setup = {extension_setup, 1},
	 .steps = {one_step, 1},
	 .dose = {DOSE_REPS | DOSE_HOLD, {99, 12, 99, 99, 2}}},
};

static const char *const bands[] = {"yellow", "red", "green", "blue"};

static const size_t order[] = {0, 1, 2};

/* The protocol's catalog shape: key exercise listed second on purpose. */
static struct catalog
make_catalog(void)
{
	struct catalog c = {
		1,
		"Title",
		"A band loop.",
		{3, 10, 45, 60, 0},
		{3, 1, NULL},
		"Hard work.",
		{progression, 1},
		{WORK_OPPOSITE,
		 "Work your {SIDE} leg; pain {other}.",
		 "Not the {other} leg.",
		 {rationale, 2},
		 order,
		 3,
		 1},
		{WORK_BOTH,
		 "Work both legs.",
		 NULL,
		 {both_rationale, 1},
		 order,
		 3,
		 CATALOG_NO_EXERCISE},
		exercises,
		3,
		{bands, 4},
		{"{Side} heel pain 0-10", NULL, NULL, NULL, NULL, NULL},
		{0,
		 {NULL, NULL, NULL, NULL, NULL, NULL},
		 {NULL, NULL, NULL, NULL, NULL, NULL},
		 {NULL, NULL, NULL, NULL, NULL, NULL}},
		builtin_catalog.words,
		NULL,
		"en",
		{NULL, 0},
		NULL,
		NULL,
		0,
		NULL,
		0,
	};
	return c;
}

static struct plan_request
make_request(enum pain pain)
{
	struct plan_request r = {
		.pain = pain,
		.patient = "P",
		.date = {2026, 1, 2},
	};
	return r;
}

static void
build(const struct catalog *c, enum pain pain, struct plan *plan)
{
	struct plan_request r = make_request(pain);

	if (plan_build(c, &r, plan) != PLAN_BUILT) {
		fprintf(stderr, "plan_build failed\n");
		exit(1);
	}
}

static void
test_left_pain_works_right_leg(void)
{
	struct catalog c = make_catalog();
	struct plan p;

	build(&c, PAIN_LEFT, &p);
	CHECK(p.working_side_count == 1);
	CHECK(p.working[0] == SIDE_RIGHT);
	CHECK(p.working_sides == (1u << SIDE_RIGHT));
	CHECK_STR(p.headline, "Work your RIGHT leg; pain left.");
	CHECK_STR(p.warning, "Not the left leg.");
	CHECK_STR(p.rationale.items[0], "The right hip is weak.");
	CHECK_STR(p.rationale.items[1], "The left heel hurts.");
	CHECK(p.exercises[0].setup_count == 1);
	CHECK(p.exercises[0].setups[0].side == SIDE_RIGHT);
	CHECK_STR(p.exercises[0].setups[0].lines.items[0],
		  "Door on your left side.");
	CHECK_STR(p.exercises[0].setups[0].lines.items[1],
		  "Loop around your right ankle.");
	CHECK_STR(p.exercises[0].setups[0].lines.items[2],
		  "Right foot, LEFT door.");
	plan_free(&p);
}

static void
test_right_pain_mirrors_left(void)
{
	struct catalog c = make_catalog();
	struct plan p;

	build(&c, PAIN_RIGHT, &p);
	CHECK(p.working_side_count == 1);
	CHECK(p.working[0] == SIDE_LEFT);
	CHECK_STR(p.headline, "Work your LEFT leg; pain right.");
	CHECK_STR(p.warning, "Not the right leg.");
	CHECK_STR(p.exercises[0].setups[0].lines.items[0],
		  "Door on your right side.");
	CHECK_STR(p.exercises[0].setups[0].lines.items[2],
		  "Left foot, RIGHT door.");
	plan_free(&p);
}

static void
test_both_pain_works_both_legs(void)
{
	struct catalog c = make_catalog();
	struct plan p;

	build(&c, PAIN_BOTH, &p);
	CHECK(p.working_side_count == 2);
	CHECK(p.working[0] == SIDE_LEFT && p.working[1] == SIDE_RIGHT);
	CHECK_STR(p.headline, "Work both legs.");
	CHECK(p.warning == NULL);
	CHECK(p.exercise_count == 3);
	CHECK(p.exercises[0].setup_count == 2);
	CHECK_STR(p.exercises[1].setups[0].lines.items[1],
		  "Loop around your left ankle.");
	CHECK_STR(p.exercises[1].setups[1].lines.items[1],
		  "Loop around your right ankle.");
	plan_free(&p);
}

/*
 * Each working leg gets every figure, its caption filled for that leg,
 * drawn as it is for the leg it shows and mirrored for the other, so
 * the door is on the patient's side in each.
 */
static void
test_figures_for_each_leg(void)
{
	struct catalog c = make_catalog();
	const struct plan_setup *left, *right;
	struct plan p;

	build(&c, PAIN_BOTH, &p);
	left = &p.exercises[1].setups[0];
	right = &p.exercises[1].setups[1];
	CHECK(left->side == SIDE_LEFT && right->side == SIDE_RIGHT);
	CHECK(left->figure_count == 2 && right->figure_count == 2);
	CHECK_STR(left->figures[0].caption, "Start, left ankle in the loop.");
	CHECK_STR(left->figures[0].svg, "<L as drawn>");
	CHECK(!left->figures[0].is_mirrored);
	CHECK_STR(left->figures[1].caption, "End, right leg standing.");
	CHECK_STR(left->figures[1].svg, "<R mirrored>");
	CHECK(left->figures[1].is_mirrored);
	CHECK_STR(right->figures[0].caption, "Start, right ankle in the loop.");
	CHECK_STR(right->figures[0].svg, "<L mirrored>");
	CHECK(right->figures[0].is_mirrored);
	CHECK_STR(right->figures[1].svg, "<R as drawn>");
	CHECK(!right->figures[1].is_mirrored);
	/* An exercise without figures has none for either leg. */
	CHECK(p.exercises[0].setups[0].figure_count == 0);
	CHECK(p.exercises[0].setups[1].figures == NULL);
	plan_free(&p);

	build(&c, PAIN_LEFT, &p);
	CHECK(p.exercises[0].setups[0].side == SIDE_RIGHT);
	CHECK(p.exercises[0].setups[0].figure_count == 2);
	CHECK_STR(p.exercises[0].setups[0].figures[0].svg, "<L mirrored>");
	plan_free(&p);
}

static void
test_key_exercise_first_and_marked(void)
{
	struct catalog c = make_catalog();
	struct plan p;
	size_t i;

	build(&c, PAIN_LEFT, &p);
	CHECK(p.exercise_count == 3);
	CHECK_STR(p.exercises[0].exercise->id, "hip-abduction");
	CHECK(p.exercises[0].is_key);
	CHECK_STR(p.exercises[1].exercise->id, "hip-extension");
	CHECK_STR(p.exercises[2].exercise->id, "curl");
	for (i = 1; i < p.exercise_count; i++)
		CHECK(!p.exercises[i].is_key);
	plan_free(&p);

	/* Both heels: the rule names no key, so the order stays. */
	build(&c, PAIN_BOTH, &p);
	CHECK_STR(p.exercises[0].exercise->id, "hip-extension");
	for (i = 0; i < p.exercise_count; i++)
		CHECK(!p.exercises[i].is_key);
	plan_free(&p);
}

static void
test_dose_and_overrides(void)
{
	struct catalog c = make_catalog();
	struct plan p;

	build(&c, PAIN_RIGHT, &p);
	/* The catalog's dose as it is. */
	CHECK(p.exercises[0].dose.sets == 3);
	CHECK(p.exercises[0].dose.reps == 10);
	CHECK(p.exercises[0].dose.rest_min_seconds == 45);
	CHECK(p.exercises[0].dose.rest_max_seconds == 60);
	CHECK(p.exercises[0].dose.hold_seconds == 0);
	/* Only the fields the exercise overrides change. */
	CHECK(p.exercises[2].dose.sets == 3);
	CHECK(p.exercises[2].dose.reps == 12);
	CHECK(p.exercises[2].dose.rest_min_seconds == 45);
	CHECK(p.exercises[2].dose.rest_max_seconds == 60);
	CHECK(p.exercises[2].dose.hold_seconds == 2);
	/* Equipment: the exercise's own, or none to repeat. */
	CHECK(p.exercises[0].equipment == NULL);
	CHECK_STR(p.exercises[2].equipment, "a chair");
	CHECK_STR(p.equipment, "A band loop.");
	CHECK(p.schedule->sessions_per_week == 3);
	CHECK(p.schedule->rest_days_between == 1);
	plan_free(&p);
}

static void
test_work_rules(void)
{
	struct catalog c = make_catalog();
	struct plan p;

	c.one_side.work = WORK_SAME;
	build(&c, PAIN_LEFT, &p);
	CHECK(p.working_side_count == 1 && p.working[0] == SIDE_LEFT);
	plan_free(&p);

	c.one_side.work = WORK_BOTH;
	build(&c, PAIN_RIGHT, &p);
	CHECK(p.working_side_count == 2);
	plan_free(&p);
}

static void
test_header_and_no_pain(void)
{
	struct catalog c = make_catalog();
	struct plan_request r = make_request(PAIN_NONE);
	struct plan p;

	CHECK(plan_build(&c, &r, &p) == PLAN_NO_PAIN);
	plan_free(&p);

	build(&c, PAIN_LEFT, &p);
	CHECK_STR(p.patient, "P");
	CHECK(p.clinician == NULL);
	CHECK(p.date.year == 2026 && p.date.month == 1 && p.date.day == 2);
	plan_free(&p);
}

static void
test_deterministic(void)
{
	struct catalog c = make_catalog();
	struct plan a, b;
	size_t i;

	build(&c, PAIN_BOTH, &a);
	build(&c, PAIN_BOTH, &b);
	CHECK(a.exercise_count == b.exercise_count);
	for (i = 0; i < a.exercise_count; i++) {
		CHECK(a.exercises[i].exercise == b.exercises[i].exercise);
		CHECK_STR(a.exercises[i].setups[1].lines.items[0],
			  b.exercises[i].setups[1].lines.items[0]);
	}
	plan_free(&a);
	plan_free(&b);
}

/* A request for pain with sessions over weeks from start (NULL: none). */
static struct plan_request
calendar_request(enum pain pain, unsigned weeks, const struct date *start)
{
	struct plan_request r = make_request(pain);

	r.weeks = weeks;
	if (start != NULL) {
		r.has_start = true;
		r.start = *start;
	}
	return r;
}

static void
build_request(const struct catalog *c, const struct plan_request *r,
	      struct plan *plan)
{
	if (plan_build(c, r, plan) != PLAN_BUILT) {
		fprintf(stderr, "plan_build failed\n");
		exit(1);
	}
}

static int
is_date(const struct date *d, int year, int month, int day)
{
	return d->year == year && d->month == month && d->day == day;
}

/* The example: a Tuesday start gives Tue, Thu, Sat each week. */
static void
test_sessions_from_a_tuesday(void)
{
	struct catalog c = make_catalog();
	struct date start = {2026, 12, 1};
	struct plan_request r = calendar_request(PAIN_RIGHT, 4, &start);
	struct plan p;
	size_t i;

	build_request(&c, &r, &p);
	CHECK(p.weeks == 4 && p.has_start);
	CHECK(p.session_count == 12);
	CHECK(is_date(&p.sessions[0].date, 2026, 12, 1));
	CHECK(is_date(&p.sessions[1].date, 2026, 12, 3));
	CHECK(is_date(&p.sessions[2].date, 2026, 12, 5));
	CHECK(is_date(&p.sessions[3].date, 2026, 12, 8));
	CHECK(is_date(&p.sessions[11].date, 2026, 12, 26));
	for (i = 0; i < p.session_count; i++) {
		static const enum weekday pattern[] = {
			WEEKDAY_TUESDAY, WEEKDAY_THURSDAY, WEEKDAY_SATURDAY};
		CHECK(p.sessions[i].weekday == pattern[i % 3]);
		CHECK(p.sessions[i].number == i + 1);
		CHECK(p.sessions[i].week == i / 3 + 1);
		/* Never two days in a row, across weeks too. */
		if (i > 0)
			CHECK(p.sessions[i].day - p.sessions[i - 1].day >= 2);
	}
	plan_free(&p);
}

/* Month ends, the year end and a leap day fall where they should. */
static void
test_sessions_over_month_and_year_ends(void)
{
	struct catalog c = make_catalog();
	struct date start = {2026, 12, 29};
	struct plan_request r = calendar_request(PAIN_LEFT, 2, &start);
	struct plan p;

	build_request(&c, &r, &p);
	CHECK(is_date(&p.sessions[0].date, 2026, 12, 29));
	CHECK(is_date(&p.sessions[1].date, 2026, 12, 31));
	CHECK(is_date(&p.sessions[2].date, 2027, 1, 2));
	CHECK(is_date(&p.sessions[3].date, 2027, 1, 5));
	CHECK(p.sessions[2].weekday == WEEKDAY_SATURDAY);
	plan_free(&p);

	start.year = 2028;
	start.month = 2;
	start.day = 27;
	r = calendar_request(PAIN_LEFT, 1, &start);
	build_request(&c, &r, &p);
	CHECK(is_date(&p.sessions[1].date, 2028, 2, 29));
	CHECK(p.sessions[1].weekday == WEEKDAY_TUESDAY);
	CHECK(is_date(&p.sessions[2].date, 2028, 3, 2));
	plan_free(&p);

	start.year = 2027;
	r = calendar_request(PAIN_LEFT, 1, &start);
	build_request(&c, &r, &p);
	CHECK(is_date(&p.sessions[1].date, 2027, 3, 1));
	plan_free(&p);
}

/* Without a start date the sessions are numbered days of the plan. */
static void
test_numbered_sessions(void)
{
	struct catalog c = make_catalog();
	struct plan_request r = calendar_request(PAIN_BOTH, 2, NULL);
	struct plan p;
	static const unsigned days[] = {1, 3, 5, 8, 10, 12};
	size_t i;

	build_request(&c, &r, &p);
	CHECK(!p.has_start);
	CHECK(p.session_count == 6);
	for (i = 0; i < 6; i++)
		CHECK(p.sessions[i].day == days[i]);
	plan_free(&p);

	r = calendar_request(PAIN_BOTH, 0, NULL);
	build_request(&c, &r, &p);
	CHECK(p.session_count == 0 && p.sessions == NULL && p.weeks == 0);
	plan_free(&p);
}

/* The days come from the catalog's schedule, not from numbers in C. */
static void
test_sessions_follow_the_schedule(void)
{
	struct catalog c = make_catalog();
	struct date start = {2026, 12, 7}; /* a Monday */
	struct plan_request r = calendar_request(PAIN_LEFT, 2, &start);
	struct plan p;

	c.schedule.sessions_per_week = 2;
	c.schedule.rest_days_between = 2;
	build_request(&c, &r, &p);
	CHECK(p.session_count == 4);
	CHECK(p.sessions[1].day == 4 && p.sessions[2].day == 8 &&
	      p.sessions[3].day == 11);
	CHECK(p.sessions[1].weekday == WEEKDAY_THURSDAY);
	plan_free(&p);

	c.schedule.sessions_per_week = 7;
	c.schedule.rest_days_between = 0;
	build_request(&c, &r, &p);
	CHECK(p.session_count == 14);
	CHECK(p.sessions[6].weekday == WEEKDAY_SUNDAY);
	CHECK(p.sessions[13].day == 14);
	plan_free(&p);
}

static void
test_bands(void)
{
	struct catalog c = make_catalog();
	struct plan_request r = make_request(PAIN_RIGHT);
	struct plan p;

	build_request(&c, &r, &p);
	CHECK(p.bands->count == 4);
	CHECK(p.band == NULL && p.next_band == NULL);
	plan_free(&p);

	r.band = "red";
	build_request(&c, &r, &p);
	CHECK_STR(p.band, "red");
	CHECK_STR(p.next_band, "green");
	plan_free(&p);

	/* Any case; the plan keeps the catalog's spelling. */
	r.band = "BLUE";
	build_request(&c, &r, &p);
	CHECK_STR(p.band, "blue");
	CHECK(p.next_band == NULL); /* the strongest */
	plan_free(&p);

	r.band = "purple";
	CHECK(plan_build(&c, &r, &p) == PLAN_UNKNOWN_BAND);
	plan_free(&p);

	c.bands.count = 0;
	r.band = "red";
	CHECK(plan_build(&c, &r, &p) == PLAN_NO_BANDS);
	plan_free(&p);
}

/* Whether column c of the plan's log is of kind for exercise and side. */
static bool
is_column(const struct plan *p, size_t c, enum plan_log_kind kind,
	  size_t exercise, enum side side)
{
	const struct plan_log_column *col = &p->log->columns[c];

	bool is_exercise = kind == LOG_SETS || kind == LOG_EASY;

	return col->kind == kind &&
	       (!is_exercise || col->exercise == exercise) &&
	       (kind == LOG_SESSION || kind == LOG_BAND || col->side == side);
}

static void
test_log_columns(void)
{
	struct catalog c = make_catalog();
	struct plan_request r = calendar_request(PAIN_LEFT, 1, NULL);
	struct plan p;
	size_t i;

	build_request(&c, &r, &p);
	CHECK(p.log == NULL);
	plan_free(&p);

	/* One painful heel: the session, a sets column per exercise for
	 * the working leg, the band, and a pain column for the painful
	 * heel. */
	r.wants_log = true;
	build_request(&c, &r, &p);
	CHECK(p.log != NULL && p.log->column_count == 6);
	if (p.log != NULL && p.log->column_count == 6) {
		CHECK(is_column(&p, 0, LOG_SESSION, 0, SIDE_LEFT));
		for (i = 0; i < 3; i++)
			CHECK(is_column(&p, i + 1, LOG_SETS, i, SIDE_RIGHT));
		CHECK(is_column(&p, 4, LOG_BAND, 0, SIDE_LEFT));
		CHECK(is_column(&p, 5, LOG_PAIN, 0, SIDE_LEFT));
		CHECK_STR(p.log->columns[5].heading, "Left heel pain 0-10");
	}
	plan_free(&p);

	/* Both heels: both legs of each exercise, left first, and a pain
	 * column for each heel. */
	r.pain = PAIN_BOTH;
	build_request(&c, &r, &p);
	CHECK(p.log->column_count == 10);
	if (p.log->column_count == 10) {
		CHECK(is_column(&p, 1, LOG_SETS, 0, SIDE_LEFT));
		CHECK(is_column(&p, 2, LOG_SETS, 0, SIDE_RIGHT));
		CHECK(is_column(&p, 6, LOG_SETS, 2, SIDE_RIGHT));
		CHECK(is_column(&p, 7, LOG_BAND, 0, SIDE_LEFT));
		CHECK(is_column(&p, 8, LOG_PAIN, 0, SIDE_LEFT));
		CHECK(is_column(&p, 9, LOG_PAIN, 0, SIDE_RIGHT));
		CHECK_STR(p.log->columns[8].heading, "Left heel pain 0-10");
		CHECK_STR(p.log->columns[9].heading, "Right heel pain 0-10");
	}
	plan_free(&p);

	/*
	 * Issue 19, section 3: with words for them, a box to tick after
	 * each exercise's sets for each leg, and a pain column for the
	 * next morning after each heel's at the session.
	 */
	c.log.easy = "Fairly easy?";
	c.log.morning_pain = "{Side} heel next morning";
	c.log.rate_pain = "Twice.";
	build_request(&c, &r, &p);
	CHECK(p.log->column_count == 18);
	if (p.log->column_count == 18) {
		CHECK(is_column(&p, 1, LOG_SETS, 0, SIDE_LEFT));
		CHECK(is_column(&p, 2, LOG_EASY, 0, SIDE_LEFT));
		CHECK(is_column(&p, 3, LOG_SETS, 0, SIDE_RIGHT));
		CHECK(is_column(&p, 4, LOG_EASY, 0, SIDE_RIGHT));
		CHECK(is_column(&p, 12, LOG_EASY, 2, SIDE_RIGHT));
		CHECK(is_column(&p, 13, LOG_BAND, 0, SIDE_LEFT));
		CHECK(is_column(&p, 14, LOG_PAIN, 0, SIDE_LEFT));
		CHECK(is_column(&p, 15, LOG_PAIN, 0, SIDE_RIGHT));
		CHECK(is_column(&p, 16, LOG_MORNING_PAIN, 0, SIDE_LEFT));
		CHECK(is_column(&p, 17, LOG_MORNING_PAIN, 0, SIDE_RIGHT));
		CHECK_STR(p.log->columns[2].heading, "Fairly easy?");
		CHECK_STR(p.log->columns[17].heading,
			  "Right heel next morning");
	}
	CHECK_STR(p.log->rate_pain, "Twice.");
	plan_free(&p);

	/* A catalog without words for a log cannot print one. */
	c.log.pain = NULL;
	CHECK(plan_build(&c, &r, &p) == PLAN_NO_LOG);
	plan_free(&p);
}

/* The step up a band is the catalog's, when it has one. */
static void
test_step_up(void)
{
	struct catalog c = make_catalog();
	struct plan p;

	build(&c, PAIN_LEFT, &p);
	CHECK(p.step_up == NULL);
	plan_free(&p);
	c.step_up.easy_sessions = 2;
	build(&c, PAIN_LEFT, &p);
	CHECK(p.step_up == &c.step_up);
	plan_free(&p);
}

int
main(void)
{
	test_left_pain_works_right_leg();
	test_right_pain_mirrors_left();
	test_both_pain_works_both_legs();
	test_key_exercise_first_and_marked();
	test_figures_for_each_leg();
	test_dose_and_overrides();
	test_work_rules();
	test_header_and_no_pain();
	test_deterministic();
	test_sessions_from_a_tuesday();
	test_sessions_over_month_and_year_ends();
	test_numbered_sessions();
	test_sessions_follow_the_schedule();
	test_bands();
	test_log_columns();
	test_step_up();
	return check_report("test_plan");
}
