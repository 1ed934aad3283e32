/* SPDX-License-Identifier: ISC */
/*
 * render.h: printing a plan, or a catalog's exercise list, to a stream.
 *
 * Renderers lay out what the plan says and decide nothing clinical.
 * They fail only with STATUS_SOFTWARE, when memory is exhausted; write
 * errors stay in the stream's error flag for whoever closes it.
 */
#ifndef HEELRX_RENDER_H
#define HEELRX_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "catalog.h"
#include "failure.h"
#include "plan.h"

/* A printable handout, wrapped at width display columns. */
enum status render_text(const struct plan *, int width, FILE *,
			struct failure *);

/* A CommonMark document with the same content as the handout. */
enum status render_markdown(const struct plan *, FILE *, struct failure *);

/*
 * The plan as one JSON document, schema version RENDER_JSON_VERSION
 * (README.md and heelrx(1) describe it).
 */
enum { RENDER_JSON_VERSION = 1 };
enum status render_json(const struct plan *, FILE *, struct failure *);

/*
 * An iCalendar file (RFC 5545) with one all-day event per session; the
 * plan must have a start date.
 */
enum status render_ics(const struct plan *, FILE *, struct failure *);

/*
 * How render_fhir packs the plan: the bundle type, and whether the
 * plan's weeks were asked for (--weeks), so that the plan ends after
 * them, rather than being only how many weeks a printed list shows.
 */
struct render_fhir_options {
	enum fhir_bundle bundle;
	bool has_weeks;
};

/*
 * The plan as one HL7 FHIR R4 Bundle in JSON: a CarePlan, a
 * ServiceRequest per exercise and working leg, and a Patient and a
 * Practitioner for the names the plan has.  README.md maps every
 * element.
 */
enum status render_fhir(const struct plan *, const struct render_fhir_options *,
			FILE *, struct failure *);

/* One exercise a line: id, name and target, separated by tabs. */
enum status render_list(const struct catalog *, FILE *, struct failure *);

/* ---- phrases both plan renderers share --------------------------------- */

/* "3 sets of 10, rest 45–60 s between sets" and the like. */
void render_dose_phrase(const struct dose *, char *buf, size_t size);

/* "3 sessions a week, with at least 1 rest day between sessions". */
void render_schedule_phrase(const struct schedule *, char *buf, size_t size);

/* "2026-11-24" */
void render_date(const struct date *, char *buf, size_t size);

/* "Tuesday", or "Tue" when is_short. */
const char *render_weekday(enum weekday, bool is_short);

/* "Tuesday 2026-12-01" for a dated session, "day 3" for another. */
void render_session_phrase(const struct plan *, const struct plan_session *,
			   char *buf, size_t size);

/* "12 sessions in 4 weeks, from Tuesday 2026-12-01." and the like. */
void render_sessions_intro(const struct plan *, char *buf, size_t size);

/*
 * The sessions of the week that starts at plan->sessions[first], as
 * "Tue 2026-12-01, Thu 2026-12-03 and Sat 2026-12-05" or
 * "days 8, 10 and 12"; *next is the first session of the next week.  A
 * new string, or NULL when memory is exhausted.  The phrases below
 * that return a string do the same.
 */
char *render_week_phrase(const struct plan *, size_t first, size_t *next);

/* "tan (lightest), yellow, red (strongest)": the catalog's ladder. */
char *render_ladder_phrase(const struct plan *);

/* "red; the next one up is green", or "gold, the strongest on the list". */
char *render_band_phrase(const struct plan *);

/* How to fill in the log, printed above it. */
const char *render_log_instructions(void);

/* ---- the adherence log's tables (render_log.c) ------------------------- */

/*
 * The log as ruled tables within width columns, with a blank line of
 * room to write in each row; columns that do not fit in one table go
 * on in the next, each repeating the session column.
 */
enum status render_log_text(const struct plan *, int width, FILE *,
			    struct failure *);

/*
 * The log as one GitHub-flavoured Markdown pipe table, in a new string
 * the caller frees, or NULL when memory is exhausted.  Every cell is
 * escaped, so no text can end a cell or start markup.
 */
char *render_log_markdown(const struct plan *);

#endif
