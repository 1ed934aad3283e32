/* SPDX-License-Identifier: ISC */
/*
 * words.c: the handout's words (struct words): headings, labels and
 * phrases, plurals and the names of days and months, each checked for
 * the placeholders it may use.
 */
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "lang.h"
#include "loader.h"

/*
 * A word with the named fields its field gives (see catalog.h).  Words
 * are few and always kept, even by a check.  One without fields is
 * stored with "{{" made "{", like any plain text, so that only words
 * with fields need filling.
 */
static enum status
read_paragraph(struct reader *r, void *context, void *slot,
	       const struct reader_field *field)
{
	struct template_rules rules = {false, field->names};

	(void)context;
	return reader_text(r, field->names != NULL ? &rules : NULL, slot);
}

/* Words are labels, headings, cells and phrases that layouts put on a
 * line of their own or after a label: one line each. */
static enum status
read_word(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	enum status status = read_paragraph(r, context, slot, field);

	if (status == STATUS_OK && strpbrk(*(const char **)slot, "\n\t"))
		return reader_fail_expected(r,
					    _("a word or phrase on one line"));
	return status;
}

/* A word that names a side, and may ask for its forms. */
static enum status
read_side_word(struct reader *r, void *context, void *slot,
	       const struct reader_field *field)
{
	struct template_rules rules = {true, field->names};
	struct loader *ld = context;
	bool was_keeping = ld->is_keeping_texts;
	enum status status;

	ld->is_keeping_texts = true;
	status = catalog_take_text(r, ld, &rules, slot);
	ld->is_keeping_texts = was_keeping;
	if (status == STATUS_OK && strpbrk(*(const char **)slot, "\n\t"))
		return reader_fail_expected(r,
					    _("a word or phrase on one line"));
	return status;
}

/* A plural: one text for every number, or "one" and "other". */
static enum status
read_plural(struct reader *r, void *context, void *slot,
	    const struct reader_field *field)
{
	static const struct reader_field forms[] = {
		{"one", false, read_word, offsetof(struct plural, one), 0, 0,
		 NULL, NULL, 0},
		{"other", true, read_word, offsetof(struct plural, other), 0, 0,
		 NULL, NULL, 0},
	};
	struct reader_field fields[2];
	struct plural *p = slot;
	enum status status;

	if (!reader_is_mapping(r)) {
		status = read_word(r, context, &p->other, field);
		p->one = p->other;
		return status;
	}
	fields[0] = forms[0];
	fields[1] = forms[1];
	fields[0].names = fields[1].names = field->names;
	status = reader_mapping(r, fields, 2, p, context);
	/* A language without a form for one uses the other for 1 too. */
	if (status == STATUS_OK && p->one == NULL)
		p->one = p->other;
	return status;
}

/* Exactly field->min names, such as the seven days of the week. */
struct name_list {
	const char **items;
	size_t count, seen;
};

static enum status
read_name_item(struct reader *r, void *context, size_t index)
{
	struct name_list *b = context;
	enum status status;

	b->seen++;
	if (index >= b->count)
		return reader_fail(r, reader_mark(r),
				   _("expected %zu names, found more"),
				   b->count);
	if ((status = reader_text(r, NULL, &b->items[index])) != STATUS_OK)
		return status;
	if (strpbrk(b->items[index], "\n\t") != NULL)
		return reader_fail_expected(r, _("a name on one line"));
	return STATUS_OK;
}

static enum status
read_names(struct reader *r, void *context, void *slot,
	   const struct reader_field *field)
{
	struct name_list b = {slot, field->min, 0};
	struct reader_mark start = reader_mark(r);
	enum status status;

	(void)context;
	if ((status = reader_list(r, 0, read_name_item, &b)) != STATUS_OK)
		return status;
	if (b.seen < b.count)
		return reader_fail(r, start, _("expected %zu names, found %zu"),
				   b.count, b.seen);
	return STATUS_OK;
}

/* A language tag, such as "en", "es" or "zh-CN": letters, digits and
 * '-' or '_', up to 35, the longest BCP 47 allows. */
enum status
catalog_read_language(struct reader *r, void *context, void *slot,
		      const struct reader_field *field)
{
	struct loader *ld = context;
	const char **out = slot;
	enum status status;

	if (field->min == 1)
		ld->language_mark = reader_mark(r);
	else
		ld->words_language_mark = reader_mark(r);
	if ((status = reader_fixed_text(r, out)) != STATUS_OK)
		return status;
	if (!lang_is_tag(*out))
		return reader_fail_expected(r, _("a language tag such as en or "
						 "de-CH"));
	return STATUS_OK;
}

#define GROUP(key, fields)                                                     \
	{                                                                      \
		key, true, reader_group, 0, 0, 0, NULL, fields,                \
			sizeof(fields) / sizeof((fields)[0])                   \
	}
#define WORD(key, member, names)                                               \
	{                                                                      \
		key, true, read_word, offsetof(struct words, member), 0, 0,    \
			names, NULL, 0                                         \
	}
#define SIDE_WORD(key, member, names)                                          \
	{                                                                      \
		key, true, read_side_word, offsetof(struct words, member), 0,  \
			0, names, NULL, 0                                      \
	}
#define PLURAL(key, member, names)                                             \
	{                                                                      \
		key, true, read_plural, offsetof(struct words, member), 0, 0,  \
			names, NULL, 0                                         \
	}
#define NAMES(key, member, count)                                              \
	{                                                                      \
		key, true, read_names, offsetof(struct words, member), count,  \
			0, NULL, NULL, 0                                       \
	}

static const struct reader_field heading_fields[] = {
	WORD("why", headings.why, NULL),
	WORD("dose_and_schedule", headings.dose_and_schedule, NULL),
	WORD("sessions", headings.sessions, NULL),
	WORD("exercises", headings.exercises, NULL),
	WORD("progression", headings.progression, NULL),
	WORD("log", headings.log, NULL),
};

static const struct reader_field label_fields[] = {
	WORD("patient", labels.patient, NULL),
	WORD("clinician", labels.clinician, NULL),
	WORD("date", labels.date, NULL),
	WORD("schedule", labels.schedule, NULL),
	WORD("usual_dose", labels.usual_dose, NULL),
	WORD("equipment", labels.equipment, NULL),
	WORD("resistance", labels.resistance, NULL),
	WORD("bands", labels.bands, NULL),
	WORD("band_now", labels.band_now, NULL),
	WORD("dose", labels.dose, NULL),
	WORD("anchor", labels.anchor, NULL),
	WORD("position", labels.position, NULL),
	SIDE_WORD("setup", labels.setup, NULL),
	WORD("movement", labels.movement, NULL),
	WORD("cues", labels.cues, NULL),
	WORD("week", labels.week, "week"),
};

static const struct reader_field list_fields[] = {
	WORD("separator", lists.separator, NULL),
	WORD("last", lists.last, NULL),
};

static const struct reader_field dose_word_fields[] = {
	PLURAL("amount", dose.amount, "sets reps"),
	WORD("hold", dose.hold, "hold"),
	WORD("no_rest", dose.no_rest, NULL),
	WORD("rest", dose.rest, "rest"),
	WORD("rest_range", dose.rest_range, "min max"),
	WORD("each_leg", dose.each_leg, "dose"),
};

static const struct reader_field schedule_word_fields[] = {
	PLURAL("sessions", schedule.sessions, "count"),
	PLURAL("rest_days", schedule.rest_days, "count"),
};

static const struct reader_field band_word_fields[] = {
	WORD("lightest", bands.lightest, "band"),
	WORD("strongest", bands.strongest, "band"),
	WORD("next", bands.next, "band next"),
	WORD("last", bands.last, "band"),
};

static const struct reader_field session_word_fields[] = {
	PLURAL("count", sessions.count, "count"),
	PLURAL("weeks", sessions.weeks, "count"),
	WORD("dated", sessions.dated, "sessions weeks first"),
	WORD("numbered", sessions.numbered, "sessions weeks"),
	PLURAL("days", sessions.days, "days"),
	WORD("date", sessions.date, "weekday date"),
	WORD("short_date", sessions.short_date, "weekday date"),
};

static const struct reader_field date_word_fields[] = {
	WORD("format", dates.format, "year month day month_name"),
	NAMES("weekdays", dates.weekdays, 7),
	NAMES("short_weekdays", dates.short_weekdays, 7),
	NAMES("months", dates.months, 12),
};

static const struct reader_field log_word_fields[] = {
	{"instructions", true, read_paragraph,
	 offsetof(struct words, log.instructions), 0, 0, NULL, NULL, 0},
	WORD("session", log.session, NULL),
	WORD("band", log.band, NULL),
	SIDE_WORD("sets", log.sets, "number"),
	WORD("sets_cell", log.sets_cell, "sets"),
	WORD("numbered_session", log.numbered_session, "number day"),
};

static const struct reader_field record_word_fields[] = {
	SIDE_WORD("one_heel", record.one_heel, NULL),
	WORD("both_heels", record.both_heels, NULL),
};

static const struct reader_field calendar_word_fields[] = {
	WORD("summary", calendar.summary, "title number count"),
	WORD("plan", calendar.plan, "date number count week weeks"),
	SIDE_WORD("one_leg", calendar.one_leg, NULL),
	SIDE_WORD("both_legs", calendar.both_legs, NULL),
};

static const struct reader_field word_fields[] = {
	{"language", true, catalog_read_language,
	 offsetof(struct words, language), 0, 0, NULL, NULL, 0},
	{"sides", true, catalog_read_sides, 0, 0, 0, NULL, NULL, 0},
	GROUP("headings", heading_fields),
	GROUP("labels", label_fields),
	WORD("warning", warning, NULL),
	WORD("key_exercise", key_exercise, NULL),
	WORD("exercise_title", exercise_title, "name target"),
	GROUP("lists", list_fields),
	GROUP("dose", dose_word_fields),
	GROUP("schedule", schedule_word_fields),
	GROUP("bands", band_word_fields),
	GROUP("sessions", session_word_fields),
	GROUP("dates", date_word_fields),
	GROUP("log", log_word_fields),
	GROUP("record", record_word_fields),
	GROUP("calendar", calendar_word_fields),
};

enum status
catalog_read_words(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	struct loader *ld = context;

	(void)slot;
	(void)field;
	ld->words_mark = reader_mark(r);
	ld->words = arena_alloc(ld->arena, sizeof *ld->words);
	if (ld->words == NULL)
		return reader_fail_memory(r);
	memset(ld->words, 0, sizeof *ld->words);
	return reader_mapping(r, word_fields,
			      sizeof word_fields / sizeof word_fields[0],
			      ld->words, context);
}
