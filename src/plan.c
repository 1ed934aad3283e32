/* SPDX-License-Identifier: ISC */
/*
 * plan.c: the rule engine.  Everything clinical it decides comes from
 * the catalog's rules; what it adds is only the logic that joins them:
 * which legs work, the key exercise first, overrides over the default
 * dose and the clinician's tailoring over both, each leg's name filled
 * into its set-up, the session days the schedule gives, the next band
 * on the ladder, the columns of the adherence log and the advice's
 * numbers filled into its texts.  No I/O, no globals.  At its end, the
 * words for each reason a plan cannot be built, beside the codes of
 * those reasons.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buffer.h"
#include "i18n.h"
#include "plan.h"
#include "template.h"

static enum side
opposite(enum side side)
{
	return side == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT;
}

/* The legs that work, as a set of 1 << enum side. */
static unsigned
working_sides(enum pain pain, enum work_rule work)
{
	enum side painful = pain == PAIN_LEFT ? SIDE_LEFT : SIDE_RIGHT;

	if (pain == PAIN_BOTH || work == WORK_BOTH)
		return PAIN_BOTH;
	if (work == WORK_SAME)
		return 1u << painful;
	return 1u << opposite(painful);
}

/* The rule that decides the plan for pain. */
static const struct rule *
rule_for(const struct catalog *catalog, enum pain pain)
{
	return pain == PAIN_BOTH ? &catalog->both_sides : &catalog->one_side;
}

/* The catalog's dose with the exercise's own values put over it. */
static struct dose
merge_dose(const struct dose *base, const struct dose_override *over)
{
	struct dose d = *base;

	if (over->fields & DOSE_SETS)
		d.sets = over->dose.sets;
	if (over->fields & DOSE_REPS)
		d.reps = over->dose.reps;
	if (over->fields & DOSE_REST) {
		d.rest_min_seconds = over->dose.rest_min_seconds;
		d.rest_max_seconds = over->dose.rest_max_seconds;
	}
	if (over->fields & DOSE_HOLD)
		d.hold_seconds = over->dose.hold_seconds;
	return d;
}

/* A side template filled for side, with {other} the opposite leg. */
static const char *
fill(struct plan *plan, const char *text, enum side side)
{
	struct template_values v = {
		&plan->words->sides, side, opposite(side), NULL, NULL, 0};

	return template_fill(plan->arena, text, &v);
}

/* Fills every template of list for side into a new list in the arena. */
static bool
fill_list(struct plan *plan, const struct text_list *list, enum side side,
	  struct text_list *out)
{
	const char **items;
	size_t i;

	items = arena_alloc(plan->arena, (list->count + 1) * sizeof *items);
	if (items == NULL)
		return false;
	for (i = 0; i < list->count; i++)
		if ((items[i] = fill(plan, list->items[i], side)) == NULL)
			return false;
	out->items = items;
	out->count = list->count;
	return true;
}

/* The exercise's figures for the working leg side, captions filled. */
static bool
build_figures(struct plan *plan, const struct figure_list *list, enum side side,
	      struct plan_setup *out)
{
	struct plan_figure *figures;
	size_t i;

	out->figures = NULL;
	out->figure_count = 0;
	if (list->count == 0)
		return true;
	figures = arena_alloc(plan->arena, list->count * sizeof *figures);
	if (figures == NULL)
		return false;
	for (i = 0; i < list->count; i++) {
		const struct figure *fig = &list->items[i];

		figures[i].caption = fill(plan, fig->caption, side);
		figures[i].svg = fig->svg[side];
		figures[i].is_mirrored = fig->leg != side;
		figures[i].figure = fig;
		if (figures[i].caption == NULL)
			return false;
	}
	out->figures = figures;
	out->figure_count = list->count;
	return true;
}

/* Whether the len bytes at name are the id id. */
static bool
is_id(const char *name, size_t len, const char *id)
{
	return strlen(id) == len && memcmp(name, id, len) == 0;
}

/*
 * The clinician's dose for the exercise with id, or for every exercise
 * when id is NULL: the last --dose for it, else, for an exercise, the
 * last for every exercise; NULL: none.
 */
static const struct tailored_dose *
tailored(const struct plan_request *request, const char *id)
{
	const struct tailored_dose *for_all = NULL, *for_one = NULL, *d;
	size_t i;

	for (i = 0; i < request->dose_count; i++) {
		d = &request->doses[i];
		if (d->exercise == NULL)
			for_all = d;
		else if (id != NULL && is_id(d->exercise, d->exercise_len, id))
			for_one = d;
	}
	return for_one != NULL ? for_one : for_all;
}

/* dose with the clinician's sets and repetitions, if any; whether they
 * change it. */
static bool
tailor_dose(struct dose *dose, const struct tailored_dose *t)
{
	bool is_changed;

	if (t == NULL)
		return false;
	is_changed = dose->sets != t->sets || dose->reps != t->reps;
	dose->sets = t->sets;
	dose->reps = t->reps;
	return is_changed;
}

static bool
build_exercise(struct plan *plan, const struct catalog *catalog,
	       const struct plan_request *request, size_t index, bool is_key,
	       struct plan_exercise *out)
{
	const struct exercise *ex = &catalog->exercises[index];
	size_t i;

	out->exercise = ex;
	out->is_key = is_key;
	out->equipment = ex->equipment;
	out->dose = merge_dose(&catalog->dose, &ex->dose);
	out->is_dose_tailored =
		tailor_dose(&out->dose, tailored(request, ex->id));
	out->setup_count = plan->working_side_count;
	for (i = 0; i < plan->working_side_count; i++) {
		out->setups[i].side = plan->working[i];
		if (!fill_list(plan, &ex->setup, plan->working[i],
			       &out->setups[i].lines) ||
		    !build_figures(plan, &ex->figures, plan->working[i],
				   &out->setups[i]))
			return false;
	}
	return true;
}

/* Whether the request leaves out the exercise whose id is the len
 * bytes at id. */
static bool
is_omitted_id(const struct plan_request *request, const char *id, size_t len)
{
	size_t i;

	for (i = 0; i < request->omitted_count; i++)
		if (is_id(id, len, request->omitted[i]))
			return true;
	return false;
}

/* Whether the request leaves out the exercise with id. */
static bool
is_omitted(const struct plan_request *request, const char *id)
{
	return is_omitted_id(request, id, strlen(id));
}

/*
 * The rule's exercises with its key exercise, if any, moved first,
 * less those the request leaves out: without its key exercise, the
 * plan marks none.
 */
static bool
build_exercises(struct plan *plan, const struct catalog *catalog,
		const struct rule *rule, const struct plan_request *request)
{
	struct plan_exercise *list;
	const char **omitted;
	size_t i, n = 0, n_omitted = 0, key = rule->key_exercise;
	const char *id;

	list = arena_alloc(plan->arena, (rule->order_count + 1) * sizeof *list);
	omitted = arena_alloc(plan->arena,
			      (rule->order_count + 1) * sizeof *omitted);
	if (list == NULL || omitted == NULL)
		return false;
	memset(list, 0, (rule->order_count + 1) * sizeof *list);
	if (key != CATALOG_NO_EXERCISE &&
	    is_omitted(request, catalog->exercises[key].id))
		key = CATALOG_NO_EXERCISE;
	if (key != CATALOG_NO_EXERCISE &&
	    !build_exercise(plan, catalog, request, key, true, &list[n++]))
		return false;
	for (i = 0; i < rule->order_count; i++) {
		id = catalog->exercises[rule->order[i]].id;
		if (is_omitted(request, id))
			omitted[n_omitted++] = id;
		else if (rule->order[i] != key &&
			 !build_exercise(plan, catalog, request, rule->order[i],
					 false, &list[n++]))
			return false;
	}
	plan->exercises = list;
	plan->exercise_count = n;
	plan->omitted = omitted;
	plan->omitted_count = n_omitted;
	return true;
}

/* The usual dose: the catalog's, or the clinician's for every
 * exercise. */
static bool
build_dose(struct plan *plan, const struct catalog *catalog,
	   const struct plan_request *request)
{
	const struct tailored_dose *t = tailored(request, NULL);
	struct dose *dose;

	plan->dose = &catalog->dose;
	if (t == NULL)
		return true;
	if ((dose = arena_alloc(plan->arena, sizeof *dose)) == NULL)
		return false;
	*dose = catalog->dose;
	plan->is_dose_tailored = tailor_dose(dose, t);
	plan->dose = dose;
	return true;
}

static bool
build(struct plan *plan, const struct catalog *catalog,
      const struct plan_request *request)
{
	const struct rule *rule = rule_for(catalog, request->pain);
	/*
	 * In a rule's texts {side} is the side opposite the pain and
	 * {other} the painful one.  Texts for both heels cannot name a
	 * side, so the choice there does not matter.
	 */
	enum side text_side =
		request->pain == PAIN_LEFT ? SIDE_RIGHT : SIDE_LEFT;
	enum side s;

	plan->working_sides = working_sides(request->pain, rule->work);
	for (s = SIDE_LEFT; s <= SIDE_RIGHT; s++)
		if (plan->working_sides & (1u << s))
			plan->working[plan->working_side_count++] = s;

	plan->title = catalog->title;
	plan->catalog_schema_version = catalog->schema_version;
	plan->equipment = catalog->equipment;
	plan->schedule = &catalog->schedule;
	plan->load = catalog->load;
	plan->progression = &catalog->progression;
	if (catalog->step_up.easy_sessions > 0)
		plan->step_up = &catalog->step_up;
	plan->patient = request->patient;
	plan->clinician = request->clinician;
	plan->date = request->date;
	plan->notes = request->notes;
	plan->note_count = request->note_count;
	plan->has_review = request->has_review;
	if (request->has_review) {
		plan->review = request->review;
		plan->review_weekday = calendar_weekday(&request->review);
	}
	plan->contact = request->contact;

	plan->headline = fill(plan, rule->headline, text_side);
	if (plan->headline == NULL)
		return false;
	if (rule->warning != NULL &&
	    (plan->warning = fill(plan, rule->warning, text_side)) == NULL)
		return false;
	return fill_list(plan, &rule->rationale, text_side, &plan->rationale) &&
	       build_dose(plan, catalog, request) &&
	       build_exercises(plan, catalog, rule, request);
}

/*
 * The sessions of request->weeks weeks.  Each week repeats the same
 * days: the first session on the week's first day, the next ones each
 * after the catalog's rest days.  The catalog checks that a week's
 * sessions and their rest days fit in seven days, so the last session
 * of a week and the first of the next are never closer than the rest
 * days between them either.
 */
static bool
build_sessions(struct plan *plan, const struct schedule *schedule,
	       const struct plan_request *request)
{
	struct plan_session *list;
	size_t i, n = (size_t)request->weeks * schedule->sessions_per_week;

	plan->weeks = request->weeks;
	plan->has_start = request->has_start;
	plan->start = request->start;
	if (n == 0)
		return true;
	list = arena_alloc(plan->arena, n * sizeof *list);
	if (list == NULL)
		return false;
	for (i = 0; i < n; i++) {
		size_t week = i / schedule->sessions_per_week;
		size_t in_week = i % schedule->sessions_per_week;
		long offset =
			(long)(week * 7 +
			       in_week * (schedule->rest_days_between + 1));

		list[i].number = (unsigned)i + 1;
		list[i].week = (unsigned)week + 1;
		list[i].day = (unsigned)offset + 1;
		memset(&list[i].date, 0, sizeof list[i].date);
		list[i].weekday = WEEKDAY_MONDAY;
		if (request->has_start) {
			list[i].date =
				calendar_add_days(&request->start, offset);
			list[i].weekday = calendar_weekday(&list[i].date);
		}
	}
	plan->sessions = list;
	plan->session_count = n;
	return true;
}

/*
 * The index of the band named name, in any case, or bands->count: a
 * name of the catalog's ladder, or one of its other names (a
 * translated catalog's English ones, and the aliases it lists).
 */
static size_t
find_band(const struct catalog *catalog, const char *name)
{
	const struct text_list *bands = &catalog->bands;
	const struct text_list *aliases = &catalog->band_aliases;
	size_t i;

	for (i = 0; i < bands->count; i++)
		if (catalog_same_band(bands->items[i], name))
			return i;
	for (i = 0; i < aliases->count && i < bands->count; i++)
		if (catalog_same_band(aliases->items[i], name))
			return i;
	for (i = 0; i < catalog->listed_alias_count; i++)
		if (catalog_same_band(catalog->listed_aliases[i].name, name) &&
		    catalog->listed_aliases[i].band < bands->count)
			return catalog->listed_aliases[i].band;
	return bands->count;
}

/* Whether the rule lists the exercise whose id is the len bytes at
 * id. */
static bool
rule_has(const struct catalog *catalog, const struct rule *rule, const char *id,
	 size_t len)
{
	size_t i;

	for (i = 0; i < rule->order_count; i++)
		if (is_id(id, len, catalog->exercises[rule->order[i]].id))
			return true;
	return false;
}

/* An id as the tailoring gives it: not NUL-terminated in a --dose. */
struct named {
	const char *id; /* NULL: none */
	size_t len;
	bool is_in_omit; /* given to --omit, else to --dose */
};

/*
 * The first id the tailoring names that the plan's rule does not list,
 * in --omit first, then in --dose; or, with is_omitted_dose, the first
 * a --dose names that --omit leaves out.
 */
static struct named
bad_id(const struct catalog *catalog, const struct plan_request *request,
       bool is_omitted_dose)
{
	const struct rule *rule = rule_for(catalog, request->pain);
	const struct tailored_dose *d;
	const char *id;
	size_t i;

	for (i = 0; !is_omitted_dose && i < request->omitted_count; i++) {
		id = request->omitted[i];
		if (!rule_has(catalog, rule, id, strlen(id)))
			return (struct named){id, strlen(id), true};
	}
	for (i = 0; i < request->dose_count; i++) {
		d = &request->doses[i];
		if (d->exercise == NULL)
			continue;
		if (is_omitted_dose ? is_omitted_id(request, d->exercise,
						    d->exercise_len)
				    : !rule_has(catalog, rule, d->exercise,
						d->exercise_len))
			return (struct named){d->exercise, d->exercise_len,
					      false};
	}
	return (struct named){NULL, 0, false};
}

/* What the tailoring asks of the plan's rule: exercises it lists, and
 * at least one left. */
static enum plan_problem
check_tailoring(const struct catalog *catalog,
		const struct plan_request *request)
{
	const struct rule *rule = rule_for(catalog, request->pain);
	struct named bad = bad_id(catalog, request, false);
	size_t i;

	if (bad.id != NULL)
		return bad.is_in_omit ? PLAN_UNKNOWN_OMIT : PLAN_UNKNOWN_DOSE;
	if (bad_id(catalog, request, true).id != NULL)
		return PLAN_DOSE_OMITTED;
	for (i = 0; i < rule->order_count; i++)
		if (!is_omitted(request, catalog->exercises[rule->order[i]].id))
			return PLAN_BUILT;
	return PLAN_ALL_OMITTED;
}

/* What the request asks of the catalog beyond a plan, checked before
 * any work: a band on its ladder, words for a log, and exercises of
 * the plan for the tailoring. */
static enum plan_problem
check_request(const struct catalog *catalog, const struct plan_request *request)
{
	if (request->pain == PAIN_NONE)
		return PLAN_NO_PAIN;
	if (request->band != NULL && catalog->bands.count == 0)
		return PLAN_NO_BANDS;
	if (request->band != NULL &&
	    find_band(catalog, request->band) == catalog->bands.count)
		return PLAN_UNKNOWN_BAND;
	if (request->wants_log && catalog->log.pain == NULL)
		return PLAN_NO_LOG;
	return check_tailoring(catalog, request);
}

static void
choose_band(struct plan *plan, const struct catalog *catalog, const char *name)
{
	size_t i;

	plan->bands = &catalog->bands;
	if (name == NULL)
		return;
	i = find_band(catalog, name);
	plan->band = catalog->bands.items[i];
	if (i + 1 < catalog->bands.count)
		plan->next_band = catalog->bands.items[i + 1];
}

/* Room for a number of the advice in decimal, with its NUL. */
enum { NUMBER_SIZE = 12 };

/* text, a template of numbers, filled with the count values named
 * names; NULL when memory ran out. */
static const char *
fill_numbers(struct plan *plan, const char *text, const char *const *names,
	     const unsigned *numbers, size_t count)
{
	char digits[8][NUMBER_SIZE];
	const char *values[8];
	struct template_values v = {NULL,  SIDE_LEFT, SIDE_RIGHT,
				    names, values,    count};
	size_t i;

	for (i = 0; i < count && i < 8; i++) {
		snprintf(digits[i], sizeof digits[i], "%u", numbers[i]);
		values[i] = digits[i];
	}
	return template_fill(plan->arena, text, &v);
}

/*
 * The advice as the handout and the data formats show it: the
 * catalog's, with the numbers of the pain rule and of the effort
 * written into the texts that name them.
 */
static bool
build_advice(struct plan *plan, const struct advice *source)
{
	static const char *const during[] = {"safe", "allowed_from", "limit",
					     "scale"};
	static const char *const reminder[] = {"limit", "scale"};
	static const char *const effort[] = {"reps_min", "reps_max",
					     "score_min", "score_max", "scale"};
	static const char *const scale[] = {"scale"};
	const struct advice_pain *p = &source->pain;
	const struct advice_effort *e = &source->effort;
	const unsigned pain_numbers[] = {p->safe, p->safe + 1, p->limit,
					 p->scale};
	const unsigned effort_numbers[] = {
		e->reps_min, e->reps_max, e->score_min, e->score_max, e->scale};
	struct advice *a = arena_alloc(plan->arena, sizeof *a);

	if (a == NULL)
		return false;
	*a = *source;
	a->pain.rating = fill_numbers(plan, p->rating, scale, &p->scale, 1);
	a->pain.during = fill_numbers(plan, p->during, during, pain_numbers, 4);
	a->pain.reminder =
		fill_numbers(plan, p->reminder, reminder, pain_numbers + 2, 2);
	a->effort.how_hard =
		fill_numbers(plan, e->how_hard, effort, effort_numbers, 5);
	plan->advice = a;
	return a->pain.rating != NULL && a->pain.during != NULL &&
	       a->pain.reminder != NULL && a->effort.how_hard != NULL;
}

/*
 * Appends to c[*n] a pain column of kind for each painful heel, headed
 * by heading filled for it; false when memory ran out.
 */
static bool
add_pain_columns(struct plan *plan, struct plan_log_column *c, size_t *n,
		 enum plan_log_kind kind, const char *heading)
{
	enum side s;

	for (s = SIDE_LEFT; s <= SIDE_RIGHT; s++) {
		if (!(plan->pain & (1u << s)))
			continue;
		c[*n] = (struct plan_log_column){kind, 0, s,
						 fill(plan, heading, s)};
		if (c[(*n)++].heading == NULL)
			return false;
	}
	return true;
}

/*
 * The session's column; for each exercise and working leg, its sets
 * and whether they felt fairly easy; the band's; then the pain of each
 * painful heel at the session and the next morning.
 */
static bool
build_log(struct plan *plan, const struct log_sheet *sheet)
{
	struct plan_log *log;
	struct plan_log_column *c;
	/* Two columns per exercise and leg, the session's and the band's,
	 * two per heel. */
	size_t i, j, n = 0,
		     most = (plan->exercise_count + 1) * SIDE_COUNT * 2 + 2;
	enum side side;

	log = arena_alloc(plan->arena, sizeof *log);
	c = arena_alloc(plan->arena, most * sizeof *c);
	if (log == NULL || c == NULL)
		return false;
	c[n++] = (struct plan_log_column){LOG_SESSION, 0, SIDE_LEFT, NULL};
	for (i = 0; i < plan->exercise_count; i++)
		for (j = 0; j < plan->exercises[i].setup_count; j++) {
			side = plan->exercises[i].setups[j].side;
			c[n++] = (struct plan_log_column){LOG_SETS, i, side,
							  NULL};
			if (sheet->easy != NULL)
				c[n++] = (struct plan_log_column){
					LOG_EASY, i, side, sheet->easy};
		}
	c[n++] = (struct plan_log_column){LOG_BAND, 0, SIDE_LEFT, NULL};
	if (!add_pain_columns(plan, c, &n, LOG_PAIN, sheet->pain) ||
	    (sheet->morning_pain != NULL &&
	     !add_pain_columns(plan, c, &n, LOG_MORNING_PAIN,
			       sheet->morning_pain)))
		return false;
	log->columns = c;
	log->column_count = n;
	log->note = sheet->note;
	log->rate_pain = sheet->rate_pain;
	log->easy_note = sheet->easy != NULL ? sheet->easy_note : NULL;
	plan->log = log;
	return true;
}

enum plan_problem
plan_build(const struct catalog *catalog, const struct plan_request *request,
	   struct plan *plan)
{
	enum plan_problem problem;

	memset(plan, 0, sizeof *plan);
	plan->pain = request->pain;
	plan->words = catalog->words;
	if ((problem = check_request(catalog, request)) != PLAN_BUILT)
		return problem;
	choose_band(plan, catalog, request->band);
	if ((plan->arena = arena_new()) == NULL ||
	    !build(plan, catalog, request) ||
	    !build_sessions(plan, &catalog->schedule, request) ||
	    (request->wants_log && !build_log(plan, &catalog->log)) ||
	    (catalog->advice != NULL && !build_advice(plan, catalog->advice)))
		return PLAN_OUT_OF_MEMORY;
	return PLAN_BUILT;
}

void
plan_free(struct plan *plan)
{
	arena_free(plan->arena);
	memset(plan, 0, sizeof *plan);
}

/* "tan, yellow and red": a band ladder, or a list of ids, in a
 * message. */
static bool
name_list(const struct text_list *bands, struct buffer *out)
{
	/* TRANSLATORS: before the last item of a list in a message, as in
	 * "tan, yellow and red". */
	return buffer_join(out, bands->items, bands->count, ", ", _(" and "));
}

/* The message for a band the ladder does not list, naming the ladder
 * (and its English names when the catalog's are translated). */
static enum status
unknown_band(const struct catalog *catalog, const char *band, struct failure *f)
{
	struct buffer names = BUFFER_INIT, aliases = BUFFER_INIT;

	if (!name_list(&catalog->bands, &names) ||
	    !name_list(&catalog->band_aliases, &aliases))
		failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	else if (catalog->band_aliases.count == 0)
		failure_set(f, STATUS_USAGE,
			    _("invalid band '%s'; the catalog's bands are %s"),
			    band, buffer_text(&names));
	else
		failure_set(f, STATUS_USAGE,
			    _("invalid band '%s'; the catalog's bands are %s "
			      "(in English: %s)"),
			    band, buffer_text(&names), buffer_text(&aliases));
	buffer_free(&names);
	buffer_free(&aliases);
	return f->status;
}

/* The message for an id of --omit or --dose that is no exercise of the
 * plan, or one that --omit leaves out, naming the plan's exercises. */
static enum status
bad_exercise(const struct catalog *catalog, const struct plan_request *request,
	     enum plan_problem problem, struct failure *f)
{
	const struct rule *rule = rule_for(catalog, request->pain);
	struct buffer names = BUFFER_INIT;
	const char **ids;
	struct named bad =
		bad_id(catalog, request, problem == PLAN_DOSE_OMITTED);
	int len = bad.len < 200 ? (int)bad.len : 200;
	size_t i;

	ids = calloc(rule->order_count + 1, sizeof *ids);
	for (i = 0; ids != NULL && i < rule->order_count; i++)
		ids[i] = catalog->exercises[rule->order[i]].id;
	if (ids == NULL ||
	    !name_list(&(const struct text_list){ids, rule->order_count},
		       &names))
		failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	else if (problem == PLAN_ALL_OMITTED)
		failure_set(f, STATUS_USAGE,
			    _("--omit leaves out every exercise of this plan; "
			      "keep at least one of %s"),
			    buffer_text(&names));
	else if (problem == PLAN_DOSE_OMITTED)
		failure_set(f, STATUS_USAGE,
			    _("--dose names %.*s, which --omit leaves out"),
			    len, bad.id);
	else
		failure_set(f, STATUS_USAGE,
			    _("invalid exercise '%.*s' in --%s; this plan's "
			      "exercises are %s"),
			    len, bad.id, bad.is_in_omit ? "omit" : "dose",
			    buffer_text(&names));
	free(ids);
	buffer_free(&names);
	return f->status;
}

enum status
plan_failure(enum plan_problem problem, const struct catalog *catalog,
	     const struct plan_request *request, struct failure *f)
{
	switch (problem) {
	case PLAN_BUILT:
		return STATUS_OK;
	case PLAN_NO_PAIN:
		return failure_set(f, STATUS_USAGE, _("no painful side given"));
	case PLAN_NO_BANDS:
		return failure_set(f, STATUS_USAGE,
				   _("--band needs a catalog with a list of "
				     "bands; this one has none"));
	case PLAN_UNKNOWN_BAND:
		return unknown_band(catalog, request->band, f);
	case PLAN_NO_LOG:
		return failure_set(f, STATUS_USAGE,
				   _("--log needs a catalog with a log "
				     "section; this one has none"));
	case PLAN_UNKNOWN_OMIT:
	case PLAN_UNKNOWN_DOSE:
	case PLAN_DOSE_OMITTED:
	case PLAN_ALL_OMITTED:
		return bad_exercise(catalog, request, problem, f);
	case PLAN_OUT_OF_MEMORY:
		break;
	}
	return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
}
