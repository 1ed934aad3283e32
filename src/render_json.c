/* SPDX-License-Identifier: ISC */
/*
 * render_json.c: the plan as one JSON document, for scripts.
 *
 * The document is a jansson value tree, so every string is escaped by
 * a maintained library and the output is valid UTF-8 (jansson refuses
 * anything else, and the catalog and the command line only let UTF-8
 * through).  Keys keep the order in which they are set, which is the
 * order README.md documents; every key is always present, with null
 * for what the plan does not have, so scripts need not test for them.
 * A change that could break a script raises RENDER_JSON_VERSION.
 */
#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "i18n.h"
#include "render.h"

/* Sets key to value, which the object takes even on failure; false
 * when either is NULL (memory ran out). */
static bool
set(json_t *object, const char *key, json_t *value)
{
	return json_object_set_new(object, key, value) == 0;
}

static bool
append(json_t *array, json_t *value)
{
	return json_array_append_new(array, value) == 0;
}

/* A string, or null for NULL. */
static json_t *
string_or_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

/* Dates are ISO 8601 whatever the handout's words say. */
static json_t *
date_value(const struct date *d)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
	return json_string(buf);
}

static json_t *
integer(unsigned n)
{
	return json_integer((json_int_t)n);
}

static json_t *
texts(const struct text_list *list)
{
	json_t *array = json_array();
	size_t i;

	for (i = 0; i < list->count; i++)
		if (!append(array, json_string(list->items[i]))) {
			json_decref(array);
			return NULL;
		}
	return array;
}

/* The names of the sides in the data, which no language changes. */
static const char *
side_name(enum side side)
{
	return side == SIDE_LEFT ? "left" : "right";
}

static json_t *
side_value(enum side side)
{
	return json_string(side_name(side));
}

static json_t *
rest(const struct dose *d)
{
	json_t *o = json_object();

	if (set(o, "min", integer(d->rest_min_seconds)) &&
	    set(o, "max", integer(d->rest_max_seconds)))
		return o;
	json_decref(o);
	return NULL;
}

/* sets, reps, rest_seconds and hold_seconds, into object o. */
static bool
set_dose(json_t *o, const struct dose *d)
{
	return set(o, "sets", integer(d->sets)) &&
	       set(o, "reps", integer(d->reps)) &&
	       set(o, "rest_seconds", rest(d)) &&
	       set(o, "hold_seconds", integer(d->hold_seconds));
}

static json_t *
dose_value(const struct dose *d)
{
	json_t *o = json_object();

	if (set_dose(o, d))
		return o;
	json_decref(o);
	return NULL;
}

/* One leg's figures: each caption, and whether it is mirrored. */
static json_t *
figures_value(const struct plan_setup *setup)
{
	json_t *array = json_array(), *o;
	size_t i;

	for (i = 0; i < setup->figure_count; i++) {
		o = json_object();
		if (!set(o, "caption",
			 json_string(setup->figures[i].caption)) ||
		    !set(o, "mirrored",
			 json_boolean(setup->figures[i].is_mirrored))) {
			json_decref(o);
			json_decref(array);
			return NULL;
		}
		/* The array takes o, even when it fails. */
		if (!append(array, o)) {
			json_decref(array);
			return NULL;
		}
	}
	return array;
}

static json_t *
exercise_value(const struct plan_exercise *pe)
{
	const struct exercise *ex = pe->exercise;
	json_t *o = json_object(), *setup = json_object();
	json_t *figures = json_object();
	bool ok;
	size_t i;

	ok = set(o, "id", json_string(ex->id)) &&
	     set(o, "name", json_string(ex->name)) &&
	     set(o, "target", json_string(ex->target)) &&
	     set(o, "key", json_boolean(pe->is_key)) &&
	     set(o, "equipment", string_or_null(pe->equipment)) &&
	     set(o, "anchor", json_string(ex->anchor)) &&
	     set(o, "position", json_string(ex->position)) &&
	     set_dose(o, &pe->dose);
	for (i = 0; ok && i < pe->setup_count; i++)
		ok = set(setup, side_name(pe->setups[i].side),
			 texts(&pe->setups[i].lines));
	for (i = 0; ok && i < pe->setup_count; i++)
		ok = set(figures, side_name(pe->setups[i].side),
			 figures_value(&pe->setups[i]));
	ok = ok && set(o, "setup", json_incref(setup)) &&
	     set(o, "steps", texts(&ex->steps)) &&
	     set(o, "cues", texts(&ex->cues)) &&
	     set(o, "figures", json_incref(figures));
	json_decref(setup);
	json_decref(figures);
	if (ok)
		return o;
	json_decref(o);
	return NULL;
}

static json_t *
band_value(const struct plan *plan)
{
	json_t *o;

	if (plan->band == NULL)
		return json_null();
	o = json_object();
	if (set(o, "current", json_string(plan->band)) &&
	    set(o, "next", string_or_null(plan->next_band)))
		return o;
	json_decref(o);
	return NULL;
}

/* The session dates, or null when the plan has no start date. */
static json_t *
session_dates(const struct plan *plan)
{
	json_t *array;
	size_t i;

	if (!plan->has_start || plan->session_count == 0)
		return json_null();
	array = json_array();
	for (i = 0; i < plan->session_count; i++)
		if (!append(array, date_value(&plan->sessions[i].date))) {
			json_decref(array);
			return NULL;
		}
	return array;
}

static json_t *
session_days(const struct plan *plan)
{
	json_t *array;
	size_t i;

	if (plan->session_count == 0)
		return json_null();
	array = json_array();
	for (i = 0; i < plan->session_count; i++)
		if (!append(array, integer(plan->sessions[i].day))) {
			json_decref(array);
			return NULL;
		}
	return array;
}

/* The columns of the given kind, each with what identifies it. */
static json_t *
log_columns(const struct plan *plan, bool is_all, enum plan_log_kind kind)
{
	static const char *const kinds[] = {"session", "sets", "band", "pain"};
	json_t *array = json_array(), *o;
	bool ok = true;
	size_t i;

	for (i = 0; ok && i < plan->log->column_count; i++) {
		const struct plan_log_column *c = &plan->log->columns[i];
		const struct plan_exercise *pe = &plan->exercises[c->exercise];

		if (!is_all && c->kind != kind)
			continue;
		o = json_object();
		ok = append(array, o) &&
		     (!is_all || set(o, "kind", json_string(kinds[c->kind])));
		if (ok && c->kind == LOG_SETS)
			ok = set(o, "exercise",
				 json_string(pe->exercise->id)) &&
			     set(o, "number",
				 json_integer((json_int_t)c->exercise + 1)) &&
			     set(o, "side", side_value(c->side)) &&
			     set(o, "sets", integer(pe->dose.sets));
		else if (ok && c->kind == LOG_PAIN)
			ok = set(o, "side", side_value(c->side)) &&
			     set(o, "heading", json_string(c->heading));
	}
	if (ok)
		return array;
	json_decref(array);
	return NULL;
}

static json_t *
log_rows(const struct plan *plan)
{
	json_t *array = json_array(), *o;
	size_t i;

	for (i = 0; i < plan->session_count; i++) {
		const struct plan_session *s = &plan->sessions[i];

		o = json_object();
		if (!append(array, o) ||
		    !set(o, "session", integer(s->number)) ||
		    !set(o, "week", integer(s->week)) ||
		    !set(o, "day", integer(s->day)) ||
		    !set(o, "date",
			 plan->has_start ? date_value(&s->date)
					 : json_null())) {
			json_decref(array);
			return NULL;
		}
	}
	return array;
}

static json_t *
log_value(const struct plan *plan)
{
	json_t *o;

	if (plan->log == NULL)
		return json_null();
	o = json_object();
	if (set(o, "note", string_or_null(plan->log->note)) &&
	    set(o, "sets", log_columns(plan, false, LOG_SETS)) &&
	    set(o, "pain", log_columns(plan, false, LOG_PAIN)) &&
	    set(o, "rows", log_rows(plan)) &&
	    set(o, "columns", log_columns(plan, true, LOG_SESSION)))
		return o;
	json_decref(o);
	return NULL;
}

static json_t *
pain_value(enum pain pain)
{
	return json_string(pain == PAIN_BOTH   ? "both"
			   : pain == PAIN_LEFT ? "left"
					       : "right");
}

static json_t *
working_sides(const struct plan *plan)
{
	json_t *array = json_array();
	size_t i;

	for (i = 0; i < plan->working_side_count; i++)
		if (!append(array, side_value(plan->working[i]))) {
			json_decref(array);
			return NULL;
		}
	return array;
}

static json_t *
exercises(const struct plan *plan)
{
	json_t *array = json_array();
	size_t i;

	for (i = 0; i < plan->exercise_count; i++)
		if (!append(array, exercise_value(&plan->exercises[i]))) {
			json_decref(array);
			return NULL;
		}
	return array;
}

/* The document, in the key order README.md documents. */
static json_t *
document(const struct plan *plan)
{
	json_t *o = json_object();
	const struct schedule *sc = plan->schedule;
	bool ok;

	ok = set(o, "schema_version", integer(RENDER_JSON_VERSION)) &&
	     set(o, "title", json_string(plan->title)) &&
	     set(o, "date", date_value(&plan->date)) &&
	     set(o, "patient", string_or_null(plan->patient)) &&
	     set(o, "clinician", string_or_null(plan->clinician)) &&
	     set(o, "pain", pain_value(plan->pain)) &&
	     set(o, "working_sides", working_sides(plan)) &&
	     set(o, "headline", json_string(plan->headline)) &&
	     set(o, "warning", string_or_null(plan->warning)) &&
	     set(o, "rationale", texts(&plan->rationale)) &&
	     set(o, "equipment", json_string(plan->equipment)) &&
	     set(o, "dose", dose_value(plan->dose)) &&
	     set(o, "sessions_per_week", integer(sc->sessions_per_week)) &&
	     set(o, "rest_days_between", integer(sc->rest_days_between)) &&
	     set(o, "schedule_note", string_or_null(sc->note)) &&
	     set(o, "load", json_string(plan->load)) &&
	     set(o, "progression", texts(plan->progression)) &&
	     set(o, "bands",
		 plan->bands->count > 0 ? texts(plan->bands) : json_null()) &&
	     set(o, "band", band_value(plan)) &&
	     set(o, "weeks",
		 plan->weeks > 0 ? integer(plan->weeks) : json_null()) &&
	     set(o, "start",
		 plan->has_start ? date_value(&plan->start) : json_null()) &&
	     set(o, "sessions", session_dates(plan)) &&
	     set(o, "session_days", session_days(plan)) &&
	     set(o, "exercises", exercises(plan)) &&
	     set(o, "log", log_value(plan));
	if (ok)
		return o;
	json_decref(o);
	return NULL;
}

enum status
render_json(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct plan *plan = in->plan;
	json_t *doc = document(plan);

	if (doc == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	/* A failed write shows in the stream's error flag, as for the
	 * other formats; main reports it when it closes the stream. */
	if (json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0)
		fputc('\n', out);
	json_decref(doc);
	return STATUS_OK;
}
