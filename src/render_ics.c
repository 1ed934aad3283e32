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
	 * catalog's, so a catalog in another language gives other UIDs.
	 * The patient's name is hashed even when no text of the calendar
	 * shows it (--no-patient-name), so that the UIDs stay those of the
	 * same plan with the name: a hash does not show the name, though
	 * whoever guesses both the name and the plan can confirm it. */
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

/*
 * A display alarm minutes after the start of its event's day, which
 * says what the event's summary says.  An all-day event starts at
 * midnight wherever the phone is, so PT7H30M after it is 07:30 local
 * time on that day, as calendar programs place such an alarm.
 */
static bool
add_alarm(FILE *out, const char *summary, unsigned minutes)
{
	char trigger[32];
	int n = snprintf(trigger, sizeof trigger, "PT");

	if (minutes >= 60)
		n += snprintf(trigger + n, sizeof trigger - (size_t)n, "%uH",
			      minutes / 60);
	if (minutes % 60 != 0)
		n += snprintf(trigger + n, sizeof trigger - (size_t)n, "%uM",
			      minutes % 60);
	if (minutes == 0)
		snprintf(trigger + n, sizeof trigger - (size_t)n, "0S");
	return ical_line(out, "BEGIN", "VALARM") &&
	       ical_line(out, "ACTION", "DISPLAY") &&
	       ical_text(out, "DESCRIPTION", summary) &&
	       ical_line(out, "TRIGGER", trigger) &&
	       ical_line(out, "END", "VALARM");
}

/* "20261201" for a DATE value. */
static void
put_date_value(char *buf, size_t size, const struct date *d)
{
	snprintf(buf, size, "%04d%02d%02d", d->year, d->month, d->day);
}

/* What every event of one calendar shares. */
struct events {
	const struct plan *plan;
	const struct handout *h;
	const struct render_ics_options *options;
	char stamp[32];	   /* DTSTAMP */
	char sequence[24]; /* SEQUENCE */
};

/*
 * The all-day event e on day: a session, with its alarm when one is
 * asked for, or with is_review the review appointment, which has
 * none: its hour is the clinic's, and an alarm at the hour of the
 * exercises could come after the appointment.
 */
static bool
add_event(FILE *out, const struct events *all, const struct handout_event *e,
	  const struct date *day, bool is_review)
{
	const struct plan *plan = all->plan;
	struct date next = calendar_add_days(day, 1);
	char uid[64], start[16], end[16], *text;
	bool ok;

	if ((text = render_plain(all->h, e->first, e->count)) == NULL)
		return false;
	event_uid(plan, day, is_review, uid, sizeof uid);
	put_date_value(start, sizeof start, day);
	put_date_value(end, sizeof end, &next);
	ok = ical_line(out, "BEGIN", "VEVENT") && ical_text(out, "UID", uid) &&
	     ical_line(out, "DTSTAMP", all->stamp) &&
	     ical_line(out, "SEQUENCE", all->sequence) &&
	     ical_line(out, "DTSTART;VALUE=DATE", start) &&
	     ical_line(out, "DTEND;VALUE=DATE", end) &&
	     ical_text(out, "SUMMARY", e->title) &&
	     /* The review's has nothing to say without names or a
	      * contact, and an empty one says nothing either. */
	     (*text == '\0' || ical_text(out, "DESCRIPTION", text)) &&
	     /* A workout does not make the day busy for others'
	      * invitations. */
	     ical_line(out, "TRANSP", "TRANSPARENT") &&
	     (is_review || !all->options->has_alarm ||
	      add_alarm(out, e->title, all->options->alarm_minutes)) &&
	     ical_line(out, "END", "VEVENT");
	free(text);
	return ok;
}

enum status
render_ics(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct plan *plan = in->plan;
	struct handout h;
	struct events all = {plan, &h, &in->ics, "", ""};
	size_t i;
	bool ok;

	/* The plan's date at midnight UTC: the same inputs, the same file. */
	snprintf(all.stamp, sizeof all.stamp, "%04d%02d%02dT000000Z",
		 plan->date.year, plan->date.month, plan->date.day);
	put_sequence(all.sequence, sizeof all.sequence, &plan->date);
	ok = handout_calendar(plan, !in->ics.hides_patient, &h) &&
	     ical_line(out, "BEGIN", "VCALENDAR") &&
	     ical_line(out, "VERSION", "2.0") &&
	     ical_text(out, "PRODID", "-//heelrx//heelrx//EN") &&
	     ical_line(out, "CALSCALE", "GREGORIAN") &&
	     /* The name calendar programs give an imported calendar. */
	     ical_text(out, "X-WR-CALNAME", plan->title);
	for (i = 0; ok && i < plan->session_count; i++)
		ok = add_event(out, &all, &h.events[i], &plan->sessions[i].date,
			       false);
	/* The appointment's hour is the clinic's to give: an all-day
	 * event, marked free like the sessions, so that it reminds
	 * without blocking the day. */
	if (ok && h.review != NULL)
		ok = add_event(out, &all, h.review, &plan->review, true);
	ok = ok && ical_line(out, "END", "VCALENDAR");
	handout_free(&h);
	if (!ok)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	return STATUS_OK;
}
