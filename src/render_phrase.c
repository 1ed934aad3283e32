/* SPDX-License-Identifier: ISC */
/*
 * render_phrase.c: the short phrases that text and markdown output
 * share, built from the plan's numbers so both formats say the same.
 */
#include <stdio.h>
#include <stdlib.h>

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

const char *
render_weekday(enum weekday day, bool is_short)
{
	static const char *const names[WEEKDAY_COUNT] = {
		"Monday", "Tuesday",  "Wednesday", "Thursday",
		"Friday", "Saturday", "Sunday"};
	static const char *const short_names[WEEKDAY_COUNT] = {
		"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

	return is_short ? short_names[day] : names[day];
}

void
render_sessions_intro(const struct plan *plan, char *buf, size_t size)
{
	char first[64];

	if (!plan->has_start) {
		snprintf(buf, size,
			 "%zu sessions in %u week%s. Day 1 is the day you "
			 "start.",
			 plan->session_count, plan->weeks,
			 plan->weeks == 1 ? "" : "s");
		return;
	}
	render_session_phrase(plan, &plan->sessions[0], first, sizeof first);
	snprintf(buf, size, "%zu sessions in %u week%s, from %s.",
		 plan->session_count, plan->weeks, plan->weeks == 1 ? "" : "s",
		 first);
}

void
render_session_phrase(const struct plan *plan, const struct plan_session *s,
		      char *buf, size_t size)
{
	char date[16];

	if (!plan->has_start) {
		snprintf(buf, size, "day %u", s->day);
		return;
	}
	render_date(&s->date, date, sizeof date);
	snprintf(buf, size, "%s %s", render_weekday(s->weekday, false), date);
}

/* "Tue 2026-12-01", so that a week of dates fits on a line. */
static void
render_short_session_phrase(const struct plan_session *s, char *buf,
			    size_t size)
{
	char date[16];

	render_date(&s->date, date, sizeof date);
	snprintf(buf, size, "%s %s", render_weekday(s->weekday, true), date);
}

char *
render_week_phrase(const struct plan *plan, size_t first, size_t *next)
{
	const struct plan_session *s = &plan->sessions[first];
	char *text = NULL;
	size_t i, size = 0;
	FILE *out;

	for (i = first;
	     i < plan->session_count && s[i - first].week == s->week;)
		i++;
	*next = i;
	if ((out = open_memstream(&text, &size)) == NULL)
		return NULL;
	for (i = first; i < *next; i++) {
		char phrase[64];

		if (i > first)
			fputs(i + 1 == *next ? " and " : ", ", out);
		/* "days 1, 3 and 5" rather than "day 1, day 3 and day 5". */
		if (plan->has_start)
			render_short_session_phrase(&plan->sessions[i], phrase,
						    sizeof phrase);
		else if (i > first)
			snprintf(phrase, sizeof phrase, "%u",
				 plan->sessions[i].day);
		else
			snprintf(phrase, sizeof phrase, "day%s %u",
				 *next - first > 1 ? "s" : "", s->day);
		fputs(phrase, out);
	}
	if (fclose(out) != 0) {
		free(text);
		return NULL;
	}
	return text;
}

char *
render_ladder_phrase(const struct plan *plan)
{
	char *text = NULL;
	size_t i, size = 0;
	FILE *out;

	if ((out = open_memstream(&text, &size)) == NULL)
		return NULL;
	for (i = 0; i < plan->bands->count; i++) {
		fprintf(out, "%s%s", i > 0 ? ", " : "", plan->bands->items[i]);
		if (plan->bands->count > 1 && i == 0)
			fputs(" (lightest)", out);
		else if (plan->bands->count > 1 && i + 1 == plan->bands->count)
			fputs(" (strongest)", out);
	}
	if (fclose(out) != 0) {
		free(text);
		return NULL;
	}
	return text;
}

char *
render_band_phrase(const struct plan *plan)
{
	char *text;
	int n;

	if (plan->next_band != NULL)
		n = asprintf(&text, "%s; the next one up is %s", plan->band,
			     plan->next_band);
	else
		n = asprintf(&text, "%s, the strongest on the list",
			     plan->band);
	return n < 0 ? NULL : text;
}

const char *
render_log_instructions(void)
{
	return "Fill in one row after each session. Under each exercise's "
	       "number, write how many sets you finished with that leg; then "
	       "write the band you used.";
}
