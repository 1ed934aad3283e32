/*
 * render_ics.c: the sessions as an iCalendar file (RFC 5545), for the
 * patient's phone.
 *
 * Each session is one all-day event: a home workout has a day, not an
 * hour, and an all-day event needs no time zone.  libical builds and
 * prints the calendar, so text escaping, CRLF line ends and folding at
 * 75 octets follow the RFC without code of our own.  An event's UID
 * depends only on what makes it the same session of the same plan
 * (catalog title, painful side, patient and day), so importing a
 * reissued plan updates its events instead of adding copies.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "render.h"
#include "template.h"

static struct icaltimetype
all_day(const struct date *d)
{
	struct icaltimetype t = icaltime_null_date();

	t.year = d->year;
	t.month = d->month;
	t.day = d->day;
	return t;
}

/* FNV-1a, continued over s and a separator that no text contains. */
static uint64_t
hash_more(uint64_t h, const char *s)
{
	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * UINT64_C(1099511628211);
	return (h ^ 0x1f) * UINT64_C(1099511628211);
}

static void
session_uid(const struct plan *plan, const struct plan_session *s, char *buf,
	    size_t size)
{
	static const char *const pains[] = {"", "left", "right", "both"};
	uint64_t h = UINT64_C(14695981039346656037);
	char date[16];

	render_date(&s->date, date, sizeof date);
	h = hash_more(h, plan->title);
	h = hash_more(h, pains[plan->pain]);
	h = hash_more(h, plan->patient != NULL ? plan->patient : "");
	h = hash_more(h, date);
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

static bool
add_event(icalcomponent *cal, const struct plan *plan,
	  const struct plan_session *s, struct icaltimetype stamp)
{
	icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	struct date next = calendar_add_days(&s->date, 1);
	char uid[64], *summary = NULL, *text = NULL;

	if (event == NULL || (text = description(plan, s)) == NULL ||
	    asprintf(&summary, "%s: session %u of %zu", plan->title, s->number,
		     plan->session_count) < 0) {
		if (event != NULL)
			icalcomponent_free(event);
		free(text);
		return false;
	}
	session_uid(plan, s, uid, sizeof uid);
	icalcomponent_add_property(event, icalproperty_new_uid(uid));
	icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(event,
				   icalproperty_new_dtstart(all_day(&s->date)));
	icalcomponent_add_property(event,
				   icalproperty_new_dtend(all_day(&next)));
	icalcomponent_add_property(event, icalproperty_new_summary(summary));
	icalcomponent_add_property(event, icalproperty_new_description(text));
	/* A workout does not make the day busy for others' invitations. */
	icalcomponent_add_property(
		event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	icalcomponent_add_component(cal, event);
	free(summary);
	free(text);
	return true;
}

enum status
render_ics(const struct plan *plan, FILE *out, struct failure *f)
{
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalproperty *name;
	struct icaltimetype stamp = icaltime_null_time();
	char *text = NULL;
	size_t i;
	bool ok = cal != NULL;

	/* The plan's date at midnight UTC: the same inputs, the same file. */
	stamp.year = plan->date.year;
	stamp.month = plan->date.month;
	stamp.day = plan->date.day;
	stamp.zone = icaltimezone_get_utc_timezone();
	if (ok) {
		icalcomponent_add_property(cal,
					   icalproperty_new_version("2.0"));
		icalcomponent_add_property(
			cal, icalproperty_new_prodid("-//heelrx//heelrx//EN"));
		icalcomponent_add_property(
			cal, icalproperty_new_calscale("GREGORIAN"));
		/* The name calendar programs give an imported calendar. */
		name = icalproperty_new_x(plan->title);
		icalproperty_set_x_name(name, "X-WR-CALNAME");
		icalcomponent_add_property(cal, name);
	}
	for (i = 0; ok && i < plan->session_count; i++)
		ok = add_event(cal, plan, &plan->sessions[i], stamp);
	if (ok && (text = icalcomponent_as_ical_string_r(cal)) == NULL)
		ok = false;
	if (ok)
		fputs(text, out);
	free(text);
	if (cal != NULL)
		icalcomponent_free(cal);
	/*
	 * libical keeps a ring of scratch buffers and the table of time
	 * zones that the UTC zone came from; free both so that nothing
	 * outlives the call (valgrind checks).
	 */
	icalmemory_free_ring();
	icaltimezone_free_builtin_timezones();
	if (!ok)
		return failure_set(f, STATUS_SOFTWARE, "out of memory");
	return STATUS_OK;
}
