/* SPDX-License-Identifier: ISC */
/*
 * render.h: printing a handout, a plan or a catalog's exercise list to
 * a stream.  The renderers of the output formats share one signature,
 * so that the format table (format.h) can name them.
 *
 * The layouts (text, Markdown, HTML) print a handout's blocks and decide
 * nothing: what is said, and in which words, is the handout's
 * (handout.h).  JSON, iCalendar and FHIR read the plan itself; the
 * calendar takes its events' words from handout_calendar, FHIR its
 * notes and instructions from handout_record.  Every renderer fails only
 * with STATUS_SOFTWARE, when memory is exhausted (or the HTML handout
 * has a code to draw and no libqrencode); write errors stay in the
 * stream's error flag for whoever closes it.
 */
#ifndef HEELRX_RENDER_H
#define HEELRX_RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include "catalog.h"
#include "failure.h"
#include "handout.h"
#include "person_key.h"
#include "plan.h"

struct qr; /* qr.h */

/*
 * How render_fhir packs the plan: the bundle type, and whether the
 * plan's weeks were asked for (--weeks), so that the plan ends after
 * them, rather than being only how many weeks a printed list shows.
 */
struct render_fhir_options {
	bool is_transaction; /* a transaction, else a collection */
	bool has_weeks;
	/* How the record knows the patient and the clinician; a reference
	 * replaces the resource, an identifier goes on it. */
	struct person_key patient, clinician;
};

/*
 * What render_ics adds to the plan's events, or leaves out of them: an
 * alarm at a time of day on each session's day, and the patient's
 * name, which then is in no text of the calendar (the UIDs still hash
 * it, so that they stay those of the plan with the name).
 */
struct render_ics_options {
	bool has_alarm;
	unsigned alarm_minutes; /* after the session day's midnight */
	bool hides_patient;
};

/*
 * What every renderer of an output format (format.h) is given.  Each
 * reads what its format needs and ignores the rest.
 */
struct render_input {
	const struct plan *plan;
	/* The handout a layout lays out (the formats with
	 * lays_out_handout); NULL for the others. */
	const struct handout *handout;
	int width; /* text: wrap at this many display columns */
	/* html: large print (request.h); the other formats ignore it. */
	bool is_large_print;
	/* html: libqrencode, loaded (qr_open) for a plan with a video,
	 * whose code the handout draws (format.h's draws_codes); NULL
	 * otherwise, as the renderers load no library. */
	const struct qr *qr;
	struct render_fhir_options fhir;
	/* json: the schema version to print, RENDER_JSON_OLDEST to
	 * RENDER_JSON_VERSION; 0 for RENDER_JSON_VERSION. */
	unsigned json_version;
	struct render_ics_options ics;
};

/* A printable handout, wrapped at width display columns. */
enum status render_text(const struct render_input *, FILE *, struct failure *);

/* The handout as a CommonMark document. */
enum status render_markdown(const struct render_input *, FILE *,
			    struct failure *);

/*
 * The handout as one self-contained HTML5 document, with its figures
 * inline and a style sheet for screens and for print (README.md
 * describes its structure).  Every text is escaped.
 */
enum status render_html(const struct render_input *, FILE *, struct failure *);

/*
 * The plan as one JSON document, schema version RENDER_JSON_VERSION
 * unless the input asks for an older one (docs/formats.md and heelrx(1)
 * describe them, docs/heelrx-plan-v*.schema.json pin them).  Version 1
 * stays for one release after version 2 replaced it.
 */
enum { RENDER_JSON_OLDEST = 1, RENDER_JSON_VERSION = 2 };
enum status render_json(const struct render_input *, FILE *, struct failure *);

/*
 * An iCalendar file (RFC 5545) with one all-day event per session, and
 * one for the review appointment; the plan must have a start date.
 */
enum status render_ics(const struct render_input *, FILE *, struct failure *);

/*
 * The plan as one HL7 FHIR R4 Bundle in JSON: a CarePlan, a
 * ServiceRequest per exercise and working leg, and a Patient and a
 * Practitioner for the names the plan has, packed as fhir says.
 * README.md maps every element.
 */
enum status render_fhir(const struct render_input *, FILE *, struct failure *);

/* One exercise a line: id, name and target, separated by tabs. */
enum status render_list(const struct catalog *, FILE *, struct failure *);

#endif
