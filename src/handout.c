/* SPDX-License-Identifier: ISC */
/*
 * handout.c: the plan as blocks, in the catalog's words.
 *
 * Every phrase is a template from the catalog's words filled with the
 * plan's numbers; the only things written here are the order of the
 * sections and the rules that choose between phrases (a plural's form,
 * a rest range or an exact rest, one leg or both).  Strings live in the
 * handout's arena; blocks are kept in a growing array (array.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "array.h"
#include "buffer.h"
#include "handout.h"

/* A handout being built: where its blocks go and what it says. */
struct builder {
	struct handout *h;
	struct array blocks; /* of struct handout_block */
	const struct plan *plan;
	const struct words *w;
	bool is_out_of_memory;
};

/* ---- phrases ----------------------------------------------------------- */

/* The form of p for the number n, by the words' language's rule. */
static const char *
plural_of(const struct builder *b, const struct plural *p, unsigned long n)
{
	return catalog_plural_form(p, b->w->language, n);
}

/* A side template filled for side, with other as {other}, and count
 * named fields; "" when memory ran out. */
static const char *
fill_side(struct builder *b, const char *text, enum side side, enum side other,
	  const char *const *names, const char *const *values, size_t count)
{
	struct template_values v = {&b->w->sides, side,	  other,
				    names,	  values, count};
	const char *s = template_fill(b->h->arena, text, &v);

	if (s == NULL) {
		b->is_out_of_memory = true;
		return "";
	}
	return s;
}

/* A template with count named fields filled, naming no leg of its
 * own. */
static const char *
fill(struct builder *b, const char *text, const char *const *names,
     const char *const *values, size_t count)
{
	return fill_side(b, text, SIDE_LEFT, SIDE_RIGHT, names, values, count);
}

/* The same with one field. */
static const char *
fill1(struct builder *b, const char *text, const char *name, const char *value)
{
	return fill(b, text, &name, &value, 1);
}

static enum side
opposite(enum side side)
{
	return side == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT;
}

/*
 * n in decimal, with leading zeros to at least digits digits, in the
 * arena; "" when memory ran out.  Written by hand: a handout formats
 * dozens of numbers, and snprintf cost more than all the rest of it.
 */
static const char *
padded(struct builder *b, int digits, unsigned long n)
{
	char buf[24], *p = buf + sizeof buf, *s;

	*--p = '\0';
	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0 || buf + sizeof buf - 1 - p < digits);
	if ((s = arena_strndup(b->h->arena, p,
			       (size_t)(buf + sizeof buf - 1 - p))) == NULL) {
		b->is_out_of_memory = true;
		return "";
	}
	return s;
}

static const char *
number(struct builder *b, unsigned long n)
{
	return padded(b, 1, n);
}

/*
 * The n items joined as buffer_join joins them, with between two items
 * and last before the last one, in the arena; NULL items are skipped;
 * "" when memory ran out.
 */
static const char *
joined(struct builder *b, const char *const *items, size_t n,
       const char *between, const char *last)
{
	struct buffer text = BUFFER_INIT;
	const char *s = NULL;

	if (buffer_join(&text, items, n, between, last))
		s = arena_strndup(b->h->arena, text.data, text.len);
	buffer_free(&text);
	if (s == NULL) {
		b->is_out_of_memory = true;
		return "";
	}
	return s;
}

/* "a", "a and b", "a, b and c", with the words' separators. */
static const char *
join(struct builder *b, const char *const *items, size_t n)
{
	return joined(b, items, n, b->w->lists.separator, b->w->lists.last);
}

/* The parts of a phrase joined: "a, b, c". */
static const char *
chain(struct builder *b, const char *const *parts, size_t n)
{
	const char *between = b->w->lists.clauses != NULL
				      ? b->w->lists.clauses
				      : b->w->lists.separator;

	return joined(b, parts, n, between, between);
}

/* The names joined with the separator only: "tan, yellow, red". */
static const char *
enumerate(struct builder *b, const char *const *items, size_t n)
{
	return joined(b, items, n, b->w->lists.separator,
		      b->w->lists.separator);
}

/* "3 sets of 10, rest 45–60 s between sets" and the like. */
static const char *
dose_phrase(struct builder *b, const struct dose *d)
{
	static const char *const amount[] = {"sets", "reps"};
	static const char *const range[] = {"min", "max"};
	const char *values[2], *parts[3];
	size_t n = 0;

	values[0] = number(b, d->sets);
	values[1] = number(b, d->reps);
	parts[n++] = fill(b, plural_of(b, &b->w->dose.amount, d->sets), amount,
			  values, 2);
	if (d->hold_seconds > 0)
		parts[n++] = fill1(b, b->w->dose.hold, "hold",
				   number(b, d->hold_seconds));
	/* One set has no rest between sets to speak of. */
	if (d->sets > 1 && d->rest_max_seconds == 0) {
		parts[n++] = b->w->dose.no_rest;
	} else if (d->sets > 1 && d->rest_min_seconds == d->rest_max_seconds) {
		parts[n++] = fill1(b, b->w->dose.rest, "rest",
				   number(b, d->rest_max_seconds));
	} else if (d->sets > 1) {
		values[0] = number(b, d->rest_min_seconds);
		values[1] = number(b, d->rest_max_seconds);
		parts[n++] = fill(b, b->w->dose.rest_range, range, values, 2);
	}
	return chain(b, parts, n);
}

/* dose, marked as the clinician's when is_tailored. */
static const char *
marked(struct builder *b, const char *dose, bool is_tailored)
{
	return is_tailored ? fill1(b, b->w->tailoring.dose, "dose", dose)
			   : dose;
}

/*
 * The dose of one exercise, said for each leg when both work (for the
 * handout; NULL order) or for the one leg a health record's order is
 * for, marked when the clinician set it.
 */
static const char *
exercise_dose(struct builder *b, const struct plan_exercise *pe,
	      const enum side *order)
{
	const char *dose = dose_phrase(b, &pe->dose);

	if (order == NULL && b->plan->working_side_count > 1)
		dose = fill1(b, b->w->dose.each_leg, "dose", dose);
	return marked(b, dose, pe->is_dose_tailored);
}

/* "3 sessions a week, with at least 1 rest day between sessions". */
static const char *
schedule_phrase(struct builder *b, const struct schedule *s)
{
	const char *parts[2];
	size_t n = 0;

	parts[n++] = fill1(
		b, plural_of(b, &b->w->schedule.sessions, s->sessions_per_week),
		"count", number(b, s->sessions_per_week));
	if (s->rest_days_between > 0 && s->sessions_per_week > 1)
		parts[n++] = fill1(b,
				   plural_of(b, &b->w->schedule.rest_days,
					     s->rest_days_between),
				   "count", number(b, s->rest_days_between));
	return chain(b, parts, n);
}

/*
 * A date in one of the words' formats: "1 December 2026", "01.12.2026"
 * or, short, "1 Dec".
 */
static const char *
date_in(struct builder *b, const char *format, const struct date *d)
{
	static const char *const names[] = {"year",
					    "month",
					    "day",
					    "month_name",
					    "day_number",
					    "month_number",
					    "short_month_name"};
	const struct words_dates *w = &b->w->dates;
	const char *values[7];

	values[0] = padded(b, 4, (unsigned long)d->year);
	values[1] = padded(b, 2, (unsigned long)d->month);
	values[2] = padded(b, 2, (unsigned long)d->day);
	values[3] = w->months[d->month - 1];
	values[4] = number(b, (unsigned long)d->day);
	values[5] = number(b, (unsigned long)d->month);
	/* A catalog's words may have no short names of months. */
	values[6] = w->short_months[d->month - 1] != NULL
			    ? w->short_months[d->month - 1]
			    : values[3];
	return fill(b, format, names, values, 7);
}

/* A date in full, as the header and the first session give it. */
static const char *
date_phrase(struct builder *b, const struct date *d)
{
	return date_in(b, b->w->dates.format, d);
}

/* "Tuesday 1 December 2026", or "Tue 1 Dec" when is_short. */
static const char *
day_phrase(struct builder *b, const struct date *date, enum weekday weekday,
	   bool is_short)
{
	static const char *const names[] = {"weekday", "date"};
	const struct words_dates *w = &b->w->dates;
	const char *values[2];

	values[0] =
		is_short ? w->short_weekdays[weekday] : w->weekdays[weekday];
	values[1] =
		date_in(b,
			is_short && w->short_format != NULL ? w->short_format
							    : w->format,
			date);
	return fill(b,
		    is_short ? b->w->sessions.short_date : b->w->sessions.date,
		    names, values, 2);
}

/* A session's day, as day_phrase says it. */
static const char *
session_date(struct builder *b, const struct plan_session *s, bool is_short)
{
	return day_phrase(b, &s->date, s->weekday, is_short);
}

/* "12 sessions in 4 weeks, from Tuesday 2026-12-01." and the like. */
static const char *
sessions_intro(struct builder *b)
{
	static const char *const names[] = {"sessions", "weeks", "first"};
	const struct plan *plan = b->plan;
	const char *values[3];

	values[0] = fill1(
		b, plural_of(b, &b->w->sessions.count, plan->session_count),
		"count", number(b, plan->session_count));
	values[1] = fill1(b, plural_of(b, &b->w->sessions.weeks, plan->weeks),
			  "count", number(b, plan->weeks));
	if (!plan->has_start)
		return fill(b, b->w->sessions.numbered, names, values, 2);
	values[2] = session_date(b, &plan->sessions[0], false);
	return fill(b, b->w->sessions.dated, names, values, 3);
}

/*
 * The sessions of the week that starts at plan->sessions[first]:
 * "Tue 2026-12-01, Thu 2026-12-03 and Sat 2026-12-05", or "days 8, 10
 * and 12".  *next is the first session of the next week.
 */
static const char *
week_phrase(struct builder *b, size_t first, size_t *next)
{
	const struct plan *plan = b->plan;
	const struct plan_session *s = plan->sessions;
	const char **items;
	size_t i, n;

	for (i = first; i < plan->session_count && s[i].week == s[first].week;)
		i++;
	*next = i;
	n = i - first;
	if ((items = arena_alloc(b->h->arena, n * sizeof *items)) == NULL) {
		b->is_out_of_memory = true;
		return "";
	}
	for (i = 0; i < n; i++)
		items[i] = plan->has_start
				   ? session_date(b, &s[first + i], true)
				   : number(b, s[first + i].day);
	if (plan->has_start)
		return join(b, items, n);
	return fill1(b, plural_of(b, &b->w->sessions.days, n), "days",
		     join(b, items, n));
}

/* "tan (lightest), yellow, red (strongest)": the catalog's ladder. */
static const char *
ladder_phrase(struct builder *b)
{
	const struct text_list *bands = b->plan->bands;
	const char **items;
	size_t i;

	if ((items = arena_alloc(b->h->arena, bands->count * sizeof *items)) ==
	    NULL) {
		b->is_out_of_memory = true;
		return "";
	}
	for (i = 0; i < bands->count; i++) {
		items[i] = bands->items[i];
		if (bands->count > 1 && i == 0)
			items[i] = fill1(b, b->w->bands.lightest, "band",
					 items[i]);
		else if (bands->count > 1 && i + 1 == bands->count)
			items[i] = fill1(b, b->w->bands.strongest, "band",
					 items[i]);
	}
	return enumerate(b, items, bands->count);
}

/* "red; the next one up is green", or "gold, the strongest ...". */
static const char *
band_phrase(struct builder *b)
{
	static const char *const names[] = {"band", "next"};
	const char *values[2] = {b->plan->band, b->plan->next_band};

	if (b->plan->next_band == NULL)
		return fill1(b, b->w->bands.last, "band", b->plan->band);
	return fill(b, b->w->bands.next, names, values, 2);
}

/*
 * When an exercise moves to the next band: "When every set ... felt
 * fairly easy at 2 sessions in a row, move that exercise to the next
 * band", naming the patient's band and the next one when the plan has
 * them, or saying what to do at the strongest.
 */
static const char *
step_up_phrase(struct builder *b)
{
	static const char *const names[] = {"count", "band", "next"};
	const struct plan *plan = b->plan;
	const struct step_up *s = plan->step_up;
	const struct plural *text = &s->rule;
	const char *values[3];

	values[0] = number(b, s->easy_sessions);
	values[1] = plan->band;
	values[2] = plan->next_band;
	if (plan->band != NULL)
		text = plan->next_band != NULL ? &s->next : &s->strongest;
	return fill(b, plural_of(b, text, s->easy_sessions), names, values, 3);
}

/* ---- blocks ------------------------------------------------------------ */

static struct handout_block *
add(struct builder *b, enum handout_kind kind, unsigned depth)
{
	struct handout_block *block = array_push(&b->blocks);

	if (block == NULL) {
		b->is_out_of_memory = true;
		return NULL;
	}
	block->kind = kind;
	block->depth = depth;
	return block;
}

static void
add_text(struct builder *b, enum handout_kind kind, unsigned depth,
	 const char *text)
{
	struct handout_block *block = add(b, kind, depth);

	if (block != NULL)
		block->text = text;
}

/* Room for n items in the arena; NULL (and noted) on exhaustion. */
static struct handout_item *
new_items(struct builder *b, size_t n)
{
	struct handout_item *it =
		arena_alloc(b->h->arena, (n + 1) * sizeof *it);

	if (it == NULL)
		b->is_out_of_memory = true;
	return it;
}

/* A block of the n items at it; NULL when memory ran out. */
static struct handout_block *
add_items(struct builder *b, enum handout_kind kind, unsigned depth,
	  struct handout_item *it, size_t n)
{
	struct handout_block *block;

	if (it == NULL || (block = add(b, kind, depth)) == NULL)
		return NULL;
	block->items = it;
	block->item_count = n;
	return block;
}

/* A list of texts as unlabelled items, after first when it is not
 * NULL. */
static void
add_texts_after(struct builder *b, enum handout_kind kind, unsigned depth,
		const char *first, const struct text_list *texts)
{
	struct handout_item *it = new_items(b, texts->count + 1);
	size_t i, n = 0;

	if (it == NULL)
		return;
	if (first != NULL)
		it[n++] = (struct handout_item){NULL, first};
	for (i = 0; i < texts->count; i++)
		it[n++] = (struct handout_item){NULL, texts->items[i]};
	add_items(b, kind, depth, it, n);
}

/* A list of texts as unlabelled items. */
static void
add_texts(struct builder *b, enum handout_kind kind, unsigned depth,
	  const struct text_list *texts)
{
	add_texts_after(b, kind, depth, NULL, texts);
}

/*
 * The clinic's contact: its name and address, then how to reach it,
 * each a line; none: nothing.
 */
static void
contact(struct builder *b)
{
	const struct contact *c = b->plan->contact;
	struct handout_item *it;
	struct handout_block *block;
	size_t i, n = 0;

	if (c == NULL || (it = new_items(b, c->address_count + 4)) == NULL)
		return;
	if (c->name != NULL)
		it[n++] = (struct handout_item){NULL, c->name};
	for (i = 0; i < c->address_count; i++)
		it[n++] = (struct handout_item){NULL, c->address[i]};
	if (c->phone != NULL)
		it[n++] =
			(struct handout_item){b->w->tailoring.phone, c->phone};
	if (c->email != NULL)
		it[n++] =
			(struct handout_item){b->w->tailoring.email, c->email};
	if (c->web != NULL)
		it[n++] = (struct handout_item){b->w->tailoring.web, c->web};
	if ((block = add_items(b, HANDOUT_CONTACT, 0, it, n)) != NULL)
		block->label = b->w->tailoring.contact;
}

/*
 * The title, the fields (the review appointment's only when there is
 * one), and the clinic's contact.
 */
static void
header(struct builder *b)
{
	const struct plan *plan = b->plan;
	struct handout_item *it = new_items(b, 4);
	size_t n = 0;

	add_text(b, HANDOUT_TITLE, 0, plan->title);
	if (it == NULL)
		return;
	it[n++] = (struct handout_item){b->w->labels.patient, plan->patient};
	it[n++] =
		(struct handout_item){b->w->labels.clinician, plan->clinician};
	it[n++] = (struct handout_item){b->w->labels.date,
					date_phrase(b, &plan->date)};
	if (plan->has_review)
		it[n++] = (struct handout_item){b->w->tailoring.review,
						day_phrase(b, &plan->review,
							   plan->review_weekday,
							   false)};
	add_items(b, HANDOUT_FIELDS, 0, it, n);
	contact(b);
}

/* The clinician's notes, under a heading that counts them. */
static void
notes(struct builder *b)
{
	const struct plan *plan = b->plan;
	struct handout_block *block;
	struct handout_item *it;
	size_t i;

	if (plan->note_count == 0 ||
	    (it = new_items(b, plan->note_count)) == NULL)
		return;
	for (i = 0; i < plan->note_count; i++)
		it[i] = (struct handout_item){NULL, plan->notes[i]};
	if ((block = add_items(b, HANDOUT_NOTE, 0, it, plan->note_count)) !=
	    NULL)
		block->label =
			plural_of(b, &b->w->tailoring.notes, plan->note_count);
}

/* The plan's warning, when it has one, at depth. */
static void
add_warning(struct builder *b, unsigned depth)
{
	struct handout_block *block;

	if (b->plan->warning != NULL &&
	    (block = add(b, HANDOUT_WARNING, depth)) != NULL) {
		block->label = b->w->warning;
		block->text = b->plan->warning;
	}
}

static void
banner(struct builder *b)
{
	add_text(b, HANDOUT_BANNER, 0, b->plan->headline);
	add_warning(b, 0);
}

static void
rationale(struct builder *b)
{
	size_t i;

	add_text(b, HANDOUT_HEADING, 0, b->w->headings.why);
	for (i = 0; i < b->plan->rationale.count; i++)
		add_text(b, HANDOUT_PARAGRAPH, 0, b->plan->rationale.items[i]);
}

static void
dose_and_schedule(struct builder *b)
{
	const struct plan *plan = b->plan;
	const struct advice *a = plan->advice;
	struct handout_item *it = new_items(b, 10);
	size_t n = 0;

	add_text(b, HANDOUT_HEADING, 0, b->w->headings.dose_and_schedule);
	if (it == NULL)
		return;
	it[n++] = (struct handout_item){b->w->labels.schedule,
					schedule_phrase(b, plan->schedule)};
	if (plan->schedule->note != NULL)
		it[n++] = (struct handout_item){NULL, plan->schedule->note};
	it[n++] = (struct handout_item){
		b->w->labels.usual_dose,
		marked(b, dose_phrase(b, plan->dose), plan->is_dose_tailored)};
	it[n++] =
		(struct handout_item){b->w->labels.equipment, plan->equipment};
	it[n++] = (struct handout_item){b->w->labels.resistance, plan->load};
	/* How the effort feels and who picks the first band, under the
	 * resistance as more of it. */
	if (a != NULL) {
		it[n++] = (struct handout_item){NULL, a->effort.how_hard};
		it[n++] = (struct handout_item){NULL, a->effort.first_band};
	}
	if (plan->bands->count > 0) {
		it[n++] = (struct handout_item){b->w->labels.bands,
						ladder_phrase(b)};
		if (a != NULL)
			it[n++] = (struct handout_item){NULL, a->bands.colours};
	}
	if (plan->band != NULL)
		it[n++] = (struct handout_item){b->w->labels.band_now,
						band_phrase(b)};
	add_items(b, HANDOUT_FACTS, 0, it, n);
}

/* ---- the advice around the exercises ----------------------------------- */

/* A list of the count texts at texts, unlabelled, at depth. */
static void
add_list(struct builder *b, enum handout_kind kind, unsigned depth,
	 const char *const *texts, size_t count)
{
	add_texts(b, kind, depth, &(struct text_list){texts, count});
}

/* The pain rule's texts, in the order a patient applies them. */
static void
add_pain_rule(struct builder *b, unsigned depth)
{
	const struct advice_pain *p = &b->plan->advice->pain;
	const char *const rules[] = {p->rating, p->during, p->after, p->morning,
				     p->if_broken};

	add_list(b, HANDOUT_BULLETS, depth, rules, 5);
}

/* One group of signs under when they need help: each urgent sign
 * marked, so that it stands out wherever the list is shown. */
static void
add_signs(struct builder *b, unsigned depth, const char *when,
	  const struct text_list *signs, const char *mark)
{
	struct handout_item *it = new_items(b, signs->count);
	size_t i;

	add_text(b, HANDOUT_SUBHEADING, depth, when);
	if (it == NULL)
		return;
	for (i = 0; i < signs->count; i++)
		it[i] = (struct handout_item){mark, signs->items[i]};
	add_items(b, HANDOUT_BULLETS, depth, it, signs->count);
}

static void
add_red_flags(struct builder *b, unsigned depth)
{
	const struct advice_red_flags *r = &b->plan->advice->red_flags;

	add_signs(b, depth, r->urgent.when, &r->urgent.signs,
		  b->w->labels.urgent);
	add_signs(b, depth, r->soon.when, &r->soon.signs, NULL);
}

/*
 * How much pain is allowed, and when to stop and get help: near the
 * top, so that a patient meets them before the exercises.
 */
static void
pain_and_red_flags(struct builder *b)
{
	const struct advice *a = b->plan->advice;

	if (a == NULL)
		return;
	add_text(b, HANDOUT_HEADING, 0, b->w->headings.pain);
	add_pain_rule(b, 0);
	add_text(b, HANDOUT_HEADING, 0, b->w->headings.red_flags);
	add_text(b, HANDOUT_PARAGRAPH, 0, a->red_flags.intro);
	add_red_flags(b, 0);
}

/* The routine around the sessions: warming up, a missed session, a
 * break, the end of the plan. */
static void
add_routine(struct builder *b, unsigned depth)
{
	const struct advice_routine *r = &b->plan->advice->routine;
	const char *const texts[] = {r->warm_up, r->missed, r->time_off,
				     r->after_plan};

	add_list(b, HANDOUT_BULLETS, depth, texts, 4);
}

static void
routine(struct builder *b)
{
	if (b->plan->advice == NULL)
		return;
	add_text(b, HANDOUT_HEADING, 0, b->w->headings.routine);
	add_routine(b, 0);
}

/* Door, knot, band and what to hold, before the first exercise. */
static void
safe_setup(struct builder *b)
{
	if (b->plan->advice == NULL)
		return;
	add_text(b, HANDOUT_HEADING, 0, b->w->headings.safe_setup);
	add_texts(b, HANDOUT_BULLETS, 0, &b->plan->advice->safe_setup);
}

/*
 * When to make it harder: the step up a band, when the catalog has the
 * rule, then the catalog's list, then where the next band comes from.
 */
static void
add_progression(struct builder *b, unsigned depth)
{
	const struct plan *plan = b->plan;
	size_t count = plan->progression->count;
	struct handout_item *it = new_items(b, count + 2);
	size_t i, n = 0;

	if (it == NULL)
		return;
	if (plan->step_up != NULL)
		it[n++] = (struct handout_item){NULL, step_up_phrase(b)};
	for (i = 0; i < count; i++)
		it[n++] = (struct handout_item){NULL,
						plan->progression->items[i]};
	if (plan->advice != NULL)
		it[n++] = (struct handout_item){NULL, plan->advice->bands.next};
	add_items(b, HANDOUT_BULLETS, depth, it, n);
}

static void
sessions(struct builder *b)
{
	const struct plan *plan = b->plan;
	struct handout_item *it;
	size_t i, n = 0, next;

	if (plan->session_count == 0)
		return;
	add_text(b, HANDOUT_HEADING, 0, b->w->headings.sessions);
	add_text(b, HANDOUT_PARAGRAPH, 0, sessions_intro(b));
	if ((it = new_items(b, plan->weeks)) == NULL)
		return;
	for (i = 0; i < plan->session_count && n < plan->weeks; i = next) {
		it[n].label = fill1(b, b->w->labels.week, "week",
				    number(b, plan->sessions[i].week));
		it[n++].text = week_phrase(b, i, &next);
	}
	add_items(b, HANDOUT_FACTS, 0, it, n);
}

/* A figure for the working leg side, with its labels' words. */
static struct handout_figure
shown_figure(struct builder *b, const struct plan_figure *pf, enum side side)
{
	const struct figure *fig = pf->figure;
	struct handout_figure out = {pf->caption, pf->svg, NULL, 0, 0};
	struct handout_label *labels;
	const char *text;
	size_t i;

	if (fig == NULL || fig->label_count == 0)
		return out;
	labels = arena_alloc(b->h->arena, fig->label_count * sizeof *labels);
	if (labels == NULL) {
		b->is_out_of_memory = true;
		return out;
	}
	for (i = 0; i < fig->label_count; i++) {
		const struct figure_label *l = &fig->labels[i];

		if ((text = catalog_label_word(b->w, l->mark, side)) == NULL)
			continue;
		labels[out.label_count++] = (struct handout_label){
			l->mark, text, l->x[side], l->y, l->align[side]};
	}
	out.labels = labels;
	out.label_size = fig->label_size;
	return out;
}

/*
 * The legend of the drawings, once, before the first exercise: when
 * the plan shows labelled frames (a catalog whose figures predate
 * labels may draw in another style than the legend describes) and the
 * words give every line of it.
 */
static void
add_legend(struct builder *b)
{
	const struct words_figures *f = &b->w->figures;
	const char *lines[HANDOUT_LEGEND_COUNT] = {
		f->working_leg, f->standing_leg, f->arrow, f->start};
	struct handout_block *block;
	struct handout_item *it;
	size_t i;
	bool has_figures = false;

	for (i = 0; i < b->plan->exercise_count; i++) {
		const struct plan_setup *setup =
			&b->plan->exercises[i].setups[0];
		size_t j;

		for (j = 0; j < setup->figure_count; j++)
			if (setup->figures[j].figure != NULL &&
			    setup->figures[j].figure->label_count > 0)
				has_figures = true;
	}
	if (!has_figures || f->legend == NULL || f->front_view == NULL)
		return;
	for (i = 0; i < HANDOUT_LEGEND_COUNT; i++)
		if (lines[i] == NULL)
			return;
	if ((it = new_items(b, HANDOUT_LEGEND_COUNT)) == NULL)
		return;
	for (i = 0; i < HANDOUT_LEGEND_COUNT; i++)
		it[i] = (struct handout_item){NULL, lines[i]};
	if ((block = add_items(b, HANDOUT_LEGEND, 0, it,
			       HANDOUT_LEGEND_COUNT)) == NULL)
		return;
	block->label = f->legend;
	block->text = f->front_view;
}

/*
 * The set-up's drawings for its leg, before its list, so that a layout
 * can set them beside it; none: nothing.
 */
static void
add_figures(struct builder *b, const struct plan_setup *setup)
{
	struct handout_figure *figures;
	struct handout_block *block;
	size_t i;

	if (setup->figure_count == 0 ||
	    (block = add(b, HANDOUT_FIGURES, 2)) == NULL)
		return;
	figures =
		arena_alloc(b->h->arena, setup->figure_count * sizeof *figures);
	if (figures == NULL) {
		b->is_out_of_memory = true;
		return;
	}
	for (i = 0; i < setup->figure_count; i++)
		figures[i] = shown_figure(b, &setup->figures[i], setup->side);
	block->figures = figures;
	block->figure_count = setup->figure_count;
}

/* "Standing hip abduction (gluteus medius)" */
static const char *
exercise_title(struct builder *b, const struct exercise *ex)
{
	static const char *const names[] = {"name", "target"};
	const char *values[2] = {ex->name, ex->target};

	return fill(b, b->w->exercise_title, names, values, 2);
}

/*
 * An exercise's blocks: its title and mark, its facts, each working
 * leg's set-up (with that leg's figures), the movement and the cues.
 * For a health record's order, order names the one leg they are for,
 * and they stand alone: the warning comes first, the dose is for that
 * leg, the equipment is named even when it is the plan's, and there are
 * no figures.  NULL: the handout's exercise, for every working leg.
 */
static void
exercise(struct builder *b, const struct plan_exercise *pe, unsigned number,
	 const enum side *order)
{
	const struct exercise *ex = pe->exercise;
	const char *equipment = pe->equipment;
	struct handout_block *block = add(b, HANDOUT_EXERCISE, 0);
	struct handout_item *it = new_items(b, 5 + ex->precautions.count);
	size_t i, n = 0;

	if (block == NULL || it == NULL)
		return;
	block->number = number;
	block->text = exercise_title(b, ex);
	block->label = pe->is_key ? b->w->key_exercise : NULL;
	block->video = ex->video;
	if (order != NULL) {
		add_warning(b, 1);
		if (equipment == NULL)
			equipment = b->plan->equipment;
	}
	it[n++] = (struct handout_item){b->w->labels.dose,
					exercise_dose(b, pe, order)};
	if (equipment != NULL)
		it[n++] = (struct handout_item){b->w->labels.equipment,
						equipment};
	it[n++] = (struct handout_item){b->w->labels.anchor, ex->anchor};
	it[n++] = (struct handout_item){b->w->labels.position, ex->position};
	/* What to take care of, among the facts, before the set-up it
	 * concerns: each under the label, so that it reads as one. */
	for (i = 0; i < ex->precautions.count; i++)
		it[n++] = (struct handout_item){b->w->labels.precautions,
						ex->precautions.items[i]};
	/* The loader took a video only with a label for it. */
	if (ex->video != NULL)
		it[n++] = (struct handout_item){b->w->labels.video, ex->video};
	add_items(b, HANDOUT_FACTS, 1, it, n);

	for (i = 0; i < pe->setup_count; i++) {
		enum side side = pe->setups[i].side;

		if (order != NULL && side != *order)
			continue;
		add_text(b, HANDOUT_SUBHEADING, 1,
			 fill_side(b, b->w->labels.setup, side, opposite(side),
				   NULL, NULL, 0));
		if (order == NULL)
			add_figures(b, &pe->setups[i]);
		add_texts(b, HANDOUT_BULLETS, 2, &pe->setups[i].lines);
	}
	add_text(b, HANDOUT_SUBHEADING, 1, b->w->labels.movement);
	add_texts(b, HANDOUT_NUMBERED, 2, &ex->steps);
	if (ex->cues.count > 0) {
		add_text(b, HANDOUT_SUBHEADING, 1, b->w->labels.cues);
		add_texts(b, HANDOUT_BULLETS, 2, &ex->cues);
	}
}

/* ---- the log sheet ----------------------------------------------------- */

/* Narrowest room to write in: "2 of 3" in a sets cell, a colour, a
 * pain score up to 10. */
enum { SETS_ROOM = 6, BAND_ROOM = 8, PAIN_ROOM = 5 };

/* The name the log gives an exercise: its short one, if it has one. */
static const char *
log_name(const struct exercise *ex)
{
	return ex->short_name != NULL ? ex->short_name : ex->name;
}

static void
log_column(struct builder *b, const struct plan_log_column *c,
	   struct handout_column *out, const char **cell)
{
	static const char *const names[] = {"number", "name"};
	const struct plan_exercise *pe = &b->plan->exercises[c->exercise];
	const char *values[2];

	memset(out, 0, sizeof *out);
	*cell = "";
	switch (c->kind) {
	case LOG_SESSION:
		out->heading = b->w->log.session;
		break;
	case LOG_SETS:
		values[0] = number(b, c->exercise + 1);
		values[1] = log_name(pe->exercise);
		out->heading = fill_side(b, b->w->log.sets, c->side,
					 opposite(c->side), names, values, 2);
		out->is_right_aligned = true;
		out->room = SETS_ROOM;
		*cell = fill1(b, b->w->log.sets_cell, "sets",
			      number(b, pe->dose.sets));
		break;
	case LOG_BAND:
		out->heading = b->w->log.band;
		out->room = b->plan->bands->count == 0 ? BAND_ROOM : 0;
		/* The ladder's colours are what gets written here. */
		out->samples = b->plan->bands;
		break;
	case LOG_EASY:
		out->heading = c->heading;
		out->is_tick_box = true;
		break;
	case LOG_PAIN:
	case LOG_MORNING_PAIN:
		out->heading = c->heading;
		out->room = PAIN_ROOM;
		break;
	}
}

/* Whether a column keeps to the one before it: one exercise's columns,
 * and the pain columns, stay together. */
static bool
is_joined(const struct plan_log_column *c)
{
	bool is_pain = c->kind == LOG_PAIN || c->kind == LOG_MORNING_PAIN;
	bool was_pain =
		c[-1].kind == LOG_PAIN || c[-1].kind == LOG_MORNING_PAIN;
	bool is_exercise = c->kind == LOG_SETS || c->kind == LOG_EASY;
	bool was_exercise = c[-1].kind == LOG_SETS || c[-1].kind == LOG_EASY;

	return (is_pain && was_pain) ||
	       (is_exercise && was_exercise && c->exercise == c[-1].exercise);
}

/* The session's cell: its date, or its number and day of the plan. */
static const char *
session_cell(struct builder *b, const struct plan_session *s)
{
	static const char *const names[] = {"number", "day"};
	const char *values[2];

	if (b->plan->has_start)
		return session_date(b, s, true);
	values[0] = number(b, s->number);
	values[1] = number(b, s->day);
	return fill(b, b->w->log.numbered_session, names, values, 2);
}

static const struct handout_table *
log_table(struct builder *b)
{
	const struct plan *plan = b->plan;
	const struct plan_log *log = plan->log;
	struct handout_table *t = arena_alloc(b->h->arena, sizeof *t);
	struct handout_column *columns;
	struct handout_row *rows;
	const char **cells, **row;
	size_t i, j, n = log->column_count;

	columns = arena_alloc(b->h->arena, n * sizeof *columns);
	cells = arena_alloc(b->h->arena, n * sizeof *cells);
	rows = arena_alloc(b->h->arena,
			   (plan->session_count + 1) * sizeof *rows);
	if (t == NULL || columns == NULL || cells == NULL || rows == NULL) {
		b->is_out_of_memory = true;
		return NULL;
	}
	for (i = 0; i < n; i++) {
		const struct plan_log_column *c = &log->columns[i];

		log_column(b, c, &columns[i], &cells[i]);
		columns[i].is_joined = i > 0 && is_joined(c);
	}
	for (i = 0; i < plan->session_count; i++) {
		const struct plan_session *s = &plan->sessions[i];

		if ((row = arena_alloc(b->h->arena, n * sizeof *row)) == NULL) {
			b->is_out_of_memory = true;
			return NULL;
		}
		for (j = 0; j < n; j++)
			row[j] = log->columns[j].kind == LOG_SESSION
					 ? session_cell(b, s)
					 : cells[j];
		rows[i].cells = row;
		rows[i].group = i == 0 || s->week != s[-1].week
					? fill1(b, b->w->labels.week, "week",
						number(b, s->week))
					: NULL;
	}
	*t = (struct handout_table){columns, n, rows, plan->session_count};
	return t;
}

static void
log_sheet(struct builder *b)
{
	const struct plan *plan = b->plan;
	struct handout_block *block;
	struct handout_item *it;
	bool is_short = false;
	size_t i;

	if (plan->log == NULL)
		return;
	add_text(b, HANDOUT_HEADING, 0, b->w->headings.log);
	add_text(b, HANDOUT_PARAGRAPH, 0, b->w->log.instructions);
	if (plan->log->easy_note != NULL)
		add_text(b, HANDOUT_PARAGRAPH, 0, plan->log->easy_note);
	if ((it = new_items(b, plan->exercise_count)) == NULL)
		return;
	/*
	 * What the columns' names stand for: the name each column gives
	 * an exercise beside its name, or, when the catalog gives none a
	 * short name, the names numbered as the exercises are.
	 */
	for (i = 0; i < plan->exercise_count; i++)
		is_short |= plan->exercises[i].exercise->short_name != NULL;
	for (i = 0; i < plan->exercise_count; i++) {
		const struct exercise *ex = plan->exercises[i].exercise;

		it[i] = (struct handout_item){is_short ? log_name(ex) : NULL,
					      ex->name};
	}
	add_items(b, is_short ? HANDOUT_FACTS : HANDOUT_NUMBERED, 0, it,
		  plan->exercise_count);
	if (plan->log->note != NULL)
		add_text(b, HANDOUT_PARAGRAPH, 0, plan->log->note);
	if (plan->log->rate_pain != NULL)
		add_text(b, HANDOUT_PARAGRAPH, 0, plan->log->rate_pain);
	if ((block = add(b, HANDOUT_TABLE, 0)) != NULL) {
		block->table = log_table(b);
		/* Its name, for a layout that labels the table itself. */
		block->label = b->w->headings.log;
	}
}

size_t
handout_group_end(const struct handout_table *t, size_t first)
{
	size_t i = first + 1;

	while (i < t->column_count && t->columns[i].is_joined)
		i++;
	return i;
}

/* ---- the handouts ------------------------------------------------------ */

const char *
handout_label_end(const struct handout *h)
{
	return h->label_end != NULL ? h->label_end : ": ";
}

void
handout_label_alone(const struct handout *h, char *buf, size_t size)
{
	const char *end = handout_label_end(h);
	size_t n = strlen(end);

	while (n > 0 && end[n - 1] == ' ')
		n--;
	if (n >= size)
		n = 0;
	memcpy(buf, end, n);
	buf[n] = '\0';
}

const char *
handout_mark_before(const struct handout *h)
{
	return h->mark_before != NULL ? h->mark_before : " - ";
}

static bool
start(struct builder *b, const struct plan *plan, struct handout *h)
{
	memset(h, 0, sizeof *h);
	memset(b, 0, sizeof *b);
	b->blocks = (struct array)ARRAY_OF(struct handout_block);
	b->h = h;
	b->plan = plan;
	b->w = plan->words;
	h->language = b->w->language;
	h->label_end = b->w->label_end != NULL ? b->w->label_end : ": ";
	h->mark_before = b->w->key_mark != NULL ? b->w->key_mark : " - ";
	return (h->arena = arena_new()) != NULL;
}

static bool
finish(struct builder *b)
{
	/* The handout owns the blocks now: handout_free frees them. */
	b->h->blocks = b->blocks.items;
	b->h->count = b->blocks.count;
	return !b->is_out_of_memory;
}

bool
handout_build(const struct plan *plan, struct handout *h)
{
	struct builder b;
	size_t i;

	if (!start(&b, plan, h))
		return false;
	header(&b);
	banner(&b);
	notes(&b);
	pain_and_red_flags(&b);
	rationale(&b);
	dose_and_schedule(&b);
	sessions(&b);
	routine(&b);
	safe_setup(&b);
	add_text(&b, HANDOUT_HEADING, 0, b.w->headings.exercises);
	add_legend(&b);
	for (i = 0; i < plan->exercise_count; i++)
		exercise(&b, &plan->exercises[i], (unsigned)i + 1, NULL);
	add_text(&b, HANDOUT_HEADING, 0, b.w->headings.progression);
	add_progression(&b, 0);
	log_sheet(&b);
	return finish(&b);
}

/*
 * The working legs, "Right leg" or "Both legs, left then right": every
 * exercise is done with each of them (plan.h), so one phrase names the
 * legs of the plan and of each exercise.
 */
static const char *
legs_phrase(struct builder *b)
{
	const struct plan *plan = b->plan;

	if (plan->working_side_count > 1)
		return fill_side(b, b->w->calendar.both_legs, plan->working[0],
				 plan->working[1], NULL, NULL, 0);
	return fill_side(b, b->w->calendar.one_leg, plan->working[0],
			 opposite(plan->working[0]), NULL, NULL, 0);
}

/* The blocks every event shares, built once. */
struct common {
	struct handout_item *fields; /* patient and clinician, if given */
	size_t field_count;
	const char *legs_phrase;   /* the working legs, in words */
	struct handout_item *legs; /* per exercise: its legs and dose */
	const char **titles;	   /* per exercise */
	struct handout_item *band; /* NULL: no band */
};

static bool
common_parts(struct builder *b, bool shows_patient, struct common *c)
{
	const struct plan *plan = b->plan;
	size_t i, n = plan->exercise_count;

	memset(c, 0, sizeof *c);
	c->fields = new_items(b, 2);
	c->legs = new_items(b, n);
	c->titles = arena_alloc(b->h->arena, (n + 1) * sizeof *c->titles);
	if (c->fields == NULL || c->legs == NULL || c->titles == NULL)
		return false;
	if (plan->patient != NULL && shows_patient)
		c->fields[c->field_count++] = (struct handout_item){
			b->w->labels.patient, plan->patient};
	if (plan->clinician != NULL)
		c->fields[c->field_count++] = (struct handout_item){
			b->w->labels.clinician, plan->clinician};
	c->legs_phrase = legs_phrase(b);
	for (i = 0; i < n; i++) {
		const struct plan_exercise *pe = &plan->exercises[i];

		c->titles[i] = exercise_title(b, pe->exercise);
		c->legs[i] = (struct handout_item){c->legs_phrase,
						   exercise_dose(b, pe, NULL)};
	}
	if (plan->band != NULL && (c->band = new_items(b, 1)) != NULL)
		c->band[0] = (struct handout_item){b->w->labels.band_now,
						   band_phrase(b)};
	return !b->is_out_of_memory;
}

/* The blocks of one session's event. */
static void
event(struct builder *b, const struct common *c, size_t session)
{
	static const char *const names[] = {"date", "number", "count", "week",
					    "weeks"};
	const struct plan *plan = b->plan;
	const struct plan_session *s = &plan->sessions[session];
	struct handout_block *block;
	const char *values[5];
	size_t i;

	if (c->field_count > 0)
		add_items(b, HANDOUT_FIELDS, 0, c->fields, c->field_count);
	values[0] = date_phrase(b, &plan->date);
	values[1] = number(b, s->number);
	values[2] = number(b, plan->session_count);
	values[3] = number(b, s->week);
	values[4] = number(b, plan->weeks);
	add_text(b, HANDOUT_PARAGRAPH, 0,
		 fill(b, b->w->calendar.plan, names, values, 5));
	banner(b);
	notes(b);
	for (i = 0; i < plan->exercise_count; i++) {
		if ((block = add(b, HANDOUT_EXERCISE, 0)) == NULL)
			return;
		block->number = (unsigned)i + 1;
		block->text = c->titles[i];
		block->label =
			plan->exercises[i].is_key ? b->w->key_exercise : NULL;
		add_items(b, HANDOUT_FACTS, 1, &c->legs[i], 1);
	}
	if (c->band != NULL)
		add_items(b, HANDOUT_FACTS, 0, c->band, 1);
	if (plan->schedule->note != NULL)
		add_text(b, HANDOUT_PARAGRAPH, 0, plan->schedule->note);
	/* The pain rule and when to stop, a line each, at every session. */
	if (plan->advice != NULL) {
		add_text(b, HANDOUT_PARAGRAPH, 0, plan->advice->pain.reminder);
		add_text(b, HANDOUT_PARAGRAPH, 0,
			 plan->advice->red_flags.reminder);
	}
}

bool
handout_calendar(const struct plan *plan, bool shows_patient, struct handout *h)
{
	static const char *const names[] = {"title", "number", "count", "legs"};
	struct handout_event *events, *review;
	struct common common;
	struct builder b;
	const char *values[4];
	size_t i;

	if (!start(&b, plan, h))
		return false;
	events = arena_alloc(h->arena,
			     (plan->session_count + 1) * sizeof *events);
	if (events == NULL || !common_parts(&b, shows_patient, &common)) {
		finish(&b);
		return false;
	}
	values[0] = plan->title;
	values[2] = number(&b, plan->session_count);
	values[3] = common.legs_phrase;
	for (i = 0; i < plan->session_count; i++) {
		values[1] = number(&b, plan->sessions[i].number);
		events[i].title =
			fill(&b, b.w->calendar.summary, names, values, 4);
		events[i].first = b.blocks.count;
		event(&b, &common, i);
		events[i].count = b.blocks.count - events[i].first;
	}
	h->events = events;
	h->event_count = plan->session_count;
	if (plan->has_review &&
	    (review = arena_alloc(h->arena, sizeof *review)) != NULL) {
		review->title = fill1(&b, b.w->tailoring.review_event, "title",
				      plan->title);
		review->first = b.blocks.count;
		if (common.field_count > 0)
			add_items(&b, HANDOUT_FIELDS, 0, common.fields,
				  common.field_count);
		contact(&b);
		review->count = b.blocks.count - review->first;
		h->review = review;
	} else if (plan->has_review) {
		b.is_out_of_memory = true;
	}
	return finish(&b);
}

/* A single fact at the top level. */
static void
add_fact(struct builder *b, const char *label, const char *text)
{
	struct handout_item *it = new_items(b, 1);

	if (it == NULL)
		return;
	it[0] = (struct handout_item){label, text};
	add_items(b, HANDOUT_FACTS, 0, it, 1);
}

/* The notes that hold for the whole plan. */
static void
record_notes(struct builder *b)
{
	const struct plan *plan = b->plan;
	const struct advice *a = plan->advice;
	size_t i;

	notes(b);
	add_warning(b, 0);
	if (a != NULL) {
		add_text(b, HANDOUT_SUBHEADING, 0, b->w->headings.pain);
		add_pain_rule(b, 1);
		add_red_flags(b, 0);
		add_text(b, HANDOUT_SUBHEADING, 0, b->w->headings.safe_setup);
		add_texts(b, HANDOUT_BULLETS, 1, &a->safe_setup);
	}
	for (i = 0; i < plan->rationale.count; i++)
		add_text(b, HANDOUT_PARAGRAPH, 0, plan->rationale.items[i]);
	if (plan->schedule->note != NULL)
		add_text(b, HANDOUT_PARAGRAPH, 0, plan->schedule->note);
	add_fact(b, b->w->labels.resistance, plan->load);
	if (a != NULL) {
		add_fact(b, NULL, a->effort.how_hard);
		add_fact(b, NULL, a->effort.first_band);
	}
	if (plan->bands->count > 0)
		add_fact(b, b->w->labels.bands, ladder_phrase(b));
	if (plan->bands->count > 0 && a != NULL)
		add_fact(b, NULL, a->bands.colours);
	if (plan->band != NULL)
		add_fact(b, b->w->labels.band_now, band_phrase(b));
	if (a != NULL) {
		add_text(b, HANDOUT_SUBHEADING, 0, b->w->headings.routine);
		add_routine(b, 1);
	}
	add_text(b, HANDOUT_SUBHEADING, 0, b->w->headings.progression);
	add_progression(b, 1);
}

bool
handout_record(const struct plan *plan, struct handout *h)
{
	struct handout_order *orders;
	struct builder b;
	size_t i, j, n = 0;
	enum side heel;

	if (!start(&b, plan, h))
		return false;
	record_notes(&b);
	h->record.note_count = b.blocks.count;
	orders = arena_alloc(h->arena, (plan->exercise_count * SIDE_COUNT + 1) *
					       sizeof *orders);
	if (orders == NULL) {
		finish(&b);
		return false;
	}
	for (i = 0; i < plan->exercise_count; i++)
		for (j = 0; j < plan->exercises[i].setup_count; j++) {
			enum side side = plan->exercises[i].setups[j].side;

			orders[n] = (struct handout_order){
				i, side,
				fill_side(&b, b.w->calendar.one_leg, side,
					  opposite(side), NULL, NULL, 0),
				b.blocks.count, 0};
			/* One exercise for one leg: everything the
			 * patient reads to do it. */
			exercise(&b, &plan->exercises[i], (unsigned)i + 1,
				 &side);
			orders[n].count = b.blocks.count - orders[n].first;
			n++;
		}
	h->record.orders = orders;
	h->record.order_count = n;
	heel = plan->pain == PAIN_LEFT ? SIDE_LEFT : SIDE_RIGHT;
	h->record.reason = plan->pain == PAIN_BOTH
				   ? b.w->record.both_heels
				   : fill_side(&b, b.w->record.one_heel, heel,
					       opposite(heel), NULL, NULL, 0);
	h->record.schedule = schedule_phrase(&b, plan->schedule);
	if (plan->has_review)
		h->record.review = b.w->tailoring.review;
	return finish(&b);
}

void
handout_free(struct handout *h)
{
	free((void *)h->blocks);
	arena_free(h->arena);
	memset(h, 0, sizeof *h);
}
