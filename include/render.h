/*
 * render.h: printing a plan, or a catalog's exercise list, to a stream.
 *
 * Renderers lay out what the plan says and decide nothing clinical.
 * They fail only with STATUS_SOFTWARE, when memory is exhausted; write
 * errors stay in the stream's error flag for whoever closes it.
 */
#ifndef HEELRX_RENDER_H
#define HEELRX_RENDER_H

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

/* One exercise a line: id, name and target, separated by tabs. */
enum status render_list(const struct catalog *, FILE *, struct failure *);

/* ---- phrases both plan renderers share --------------------------------- */

/* "3 sets of 10, rest 45–60 s between sets" and the like. */
void render_dose_phrase(const struct dose *, char *buf, size_t size);

/* "3 sessions a week, with at least 1 rest day between sessions". */
void render_schedule_phrase(const struct schedule *, char *buf, size_t size);

/* "2026-11-24" */
void render_date(const struct date *, char *buf, size_t size);

#endif
