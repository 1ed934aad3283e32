/* SPDX-License-Identifier: ISC */
/*
 * render_json.c: the plan as one JSON document, for scripts.
 *
 * The document is a jansson value tree, so every string is escaped by
 * a maintained library and the output is valid UTF-8 (jansson refuses
 * anything else, and the catalog and the command line only let UTF-8
 * through).  Keys keep the order in which they are set, which is the
 * order docs/formats.md documents; every key is always present, with
 * null for what the plan does not have, so scripts need not test for
 * them.  A change that could break a script raises RENDER_JSON_VERSION,
 * and the version before stays for one release (render.h), so the few
 * keys that differ between them are chosen here by version.
 */
#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "i18n.h"
#include "json_build.h"
#include "render.h"

/* A string, or null for NULL. */
static json_t *
string_or_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
text_item(const void *list, size_t i)
{
	return json_string(((const struct text_list *)list)->items[i]);
}

static json_t *
texts(const struct text_list *list)
{
	return json_build_array(list->count, text_item, list);
}

/* n strings, as an array. */
static json_t *
strings(const char *const *items, size_t n)
{
	return texts(&(const struct text_list){items, n});
}

/* The clinic's contact, every key present; null without one. */
static json_t *
clinic_value(const struct contact *c)
{
	json_t *o;

	if (c == NULL)
		return json_null();
	o = json_object();
	return json_build_finish(
		o,
		json_build_set(o, "name", string_or_null(c->name)) &&
			json_build_set(o, "address",
				       strings(c->address, c->address_count)) &&
			json_build_set(o, "phone", string_or_null(c->phone)) &&
			json_build_set(o, "email", string_or_null(c->email)) &&
			json_build_set(o, "web", string_or_null(c->web)));
}

static json_t *
side_value(enum side side)
{
	return json_string(json_build_side(side));
}

static json_t *
rest(const struct dose *d)
{
	json_t *o = json_object();

	return json_build_finish(
		o,
		json_build_set(o, "min",
			       json_build_count(d->rest_min_seconds)) &&
			json_build_set(o, "max",
				       json_build_count(d->rest_max_seconds)));
}

/* sets, reps, rest_seconds and hold_seconds, into object o. */
static bool
set_dose(json_t *o, const struct dose *d)
{
	return json_build_set(o, "sets", json_build_count(d->sets)) &&
	       json_build_set(o, "reps", json_build_count(d->reps)) &&
	       json_build_set(o, "rest_seconds", rest(d)) &&
	       json_build_set(o, "hold_seconds",
			      json_build_count(d->hold_seconds));
}

static json_t *
dose_value(const struct dose *d)
{
	json_t *o = json_object();

	return json_build_finish(o, set_dose(o, d));
}

/* A figure of a leg's set-up: its caption, and whether it is
 * mirrored. */
static json_t *
figure_item(const void *setup, size_t i)
{
	const struct plan_figure *fig =
		&((const struct plan_setup *)setup)->figures[i];
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "caption", json_string(fig->caption)) &&
			   json_build_set(o, "mirrored",
					  json_boolean(fig->is_mirrored)));
}

/* One leg's figures. */
static json_t *
figures_value(const struct plan_setup *setup)
{
	return json_build_array(setup->figure_count, figure_item, setup);
}

static json_t *
exercise_value(const struct plan_exercise *pe)
{
	const struct exercise *ex = pe->exercise;
	json_t *o = json_object(), *setup = json_object();
	json_t *figures = json_object();
	bool ok;
	size_t i;

	ok = json_build_set(o, "id", json_string(ex->id)) &&
	     json_build_set(o, "name", json_string(ex->name)) &&
	     json_build_set(o, "target", json_string(ex->target)) &&
	     json_build_set(o, "key", json_boolean(pe->is_key)) &&
	     json_build_set(o, "equipment", string_or_null(pe->equipment)) &&
	     json_build_set(o, "anchor", json_string(ex->anchor)) &&
	     json_build_set(o, "position", json_string(ex->position)) &&
	     set_dose(o, &pe->dose) &&
	     json_build_set(o, "dose_tailored",
			    json_boolean(pe->is_dose_tailored));
	for (i = 0; ok && i < pe->setup_count; i++)
		ok = json_build_set(setup, json_build_side(pe->setups[i].side),
				    texts(&pe->setups[i].lines));
	for (i = 0; ok && i < pe->setup_count; i++)
		ok = json_build_set(figures,
				    json_build_side(pe->setups[i].side),
				    figures_value(&pe->setups[i]));
	ok = ok && json_build_set(o, "setup", json_incref(setup)) &&
	     json_build_set(o, "steps", texts(&ex->steps)) &&
	     json_build_set(o, "cues", texts(&ex->cues)) &&
	     json_build_set(o, "figures", json_incref(figures)) &&
	     json_build_set(o, "precautions", texts(&ex->precautions)) &&
	     json_build_set(o, "short_name", string_or_null(ex->short_name)) &&
	     json_build_set(o, "video", string_or_null(ex->video));
	json_decref(setup);
	json_decref(figures);
	return json_build_finish(o, ok);
}

static json_t *
band_value(const struct plan *plan)
{
	json_t *o;

	if (plan->band == NULL)
		return json_null();
	o = json_object();
	return json_build_finish(
		o, json_build_set(o, "current", json_string(plan->band)) &&
			   json_build_set(o, "next",
					  string_or_null(plan->next_band)));
}

static json_t *
date_item(const void *plan, size_t i)
{
	return json_build_date(&((const struct plan *)plan)->sessions[i].date);
}

/* Version 1: the session dates, or null when the plan has no start
 * date. */
static json_t *
session_dates(const struct plan *plan)
{
	if (!plan->has_start || plan->session_count == 0)
		return json_null();
	return json_build_array(plan->session_count, date_item, plan);
}

static json_t *
day_item(const void *plan, size_t i)
{
	return json_build_count(((const struct plan *)plan)->sessions[i].day);
}

/* Version 1: the sessions' days of the plan, or null. */
static json_t *
session_days(const struct plan *plan)
{
	if (plan->session_count == 0)
		return json_null();
	return json_build_array(plan->session_count, day_item, plan);
}

/* A session's date, or null when the sessions are numbered. */
static json_t *
session_date(const struct plan *plan, const struct plan_session *s)
{
	return plan->has_start ? json_build_date(&s->date) : json_null();
}

/* Version 2: a session as its date, week and day of the plan. */
static json_t *
session_item(const void *context, size_t i)
{
	const struct plan *plan = context;
	const struct plan_session *s = &plan->sessions[i];
	json_t *o = json_object();

	return json_build_finish(
		o,
		json_build_set(o, "date", session_date(plan, s)) &&
			json_build_set(o, "week", json_build_count(s->week)) &&
			json_build_set(o, "day", json_build_count(s->day)));
}

/* The sessions' keys: in version 1 sessions (dates) and session_days,
 * in version 2 sessions (objects), an array even when empty. */
static bool
set_sessions(json_t *o, const struct plan *plan, unsigned version)
{
	if (version == 1)
		return json_build_set(o, "sessions", session_dates(plan)) &&
		       json_build_set(o, "session_days", session_days(plan));
	return json_build_set(
		o, "sessions",
		json_build_array(plan->session_count, session_item, plan));
}

/* The columns of the given kind, each with what identifies it. */
static json_t *
log_columns(const struct plan *plan, bool is_all, enum plan_log_kind kind)
{
	static const char *const kinds[] = {"session", "sets", "band",
					    "pain",    "easy", "morning_pain"};
	json_t *array = json_array(), *o;
	bool ok = true;
	size_t i;

	for (i = 0; ok && i < plan->log->column_count; i++) {
		const struct plan_log_column *c = &plan->log->columns[i];
		const struct plan_exercise *pe = &plan->exercises[c->exercise];

		if (!is_all && c->kind != kind)
			continue;
		o = json_object();
		ok = json_build_append(array, o) &&
		     (!is_all ||
		      json_build_set(o, "kind", json_string(kinds[c->kind])));
		if (ok && (c->kind == LOG_SETS || c->kind == LOG_EASY))
			ok = json_build_set(o, "exercise",
					    json_string(pe->exercise->id)) &&
			     json_build_set(
				     o, "number",
				     json_integer((json_int_t)c->exercise +
						  1)) &&
			     json_build_set(o, "side", side_value(c->side));
		if (ok && c->kind == LOG_SETS)
			ok = json_build_set(o, "sets",
					    json_build_count(pe->dose.sets));
		else if (ok &&
			 (c->kind == LOG_PAIN || c->kind == LOG_MORNING_PAIN))
			ok = json_build_set(o, "side", side_value(c->side)) &&
			     json_build_set(o, "heading",
					    json_string(c->heading));
	}
	return json_build_finish(array, ok);
}

/* A row of the log: its session's number, week, day and date. */
static json_t *
row_item(const void *context, size_t i)
{
	const struct plan *plan = context;
	const struct plan_session *s = &plan->sessions[i];
	json_t *o = json_object();

	return json_build_finish(
		o,
		json_build_set(o, "session", json_build_count(s->number)) &&
			json_build_set(o, "week", json_build_count(s->week)) &&
			json_build_set(o, "day", json_build_count(s->day)) &&
			json_build_set(o, "date", session_date(plan, s)));
}

static json_t *
log_rows(const struct plan *plan)
{
	return json_build_array(plan->session_count, row_item, plan);
}

static json_t *
log_value(const struct plan *plan)
{
	json_t *o;

	if (plan->log == NULL)
		return json_null();
	o = json_object();
	return json_build_finish(
		o,
		json_build_set(o, "note", string_or_null(plan->log->note)) &&
			json_build_set(o, "sets",
				       log_columns(plan, false, LOG_SETS)) &&
			json_build_set(o, "pain",
				       log_columns(plan, false, LOG_PAIN)) &&
			json_build_set(o, "rows", log_rows(plan)) &&
			json_build_set(o, "columns",
				       log_columns(plan, true, LOG_SESSION)) &&
			json_build_set(o, "easy",
				       log_columns(plan, false, LOG_EASY)) &&
			json_build_set(
				o, "morning_pain",
				log_columns(plan, false, LOG_MORNING_PAIN)) &&
			json_build_set(o, "rate_pain",
				       string_or_null(plan->log->rate_pain)) &&
			json_build_set(o, "easy_note",
				       string_or_null(plan->log->easy_note)));
}

/* When an exercise moves to the next band: its number of sessions. */
static json_t *
step_up_value(const struct plan *plan)
{
	json_t *o;

	if (plan->step_up == NULL)
		return json_null();
	o = json_object();
	return json_build_finish(
		o,
		json_build_set(o, "easy_sessions",
			       json_build_count(plan->step_up->easy_sessions)));
}

/* ---- the advice, as its schema list names it ------------------------- */

/* One json_of_ function for each C type of catalog.h's CATALOG_TYPE_
 * that the advice's schema list uses. */
static json_t *
json_of_number(unsigned n)
{
	return json_build_count(n);
}

static json_t *
json_of_text(const char *s)
{
	return json_string(s);
}

static json_t *
json_of_text_list(struct text_list list)
{
	return texts(&list);
}

/*
 * A schema list's lines as keys of objects named json_OWNER: each
 * field a key, each group an object of its own, in the list's order,
 * so that a field added to the advice reaches the JSON without a line
 * here.
 */
#define JSON_FIELD(owner, name, kind, presence, placeholders, min, max)        \
	ok = ok &&                                                             \
	     json_build_set(json_##owner, #name,                               \
			    JSON_OF(CATALOG_TYPE_##kind, (owner)->name));
#define JSON_OF(type, value)  JSON_OF_(type, value)
#define JSON_OF_(type, value) json_of_##type(value)
#define JSON_GROUP(owner, name)                                                \
	{                                                                      \
		const struct owner##_##name *owner##_##name = &(owner)->name;  \
		json_t *json_##owner##_##name = json_object();                 \
		ok = ok && json_build_set(json_##owner, #name,                 \
					  json_incref(json_##owner##_##name));
#define JSON_GROUP_END(owner, name)                                            \
	json_decref(json_##owner##_##name);                                    \
	}

/* The advice as the plan fills it, numbers in its texts, or null. */
static json_t *
advice_value(const struct advice *advice)
{
	json_t *json_advice;
	bool ok = true;

	if (advice == NULL)
		return json_null();
	json_advice = json_object();
#define CATALOG_FIELD	  JSON_FIELD
#define CATALOG_GROUP	  JSON_GROUP
#define CATALOG_GROUP_END JSON_GROUP_END
#include "catalog_advice.def"
	return json_build_finish(json_advice, ok);
}

static json_t *
pain_value(enum pain pain)
{
	return json_string(pain == PAIN_BOTH   ? "both"
			   : pain == PAIN_LEFT ? "left"
					       : "right");
}

static json_t *
side_item(const void *plan, size_t i)
{
	return side_value(((const struct plan *)plan)->working[i]);
}

static json_t *
exercise_item(const void *plan, size_t i)
{
	return exercise_value(&((const struct plan *)plan)->exercises[i]);
}

/* The catalog a plan came from: its title and schema version. */
static json_t *
catalog_value(const struct plan *plan)
{
	json_t *o = json_object();

	return json_build_finish(
		o,
		json_build_set(o, "title", json_string(plan->title)) &&
			json_build_set(o, "schema_version",
				       json_build_count(
					       plan->catalog_schema_version)));
}

/* Version 2: what made the document, so that a script can tell which
 * heelrx and which catalog a plan came from. */
static json_t *
generator_value(const struct plan *plan)
{
	json_t *o = json_object();

	return json_build_finish(
		o, json_build_set(o, "name", json_string("heelrx")) &&
			   json_build_set(o, "version",
					  json_string(HEELRX_VERSION)) &&
			   json_build_set(o, "catalog", catalog_value(plan)));
}

/* The document of schema version version, in the key order
 * docs/formats.md documents. */
static json_t *
document(const struct plan *plan, unsigned version)
{
	json_t *o = json_object();
	const struct schedule *sc = plan->schedule;
	bool ok;

	ok = json_build_set(o, "schema_version", json_build_count(version)) &&
	     (version == 1 ||
	      json_build_set(o, "generator", generator_value(plan))) &&
	     json_build_set(o, "title", json_string(plan->title)) &&
	     json_build_set(o, "date", json_build_date(&plan->date)) &&
	     json_build_set(o, "patient", string_or_null(plan->patient)) &&
	     json_build_set(o, "clinician", string_or_null(plan->clinician)) &&
	     json_build_set(o, "pain", pain_value(plan->pain)) &&
	     json_build_set(o, "working_sides",
			    json_build_array(plan->working_side_count,
					     side_item, plan)) &&
	     json_build_set(o, "headline", json_string(plan->headline)) &&
	     json_build_set(o, "warning", string_or_null(plan->warning)) &&
	     json_build_set(o, "rationale", texts(&plan->rationale)) &&
	     json_build_set(o, "equipment", json_string(plan->equipment)) &&
	     json_build_set(o, "dose", dose_value(plan->dose)) &&
	     json_build_set(o, "dose_tailored",
			    json_boolean(plan->is_dose_tailored)) &&
	     json_build_set(o, "sessions_per_week",
			    json_build_count(sc->sessions_per_week)) &&
	     json_build_set(o, "rest_days_between",
			    json_build_count(sc->rest_days_between)) &&
	     json_build_set(o, "schedule_note", string_or_null(sc->note)) &&
	     json_build_set(o, "load", json_string(plan->load)) &&
	     json_build_set(o, "progression", texts(plan->progression)) &&
	     json_build_set(o, "bands",
			    plan->bands->count > 0 ? texts(plan->bands)
						   : json_null()) &&
	     json_build_set(o, "band", band_value(plan)) &&
	     json_build_set(o, "weeks",
			    plan->weeks > 0 ? json_build_count(plan->weeks)
					    : json_null()) &&
	     json_build_set(o, "start",
			    plan->has_start ? json_build_date(&plan->start)
					    : json_null()) &&
	     set_sessions(o, plan, version) &&
	     json_build_set(o, "exercises",
			    json_build_array(plan->exercise_count,
					     exercise_item, plan)) &&
	     json_build_set(o, "log", log_value(plan)) &&
	     json_build_set(o, "advice", advice_value(plan->advice)) &&
	     json_build_set(o, "omitted",
			    strings(plan->omitted, plan->omitted_count)) &&
	     json_build_set(o, "notes",
			    strings(plan->notes, plan->note_count)) &&
	     json_build_set(o, "review",
			    plan->has_review ? json_build_date(&plan->review)
					     : json_null()) &&
	     json_build_set(o, "clinic", clinic_value(plan->contact)) &&
	     json_build_set(o, "step_up", step_up_value(plan));
	return json_build_finish(o, ok);
}

enum status
render_json(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct plan *plan = in->plan;
	json_t *doc =
		document(plan, in->json_version != 0 ? in->json_version
						     : RENDER_JSON_VERSION);
	int dumped;

	if (doc == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	dumped = json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	/* A failed write shows in the stream's error flag, as for the
	 * other formats; main reports it when it closes the stream.  Any
	 * other failure is jansson's memory running out as it writes. */
	if (dumped != 0 && !ferror(out))
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	if (dumped == 0)
		fputc('\n', out);
	return STATUS_OK;
}
