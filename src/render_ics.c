/* SPDX-License-Identifier: ISC */
/*
 * render_ics.c: the sessions as an iCalendar file (RFC 5545), for the
 * patient's phone.
 *
 * Each session is one all-day event: a home workout has a day, not an
 * hour, and an all-day event needs no time zone.  ical.c writes the
 * lines (escaping, CRLF, folding at 75 octets).  An event's UID
 * depends only on what makes it the same session of the same plan
 * (catalog title, painful side, patient and day), so importing a
 * reissued plan updates its events instead of adding copies.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "ical.h"
#include "render.h"
#include "template.h"

static void
session_uid(const struct plan *plan, const struct plan_session *s, char *buf,
	    size_t size)
{
	static const char *const pains[] = {"", "left", "right", "both"};
	uint64_t h = HASH_START;
	char date[16];

	render_date(&s->date, date, sizeof date);
	h = hash_field(h, plan->title);
	h = hash_field(h, pains[plan->pain]);
	h = hash_field(h, plan->patient != NULL ? plan->patient : "");
	h = hash_field(h, date);
	snprintf(buf, size, "%04d%02d%02d-%016" PRIx64 "@heelrx", s->date.year,
		 s->date.month, s->date.day, h);
}

/*
 * What the patient reads in the event: whose plan, the headline and
 * warning, then each exercise with its legs and dose, and the band.
 */
static char *
description(const struct plan *plan, const struct plan_session *s)
{
	char phrase[200], date[16], *text = NULL, *band;
	size_t i, size = 0;
	FILE *out = open_memstream(&text, &size);

	if (out == NULL)
		return NULL;
	if (plan->patient != NULL)
		fprintf(out, "Patient: %s\n", plan->patient);
	if (plan->clinician != NULL)
		fprintf(out, "Clinician: %s\n", plan->clinician);
	render_date(&plan->date, date, sizeof date);
	fprintf(out, "Plan of %s. Session %u of %zu, week %u of %u.\n\n", date,
		s->number, plan->session_count, s->week, plan->weeks);
	fprintf(out, "%s\n", plan->headline);
	if (plan->warning != NULL)
		fprintf(out, "Warning: %s\n", plan->warning);
	for (i = 0; i < plan->exercise_count; i++) {
		const struct plan_exercise *pe = &plan->exercises[i];

		fprintf(out, "\n%zu. %s (%s)%s\n", i + 1, pe->exercise->name,
			pe->exercise->target,
			pe->is_key ? " - key exercise" : "");
		render_dose_phrase(&pe->dose, phrase, sizeof phrase);
		if (pe->setup_count > 1)
			fprintf(out, "Both legs, %s then %s: %s, on each leg\n",
				template_side_word(pe->setups[0].side),
				template_side_word(pe->setups[1].side), phrase);
		else
			fprintf(out, "%s leg: %s\n",
				pe->setups[0].side == SIDE_LEFT ? "Left"
								: "Right",
				phrase);
	}
	if (plan->band != NULL) {
		if ((band = render_band_phrase(plan)) == NULL) {
			fclose(out);
			free(text);
			return NULL;
		}
		fprintf(out, "\nYour band now: %s\n", band);
		free(band);
	}
	if (plan->schedule->note != NULL)
		fprintf(out, "\n%s\n", plan->schedule->note);
	if (fclose(out) != 0) {
		free(text);
		return NULL;
	}
	/* The last line end is the property's, not the text's. */
	if (size > 0 && text[size - 1] == '\n')
		text[size - 1] = '\0';
	return text;
}

/* "20261201" for a DATE value. */
static void
put_date_value(char *buf, size_t size, const struct date *d)
{
	snprintf(buf, size, "%04d%02d%02d", d->year, d->month, d->day);
}

static bool
add_event(struct ical *cal, const struct plan *plan,
	  const struct plan_session *s, const char *stamp)
{
	struct date next = calendar_add_days(&s->date, 1);
	char uid[64], start[16], end[16], *summary = NULL, *text = NULL;

	if ((text = description(plan, s)) == NULL ||
	    asprintf(&summary, "%s: session %u of %zu", plan->title, s->number,
		     plan->session_count) < 0) {
		free(text);
		return false;
	}
	session_uid(plan, s, uid, sizeof uid);
	put_date_value(start, sizeof start, &s->date);
	put_date_value(end, sizeof end, &next);
	ical_line(cal, "BEGIN", "VEVENT");
	ical_text(cal, "UID", uid);
	ical_line(cal, "DTSTAMP", stamp);
	ical_line(cal, "DTSTART;VALUE=DATE", start);
	ical_line(cal, "DTEND;VALUE=DATE", end);
	ical_text(cal, "SUMMARY", summary);
	ical_text(cal, "DESCRIPTION", text);
	/* A workout does not make the day busy for others' invitations. */
	ical_line(cal, "TRANSP", "TRANSPARENT");
	ical_line(cal, "END", "VEVENT");
	free(summary);
	free(text);
	return true;
}

enum status
render_ics(const struct plan *plan, FILE *out, struct failure *f)
{
	struct ical cal = {out, false};
	char stamp[32];
	size_t i;

	/* The plan's date at midnight UTC: the same inputs, the same file. */
	snprintf(stamp, sizeof stamp, "%04d%02d%02dT000000Z", plan->date.year,
		 plan->date.month, plan->date.day);
	ical_line(&cal, "BEGIN", "VCALENDAR");
	ical_line(&cal, "VERSION", "2.0");
	ical_text(&cal, "PRODID", "-//heelrx//heelrx//EN");
	ical_line(&cal, "CALSCALE", "GREGORIAN");
	/* The name calendar programs give an imported calendar. */
	ical_text(&cal, "X-WR-CALNAME", plan->title);
	for (i = 0; i < plan->session_count; i++)
		if (!add_event(&cal, plan, &plan->sessions[i], stamp))
			return failure_set(f, STATUS_SOFTWARE, "out of memory");
	ical_line(&cal, "END", "VCALENDAR");
	if (cal.is_out_of_memory)
		return failure_set(f, STATUS_SOFTWARE, "out of memory");
	return STATUS_OK;
}
