/* SPDX-License-Identifier: ISC */
/*
 * render_ics.c: the sessions as an iCalendar file (RFC 5545), for the
 * patient's phone.
 *
 * Each session is one all-day event: a home workout has a day, not an
 * hour, and an all-day event needs no time zone.  The review
 * appointment, when there is one, is one more.  ical.c writes the
 * lines (escaping, CRLF, folding at 75 octets).  An event's UID
 * depends only on what makes it the same session of the same plan
 * (catalog title, painful side, patient and day), so importing a
 * reissued plan updates its events instead of adding copies; the
 * SEQUENCE, which grows with the plan's date, tells the calendar that
 * the reissued events are the newer ones.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "hash.h"
#include "i18n.h"
#include "ical.h"
#include "handout.h"
#include "render.h"
#include "render_plain.h"

/*
 * The UID of the event on day: a session's, or with is_review the
 * review appointment's, which is told apart by a field of its own so
 * that it never takes a session's UID on the same day.
 */
static void
event_uid(const struct plan *plan, const struct date *day, bool is_review,
	  char *buf, size_t size)
{
	static const char *const pains[] = {"", "left", "right", "both"};
	uint64_t h = HASH_START;
	char date[16];

	/* ISO dates, whatever the handout's words say.  The title is the
	 * catalog's, so a catalog in another language gives other UIDs. */
	snprintf(date, sizeof date, "%04d-%02d-%02d", day->year, day->month,
		 day->day);
	h = hash_field(h, plan->title);
	h = hash_field(h, pains[plan->pain]);
	h = hash_field(h, plan->patient != NULL ? plan->patient : "");
	h = hash_field(h, date);
	if (is_review)
		h = hash_field(h, "review");
	snprintf(buf, size, "%04d%02d%02d-%016" PRIx64 "@heelrx", day->year,
		 day->month, day->day, h);
}

/*
 * The SEQUENCE of every event: the days from 2000-01-01 to the plan's
 * date, 0 before it.  A calendar keeps the event with the higher
 * SEQUENCE of two with one UID; a clinic reissues a changed plan on a
 * later day (--date), so the number grows with every reissue and stays
 * the same when the same inputs are printed again.  A hash of the
 * content would change too, but not only upwards.
 */
static void
put_sequence(char *buf, size_t size, const struct date *plan_date)
{
	static const struct date epoch = {2000, 1, 1};
	long n = calendar_day_number(plan_date) - calendar_day_number(&epoch);

	snprintf(buf, size, "%ld", n > 0 ? n : 0);
}

/* "20261201" for a DATE value. */
static void
put_date_value(char *buf, size_t size, const struct date *d)
{
	snprintf(buf, size, "%04d%02d%02d", d->year, d->month, d->day);
}

/*
 * The all-day event e on day: a session, or with is_review the review
 * appointment.
 */
static bool
add_event(FILE *out, const struct plan *plan, const struct handout *h,
	  const struct handout_event *e, const struct date *day, bool is_review,
	  const char *stamp, const char *sequence)
{
	struct date next = calendar_add_days(day, 1);
	char uid[64], start[16], end[16], *text;
	bool ok;

	if ((text = render_plain(h, e->first, e->count)) == NULL)
		return false;
	event_uid(plan, day, is_review, uid, sizeof uid);
	put_date_value(start, sizeof start, day);
	put_date_value(end, sizeof end, &next);
	ok = ical_line(out, "BEGIN", "VEVENT") && ical_text(out, "UID", uid) &&
	     ical_line(out, "DTSTAMP", stamp) &&
	     ical_line(out, "SEQUENCE", sequence) &&
	     ical_line(out, "DTSTART;VALUE=DATE", start) &&
	     ical_line(out, "DTEND;VALUE=DATE", end) &&
	     ical_text(out, "SUMMARY", e->title) &&
	     ical_text(out, "DESCRIPTION", text) &&
	     /* A workout does not make the day busy for others'
	      * invitations. */
	     ical_line(out, "TRANSP", "TRANSPARENT") &&
	     ical_line(out, "END", "VEVENT");
	free(text);
	return ok;
}

enum status
render_ics(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct plan *plan = in->plan;
	struct handout h;
	char stamp[32], sequence[24];
	size_t i;
	bool ok;

	/* The plan's date at midnight UTC: the same inputs, the same file. */
	snprintf(stamp, sizeof stamp, "%04d%02d%02dT000000Z", plan->date.year,
		 plan->date.month, plan->date.day);
	put_sequence(sequence, sizeof sequence, &plan->date);
	ok = handout_calendar(plan, &h) &&
	     ical_line(out, "BEGIN", "VCALENDAR") &&
	     ical_line(out, "VERSION", "2.0") &&
	     ical_text(out, "PRODID", "-//heelrx//heelrx//EN") &&
	     ical_line(out, "CALSCALE", "GREGORIAN") &&
	     /* The name calendar programs give an imported calendar. */
	     ical_text(out, "X-WR-CALNAME", plan->title);
	for (i = 0; ok && i < plan->session_count; i++)
		ok = add_event(out, plan, &h, &h.events[i],
			       &plan->sessions[i].date, false, stamp, sequence);
	/* The appointment's hour is the clinic's to give: an all-day
	 * event, marked free like the sessions, so that it reminds
	 * without blocking the day. */
	if (ok && h.review != NULL)
		ok = add_event(out, plan, &h, h.review, &plan->review, true,
			       stamp, sequence);
	ok = ok && ical_line(out, "END", "VCALENDAR");
	handout_free(&h);
	if (!ok)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	return STATUS_OK;
}
