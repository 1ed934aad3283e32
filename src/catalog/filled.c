/* SPDX-License-Identifier: ISC */
/*
 * filled.c: how long a catalog's texts can be once their placeholders
 * are filled, checked when the catalog is loaded, before a plan is made
 * or a byte written.  A text is at most CATALOG_MAX_FILLED bytes filled
 * in: "{name}" written 50,000 times with an 8,000-byte exercise name
 * made a 400 MB title, a Markdown handout of 1.57 GB, and a text plan
 * that ran out of memory after writing 2.3 MB.
 *
 * A template's longest filling counts each side placeholder as the
 * longest a side word can be in capitals, and each named field as the
 * longest value the catalog gives it: the longest exercise name,
 * target, band or month, the catalog's title, a number of 20 digits, or
 * another word filled in its turn, as the handout fills them.  Texts
 * that name only sides are measured as they are read; the words, whose
 * fields take values from all over the catalog, once it is read.
 */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "loader.h"

/* The most digits of a number the handout writes. */
enum { NUMBER_MAX = 20 };

/* The most bytes a side word takes in capitals: case mapping can make
 * a character three times as long ("ΐ" is three in capitals). */
enum { SIDE_MAX = 3 * CATALOG_MAX_SIDE_WORD };

static const struct template_maxes no_maxes = {NULL, NULL, 0};

/* The message, at mark, for the text at path: one for every text. */
static enum status
too_long(struct reader *r, struct reader_mark mark, const char *path,
	 size_t length)
{
	return reader_fail_plain(
		r, mark,
		ngettext("%s: filled in, it can be %zu bytes long, "
			 "more than the limit of %d byte",
			 "%s: filled in, it can be %zu bytes long, "
			 "more than the limit of %d bytes",
			 CATALOG_MAX_FILLED),
		path, length, CATALOG_MAX_FILLED);
}

enum status
catalog_check_text_filled(struct reader *r, struct loader *ld,
			  const struct template_rules *rules, const char *kept)
{
	char path[READER_PATH_MAX];
	const char *text;
	size_t len, filled;

	/* A word with named fields is measured once the catalog is read,
	 * when its fields' values are known; its place is kept for the
	 * message. */
	if (rules->names != NULL) {
		if (kept != NULL && ld->word_place_count < MAX_WORD_PLACES)
			ld->word_places[ld->word_place_count++] =
				(struct word_place){kept, reader_mark(r)};
		return STATUS_OK;
	}
	text = reader_text_used(r, &len);
	filled = template_filled_max(
		text, len, rules->may_name_sides ? SIDE_MAX : 0, &no_maxes);
	if (filled > CATALOG_MAX_FILLED) {
		reader_path(r, path, sizeof path);
		return too_long(r, reader_mark(r), path, filled);
	}
	return STATUS_OK;
}

void
catalog_note_filler(struct reader *r, struct loader *ld, enum filler filler)
{
	struct longest_filler *longest = &ld->longest[filler];
	size_t len;

	(void)reader_text_used(r, &len);
	if (len > longest->length) {
		longest->length = len;
		longest->mark = reader_mark(r);
	}
}

/* ---- the words, once the catalog is read ------------------------------- */

/* What the words are measured with: the longest of each value. */
struct measure {
	struct reader *r;
	struct loader *ld;
	enum status status;
};

static size_t
longest_of(const char *const *names, size_t n)
{
	size_t i, longest = 0;

	for (i = 0; i < n; i++)
		if (strlen(names[i]) > longest)
			longest = strlen(names[i]);
	return longest;
}

/*
 * The mark of the word whose text is text, when the catalog has words
 * of its own; else, for the words it borrows, of the longest catalog
 * text among fillers (a set of 1 << enum filler) that fills it, since
 * those are all that can make a built-in word too long.
 */
static struct reader_mark
place_of(const struct loader *ld, const char *text, unsigned fillers)
{
	struct reader_mark mark = ld->top_mark;
	size_t i, longest = 0;

	for (i = 0; i < ld->word_place_count; i++)
		if (ld->word_places[i].text == text)
			return ld->word_places[i].mark;
	for (i = 0; i < FILLER_COUNT; i++)
		if ((fillers & 1u << i) != 0 &&
		    ld->longest[i].length > longest) {
			longest = ld->longest[i].length;
			mark = ld->longest[i].mark;
		}
	return mark;
}

/*
 * The longest text, the word at path, can fill to with count fields
 * named names[i] of at most lengths[i] bytes, which fillers fill;
 * refused past CATALOG_MAX_FILLED (once, the first).
 */
static size_t
measure(struct measure *m, const char *path, const char *text, unsigned fillers,
	const char *const *names, const size_t *lengths, size_t count)
{
	const struct template_maxes maxes = {names, lengths, count};
	size_t filled;

	if (m->status != STATUS_OK)
		return 0;
	filled = template_filled_max(text, strlen(text), SIDE_MAX, &maxes);
	if (filled > CATALOG_MAX_FILLED)
		m->status = too_long(m->r, place_of(m->ld, text, fillers), path,
				     filled);
	return filled;
}

/* The same for a word with one field. */
static size_t
measure1(struct measure *m, const char *path, const char *text,
	 unsigned fillers, const char *name, size_t length)
{
	return measure(m, path, text, fillers, &name, &length, 1);
}

/* The longer of a plural's forms, each measured. */
static size_t
measure_plural(struct measure *m, const char *path, const struct plural *p,
	       const char *const *names, const size_t *lengths, size_t count)
{
	const struct {
		const char *name, *text;
	} forms[] = {{"one", p->one}, {"other", p->other}, {"zero", p->zero},
		     {"two", p->two}, {"few", p->few},	   {"many", p->many}};
	char form[READER_PATH_MAX];
	size_t longest = 0, n, i;

	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		if (forms[i].text == NULL)
			continue;
		snprintf(form, sizeof form, "%s.%s", path, forms[i].name);
		n = measure(m, form, forms[i].text, 0, names, lengths, count);
		if (n > longest)
			longest = n;
	}
	return longest;
}

static size_t
max2(size_t a, size_t b)
{
	return a > b ? a : b;
}

/* A set of fillers, for place_of. */
#define FILLED_BY(filler) (1u << (filler))

enum status
catalog_check_words_filled(struct reader *r, struct loader *ld)
{
	const struct words *w = ld->catalog->words;
	const size_t *longest_name = &ld->longest[FILLER_NAME].length;
	struct measure m = {r, ld, STATUS_OK};
	static const char *const count[] = {"count"};
	static const char *const title_names[] = {"name", "target"};
	static const char *const amount_names[] = {"sets", "reps"};
	static const char *const range_names[] = {"min", "max"};
	static const char *const band_names[] = {"band", "next"};
	static const char *const date_names[] = {"year", "month", "day",
						 "month_name"};
	static const char *const session_names[] = {"weekday", "date"};
	static const char *const intro_names[] = {"sessions", "weeks", "first"};
	static const char *const numbered_names[] = {"number", "day"};
	static const char *const summary_names[] = {"title", "number", "count",
						    "legs"};
	static const char *const plan_names[] = {"date", "number", "count",
						 "week", "weeks"};
	const size_t number[] = {NUMBER_MAX, NUMBER_MAX, NUMBER_MAX, NUMBER_MAX,
				 NUMBER_MAX};
	size_t separator, band, lengths[5], dose, hold, rest, date, weekday;
	size_t sessions, weeks, first;

	separator = max2(strlen(w->lists.separator), strlen(w->lists.last));
	band = ld->longest[FILLER_BAND].length;
	weekday = max2(longest_of(w->dates.weekdays, 7),
		       longest_of(w->dates.short_weekdays, 7));

	lengths[0] = *longest_name;
	lengths[1] = ld->longest[FILLER_TARGET].length;
	measure(&m, "words.exercise_title", w->exercise_title,
		FILLED_BY(FILLER_NAME) | FILLED_BY(FILLER_TARGET), title_names,
		lengths, 2);
	measure1(&m, "words.labels.week", w->labels.week, 0, "week",
		 NUMBER_MAX);

	/* The dose: the amount, the hold and the rest, chained. */
	dose = measure_plural(&m, "words.dose.amount", &w->dose.amount,
			      amount_names, number, 2);
	hold = measure1(&m, "words.dose.hold", w->dose.hold, 0, "hold",
			NUMBER_MAX);
	rest = max2(
		strlen(w->dose.no_rest),
		max2(measure1(&m, "words.dose.rest", w->dose.rest, 0, "rest",
			      NUMBER_MAX),
		     measure(&m, "words.dose.rest_range", w->dose.rest_range, 0,
			     range_names, number, 2)));
	dose += hold + rest + 2 * separator;
	measure1(&m, "words.dose.each_leg", w->dose.each_leg, 0, "dose", dose);

	measure_plural(&m, "words.schedule.sessions", &w->schedule.sessions,
		       count, number, 1);
	measure_plural(&m, "words.schedule.rest_days", &w->schedule.rest_days,
		       count, number, 1);

	lengths[0] = lengths[1] = band;
	measure1(&m, "words.bands.lightest", w->bands.lightest,
		 FILLED_BY(FILLER_BAND), "band", band);
	measure1(&m, "words.bands.strongest", w->bands.strongest,
		 FILLED_BY(FILLER_BAND), "band", band);
	measure(&m, "words.bands.next", w->bands.next, FILLED_BY(FILLER_BAND),
		band_names, lengths, 2);
	measure1(&m, "words.bands.last", w->bands.last, FILLED_BY(FILLER_BAND),
		 "band", band);

	/* Dates, and the sessions' phrases made of them. */
	lengths[0] = lengths[1] = lengths[2] = NUMBER_MAX;
	lengths[3] = longest_of(w->dates.months, 12);
	date = measure(&m, "words.dates.format", w->dates.format, 0, date_names,
		       lengths, 4);
	lengths[0] = weekday;
	lengths[1] = date;
	first = measure(&m, "words.sessions.date", w->sessions.date, 0,
			session_names, lengths, 2);
	measure(&m, "words.sessions.short_date", w->sessions.short_date, 0,
		session_names, lengths, 2);
	sessions = measure_plural(&m, "words.sessions.count",
				  &w->sessions.count, count, number, 1);
	weeks = measure_plural(&m, "words.sessions.weeks", &w->sessions.weeks,
			       count, number, 1);
	lengths[0] = sessions;
	lengths[1] = weeks;
	lengths[2] = first;
	measure(&m, "words.sessions.dated", w->sessions.dated, 0, intro_names,
		lengths, 3);
	measure(&m, "words.sessions.numbered", w->sessions.numbered, 0,
		intro_names, lengths, 2);
	/* {days}: the days of a week's sessions, at most seven, joined. */
	lengths[0] = (size_t)7 * NUMBER_MAX + 6 * separator;
	measure_plural(&m, "words.sessions.days", &w->sessions.days,
		       (const char *const[]){"days"}, lengths, 1);

	measure1(&m, "words.log.sets", w->log.sets, 0, "number", NUMBER_MAX);
	measure1(&m, "words.log.sets_cell", w->log.sets_cell, 0, "sets",
		 NUMBER_MAX);
	measure(&m, "words.log.numbered_session", w->log.numbered_session, 0,
		numbered_names, number, 2);

	lengths[0] = ld->longest[FILLER_TITLE].length;
	lengths[1] = lengths[2] = NUMBER_MAX;
	/* {legs}: the working legs as the calendar's words name them. */
	lengths[3] = max2(template_filled_max(w->calendar.one_leg,
					      strlen(w->calendar.one_leg),
					      SIDE_MAX, &no_maxes),
			  template_filled_max(w->calendar.both_legs,
					      strlen(w->calendar.both_legs),
					      SIDE_MAX, &no_maxes));
	measure(&m, "words.calendar.summary", w->calendar.summary,
		FILLED_BY(FILLER_TITLE), summary_names, lengths, 4);
	lengths[0] = date;
	lengths[1] = lengths[2] = lengths[3] = lengths[4] = NUMBER_MAX;
	measure(&m, "words.calendar.plan", w->calendar.plan, 0, plan_names,
		lengths, 5);
	return m.status;
}
