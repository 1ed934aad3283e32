/* SPDX-License-Identifier: ISC */
/*
 * catalog.c: the catalog's schema, read into a validated struct
 * catalog.
 *
 * Each object of the schema is a table of fields or a function per
 * list item, read by reader.c; this file says which keys exist, what
 * each holds, and checks what only the whole catalog can tell: that
 * every exercise id a rule names exists, that each is listed once, and
 * that every form a text asks of a side word is one the words give.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>

#include "arena.h"
#include "catalog.h"
#include "hash.h"
#include "i18n.h"
#include "input.h"
#include "lang.h"
#include "reader.h"
#include "svg.h"
#include "template.h"

/* One entry of the id table, an open-addressing hash of exercise ids. */
struct id_slot {
	const char *id; /* NULL: empty */
	size_t index;
};

/* A reference to an exercise by id, resolved once all are read. */
struct reference {
	const char *id;
	struct reader_mark mark;
	size_t *slot;
	unsigned list; /* which rule's exercise list it is in; 0: the key */
	bool is_both_sides; /* in rules.both_sides, else rules.one_side */
	size_t index;	    /* the item of the list */
};

/*
 * Most exercises a rule may list.  A rule names each exercise once, and
 * no home plan has thousands; the limit keeps the references of a
 * hostile catalog from costing more memory than the catalog itself.
 */
enum { MAX_RULE_EXERCISES = 10000 };

/* A side form a text asks for, checked once the side words are known. */
struct form_use {
	char form[TEMPLATE_MAX_FORM + 1];
	struct reader_mark mark;
	size_t offset; /* of its placeholder in the text */
	char path[READER_PATH_MAX];
};

/* Most grammatical forms a side word may have. */
enum { MAX_FORMS = 8 };

/* Longest side word, in bytes: a word, not a sentence. */
enum { SIDE_WORD_MAX = 64 };

/* The side words as read, forms by name until both sides are known. */
struct sides_builder {
	bool has_side[SIDE_COUNT];
	struct reader_mark marks[SIDE_COUNT];
	const char *names[SIDE_COUNT][MAX_FORMS];
	const char *forms[SIDE_COUNT][MAX_FORMS];
	size_t count[SIDE_COUNT];
};

/* The two rules, read before the exercises they name may be known. */
struct rules {
	struct rule one_side, both_sides;
};

struct loader {
	struct arena *arena;
	struct catalog *catalog;
	struct rules rules;
	/* False for a check: texts are validated, then dropped. */
	bool is_keeping_texts;
	/* The caller's words and language (catalog_options). */
	const struct catalog_options *options;
	/* Where the catalog's figures are: its file's folder, without a
	 * trailing '/'.  NULL: the catalog has none (standard input). */
	const char *folder;

	/* Exercises as read, grown by doubling. */
	struct exercise *exercises;
	size_t exercise_count, exercise_cap;
	struct reader_mark *id_marks;

	struct id_slot *ids;
	size_t id_cap;

	struct reference *references;
	size_t reference_count, reference_cap;
	unsigned list_count; /* exercise lists read so far */

	struct form_use *form_uses;
	size_t form_use_count, form_use_cap;

	struct words *words; /* the catalog's own; NULL: none */
	struct sides_builder sides;
	struct reader_mark words_mark;
	/* Where the first figures are, for a catalog older than them. */
	bool has_figures;
	struct reader_mark figures_mark;
	char figures_path[READER_PATH_MAX];
	struct reader_mark top_mark;
	/* The top-level language, and where each language was given. */
	const char *language;
	struct reader_mark language_mark, words_language_mark;
};

/* ---- texts ------------------------------------------------------------- */

/* Records each side form the current text uses, for finish_forms. */
struct form_scan {
	struct loader *ld;
	struct reader *r;
	enum status status;
};

static bool
note_form(const char *form, size_t len, size_t offset, void *context)
{
	struct form_scan *scan = context;
	struct loader *ld = scan->ld;
	struct form_use *use;
	size_t i;

	/* One use of each form is enough to check it. */
	for (i = 0; i < ld->form_use_count; i++)
		if (strlen(ld->form_uses[i].form) == len &&
		    memcmp(ld->form_uses[i].form, form, len) == 0)
			return true;
	/* No side word has more than MAX_FORMS forms, so a name past
	 * them is unknown whatever the words say: stop here, before a
	 * hostile catalog's thousands of names cost time and memory. */
	if (ld->form_use_count == MAX_FORMS) {
		scan->status =
			reader_fail(scan->r, reader_mark(scan->r),
				    _("unknown side form \"%.*s\", at "
				      "byte %zu; side words have at most "
				      "%d forms"),
				    (int)len, form, offset + 1, MAX_FORMS);
		return false;
	}
	if (ld->form_use_count == ld->form_use_cap) {
		size_t cap = ld->form_use_cap == 0 ? 4 : ld->form_use_cap * 2;
		use = realloc(ld->form_uses, cap * sizeof *use);
		if (use == NULL) {
			scan->status = reader_fail_memory(scan->r);
			return false;
		}
		ld->form_uses = use;
		ld->form_use_cap = cap;
	}
	use = &ld->form_uses[ld->form_use_count++];
	memcpy(use->form, form, len);
	use->form[len] = '\0';
	use->mark = reader_mark(scan->r);
	use->offset = offset;
	reader_path(scan->r, use->path, sizeof use->path);
	return true;
}

/*
 * Reads the current value as a text under rules into *out (which is
 * left NULL when the loader keeps no texts), noting the side forms a
 * side template uses.
 */
static enum status
take_text(struct reader *r, struct loader *ld,
	  const struct template_rules *rules, const char **out)
{
	struct form_scan scan = {ld, r, STATUS_OK};
	enum status status;
	const char *s;
	size_t len;

	*out = NULL;
	status = reader_text(r, rules, ld->is_keeping_texts ? out : NULL);
	if (status != STATUS_OK || rules == NULL || !rules->may_name_sides)
		return status;
	s = reader_text_used(r, &len);
	if (memchr(s, ':', len) != NULL)
		template_each_form(s, len, note_form, &scan);
	return scan.status;
}

/* Ids name exercises in rules and in --list output: keep them plain. */
static bool
is_valid_id(const char *id)
{
	size_t i;

	for (i = 0; id[i] != '\0'; i++)
		if (!((id[i] >= 'a' && id[i] <= 'z') ||
		      (id[i] >= '0' && id[i] <= '9') || id[i] == '-'))
			return false;
	return i <= 64;
}

/* An id, or a reference to one: kept always, as the final checks
 * resolve them. */
static enum status
take_id(struct reader *r, const char **out)
{
	enum status status = reader_fixed_text(r, out);

	if (status == STATUS_OK && !is_valid_id(*out))
		return reader_fail_expected(r, _("an id of at most 64 "
						 "lower-case letters, digits "
						 "and '-'"));
	return status;
}

/* ---- field readers ----------------------------------------------------- */

static const struct template_rules side_rules = {true, NULL};
static const struct template_rules fixed_rules = {false, NULL};

static enum status
read_text(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	(void)field;
	return take_text(r, context, NULL, slot);
}

static enum status
read_side_template(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	(void)field;
	return take_text(r, context, &side_rules, slot);
}

/* A template that cannot name sides: both legs are meant. */
static enum status
read_fixed_template(struct reader *r, void *context, void *slot,
		    const struct reader_field *field)
{
	(void)field;
	return take_text(r, context, &fixed_rules, slot);
}

static enum status
read_count(struct reader *r, void *context, void *slot,
	   const struct reader_field *field)
{
	(void)context;
	return reader_count(r, field->min, field->max, slot);
}

static enum status
read_text_list(struct reader *r, void *context, void *slot,
	       const struct reader_field *field)
{
	const struct loader *ld = context;

	(void)field;
	return reader_texts(r, NULL, ld->is_keeping_texts, slot);
}

/* A list of side templates, each checked for the forms it names. */
struct side_list {
	struct loader *ld;
	const char **items;
	size_t count, cap;
	const struct template_rules *rules;
};

static enum status
read_side_item(struct reader *r, void *context, size_t index)
{
	struct side_list *b = context;
	const char **grown;

	(void)index;
	if (b->count == b->cap) {
		size_t cap = b->cap == 0 ? 8 : b->cap * 2;
		grown = realloc(b->items, cap * sizeof *grown);
		if (grown == NULL)
			return reader_fail_memory(r);
		b->items = grown;
		b->cap = cap;
	}
	return take_text(r, b->ld, b->rules, &b->items[b->count++]);
}

static enum status
read_template_list(struct reader *r, struct loader *ld,
		   const struct template_rules *rules, struct text_list *list)
{
	struct side_list b = {ld, NULL, 0, 0, rules};
	enum status status = reader_list(r, 1, read_side_item, &b);

	list->count = 0;
	list->items = NULL;
	if (status == STATUS_OK && ld->is_keeping_texts) {
		list->items = arena_memdup(ld->arena, b.items, b.count,
					   sizeof *b.items);
		list->count = b.count;
		if (list->items == NULL)
			status = reader_fail_memory(r);
	}
	free(b.items);
	return status;
}

static enum status
read_side_template_list(struct reader *r, void *context, void *slot,
			const struct reader_field *field)
{
	(void)field;
	return read_template_list(r, context, &side_rules, slot);
}

static enum status
read_fixed_template_list(struct reader *r, void *context, void *slot,
			 const struct reader_field *field)
{
	(void)field;
	return read_template_list(r, context, &fixed_rules, slot);
}

/* ---- dose -------------------------------------------------------------- */

struct rest_range {
	unsigned min, max;
};

static enum status
read_rest(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	static const struct reader_field fields[] = {
		{"min", true, read_count, offsetof(struct rest_range, min), 0,
		 600, NULL, NULL, 0},
		{"max", true, read_count, offsetof(struct rest_range, max), 0,
		 600, NULL, NULL, 0},
	};
	struct reader_mark start = reader_mark(r);
	struct rest_range *rest = slot;
	enum status status;

	(void)field;
	status = reader_mapping(r, fields, 2, rest, context);
	if (status == STATUS_OK && rest->min > rest->max)
		return reader_fail(r, start,
				   _("expected min no larger than max, found "
				     "min %u and max %u"),
				   rest->min, rest->max);
	return status;
}

/* The dose as read, before we know which fields were given. */
struct dose_source {
	unsigned sets, reps, hold_seconds;
	struct rest_range rest;
};

static const struct reader_field dose_fields[] = {
	{"sets", true, read_count, offsetof(struct dose_source, sets), 1, 20,
	 NULL, NULL, 0},
	{"reps", true, read_count, offsetof(struct dose_source, reps), 1, 100,
	 NULL, NULL, 0},
	{"rest_seconds", true, read_rest, offsetof(struct dose_source, rest), 0,
	 0, NULL, NULL, 0},
	{"hold_seconds", false, read_count,
	 offsetof(struct dose_source, hold_seconds), 0, 120, NULL, NULL, 0},
};

enum { N_DOSE_FIELDS = sizeof dose_fields / sizeof dose_fields[0] };

static void
dose_from_source(struct dose *dose, const struct dose_source *src)
{
	dose->sets = src->sets;
	dose->reps = src->reps;
	dose->rest_min_seconds = src->rest.min;
	dose->rest_max_seconds = src->rest.max;
	dose->hold_seconds = src->hold_seconds;
}

static enum status
read_dose(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	struct dose_source src = {0, 0, 0, {0, 0}};
	enum status status;

	(void)field;
	status = reader_mapping(r, dose_fields, N_DOSE_FIELDS, &src, context);
	if (status == STATUS_OK)
		dose_from_source(slot, &src);
	return status;
}

/*
 * An exercise's dose: the same keys, all optional.  A value of the
 * impossible UINT32_MAX marks a key that was not given.
 */
static enum status
read_dose_override(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	struct reader_field fields[N_DOSE_FIELDS];
	struct dose_override *over = slot;
	struct dose_source src;
	enum status status;
	size_t i;

	(void)field;
	for (i = 0; i < N_DOSE_FIELDS; i++) {
		fields[i] = dose_fields[i];
		fields[i].is_required = false;
	}
	src.sets = src.reps = src.hold_seconds = UINT32_MAX;
	src.rest.min = src.rest.max = UINT32_MAX;
	status = reader_mapping(r, fields, N_DOSE_FIELDS, &src, context);
	if (status != STATUS_OK)
		return status;
	over->fields = 0;
	if (src.sets != UINT32_MAX)
		over->fields |= DOSE_SETS;
	if (src.reps != UINT32_MAX)
		over->fields |= DOSE_REPS;
	if (src.rest.min != UINT32_MAX)
		over->fields |= DOSE_REST;
	if (src.hold_seconds != UINT32_MAX)
		over->fields |= DOSE_HOLD;
	dose_from_source(&over->dose, &src);
	return STATUS_OK;
}

/* ---- schedule ---------------------------------------------------------- */

static enum status
read_schedule(struct reader *r, void *context, void *slot,
	      const struct reader_field *field)
{
	static const struct reader_field fields[] = {
		{"sessions_per_week", true, read_count,
		 offsetof(struct schedule, sessions_per_week), 1, 7, NULL, NULL,
		 0},
		{"rest_days_between", true, read_count,
		 offsetof(struct schedule, rest_days_between), 0, 6, NULL, NULL,
		 0},
		{"note", false, read_text, offsetof(struct schedule, note), 0,
		 0, NULL, NULL, 0},
	};
	struct reader_mark start = reader_mark(r);
	struct schedule *s = slot;
	enum status status;

	(void)field;
	status = reader_mapping(r, fields, 3, s, context);
	if (status != STATUS_OK)
		return status;
	/*
	 * Each session and the rest days after it must fit a week, so
	 * that the same days repeat every week and the rest holds from
	 * one week into the next: 3 sessions with 1 rest day take 6 days.
	 */
	if (s->sessions_per_week * (s->rest_days_between + 1) > 7)
		return reader_fail(r, start,
				   ngettext("%u sessions, each followed by %u "
					    "rest day, take more than a week",
					    "%u sessions, each followed by %u "
					    "rest days, take more than a week",
					    s->rest_days_between),
				   s->sessions_per_week, s->rest_days_between);
	return STATUS_OK;
}

/* ---- bands and the log ------------------------------------------------- */

static bool
is_ascii(const char *s)
{
	while (*s != '\0' && (unsigned char)*s < 0x80)
		s++;
	return *s == '\0';
}

bool
catalog_same_band(const char *a, const char *b)
{
	int result;

	/* ASCII names, the usual ones, need no Unicode case folding. */
	if (strcasecmp(a, b) == 0)
		return true;
	if (is_ascii(a) && is_ascii(b))
		return false;
	return u8_casecmp((const uint8_t *)a, strlen(a), (const uint8_t *)b,
			  strlen(b), NULL, NULL, &result) == 0 &&
	       result == 0;
}

/* The ladder as read, to find a colour given twice. */
struct band_builder {
	const char *items[CATALOG_MAX_BANDS];
	struct reader_mark marks[CATALOG_MAX_BANDS];
	size_t count;
};

static enum status
read_band(struct reader *r, void *context, size_t index)
{
	struct band_builder *b = context;
	const char *name = NULL;
	enum status status;
	size_t i;

	if (index >= CATALOG_MAX_BANDS)
		return reader_fail(r, reader_mark(r),
				   _("a ladder has at most %d bands"),
				   CATALOG_MAX_BANDS);
	/* Kept even by --check: colours are compared with each other. */
	if ((status = reader_text(r, NULL, &name)) != STATUS_OK)
		return status;
	/* A colour is a cell of the log and a word of --band. */
	if (strpbrk(name, "\n\t") != NULL)
		return reader_fail_expected(r, _("a band colour on one line"));
	for (i = 0; i < b->count; i++)
		if (catalog_same_band(b->items[i], name))
			return reader_fail(
				r, reader_mark(r),
				_("band \"%s\" given twice, first at "
				  "%lu:%lu"),
				name, b->marks[i].line, b->marks[i].column);
	b->marks[b->count] = reader_mark(r);
	b->items[b->count++] = name;
	return STATUS_OK;
}

static enum status
read_bands(struct reader *r, void *context, void *slot,
	   const struct reader_field *field)
{
	struct loader *ld = context;
	struct band_builder b;
	struct text_list *bands = slot;
	enum status status;

	(void)field;
	b.count = 0;
	if ((status = reader_list(r, 1, read_band, &b)) != STATUS_OK)
		return status;
	bands->items =
		arena_memdup(ld->arena, b.items, b.count, sizeof *b.items);
	bands->count = b.count;
	if (bands->items == NULL)
		return reader_fail_memory(r);
	return STATUS_OK;
}

static enum status
read_log(struct reader *r, void *context, void *slot,
	 const struct reader_field *field)
{
	static const struct reader_field fields[] = {
		{"pain", true, read_side_template,
		 offsetof(struct log_sheet, pain), 0, 0, NULL, NULL, 0},
		{"note", false, read_text, offsetof(struct log_sheet, note), 0,
		 0, NULL, NULL, 0},
	};

	(void)field;
	return reader_mapping(r, fields, 2, slot, context);
}

/* ---- exercise references ----------------------------------------------- */

/* "rules.one_side.exercises[2]": where a reference is, for a message. */
static void
reference_path(const struct reference *ref, char *buf, size_t size)
{
	const char *rule = ref->is_both_sides ? "both_sides" : "one_side";

	if (ref->list == 0)
		snprintf(buf, size, "rules.%s.key_exercise", rule);
	else
		snprintf(buf, size, "rules.%s.exercises[%zu]", rule,
			 ref->index);
}

static enum status
add_reference(struct reader *r, struct loader *ld, const char *id, size_t *slot,
	      unsigned list, bool is_both_sides, size_t index)
{
	struct reference *ref;

	if (ld->reference_count == ld->reference_cap) {
		size_t cap = ld->reference_cap == 0 ? 8 : ld->reference_cap * 2;
		ref = realloc(ld->references, cap * sizeof *ref);
		if (ref == NULL)
			return reader_fail_memory(r);
		ld->references = ref;
		ld->reference_cap = cap;
	}
	ref = &ld->references[ld->reference_count++];
	ref->id = id;
	ref->mark = reader_mark(r);
	ref->slot = slot;
	ref->list = list;
	ref->is_both_sides = is_both_sides;
	ref->index = index;
	return STATUS_OK;
}

static enum status
read_reference(struct reader *r, void *context, void *slot,
	       const struct reader_field *field)
{
	struct loader *ld = context;
	const char *id = NULL;
	enum status status;

	(void)field;
	if ((status = take_id(r, &id)) != STATUS_OK)
		return status;
	return add_reference(r, ld, id, slot, 0,
			     slot == &ld->rules.both_sides.key_exercise, 0);
}

/* The items of one rule's exercise list, as references are taken. */
struct order_builder {
	struct loader *ld;
	size_t count;
	unsigned list;
	bool is_both_sides;
};

static enum status
read_order_item(struct reader *r, void *context, size_t index)
{
	struct order_builder *b = context;
	const char *id = NULL;
	enum status status;

	if (index >= MAX_RULE_EXERCISES)
		return reader_fail(r, reader_mark(r),
				   _("a rule lists at most %d exercises"),
				   MAX_RULE_EXERCISES);
	if ((status = take_id(r, &id)) != STATUS_OK)
		return status;
	b->count++;
	/* The slot is known once the list's length is. */
	return add_reference(r, b->ld, id, NULL, b->list, b->is_both_sides,
			     index);
}

/*
 * A rule's exercise list; the field's slot is the rule itself.  Its
 * references are the last ones taken, so they get their slots in the
 * finished array here.
 */
static enum status
read_rule_exercises(struct reader *r, void *context, void *slot,
		    const struct reader_field *field)
{
	struct loader *ld = context;
	struct rule *rule = slot;
	struct order_builder b = {ld, 0, ++ld->list_count,
				  rule == &ld->rules.both_sides};
	enum status status = reader_list(r, 1, read_order_item, &b);
	size_t *order, i, first;

	(void)field;
	if (status != STATUS_OK)
		return status;
	order = arena_alloc(ld->arena, b.count * sizeof *order);
	if (order == NULL)
		return reader_fail_memory(r);
	first = ld->reference_count - b.count;
	for (i = 0; i < b.count; i++)
		ld->references[first + i].slot = &order[i];
	rule->order = order;
	rule->order_count = b.count;
	return STATUS_OK;
}

/* ---- rules ------------------------------------------------------------- */

static enum status
read_work(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	static const char *const names[] = {"opposite", "same", "both"};
	enum work_rule *work = slot;
	size_t i;

	(void)context;
	(void)field;
	for (i = 0; i < 3; i++)
		if (reader_is_word(r, names[i])) {
			*work = (enum work_rule)i;
			return STATUS_OK;
		}
	return reader_fail_expected(r, _("opposite, same or both"));
}

static enum status
read_one_side(struct reader *r, void *context, void *slot,
	      const struct reader_field *field)
{
	static const struct reader_field fields[] = {
		{"work", true, read_work, offsetof(struct rule, work), 0, 0,
		 NULL, NULL, 0},
		{"headline", true, read_side_template,
		 offsetof(struct rule, headline), 0, 0, NULL, NULL, 0},
		{"warning", false, read_side_template,
		 offsetof(struct rule, warning), 0, 0, NULL, NULL, 0},
		{"rationale", true, read_side_template_list,
		 offsetof(struct rule, rationale), 0, 0, NULL, NULL, 0},
		{"exercises", true, read_rule_exercises, 0, 0, 0, NULL, NULL,
		 0},
		{"key_exercise", false, read_reference,
		 offsetof(struct rule, key_exercise), 0, 0, NULL, NULL, 0},
	};

	(void)field;
	return reader_mapping(r, fields, sizeof fields / sizeof fields[0], slot,
			      context);
}

static enum status
read_both_sides(struct reader *r, void *context, void *slot,
		const struct reader_field *field)
{
	static const struct reader_field fields[] = {
		{"headline", true, read_fixed_template,
		 offsetof(struct rule, headline), 0, 0, NULL, NULL, 0},
		{"warning", false, read_fixed_template,
		 offsetof(struct rule, warning), 0, 0, NULL, NULL, 0},
		{"rationale", true, read_fixed_template_list,
		 offsetof(struct rule, rationale), 0, 0, NULL, NULL, 0},
		{"exercises", true, read_rule_exercises, 0, 0, 0, NULL, NULL,
		 0},
		{"key_exercise", false, read_reference,
		 offsetof(struct rule, key_exercise), 0, 0, NULL, NULL, 0},
	};

	(void)field;
	((struct rule *)slot)->work = WORK_BOTH;
	return reader_mapping(r, fields, sizeof fields / sizeof fields[0], slot,
			      context);
}

/* Read into the loader, not the catalog: see struct rules. */
static enum status
read_rules(struct reader *r, void *context, void *slot,
	   const struct reader_field *field)
{
	static const struct reader_field fields[] = {
		{"one_side", true, read_one_side,
		 offsetof(struct rules, one_side), 0, 0, NULL, NULL, 0},
		{"both_sides", true, read_both_sides,
		 offsetof(struct rules, both_sides), 0, 0, NULL, NULL, 0},
	};
	struct loader *ld = context;

	(void)slot;
	(void)field;
	return reader_mapping(r, fields, 2, &ld->rules, context);
}

/* ---- exercises --------------------------------------------------------- */

static enum status
read_id(struct reader *r, void *context, void *slot,
	const struct reader_field *field)
{
	struct loader *ld = context;
	enum status status;

	(void)field;
	if ((status = take_id(r, slot)) != STATUS_OK)
		return status;
	ld->id_marks[ld->exercise_count] = reader_mark(r);
	reader_name_item(r, *(const char **)slot);
	return STATUS_OK;
}

/* ---- figures ----------------------------------------------------------- */

/* One figure as read: the drawing is emitted once its leg is known. */
struct figure_source {
	struct svg *svg; /* NULL in a check, which keeps none */
	const char *caption;
	enum side leg;
};

/*
 * A figure's path stays inside the catalog's folder: no absolute path
 * and no "..".  A catalog one is sent then cannot make heelrx read, and
 * quote in its messages, a file from elsewhere, and a clinic can move
 * the folder with its figures in it.
 */
static bool
is_inside_folder(const char *path)
{
	const char *p = path;

	if (*p == '/' || strpbrk(p, "\n\t") != NULL)
		return false;
	for (;;) {
		const char *slash = strchr(p, '/');
		size_t len = slash != NULL ? (size_t)(slash - p) : strlen(p);

		if (len == 2 && p[0] == '.' && p[1] == '.')
			return false;
		if (slash == NULL)
			return true;
		p = slash + 1;
	}
}

/*
 * The figure's file, read from the catalog's folder and parsed.  Every
 * fault is the catalog's, at this value, and a fault inside the figure
 * gives the figure's own line and column after its name:
 * "exercises[0].figures[1].file: a.svg:3:5: element 'script' is not
 * allowed".
 */
static enum status
read_figure_file(struct reader *r, void *context, void *slot,
		 const struct reader_field *field)
{
	struct loader *ld = context;
	struct figure_source *src = slot;
	struct reader_mark mark = reader_mark(r);
	const char *file = NULL;
	struct failure ff;
	enum status status;
	char *path, *bytes;
	size_t len;

	(void)field;
	if ((status = reader_fixed_text(r, &file)) != STATUS_OK)
		return status;
	if (!is_inside_folder(file))
		return reader_fail_expected(r, _("a path on one line, relative "
						 "to the catalog's folder and "
						 "without \"..\""));
	if (ld->folder == NULL)
		return reader_fail(r, mark,
				   _("figures are read from the catalog's "
				     "folder, and a catalog on standard input "
				     "has none"));
	if ((path = malloc(strlen(ld->folder) + strlen(file) + 2)) == NULL)
		return reader_fail_memory(r);
	sprintf(path, "%s/%s", ld->folder, file);
	status = input_read(path, file, SVG_MAX_BYTES, &bytes, &len, &ff);
	free(path);
	if (status == STATUS_SOFTWARE)
		return reader_fail_memory(r);
	/* input_read's message names the file already. */
	if (status != STATUS_OK)
		return reader_fail(r, mark, "%s", ff.message);
	status = svg_parse(bytes, len, &src->svg, &ff);
	free(bytes);
	/* Memory, or libexpat that cannot be loaded (svg.c). */
	if (status == STATUS_SOFTWARE)
		return reader_fail_software(r, mark, ff.message);
	if (status != STATUS_OK && ff.line > 0)
		return reader_fail(r, mark, "%s:%lu:%lu: %s", file, ff.line,
				   ff.column, ff.message);
	if (status != STATUS_OK)
		return reader_fail(r, mark, "%s: %s", file, ff.message);
	if (!ld->is_keeping_texts) {
		svg_free(src->svg);
		src->svg = NULL;
	}
	return STATUS_OK;
}

static enum status
read_leg(struct reader *r, void *context, void *slot,
	 const struct reader_field *field)
{
	enum side *leg = slot;

	(void)context;
	(void)field;
	if (reader_is_word(r, "left"))
		*leg = SIDE_LEFT;
	else if (reader_is_word(r, "right"))
		*leg = SIDE_RIGHT;
	else
		return reader_fail_expected(r, _("left or right"));
	return STATUS_OK;
}

/* The figures of one exercise, as they are read. */
struct figure_builder {
	struct loader *ld;
	struct figure items[CATALOG_MAX_FIGURES];
	size_t count;
};

/* The drawing for each working leg: as drawn, or mirrored. */
static enum status
emit_figure(struct reader *r, struct loader *ld,
	    const struct figure_source *src, struct figure *fig)
{
	struct failure ff;
	size_t side, len;
	char *out;

	fig->caption = src->caption;
	fig->leg = src->leg;
	for (side = 0; side < SIDE_COUNT; side++) {
		if (svg_emit(src->svg, side != (size_t)src->leg, &out, &len,
			     &ff) != STATUS_OK)
			return reader_fail_memory(r);
		fig->svg[side] = arena_strndup(ld->arena, out, len);
		free(out);
		if (fig->svg[side] == NULL)
			return reader_fail_memory(r);
	}
	return STATUS_OK;
}

static enum status
read_figure(struct reader *r, void *context, size_t index)
{
	static const struct reader_field fields[] = {
		{"file", true, read_figure_file, 0, 0, 0, NULL, NULL, 0},
		{"caption", true, read_side_template,
		 offsetof(struct figure_source, caption), 0, 0, NULL, NULL, 0},
		{"leg", false, read_leg, offsetof(struct figure_source, leg), 0,
		 0, NULL, NULL, 0},
	};
	struct figure_builder *b = context;
	struct figure_source src = {NULL, NULL, SIDE_LEFT};
	enum status status;

	if (index >= CATALOG_MAX_FIGURES)
		return reader_fail(r, reader_mark(r),
				   _("an exercise has at most %d figures"),
				   CATALOG_MAX_FIGURES);
	status = reader_mapping(r, fields, sizeof fields / sizeof fields[0],
				&src, b->ld);
	if (status == STATUS_OK && src.svg != NULL)
		status = emit_figure(r, b->ld, &src, &b->items[b->count++]);
	svg_free(src.svg);
	return status;
}

static enum status
read_figures(struct reader *r, void *context, void *slot,
	     const struct reader_field *field)
{
	struct loader *ld = context;
	struct figure_list *list = slot;
	struct figure_builder *b;
	enum status status;

	(void)field;
	/* Figures came with schema 2; the version is usually known by
	 * now, else finish checks it. */
	if (ld->catalog->schema_version == 1)
		return reader_fail(r, reader_mark(r),
				   _("figures need schema_version 2, found 1"));
	if (!ld->has_figures) {
		ld->has_figures = true;
		ld->figures_mark = reader_mark(r);
		reader_path(r, ld->figures_path, sizeof ld->figures_path);
	}
	if ((b = malloc(sizeof *b)) == NULL)
		return reader_fail_memory(r);
	b->ld = ld;
	b->count = 0;
	status = reader_list(r, 1, read_figure, b);
	if (status == STATUS_OK && b->count > 0) {
		list->items = arena_memdup(ld->arena, b->items, b->count,
					   sizeof *b->items);
		list->count = b->count;
		if (list->items == NULL)
			status = reader_fail_memory(r);
	}
	free(b);
	return status;
}

static enum status
read_exercise(struct reader *r, void *context, size_t index)
{
	static const struct reader_field fields[] = {
		{"id", true, read_id, offsetof(struct exercise, id), 0, 0, NULL,
		 NULL, 0},
		{"name", true, read_text, offsetof(struct exercise, name), 0, 0,
		 NULL, NULL, 0},
		{"target", true, read_text, offsetof(struct exercise, target),
		 0, 0, NULL, NULL, 0},
		{"equipment", false, read_text,
		 offsetof(struct exercise, equipment), 0, 0, NULL, NULL, 0},
		{"anchor", true, read_text, offsetof(struct exercise, anchor),
		 0, 0, NULL, NULL, 0},
		{"position", true, read_text,
		 offsetof(struct exercise, position), 0, 0, NULL, NULL, 0},
		{"setup", true, read_side_template_list,
		 offsetof(struct exercise, setup), 0, 0, NULL, NULL, 0},
		{"steps", true, read_text_list,
		 offsetof(struct exercise, steps), 0, 0, NULL, NULL, 0},
		{"cues", false, read_text_list, offsetof(struct exercise, cues),
		 0, 0, NULL, NULL, 0},
		{"dose", false, read_dose_override,
		 offsetof(struct exercise, dose), 0, 0, NULL, NULL, 0},
		{"figures", false, read_figures,
		 offsetof(struct exercise, figures), 0, 0, NULL, NULL, 0},
	};
	struct loader *ld = context;
	struct exercise *ex;
	enum status status;

	(void)index;
	if (ld->exercise_count == ld->exercise_cap) {
		size_t cap = ld->exercise_cap == 0 ? 16 : ld->exercise_cap * 2;
		struct exercise *grown =
			realloc(ld->exercises, cap * sizeof *grown);
		struct reader_mark *marks;
		if (grown == NULL)
			return reader_fail_memory(r);
		ld->exercises = grown;
		marks = realloc(ld->id_marks, cap * sizeof *marks);
		if (marks == NULL)
			return reader_fail_memory(r);
		ld->id_marks = marks;
		ld->exercise_cap = cap;
	}
	ex = &ld->exercises[ld->exercise_count];
	memset(ex, 0, sizeof *ex);
	/* A translation names an exercise's texts by its id. */
	if (reader_translates(r))
		reader_expect_name(r);
	status = reader_mapping(r, fields, sizeof fields / sizeof fields[0], ex,
				context);
	if (status == STATUS_OK)
		ld->exercise_count++;
	return status;
}

static enum status
read_exercises(struct reader *r, void *context, void *slot,
	       const struct reader_field *field)
{
	(void)slot;
	(void)field;
	return reader_list(r, 1, read_exercise, context);
}

/* ---- the handout's words ----------------------------------------------- */

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
	status = take_text(r, ld, &rules, slot);
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
static enum status
read_language(struct reader *r, void *context, void *slot,
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

/* A side word: on one line, short, no placeholders. */
static enum status
take_side_word(struct reader *r, const char **out)
{
	/* A translation replaces a side whole, forms and all: read_side. */
	enum status status = reader_fixed_text(r, out);

	if (status == STATUS_OK &&
	    (strpbrk(*out, "\n\t") != NULL || strlen(*out) > SIDE_WORD_MAX))
		return reader_fail_expected(r, _("a side word on one line, of "
						 "at most 64 bytes"));
	return status;
}

static bool
is_form_name(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > TEMPLATE_MAX_FORM)
		return false;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return false;
	return true;
}

/* The side being read by read_side_key. */
struct side_key {
	struct loader *ld;
	enum side side;
	const char *word;
};

/* One key of a side's mapping: "word", or a form's name. */
static enum status
read_side_key(struct reader *r, void *context, const char *key, size_t len)
{
	struct side_key *k = context;
	struct sides_builder *b = &k->ld->sides;
	size_t *n = &b->count[k->side], i;

	for (i = 0; i < *n; i++)
		if (strcmp(b->names[k->side][i], key) == 0)
			return reader_fail(r, reader_mark(r),
					   _("key given twice"));
	if (strcmp(key, "word") == 0 && k->word != NULL)
		return reader_fail(r, reader_mark(r), _("key given twice"));
	if (strcmp(key, "word") == 0)
		return take_side_word(r, &k->word);
	if (!is_form_name(key, len))
		return reader_fail(r, reader_mark(r),
				   _("expected word, or a form name of 1 to %d "
				     "letters, digits or '_'"),
				   TEMPLATE_MAX_FORM);
	if (*n == MAX_FORMS)
		return reader_fail(r, reader_mark(r),
				   _("a side word has at most %d forms"),
				   MAX_FORMS);
	b->names[k->side][*n] = key;
	return take_side_word(r, &b->forms[k->side][(*n)++]);
}

/* A side's value: a word, or a mapping of word and forms. */
static enum status
read_side_value(struct reader *r, void *context, void *slot,
		const struct reader_field *field)
{
	struct side_key *k = context;
	struct reader_mark start = reader_mark(r);
	enum status status;

	(void)slot;
	(void)field;
	k->word = NULL;
	k->ld->sides.count[k->side] = 0;
	if (!reader_is_mapping(r))
		return take_side_word(r, &k->word);
	status = reader_open_mapping(r, read_side_key, k);
	if (status == STATUS_OK && k->word == NULL)
		return reader_fail(r, start, _("missing key \"word\""));
	return status;
}

/* Whether a side word must be quoted in a YAML flow mapping. */
static bool
needs_quotes(const char *s)
{
	return *s == ' ' || s[strlen(s) - 1] == ' ' ||
	       strpbrk(s, ",[]{}:#&*!|>'\"%@`\\") != NULL;
}

/* Appends s to buf at *n, quoted when it must be. */
static void
put_flow_word(char *buf, size_t *n, const char *s)
{
	bool is_quoted = needs_quotes(s);

	if (is_quoted)
		buf[(*n)++] = '"';
	for (; *s != '\0'; s++) {
		if (is_quoted && (*s == '"' || *s == '\\'))
			buf[(*n)++] = '\\';
		buf[(*n)++] = *s;
	}
	if (is_quoted)
		buf[(*n)++] = '"';
}

/*
 * The side as a catalog writes it, for a translation: the word, or
 * "{word: left, f: left}" with its forms.
 */
static const char *
side_source(struct loader *ld, const struct side_key *k)
{
	const struct sides_builder *b = &ld->sides;
	size_t i, n = 0, count = b->count[k->side];
	/* Each word at most doubled by quoting, plus the punctuation. */
	char *buf = arena_alloc(
		ld->arena,
		(count + 1) * (2 * SIDE_WORD_MAX + TEMPLATE_MAX_FORM + 8) + 16);

	if (buf == NULL)
		return NULL;
	if (count == 0) {
		memcpy(buf, k->word, strlen(k->word) + 1);
		return buf;
	}
	memcpy(buf, "{word: ", 7);
	n = 7;
	put_flow_word(buf, &n, k->word);
	for (i = 0; i < count; i++) {
		memcpy(buf + n, ", ", 2);
		n += 2;
		memcpy(buf + n, b->names[k->side][i],
		       strlen(b->names[k->side][i]));
		n += strlen(b->names[k->side][i]);
		memcpy(buf + n, ": ", 2);
		n += 2;
		put_flow_word(buf, &n, b->forms[k->side][i]);
	}
	buf[n++] = '}';
	buf[n] = '\0';
	return buf;
}

/*
 * words.sides.left or .right: a word, or a mapping of word and forms.
 * A translation replaces it whole, in the same syntax, since another
 * language needs forms of its own.
 */
static enum status
read_side(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	struct side_key k = {context, (enum side)field->min, NULL};
	const char *source, *replacement = NULL;
	enum status status;

	(void)slot;
	k.ld->sides.has_side[k.side] = true;
	k.ld->sides.marks[k.side] = reader_mark(r);
	status = read_side_value(r, &k, NULL, NULL);
	if (status == STATUS_OK && reader_translates(r)) {
		if ((source = side_source(k.ld, &k)) == NULL)
			return reader_fail_memory(r);
		status = reader_translate(r, source, &replacement);
	}
	if (status == STATUS_OK && replacement != NULL) {
		k.ld->sides.marks[k.side] = reader_mark(r);
		status = reader_read_replacement(
			r, replacement, strlen(replacement), read_side_value,
			&k, NULL, NULL);
	}
	k.ld->words->sides.word[k.side] = k.word;
	return status;
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

static const struct reader_field side_fields[] = {
	{"left", true, read_side, 0, SIDE_LEFT, 0, NULL, NULL, 0},
	{"right", true, read_side, 0, SIDE_RIGHT, 0, NULL, NULL, 0},
};

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
	{"language", true, read_language, offsetof(struct words, language), 0,
	 0, NULL, NULL, 0},
	GROUP("sides", side_fields),
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

static enum status
read_words(struct reader *r, void *context, void *slot,
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

/* ---- checks of the whole catalog --------------------------------------- */

/* The slot for id: the one holding it, or the empty one it would take. */
static struct id_slot *
id_slot(struct loader *ld, const char *id)
{
	size_t mask = ld->id_cap - 1;
	size_t i = (size_t)hash_string(HASH_START, id) & mask;

	while (ld->ids[i].id != NULL && strcmp(ld->ids[i].id, id) != 0)
		i = (i + 1) & mask;
	return &ld->ids[i];
}

/* Indexes every exercise by id; duplicates are errors. */
static enum status
index_ids(struct reader *r, struct loader *ld)
{
	struct id_slot *slot;
	size_t i;

	ld->id_cap = 16;
	while (ld->id_cap < ld->exercise_count * 2)
		ld->id_cap *= 2;
	ld->ids = calloc(ld->id_cap, sizeof *ld->ids);
	if (ld->ids == NULL)
		return reader_fail_memory(r);
	for (i = 0; i < ld->exercise_count; i++) {
		slot = id_slot(ld, ld->exercises[i].id);
		if (slot->id != NULL) {
			struct reader_mark first = ld->id_marks[slot->index];
			return reader_fail_plain(
				r, ld->id_marks[i],
				_("exercises[%zu].id: duplicate id \"%s\", "
				  "first given at %lu:%lu"),
				i, ld->exercises[i].id, first.line,
				first.column);
		}
		slot->id = ld->exercises[i].id;
		slot->index = i;
	}
	return STATUS_OK;
}

/*
 * Points every reference at its exercise.  A list may name an exercise
 * only once; listed[] remembers which list last named each one.
 */
static enum status
resolve_references(struct reader *r, struct loader *ld)
{
	const struct reference *ref;
	struct id_slot *slot;
	char path[READER_PATH_MAX];
	unsigned *listed;
	size_t i;

	listed = calloc(ld->exercise_count + 1, sizeof *listed);
	if (listed == NULL)
		return reader_fail_memory(r);
	for (i = 0; i < ld->reference_count; i++) {
		ref = &ld->references[i];
		slot = id_slot(ld, ref->id);
		reference_path(ref, path, sizeof path);
		if (slot->id == NULL) {
			free(listed);
			return reader_fail_plain(r, ref->mark,
						 _("%s: expected the id of an "
						   "exercise, found unknown id "
						   "\"%s\""),
						 path, ref->id);
		}
		if (ref->list != 0 && listed[slot->index] == ref->list) {
			free(listed);
			return reader_fail_plain(r, ref->mark,
						 _("%s: \"%s\" is already in "
						   "this list"),
						 path, ref->id);
		}
		if (ref->list != 0)
			listed[slot->index] = ref->list;
		*ref->slot = slot->index;
	}
	free(listed);
	return STATUS_OK;
}

/* A rule's key exercise must be one that the rule lists. */
static enum status
check_key_exercise(struct reader *r, struct loader *ld, const struct rule *rule)
{
	char path[READER_PATH_MAX];
	size_t i;

	if (rule->key_exercise == CATALOG_NO_EXERCISE)
		return STATUS_OK;
	for (i = 0; i < rule->order_count; i++)
		if (rule->order[i] == rule->key_exercise)
			return STATUS_OK;
	for (i = 0; i < ld->reference_count; i++)
		if (ld->references[i].slot == &rule->key_exercise)
			break;
	reference_path(&ld->references[i], path, sizeof path);
	return reader_fail_plain(r, ld->references[i].mark,
				 _("%s: \"%s\" is not in the exercises of this "
				   "rule"),
				 path, ld->exercises[rule->key_exercise].id);
}

/*
 * The side words' forms, as struct side_words keeps them: the names in
 * the order the left side gives them, each side's word for each.  Both
 * sides must give the same forms.
 */
static enum status
finish_sides(struct reader *r, struct loader *ld)
{
	struct sides_builder *b = &ld->sides;
	struct side_words *sides = &ld->words->sides;
	const char **names, **forms[SIDE_COUNT];
	size_t n = b->count[SIDE_LEFT], i, j;

	if (b->count[SIDE_RIGHT] != n)
		return reader_fail_plain(r, b->marks[SIDE_RIGHT],
					 ngettext("words.sides.right: expected "
						  "the same %zu form as the "
						  "left side, found %zu",
						  "words.sides.right: expected "
						  "the same %zu forms as the "
						  "left side, found %zu",
						  n),
					 n, b->count[SIDE_RIGHT]);
	names = arena_alloc(ld->arena, (n + 1) * sizeof *names);
	forms[SIDE_LEFT] = arena_alloc(ld->arena, (n + 1) * sizeof **forms);
	forms[SIDE_RIGHT] = arena_alloc(ld->arena, (n + 1) * sizeof **forms);
	if (names == NULL || forms[SIDE_LEFT] == NULL ||
	    forms[SIDE_RIGHT] == NULL)
		return reader_fail_memory(r);
	for (i = 0; i < n; i++) {
		names[i] = b->names[SIDE_LEFT][i];
		forms[SIDE_LEFT][i] = b->forms[SIDE_LEFT][i];
		for (j = 0; j < n; j++)
			if (strcmp(b->names[SIDE_RIGHT][j], names[i]) == 0)
				break;
		if (j == n)
			return reader_fail_plain(
				r, b->marks[SIDE_RIGHT],
				_("words.sides.right: missing "
				  "form \"%s\", which the left "
				  "side has"),
				names[i]);
		forms[SIDE_RIGHT][i] = b->forms[SIDE_RIGHT][j];
	}
	sides->form_names = names;
	sides->forms[SIDE_LEFT] = forms[SIDE_LEFT];
	sides->forms[SIDE_RIGHT] = forms[SIDE_RIGHT];
	sides->form_count = n;
	return STATUS_OK;
}

/* Every side form a text asks for is one the side words have. */
static enum status
check_forms(struct reader *r, struct loader *ld, const struct side_words *sides)
{
	const struct form_use *use;
	char known[256];
	size_t i, j, used;

	for (i = 0; i < ld->form_use_count; i++) {
		use = &ld->form_uses[i];
		if (template_has_form(sides, use->form, strlen(use->form)))
			continue;
		known[0] = '\0';
		for (j = used = 0; j < sides->form_count && used < sizeof known;
		     j++)
			used += (size_t)snprintf(
				known + used, sizeof known - used, "%s%s",
				j > 0 ? ", " : "", sides->form_names[j]);
		if (sides->form_count == 0)
			return reader_fail_plain(
				r, use->mark,
				_("%s: unknown side form \"%s\", at byte %zu; "
				  "the side words have no forms"),
				use->path, use->form, use->offset + 1);
		return reader_fail_plain(r, use->mark,
					 _("%s: unknown side form \"%s\", at "
					   "byte %zu; the side words have %s"),
					 use->path, use->form, use->offset + 1,
					 known);
	}
	return STATUS_OK;
}

/*
 * The catalog's language and words: its own, or the caller's in its
 * language.  A language the caller did not ask for is a usage error,
 * not a fault of the catalog.
 */
static enum status
choose_words(struct reader *r, struct loader *ld)
{
	const struct catalog_options *o = ld->options;
	struct catalog *c = ld->catalog;
	struct reader_mark mark = ld->language_mark;
	size_t i;

	if (c->language != NULL && ld->words != NULL &&
	    !lang_compatible(c->language, ld->words->language))
		return reader_fail_plain(r, ld->words_language_mark,
					 _("words.language: expected the "
					   "catalog's language \"%s\", found "
					   "\"%s\""),
					 c->language, ld->words->language);
	ld->language = c->language;
	if (c->language == NULL && ld->words != NULL) {
		c->language = ld->words->language;
		mark = ld->words_language_mark;
	}
	if (c->language != NULL && o->language != NULL &&
	    !lang_compatible(c->language, o->language))
		return reader_refuse(r, mark,
				     _("%s: the catalog is written in \"%s\", "
				       "not in \"%s\" as --lang asks; heelrx "
				       "does not translate a catalog"),
				     ld->language != NULL ? "language"
							  : "words.language",
				     c->language, o->language);
	if (ld->words != NULL) {
		c->words = ld->words;
		return STATUS_OK;
	}
	for (i = 0; i < o->word_count; i++)
		if (c->language == NULL ||
		    lang_compatible(c->language, o->words[i]->language)) {
			c->words = o->words[i];
			return STATUS_OK;
		}
	if (c->language != NULL && o->word_count > 0)
		return reader_fail_plain(r, ld->language_mark,
					 _("language: heelrx has no words in "
					   "\"%s\"; give the catalog words of "
					   "its own"),
					 c->language);
	return reader_fail_plain(r, ld->top_mark, _("missing key \"words\""));
}

/* Cross-checks that need the whole catalog, then its final form. */
static enum status
finish(struct reader *r, struct loader *ld)
{
	struct catalog *c = ld->catalog;
	enum status status;

	if ((status = index_ids(r, ld)) != STATUS_OK ||
	    (status = resolve_references(r, ld)) != STATUS_OK ||
	    (status = check_key_exercise(r, ld, &ld->rules.one_side)) !=
		    STATUS_OK ||
	    (status = check_key_exercise(r, ld, &ld->rules.both_sides)) !=
		    STATUS_OK)
		return status;
	if (ld->words != NULL && c->schema_version < 2)
		return reader_fail_plain(r, ld->words_mark,
					 _("words: the handout's words need "
					   "schema_version 2, found %u"),
					 c->schema_version);
	if (ld->has_figures && c->schema_version < 2)
		return reader_fail_plain(r, ld->figures_mark,
					 _("%s: figures need schema_version 2, "
					   "found %u"),
					 ld->figures_path, c->schema_version);
	if (ld->words != NULL && (status = finish_sides(r, ld)) != STATUS_OK)
		return status;
	if ((status = choose_words(r, ld)) != STATUS_OK)
		return status;
	if ((status = check_forms(r, ld, &c->words->sides)) != STATUS_OK)
		return status;
	c->one_side = ld->rules.one_side;
	c->both_sides = ld->rules.both_sides;
	/* A check is done: its catalog is thrown away unread. */
	if (!ld->is_keeping_texts)
		return STATUS_OK;
	c->exercises = arena_memdup(ld->arena, ld->exercises,
				    ld->exercise_count, sizeof *ld->exercises);
	if (c->exercises == NULL)
		return reader_fail_memory(r);
	c->exercise_count = ld->exercise_count;
	return STATUS_OK;
}

/* ---- the document ------------------------------------------------------ */

static enum status
read_version(struct reader *r, void *context, void *slot,
	     const struct reader_field *field)
{
	unsigned *version = slot;
	enum status status;

	(void)context;
	(void)field;
	status = reader_count(r, 1, 1000000, version);
	if (status == STATUS_OK && *version > CATALOG_SCHEMA_VERSION)
		return reader_fail(r, reader_mark(r),
				   _("expected 1 or %d, found %u: this heelrx "
				     "reads schema versions 1 and %d"),
				   CATALOG_SCHEMA_VERSION, *version,
				   CATALOG_SCHEMA_VERSION);
	return status;
}

static enum status
read_top(struct reader *r, void *context, void *slot,
	 const struct reader_field *field)
{
	static const struct reader_field fields[] = {
		{"schema_version", true, read_version,
		 offsetof(struct catalog, schema_version), 0, 0, NULL, NULL, 0},
		{"language", false, read_language,
		 offsetof(struct catalog, language), 1, 0, NULL, NULL, 0},
		{"title", true, read_text, offsetof(struct catalog, title), 0,
		 0, NULL, NULL, 0},
		{"equipment", true, read_text,
		 offsetof(struct catalog, equipment), 0, 0, NULL, NULL, 0},
		{"dose", true, read_dose, offsetof(struct catalog, dose), 0, 0,
		 NULL, NULL, 0},
		{"schedule", true, read_schedule,
		 offsetof(struct catalog, schedule), 0, 0, NULL, NULL, 0},
		{"load", true, read_text, offsetof(struct catalog, load), 0, 0,
		 NULL, NULL, 0},
		{"progression", true, read_text_list,
		 offsetof(struct catalog, progression), 0, 0, NULL, NULL, 0},
		{"rules", true, read_rules, 0, 0, 0, NULL, NULL, 0},
		{"exercises", true, read_exercises, 0, 0, 0, NULL, NULL, 0},
		{"bands", false, read_bands, offsetof(struct catalog, bands), 0,
		 0, NULL, NULL, 0},
		{"log", false, read_log, offsetof(struct catalog, log), 0, 0,
		 NULL, NULL, 0},
		{"words", false, read_words, 0, 0, 0, NULL, NULL, 0},
	};
	struct loader *ld = context;
	enum status status;

	(void)slot;
	(void)field;
	ld->top_mark = reader_mark(r);
	status = reader_mapping(r, fields, sizeof fields / sizeof fields[0],
				ld->catalog, context);
	return status != STATUS_OK ? status : finish(r, ld);
}

static enum status
load_bytes(const char *name, const char *folder, const char *bytes, size_t len,
	   const struct catalog_options *options, struct catalog **out,
	   struct failure *f)
{
	struct loader *ld;
	struct catalog *c;
	enum status status;

	*out = NULL;
	ld = calloc(1, sizeof *ld);
	c = calloc(1, sizeof *c);
	if (ld == NULL || c == NULL || (c->arena = arena_new()) == NULL) {
		free(ld);
		free(c);
		return failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"),
				   name);
	}
	ld->arena = c->arena;
	ld->catalog = c;
	ld->options = options;
	ld->is_keeping_texts = !options->is_check;
	ld->folder = folder;
	ld->rules.one_side.key_exercise = CATALOG_NO_EXERCISE;
	ld->rules.both_sides.key_exercise = CATALOG_NO_EXERCISE;

	status = reader_read_document(name, bytes, len, c->arena,
				      options->translation, read_top, ld, f);
	free(ld->exercises);
	free(ld->id_marks);
	free(ld->ids);
	free(ld->references);
	free(ld->form_uses);
	free(ld);
	if (status != STATUS_OK || options->is_check) {
		catalog_free(c);
		return status;
	}
	*out = c;
	return STATUS_OK;
}

enum status
catalog_load_with(const char *path, const struct catalog_options *options,
		  struct catalog **out, struct failure *f)
{
	bool is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	const char *slash = strrchr(path, '/');
	char *folder = NULL;
	enum status status;
	char *bytes;
	size_t len;

	*out = NULL;
	status = input_read(path, name, CATALOG_MAX_BYTES, &bytes, &len, f);
	if (status != STATUS_OK)
		return status;
	/* "clinic.yaml" is in ".", "/clinic.yaml" in "/" (written as ""
	 * before the figure's "/"). */
	if (!is_stdin)
		folder = slash == NULL ? strdup(".")
				       : strndup(path, (size_t)(slash - path));
	if (!is_stdin && folder == NULL)
		status = failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"),
				     name);
	else
		status = load_bytes(name, folder, bytes, len, options, out, f);
	free(folder);
	free(bytes);
	return status;
}

enum status
catalog_load_bytes_with(const char *name, const char *bytes, size_t len,
			const struct catalog_options *options,
			struct catalog **out, struct failure *f)
{
	return load_bytes(name, NULL, bytes, len, options, out, f);
}

/* The options that give a catalog without words these words. */
static struct catalog_options
words_only(const struct words *const *words, bool is_check)
{
	return (struct catalog_options){words, *words != NULL ? 1 : 0, NULL,
					NULL, is_check};
}

enum status
catalog_load_bytes(const char *name, const char *bytes, size_t len,
		   const struct words *words, struct catalog **out,
		   struct failure *f)
{
	struct catalog_options o = words_only(&words, false);

	return load_bytes(name, NULL, bytes, len, &o, out, f);
}

enum status
catalog_load_file(const char *path, const struct words *words,
		  struct catalog **out, struct failure *f)
{
	struct catalog_options o = words_only(&words, false);

	return catalog_load_with(path, &o, out, f);
}

/*
 * The checks read every text but keep only ids and words: the catalog
 * is thrown away, and copying its texts doubled the memory and a third
 * of the time of checking a large one.
 */
enum status
catalog_check_file(const char *path, const struct words *words,
		   struct failure *f)
{
	struct catalog_options o = words_only(&words, true);
	struct catalog *c;

	return catalog_load_with(path, &o, &c, f);
}

void
catalog_free(struct catalog *c)
{
	if (c == NULL)
		return;
	arena_free(c->arena);
	free(c);
}
