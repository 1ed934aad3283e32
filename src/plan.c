/*
 * plan.c: the rule engine.  Everything clinical it decides comes from
 * the catalog's rules; what it adds is only the logic that joins them:
 * which legs work, the key exercise first, overrides over the default
 * dose, and each leg's name filled into its set-up.  No I/O, no globals.
 */
#include <string.h>

#include "arena.h"
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

/* Fills every template of list for side into a new list in arena. */
static bool
fill_list(struct arena *arena, const struct text_list *list, enum side side,
	  struct text_list *out)
{
	const char **items;
	size_t i;

	items = arena_alloc(arena, (list->count + 1) * sizeof *items);
	if (items == NULL)
		return false;
	for (i = 0; i < list->count; i++)
		if ((items[i] = template_fill(arena, list->items[i], side)) ==
		    NULL)
			return false;
	out->items = items;
	out->count = list->count;
	return true;
}

static bool
build_exercise(struct plan *plan, const struct catalog *catalog, size_t index,
	       bool is_key, struct plan_exercise *out)
{
	const struct exercise *ex = &catalog->exercises[index];
	size_t i;

	out->exercise = ex;
	out->is_key = is_key;
	out->equipment = ex->equipment;
	out->dose = merge_dose(&catalog->dose, &ex->dose);
	out->setup_count = plan->working_side_count;
	for (i = 0; i < plan->working_side_count; i++) {
		out->setups[i].side = plan->working[i];
		if (!fill_list(plan->arena, &ex->setup, plan->working[i],
			       &out->setups[i].lines))
			return false;
	}
	return true;
}

/* The rule's exercises with its key exercise, if any, moved first. */
static bool
build_exercises(struct plan *plan, const struct catalog *catalog,
		const struct rule *rule)
{
	struct plan_exercise *list;
	size_t i, n = 0;

	list = arena_alloc(plan->arena, (rule->order_count + 1) * sizeof *list);
	if (list == NULL)
		return false;
	memset(list, 0, (rule->order_count + 1) * sizeof *list);
	if (rule->key_exercise != CATALOG_NO_EXERCISE &&
	    !build_exercise(plan, catalog, rule->key_exercise, true,
			    &list[n++]))
		return false;
	for (i = 0; i < rule->order_count; i++) {
		if (rule->order[i] == rule->key_exercise)
			continue;
		if (!build_exercise(plan, catalog, rule->order[i], false,
				    &list[n++]))
			return false;
	}
	plan->exercises = list;
	plan->exercise_count = n;
	return true;
}

static bool
build(struct plan *plan, const struct catalog *catalog,
      const struct request *request)
{
	const struct rule *rule = request->pain == PAIN_BOTH
					  ? &catalog->both_sides
					  : &catalog->one_side;
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
	plan->equipment = catalog->equipment;
	plan->dose = &catalog->dose;
	plan->schedule = &catalog->schedule;
	plan->load = catalog->load;
	plan->progression = &catalog->progression;
	plan->patient = request->patient;
	plan->clinician = request->clinician;
	plan->date = request->date;

	plan->headline = template_fill(plan->arena, rule->headline, text_side);
	if (plan->headline == NULL)
		return false;
	if (rule->warning != NULL &&
	    (plan->warning = template_fill(plan->arena, rule->warning,
					   text_side)) == NULL)
		return false;
	return fill_list(plan->arena, &rule->rationale, text_side,
			 &plan->rationale) &&
	       build_exercises(plan, catalog, rule);
}

enum status
plan_build(const struct catalog *catalog, const struct request *request,
	   struct plan *plan, struct failure *f)
{
	memset(plan, 0, sizeof *plan);
	plan->pain = request->pain;
	if (request->pain == PAIN_NONE)
		return failure_set(f, STATUS_USAGE, "no painful side given");
	if ((plan->arena = arena_new()) == NULL ||
	    !build(plan, catalog, request)) {
		plan_free(plan);
		return failure_set(f, STATUS_SOFTWARE, "out of memory");
	}
	return STATUS_OK;
}

void
plan_free(struct plan *plan)
{
	arena_free(plan->arena);
	memset(plan, 0, sizeof *plan);
}
