/*
 * render_phrase.c: the short phrases that text and markdown output
 * share, built from the plan's numbers so both formats say the same.
 */
#include <stdio.h>

#include "render.h"

void
render_dose_phrase(const struct dose *d, char *buf, size_t size)
{
	int n = snprintf(buf, size, "%u set%s of %u", d->sets,
			 d->sets == 1 ? "" : "s", d->reps);

	if (n < 0 || (size_t)n >= size)
		return;
	if (d->hold_seconds > 0)
		n += snprintf(buf + n, size - (size_t)n,
			      ", holding each repetition %u s",
			      d->hold_seconds);
	if (n < 0 || (size_t)n >= size || d->sets == 1)
		return;
	if (d->rest_max_seconds == 0)
		snprintf(buf + n, size - (size_t)n,
			 ", no rest needed between sets");
	else if (d->rest_min_seconds == d->rest_max_seconds)
		snprintf(buf + n, size - (size_t)n, ", rest %u s between sets",
			 d->rest_max_seconds);
	else
		snprintf(buf + n, size - (size_t)n,
			 ", rest %u\u2013%u s between sets",
			 d->rest_min_seconds, d->rest_max_seconds);
}

void
render_schedule_phrase(const struct schedule *s, char *buf, size_t size)
{
	int n = snprintf(buf, size, "%u session%s a week", s->sessions_per_week,
			 s->sessions_per_week == 1 ? "" : "s");

	if (n < 0 || (size_t)n >= size || s->rest_days_between == 0 ||
	    s->sessions_per_week == 1)
		return;
	snprintf(buf + n, size - (size_t)n,
		 ", with at least %u rest day%s between sessions",
		 s->rest_days_between, s->rest_days_between == 1 ? "" : "s");
}

void
render_date(const struct date *d, char *buf, size_t size)
{
	snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
}
