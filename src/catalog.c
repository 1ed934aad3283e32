/* SPDX-License-Identifier: ISC */
/*
 * catalog.c: turning YAML bytes into a validated struct catalog.
 *
 * This is the only file that includes <yaml.h>.  It walks libyaml's
 * event stream with one function per schema object, so memory stays
 * proportional to what the catalog keeps, and every message can name
 * the key path, line and column of the value at fault.  Anchors,
 * aliases, non-core tags, extra documents and deep nesting are refused
 * before they can cost anything.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "arena.h"
#include "catalog.h"
#include "hash.h"
#include "input.h"
#include "printable.h"
#include "template.h"

enum { PATH_MAX_BYTES = 256, SHOWN_SCALAR_BYTES = 40 };

/* A path has a step per level of nesting; next() caps the levels. */
enum { PATH_MAX_STEPS = CATALOG_MAX_DEPTH + 1 };

/* One step of a key path: a mapping's key, or an index in a list. */
struct path_step {
	const char *key; /* a field name, static; NULL: an index */
	size_t index;
};

/* One entry of the id table, an open-addressing hash of exercise ids. */
struct id_slot {
	const char *id; /* NULL: empty */
	size_t index;
};

/* A reference to an exercise by id, resolved once all are read. */
struct reference {
	const char *id;
	yaml_mark_t mark;
	size_t *slot;
	unsigned list; /* which rule's exercise list it is in; 0: none */
	char path[PATH_MAX_BYTES];
};

/* The two rules, read before the exercises they name may be known. */
struct rules {
	struct rule one_side, both_sides;
};

struct loader {
	yaml_parser_t parser;
	yaml_event_t event; /* the current event */
	bool has_event;
	unsigned depth;

	const char *name; /* the file, for messages */
	const char *bytes;
	size_t len;
	struct failure *failure;

	struct arena *arena;
	struct rules rules;
	/* False for a check: texts are validated, then dropped. */
	bool is_keeping_texts;

	/*
	 * The key path of the current value, such as "exercises[2].reps",
	 * kept as steps and spelt out only for a message: formatting it at
	 * every key cost more than all the checks of a valid catalog.
	 */
	struct path_step path[PATH_MAX_STEPS];
	size_t path_depth;

	/* Exercises as read, grown by doubling. */
	struct exercise *exercises;
	size_t exercise_count, exercise_cap;
	yaml_mark_t *id_marks;

	struct id_slot *ids;
	size_t id_cap;

	struct reference *references;
	size_t reference_count, reference_cap;
	unsigned list_count; /* exercise lists read so far */
};

/* ---- messages ---------------------------------------------------------- */

/* Writes a short, quoted, printable rendering of a scalar into buf. */
static void
show_scalar(char *buf, size_t size, const unsigned char *s, size_t len)
{
	printable(buf, size, (const char *)s, len, SHOWN_SCALAR_BYTES, true);
}

/* What the current event is, in the words of a message. */
static const char *
describe(struct loader *ld, char *buf, size_t size)
{
	switch (ld->event.type) {
	case YAML_SCALAR_EVENT:
		show_scalar(buf, size, ld->event.data.scalar.value,
			    ld->event.data.scalar.length);
		return buf;
	case YAML_SEQUENCE_START_EVENT:
		return "a list";
	case YAML_MAPPING_START_EVENT:
		return "a mapping";
	default:
		return "nothing";
	}
}

static enum status fail_plain(struct loader *ld, yaml_mark_t mark,
			      const char *format, ...)
	__attribute__((format(printf, 3, 4)));

static enum status
fail_plain(struct loader *ld, yaml_mark_t mark, const char *format, ...)
{
	char message[sizeof ld->failure->message];
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	failure_at(ld->failure, STATUS_DATA, ld->name, mark.line + 1,
		   mark.column + 1, "%s", message);
	return STATUS_DATA; /* a constant the static analyzer can follow */
}

/*
 * Returns STATUS_DATA whatever the failure call returned (always that):
 * clang's analyzer cannot follow a variadic function's result, and
 * would otherwise think a failed take_text() may have succeeded.
 */
static enum status
fail_data(enum status status)
{
	(void)status;
	return STATUS_DATA;
}

/* Memory ran out while loading. */
static enum status
fail_memory(struct loader *ld)
{
	failure_set(ld->failure, STATUS_SOFTWARE, "%s: out of memory",
		    ld->name);
	return STATUS_SOFTWARE;
}

/* Writes the key path, such as "exercises[2].reps", into buf. */
static void
path_format(const struct loader *ld, char *buf, size_t size)
{
	size_t i, used = 0;
	int n;

	buf[0] = '\0';
	for (i = 0; i < ld->path_depth && used < size; i++) {
		if (ld->path[i].key != NULL)
			n = snprintf(buf + used, size - used, "%s%s",
				     i > 0 ? "." : "", ld->path[i].key);
		else
			n = snprintf(buf + used, size - used, "[%zu]",
				     ld->path[i].index);
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

/* The same, prefixed with the key path of the value when there is one. */
static enum status fail_at(struct loader *ld, yaml_mark_t mark,
			   const char *format, ...)
	__attribute__((format(printf, 3, 4)));

static enum status
fail_at(struct loader *ld, yaml_mark_t mark, const char *format, ...)
{
	char message[sizeof ld->failure->message];
	char path[PATH_MAX_BYTES];
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	if (ld->path_depth == 0)
		return fail_plain(ld, mark, "%s", message);
	path_format(ld, path, sizeof path);
	return fail_plain(ld, mark, "%s: %s", path, message);
}

/* "PATH: expected WHAT, found X" at the current event. */
static enum status
fail_expected(struct loader *ld, const char *what)
{
	char shown[SHOWN_SCALAR_BYTES * 4 + 16];

	return fail_at(ld, ld->event.start_mark, "expected %s, found %s", what,
		       describe(ld, shown, sizeof shown));
}

/*
 * libyaml reports reader errors (bad UTF-8, control bytes) as a byte
 * offset only; count lines and characters up to it so the message
 * points like every other.
 */
static yaml_mark_t
mark_of_offset(const struct loader *ld, size_t offset)
{
	yaml_mark_t mark = {0, 0, 0};
	size_t i;

	if (offset > ld->len)
		offset = ld->len;
	for (i = 0; i < offset; i++) {
		unsigned char c = (unsigned char)ld->bytes[i];
		if (c == '\n') {
			mark.line++;
			mark.column = 0;
		} else if ((c & 0xc0) != 0x80) {
			mark.column++;
		}
	}
	mark.index = offset;
	return mark;
}

static enum status
fail_parser(struct loader *ld)
{
	const yaml_parser_t *p = &ld->parser;
	yaml_mark_t mark;

	switch (p->error) {
	case YAML_MEMORY_ERROR:
		return fail_memory(ld);
	case YAML_READER_ERROR:
		mark = mark_of_offset(ld, p->problem_offset);
		if (p->problem_value != -1)
			return fail_plain(ld, mark, "invalid input: %s (#%X)",
					  p->problem,
					  (unsigned)p->problem_value);
		return fail_plain(ld, mark, "invalid input: %s", p->problem);
	default:
		if (p->context != NULL)
			return fail_plain(
				ld, p->problem_mark,
				"invalid YAML: %s (%s at %lu:%lu)", p->problem,
				p->context,
				(unsigned long)p->context_mark.line + 1,
				(unsigned long)p->context_mark.column + 1);
		return fail_plain(ld, p->problem_mark, "invalid YAML: %s",
				  p->problem != NULL ? p->problem : "error");
	}
}

/* ---- the event stream -------------------------------------------------- */

/* Tags a catalog may carry: the core schema's, on the kind they name. */
static bool
is_core_tag(const yaml_char_t *tag, yaml_event_type_t type)
{
	const char *t = (const char *)tag;

	if (t == NULL || strcmp(t, "!") == 0)
		return true;
	if (type == YAML_SCALAR_EVENT)
		return strcmp(t, YAML_STR_TAG) == 0 ||
		       strcmp(t, YAML_INT_TAG) == 0;
	if (type == YAML_SEQUENCE_START_EVENT)
		return strcmp(t, YAML_SEQ_TAG) == 0;
	return strcmp(t, YAML_MAP_TAG) == 0;
}

/*
 * Moves to the next event, refusing what a catalog never needs.  After
 * a failure the parser is left alone: libyaml returns no further
 * events once it has failed.
 */
static enum status
next(struct loader *ld)
{
	const yaml_event_t *e = &ld->event;
	const yaml_char_t *anchor = NULL, *tag = NULL;

	if (ld->has_event) {
		yaml_event_delete(&ld->event);
		ld->has_event = false;
	}
	if (!yaml_parser_parse(&ld->parser, &ld->event))
		return fail_parser(ld);
	ld->has_event = true;

	switch (e->type) {
	case YAML_ALIAS_EVENT:
		return fail_at(ld, e->start_mark,
			       "aliases are not allowed in a catalog");
	case YAML_SCALAR_EVENT:
		anchor = e->data.scalar.anchor;
		tag = e->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = e->data.sequence_start.anchor;
		tag = e->data.sequence_start.tag;
		ld->depth++;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = e->data.mapping_start.anchor;
		tag = e->data.mapping_start.tag;
		ld->depth++;
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		ld->depth--;
		break;
	default:
		break;
	}
	if (anchor != NULL)
		return fail_at(ld, e->start_mark,
			       "anchors are not allowed in a catalog");
	if (!is_core_tag(tag, e->type)) {
		char shown[SHOWN_SCALAR_BYTES * 4 + 16];
		show_scalar(shown, sizeof shown, tag,
			    strlen((const char *)tag));
		return fail_at(ld, e->start_mark, "unsupported tag %s", shown);
	}
	if (ld->depth > CATALOG_MAX_DEPTH)
		return fail_at(ld, e->start_mark,
			       "nested deeper than %d levels",
			       CATALOG_MAX_DEPTH);
	return STATUS_OK;
}

/* ---- key paths --------------------------------------------------------- */

static size_t
path_push_key(struct loader *ld, const char *key)
{
	size_t saved = ld->path_depth;

	if (saved < PATH_MAX_STEPS)
		ld->path[ld->path_depth++] = (struct path_step){key, 0};
	return saved;
}

static size_t
path_push_index(struct loader *ld, size_t index)
{
	size_t saved = ld->path_depth;

	if (saved < PATH_MAX_STEPS)
		ld->path[ld->path_depth++] = (struct path_step){NULL, index};
	return saved;
}

static void
path_pop(struct loader *ld, size_t saved)
{
	ld->path_depth = saved;
}

/* ---- scalars ----------------------------------------------------------- */

/*
 * Whether the eight bytes at s are all printable ASCII, 0x20 to 0x7e.
 * A byte below 0x20 sets its top bit when 0x20 is taken from it, 0x7f
 * when 1 is added, and bytes from 0x80 have it already.  A borrow or
 * carry into the next byte can only make a good byte look bad, never
 * the reverse, and the caller then looks at the bytes one by one.
 */
static bool
is_printable_ascii8(const unsigned char *s)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t w;

	memcpy(&w, s, sizeof w);
	return (((w - 0x20 * ones) | (w + ones) | w) & (0x80 * ones)) == 0;
}

/*
 * Finds a character a handout must never carry: C0 controls other
 * than tab and newline, DEL, C1 controls, and the bidirectional
 * overrides that can make printed text read differently from its
 * bytes.  libyaml lets all of them through double-quoted escapes.
 * Returns the offset of the first, or len when there is none.
 */
static size_t
find_forbidden(const unsigned char *s, size_t len, const char **what)
{
	size_t i;

	for (i = 0; i < len; i++) {
		/* Nearly every byte is printable ASCII: skip those eight at
		 * a time, then one at a time. */
		while (len - i >= 8 && is_printable_ascii8(s + i))
			i += 8;
		if (i == len)
			break;
		if (s[i] >= 0x20 && s[i] < 0x7f)
			continue;
		if (s[i] == 0) {
			*what = "a NUL character";
			return i;
		}
		if ((s[i] < 0x20 && s[i] != '\t' && s[i] != '\n') ||
		    s[i] == 0x7f) {
			*what = "a control character";
			return i;
		}
		if (s[i] == 0xc2 && i + 1 < len && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9f) {
			*what = "a control character";
			return i;
		}
		if (s[i] == 0xe2 && i + 2 < len &&
		    ((s[i + 1] == 0x80 && s[i + 2] >= 0xaa &&
		      s[i + 2] <= 0xae) ||
		     (s[i + 1] == 0x81 && s[i + 2] >= 0xa6 &&
		      s[i + 2] <= 0xa9))) {
			*what = "a bidirectional override";
			return i;
		}
		/* U+2028 and U+2029 break lines that no renderer sees as
		 * breaks; a text has newlines for that. */
		if (s[i] == 0xe2 && i + 2 < len && s[i + 1] == 0x80 &&
		    (s[i + 2] == 0xa8 || s[i + 2] == 0xa9)) {
			*what = "a line or paragraph separator";
			return i;
		}
	}
	return len;
}

/* Whether a plain scalar is YAML's null, which no text may be. */
static bool
is_null(const char *s, size_t len)
{
	return (len == 1 && s[0] == '~') ||
	       (len == 4 &&
		(memcmp(s, "null", 4) == 0 || memcmp(s, "Null", 4) == 0 ||
		 memcmp(s, "NULL", 4) == 0));
}

/*
 * Checks that the current event is a non-empty text, and a valid
 * template when may_name_sides.
 */
static enum status
check_text(struct loader *ld, bool may_name_sides)
{
	const yaml_event_t *e = &ld->event;
	const unsigned char *s;
	struct template_problem problem;
	const char *what;
	size_t len, bad;

	if (e->type != YAML_SCALAR_EVENT ||
	    (e->data.scalar.tag != NULL &&
	     strcmp((const char *)e->data.scalar.tag, YAML_STR_TAG) != 0 &&
	     strcmp((const char *)e->data.scalar.tag, "!") != 0))
		return fail_data(fail_expected(ld, "a text"));
	s = e->data.scalar.value;
	len = e->data.scalar.length;
	if (len == 0 || (e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
			 is_null((const char *)s, len)))
		return fail_data(fail_expected(ld, "a non-empty text"));
	bad = find_forbidden(s, len, &what);
	if (bad < len)
		return fail_data(fail_at(ld, e->start_mark,
					 "text contains %s at byte %zu", what,
					 bad + 1));
	if (!template_check((const char *)s, len, may_name_sides, &problem))
		return fail_data(fail_at(ld, e->start_mark, "%s, at byte %zu",
					 problem.message, problem.offset + 1));
	return STATUS_OK;
}

/*
 * Copies the current event, a checked text, into the arena.  A template
 * is kept as it is; in other texts "{{" is turned into "{" now so that
 * no later stage has to know.
 */
static enum status
keep_text(struct loader *ld, bool is_template, const char **out)
{
	const char *s = (const char *)ld->event.data.scalar.value;
	size_t len = ld->event.data.scalar.length;
	char *copy = arena_strndup(ld->arena, s, len);

	if (copy == NULL)
		return fail_memory(ld);
	if (!is_template && memchr(copy, '{', len) != NULL)
		template_unescape(copy, len);
	*out = copy;
	return STATUS_OK;
}

/*
 * Reads the current event as a non-empty text into the arena, or only
 * checks it when the loader keeps no texts (*out is then NULL).
 */
static enum status
take_text(struct loader *ld, bool is_template, bool may_name_sides,
	  const char **out)
{
	enum status status = check_text(ld, may_name_sides);

	*out = NULL;
	if (status != STATUS_OK || !ld->is_keeping_texts)
		return status;
	return keep_text(ld, is_template, out);
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
take_id(struct loader *ld, const char **out)
{
	enum status status = check_text(ld, false);

	*out = NULL;
	if (status == STATUS_OK)
		status = keep_text(ld, false, out);
	/* Of a form every id has, so that messages can show it as it is. */
	if (status == STATUS_OK && !is_valid_id(*out))
		return fail_data(fail_expected(ld, "an id of at most 64 "
						   "lower-case letters, digits "
						   "and '-'"));
	return status;
}

static enum status
fail_count(struct loader *ld, unsigned min, unsigned max)
{
	char what[64];

	snprintf(what, sizeof what, "a whole number from %u to %u", min, max);
	return fail_expected(ld, what);
}

/*
 * Reads the current event as a whole number from min to max.  Only
 * plain decimal digits count: "10", not "+10", "1e1", "010" or "ten".
 */
static enum status
take_count(struct loader *ld, unsigned min, unsigned max, unsigned *out)
{
	const yaml_event_t *e = &ld->event;
	const unsigned char *s;
	unsigned long value = 0;
	size_t i, len;

	if (e->type != YAML_SCALAR_EVENT ||
	    e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return fail_count(ld, min, max);
	s = e->data.scalar.value;
	len = e->data.scalar.length;
	if (len == 0 || (s[0] == '0' && len > 1))
		return fail_count(ld, min, max);
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return fail_count(ld, min, max);
		value = value * 10 + (unsigned long)(s[i] - '0');
		if (value > max)
			return fail_count(ld, min, max);
	}
	if (value < min)
		return fail_count(ld, min, max);
	*out = (unsigned)value;
	return STATUS_OK;
}

/* ---- mappings and lists ------------------------------------------------ */

struct field;
typedef enum status (*field_reader)(struct loader *, void *object,
				    const struct field *);

/* One key of a mapping, and how to read its value into the object. */
struct field {
	const char *name;
	bool is_required;
	field_reader read;
	size_t offset; /* where the value goes in the object */
	unsigned min, max;
};

/*
 * Reads the mapping at the current event into object, one field at a
 * time.  Unknown, repeated and missing keys are errors.
 */
static enum status
read_mapping(struct loader *ld, const struct field *fields, size_t n,
	     void *object)
{
	yaml_mark_t start = ld->event.start_mark;
	uint32_t seen = 0;
	enum status status;
	size_t i, saved;
	const char *key;
	size_t key_len;

	if (ld->event.type != YAML_MAPPING_START_EVENT)
		return fail_expected(ld, "a mapping");
	for (;;) {
		if ((status = next(ld)) != STATUS_OK)
			return status;
		if (ld->event.type == YAML_MAPPING_END_EVENT)
			break;
		if (ld->event.type != YAML_SCALAR_EVENT)
			return fail_expected(ld, "a key");
		key = (const char *)ld->event.data.scalar.value;
		key_len = ld->event.data.scalar.length;
		for (i = 0; i < n; i++)
			if (strlen(fields[i].name) == key_len &&
			    memcmp(fields[i].name, key, key_len) == 0)
				break;
		if (i == n) {
			char shown[SHOWN_SCALAR_BYTES * 4 + 16];
			char names[256];
			size_t j, used = 0;

			names[0] = '\0';
			for (j = 0; j < n && used < sizeof names; j++)
				used += (size_t)snprintf(
					names + used, sizeof names - used,
					"%s%s", j > 0 ? ", " : "",
					fields[j].name);
			show_scalar(shown, sizeof shown,
				    ld->event.data.scalar.value, key_len);
			return fail_at(ld, ld->event.start_mark,
				       "unknown key %s; expected one of: %s",
				       shown, names);
		}
		saved = path_push_key(ld, fields[i].name);
		if (seen & (UINT32_C(1) << i))
			return fail_at(ld, ld->event.start_mark,
				       "key given twice");
		seen |= UINT32_C(1) << i;
		if ((status = next(ld)) != STATUS_OK)
			return status;
		status = fields[i].read(ld, (char *)object + fields[i].offset,
					&fields[i]);
		if (status != STATUS_OK)
			return status;
		path_pop(ld, saved);
	}
	for (i = 0; i < n; i++)
		if (fields[i].is_required && !(seen & (UINT32_C(1) << i)))
			return fail_at(ld, start, "missing key \"%s\"",
				       fields[i].name);
	return STATUS_OK;
}

/* Called for each item of a list, with the current event on the item. */
typedef enum status (*item_reader)(struct loader *, void *context,
				   size_t index);

/* Reads the list at the current event; at least min_items long. */
static enum status
read_list(struct loader *ld, size_t min_items, item_reader read_item,
	  void *context)
{
	yaml_mark_t start = ld->event.start_mark;
	enum status status;
	size_t index, saved;

	if (ld->event.type != YAML_SEQUENCE_START_EVENT)
		return fail_expected(ld, "a list");
	for (index = 0;; index++) {
		if ((status = next(ld)) != STATUS_OK)
			return status;
		if (ld->event.type == YAML_SEQUENCE_END_EVENT)
			break;
		saved = path_push_index(ld, index);
		if ((status = read_item(ld, context, index)) != STATUS_OK)
			return status;
		path_pop(ld, saved);
	}
	if (index < min_items)
		return fail_at(ld, start,
			       "expected at least %zu item%s, found %zu",
			       min_items, min_items == 1 ? "" : "s", index);
	return STATUS_OK;
}

/* ---- field readers ----------------------------------------------------- */

static enum status
read_text(struct loader *ld, void *slot, const struct field *field)
{
	(void)field;
	return take_text(ld, false, false, slot);
}

static enum status
read_side_template(struct loader *ld, void *slot, const struct field *field)
{
	(void)field;
	return take_text(ld, true, true, slot);
}

/* A template that cannot name sides: both legs are meant. */
static enum status
read_fixed_template(struct loader *ld, void *slot, const struct field *field)
{
	(void)field;
	return take_text(ld, true, false, slot);
}

static enum status
read_count(struct loader *ld, void *slot, const struct field *field)
{
	return take_count(ld, field->min, field->max, slot);
}

/* Growing array of texts while a list is read. */
struct text_builder {
	const char **items;
	size_t count, cap;
	bool is_template, may_name_sides;
};

static enum status
read_text_item(struct loader *ld, void *context, size_t index)
{
	struct text_builder *b = context;
	const char **grown;

	(void)index;
	if (b->count == b->cap) {
		size_t cap = b->cap == 0 ? 8 : b->cap * 2;
		grown = realloc(b->items, cap * sizeof *grown);
		if (grown == NULL)
			return fail_memory(ld);
		b->items = grown;
		b->cap = cap;
	}
	return take_text(ld, b->is_template, b->may_name_sides,
			 &b->items[b->count++]);
}

/* A check reads a list's texts without keeping them. */
static enum status
check_text_item(struct loader *ld, void *context, size_t index)
{
	const struct text_builder *b = context;

	(void)index;
	return check_text(ld, b->may_name_sides);
}

static enum status
read_texts(struct loader *ld, struct text_list *list, bool is_template,
	   bool may_name_sides)
{
	struct text_builder b = {NULL, 0, 0, is_template, may_name_sides};
	enum status status = read_list(
		ld, 1, ld->is_keeping_texts ? read_text_item : check_text_item,
		&b);

	if (status == STATUS_OK) {
		list->items = arena_memdup(ld->arena, b.items, b.count,
					   sizeof *b.items);
		list->count = b.count;
		if (list->items == NULL)
			status = failure_set(ld->failure, STATUS_SOFTWARE,
					     "%s: out of memory", ld->name);
	}
	free(b.items);
	return status;
}

static enum status
read_text_list(struct loader *ld, void *slot, const struct field *field)
{
	(void)field;
	return read_texts(ld, slot, false, false);
}

static enum status
read_side_template_list(struct loader *ld, void *slot,
			const struct field *field)
{
	(void)field;
	return read_texts(ld, slot, true, true);
}

static enum status
read_fixed_template_list(struct loader *ld, void *slot,
			 const struct field *field)
{
	(void)field;
	return read_texts(ld, slot, true, false);
}

/* ---- dose -------------------------------------------------------------- */

struct rest_range {
	unsigned min, max;
};

static enum status
read_rest(struct loader *ld, void *slot, const struct field *field)
{
	static const struct field fields[] = {
		{"min", true, read_count, offsetof(struct rest_range, min), 0,
		 600},
		{"max", true, read_count, offsetof(struct rest_range, max), 0,
		 600},
	};
	yaml_mark_t start = ld->event.start_mark;
	struct rest_range *rest = slot;
	enum status status;

	(void)field;
	status = read_mapping(ld, fields, 2, rest);
	if (status == STATUS_OK && rest->min > rest->max)
		return fail_at(ld, start,
			       "expected min no larger than max, found min %u "
			       "and max %u",
			       rest->min, rest->max);
	return status;
}

/* The dose as read, before we know which fields were given. */
struct dose_source {
	unsigned sets, reps, hold_seconds;
	struct rest_range rest;
};

static const struct field dose_fields[] = {
	{"sets", true, read_count, offsetof(struct dose_source, sets), 1, 20},
	{"reps", true, read_count, offsetof(struct dose_source, reps), 1, 100},
	{"rest_seconds", true, read_rest, offsetof(struct dose_source, rest), 0,
	 0},
	{"hold_seconds", false, read_count,
	 offsetof(struct dose_source, hold_seconds), 0, 120},
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
read_dose(struct loader *ld, void *slot, const struct field *field)
{
	struct dose_source src = {0, 0, 0, {0, 0}};
	enum status status;

	(void)field;
	status = read_mapping(ld, dose_fields, N_DOSE_FIELDS, &src);
	if (status == STATUS_OK)
		dose_from_source(slot, &src);
	return status;
}

/*
 * An exercise's dose: the same keys, all optional.  A value of the
 * impossible UINT_MAX marks a key that was not given.
 */
static enum status
read_dose_override(struct loader *ld, void *slot, const struct field *field)
{
	struct field fields[N_DOSE_FIELDS];
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
	status = read_mapping(ld, fields, N_DOSE_FIELDS, &src);
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
read_schedule(struct loader *ld, void *slot, const struct field *field)
{
	static const struct field fields[] = {
		{"sessions_per_week", true, read_count,
		 offsetof(struct schedule, sessions_per_week), 1, 7},
		{"rest_days_between", true, read_count,
		 offsetof(struct schedule, rest_days_between), 0, 6},
		{"note", false, read_text, offsetof(struct schedule, note), 0,
		 0},
	};
	yaml_mark_t start = ld->event.start_mark;
	struct schedule *s = slot;
	enum status status;

	(void)field;
	status = read_mapping(ld, fields, 3, s);
	if (status != STATUS_OK)
		return status;
	/*
	 * Each session and the rest days after it must fit a week, so
	 * that the same days repeat every week and the rest holds from
	 * one week into the next: 3 sessions with 1 rest day take 6 days.
	 */
	if (s->sessions_per_week * (s->rest_days_between + 1) > 7)
		return fail_at(ld, start,
			       "%u sessions, each followed by %u rest day%s, "
			       "take more than a week",
			       s->sessions_per_week, s->rest_days_between,
			       s->rest_days_between == 1 ? "" : "s");
	return STATUS_OK;
}

/* ---- bands and the log ------------------------------------------------- */

/* The ladder as read, to find a colour given twice. */
struct band_builder {
	const char *items[CATALOG_MAX_BANDS];
	yaml_mark_t marks[CATALOG_MAX_BANDS];
	size_t count;
};

static enum status
read_band(struct loader *ld, void *context, size_t index)
{
	struct band_builder *b = context;
	const char *name;
	enum status status;
	size_t i;

	if (index >= CATALOG_MAX_BANDS)
		return fail_at(ld, ld->event.start_mark,
			       "a ladder has at most %d bands",
			       CATALOG_MAX_BANDS);
	/* Kept even by --check: colours are compared with each other. */
	if ((status = check_text(ld, false)) != STATUS_OK ||
	    (status = keep_text(ld, false, &name)) != STATUS_OK)
		return status;
	/* A colour is a cell of the log and a word of --band. */
	if (strpbrk(name, "\n\t") != NULL)
		return fail_expected(ld, "a band colour on one line");
	for (i = 0; i < b->count; i++)
		if (strcasecmp(b->items[i], name) == 0)
			return fail_at(ld, ld->event.start_mark,
				       "band \"%s\" given twice, first at "
				       "%lu:%lu",
				       name,
				       (unsigned long)b->marks[i].line + 1,
				       (unsigned long)b->marks[i].column + 1);
	b->marks[b->count] = ld->event.start_mark;
	b->items[b->count++] = name;
	return STATUS_OK;
}

static enum status
read_bands(struct loader *ld, void *slot, const struct field *field)
{
	struct band_builder b;
	struct text_list *bands = slot;
	enum status status;

	(void)field;
	b.count = 0;
	if ((status = read_list(ld, 1, read_band, &b)) != STATUS_OK)
		return status;
	bands->items =
		arena_memdup(ld->arena, b.items, b.count, sizeof *b.items);
	bands->count = b.count;
	if (bands->items == NULL)
		return fail_memory(ld);
	return STATUS_OK;
}

static enum status
read_log(struct loader *ld, void *slot, const struct field *field)
{
	static const struct field fields[] = {
		{"pain", true, read_side_template,
		 offsetof(struct log_sheet, pain), 0, 0},
		{"note", false, read_text, offsetof(struct log_sheet, note), 0,
		 0},
	};

	(void)field;
	return read_mapping(ld, fields, 2, slot);
}

/* ---- exercise references ----------------------------------------------- */

static enum status
add_reference(struct loader *ld, const char *id, size_t *slot, unsigned list)
{
	struct reference *r;

	if (ld->reference_count == ld->reference_cap) {
		size_t cap = ld->reference_cap == 0 ? 8 : ld->reference_cap * 2;
		r = realloc(ld->references, cap * sizeof *r);
		if (r == NULL)
			return fail_memory(ld);
		ld->references = r;
		ld->reference_cap = cap;
	}
	r = &ld->references[ld->reference_count++];
	r->id = id;
	r->mark = ld->event.start_mark;
	r->slot = slot;
	r->list = list;
	path_format(ld, r->path, sizeof r->path);
	return STATUS_OK;
}

static enum status
read_reference(struct loader *ld, void *slot, const struct field *field)
{
	const char *id = NULL;
	enum status status;

	(void)field;
	if ((status = take_id(ld, &id)) != STATUS_OK)
		return status;
	return add_reference(ld, id, slot, 0);
}

/* The items of one rule's exercise list, as references are taken. */
struct order_builder {
	size_t count;
	unsigned list;
};

static enum status
read_order_item(struct loader *ld, void *context, size_t index)
{
	struct order_builder *b = context;
	const char *id = NULL;
	enum status status;

	(void)index;
	if ((status = take_id(ld, &id)) != STATUS_OK)
		return status;
	b->count++;
	/* The slot is known once the list's length is. */
	return add_reference(ld, id, NULL, b->list);
}

/*
 * A rule's exercise list; the field's slot is the rule itself.  Its
 * references are the last ones taken, so they get their slots in the
 * finished array here.
 */
static enum status
read_rule_exercises(struct loader *ld, void *slot, const struct field *field)
{
	struct order_builder b = {0, ++ld->list_count};
	struct rule *rule = slot;
	enum status status = read_list(ld, 1, read_order_item, &b);
	size_t *order, i, first;

	(void)field;
	if (status != STATUS_OK)
		return status;
	order = arena_alloc(ld->arena, b.count * sizeof *order);
	if (order == NULL)
		return fail_memory(ld);
	first = ld->reference_count - b.count;
	for (i = 0; i < b.count; i++)
		ld->references[first + i].slot = &order[i];
	rule->order = order;
	rule->order_count = b.count;
	return STATUS_OK;
}

/* ---- rules ------------------------------------------------------------- */

static enum status
read_work(struct loader *ld, void *slot, const struct field *field)
{
	static const char *const names[] = {"opposite", "same", "both"};
	const yaml_event_t *e = &ld->event;
	enum work_rule *work = slot;
	size_t i;

	(void)field;
	if (e->type == YAML_SCALAR_EVENT)
		for (i = 0; i < 3; i++)
			if (e->data.scalar.length == strlen(names[i]) &&
			    memcmp(e->data.scalar.value, names[i],
				   strlen(names[i])) == 0) {
				*work = (enum work_rule)i;
				return STATUS_OK;
			}
	return fail_expected(ld, "opposite, same or both");
}

static enum status
read_one_side(struct loader *ld, void *slot, const struct field *field)
{
	static const struct field fields[] = {
		{"work", true, read_work, offsetof(struct rule, work), 0, 0},
		{"headline", true, read_side_template,
		 offsetof(struct rule, headline), 0, 0},
		{"warning", false, read_side_template,
		 offsetof(struct rule, warning), 0, 0},
		{"rationale", true, read_side_template_list,
		 offsetof(struct rule, rationale), 0, 0},
		{"exercises", true, read_rule_exercises, 0, 0, 0},
		{"key_exercise", false, read_reference,
		 offsetof(struct rule, key_exercise), 0, 0},
	};

	(void)field;
	return read_mapping(ld, fields, sizeof fields / sizeof fields[0], slot);
}

static enum status
read_both_sides(struct loader *ld, void *slot, const struct field *field)
{
	static const struct field fields[] = {
		{"headline", true, read_fixed_template,
		 offsetof(struct rule, headline), 0, 0},
		{"warning", false, read_fixed_template,
		 offsetof(struct rule, warning), 0, 0},
		{"rationale", true, read_fixed_template_list,
		 offsetof(struct rule, rationale), 0, 0},
		{"exercises", true, read_rule_exercises, 0, 0, 0},
		{"key_exercise", false, read_reference,
		 offsetof(struct rule, key_exercise), 0, 0},
	};

	(void)field;
	((struct rule *)slot)->work = WORK_BOTH;
	return read_mapping(ld, fields, sizeof fields / sizeof fields[0], slot);
}

/* Read into the loader, not the catalog: see struct rules. */
static enum status
read_rules(struct loader *ld, void *slot, const struct field *field)
{
	static const struct field fields[] = {
		{"one_side", true, read_one_side,
		 offsetof(struct rules, one_side), 0, 0},
		{"both_sides", true, read_both_sides,
		 offsetof(struct rules, both_sides), 0, 0},
	};

	(void)slot;
	(void)field;
	return read_mapping(ld, fields, 2, &ld->rules);
}

/* ---- exercises --------------------------------------------------------- */

static enum status
read_id(struct loader *ld, void *slot, const struct field *field)
{
	enum status status;

	(void)field;
	if ((status = take_id(ld, slot)) != STATUS_OK)
		return status;
	ld->id_marks[ld->exercise_count] = ld->event.start_mark;
	return STATUS_OK;
}

static enum status
read_exercise(struct loader *ld, void *context, size_t index)
{
	static const struct field fields[] = {
		{"id", true, read_id, offsetof(struct exercise, id), 0, 0},
		{"name", true, read_text, offsetof(struct exercise, name), 0,
		 0},
		{"target", true, read_text, offsetof(struct exercise, target),
		 0, 0},
		{"equipment", false, read_text,
		 offsetof(struct exercise, equipment), 0, 0},
		{"anchor", true, read_text, offsetof(struct exercise, anchor),
		 0, 0},
		{"position", true, read_text,
		 offsetof(struct exercise, position), 0, 0},
		{"setup", true, read_side_template_list,
		 offsetof(struct exercise, setup), 0, 0},
		{"steps", true, read_text_list,
		 offsetof(struct exercise, steps), 0, 0},
		{"cues", false, read_text_list, offsetof(struct exercise, cues),
		 0, 0},
		{"dose", false, read_dose_override,
		 offsetof(struct exercise, dose), 0, 0},
	};
	struct exercise *ex;
	enum status status;

	(void)context;
	(void)index;
	if (ld->exercise_count == ld->exercise_cap) {
		size_t cap = ld->exercise_cap == 0 ? 16 : ld->exercise_cap * 2;
		struct exercise *grown =
			realloc(ld->exercises, cap * sizeof *grown);
		yaml_mark_t *marks;
		if (grown == NULL)
			return fail_memory(ld);
		ld->exercises = grown;
		marks = realloc(ld->id_marks, cap * sizeof *marks);
		if (marks == NULL)
			return fail_memory(ld);
		ld->id_marks = marks;
		ld->exercise_cap = cap;
	}
	ex = &ld->exercises[ld->exercise_count];
	memset(ex, 0, sizeof *ex);
	status = read_mapping(ld, fields, sizeof fields / sizeof fields[0], ex);
	if (status == STATUS_OK)
		ld->exercise_count++;
	return status;
}

static enum status
read_exercises(struct loader *ld, void *slot, const struct field *field)
{
	(void)slot;
	(void)field;
	return read_list(ld, 1, read_exercise, NULL);
}

/* ---- ids --------------------------------------------------------------- */

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
index_ids(struct loader *ld)
{
	struct id_slot *slot;
	size_t i;

	ld->id_cap = 16;
	while (ld->id_cap < ld->exercise_count * 2)
		ld->id_cap *= 2;
	ld->ids = calloc(ld->id_cap, sizeof *ld->ids);
	if (ld->ids == NULL)
		return fail_memory(ld);
	for (i = 0; i < ld->exercise_count; i++) {
		slot = id_slot(ld, ld->exercises[i].id);
		if (slot->id != NULL) {
			yaml_mark_t first = ld->id_marks[slot->index];
			return fail_plain(ld, ld->id_marks[i],
					  "exercises[%zu].id: duplicate id "
					  "\"%s\", first given at %lu:%lu",
					  i, ld->exercises[i].id,
					  (unsigned long)first.line + 1,
					  (unsigned long)first.column + 1);
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
resolve_references(struct loader *ld)
{
	const struct reference *r;
	struct id_slot *slot;
	unsigned *listed;
	size_t i;

	listed = calloc(ld->exercise_count + 1, sizeof *listed);
	if (listed == NULL)
		return fail_memory(ld);
	for (i = 0; i < ld->reference_count; i++) {
		r = &ld->references[i];
		slot = id_slot(ld, r->id);
		if (slot->id == NULL) {
			free(listed);
			return fail_plain(ld, r->mark,
					  "%s: expected the id of an exercise, "
					  "found unknown id \"%s\"",
					  r->path, r->id);
		}
		if (r->list != 0 && listed[slot->index] == r->list) {
			free(listed);
			return fail_plain(ld, r->mark,
					  "%s: \"%s\" is already in this list",
					  r->path, r->id);
		}
		if (r->list != 0)
			listed[slot->index] = r->list;
		*r->slot = slot->index;
	}
	free(listed);
	return STATUS_OK;
}

/* A rule's key exercise must be one that the rule lists. */
static enum status
check_key_exercise(struct loader *ld, const struct rule *rule)
{
	size_t i;

	if (rule->key_exercise == CATALOG_NO_EXERCISE)
		return STATUS_OK;
	for (i = 0; i < rule->order_count; i++)
		if (rule->order[i] == rule->key_exercise)
			return STATUS_OK;
	for (i = 0; i < ld->reference_count; i++)
		if (ld->references[i].slot == &rule->key_exercise)
			break;
	return fail_plain(ld, ld->references[i].mark,
			  "%s: \"%s\" is not in the exercises of this rule",
			  ld->references[i].path,
			  ld->exercises[rule->key_exercise].id);
}

/* ---- the document ------------------------------------------------------ */

static enum status
read_version(struct loader *ld, void *slot, const struct field *field)
{
	unsigned *version = slot;
	enum status status;

	(void)field;
	status = take_count(ld, 1, 1000000, version);
	if (status == STATUS_OK && *version != CATALOG_SCHEMA_VERSION)
		return fail_at(ld, ld->event.start_mark,
			       "expected %d, found %u: this heelrx reads "
			       "schema version %d only",
			       CATALOG_SCHEMA_VERSION, *version,
			       CATALOG_SCHEMA_VERSION);
	return status;
}

static enum status
read_top(struct loader *ld, struct catalog *c)
{
	static const struct field fields[] = {
		{"schema_version", true, read_version,
		 offsetof(struct catalog, schema_version), 0, 0},
		{"title", true, read_text, offsetof(struct catalog, title), 0,
		 0},
		{"equipment", true, read_text,
		 offsetof(struct catalog, equipment), 0, 0},
		{"dose", true, read_dose, offsetof(struct catalog, dose), 0, 0},
		{"schedule", true, read_schedule,
		 offsetof(struct catalog, schedule), 0, 0},
		{"load", true, read_text, offsetof(struct catalog, load), 0, 0},
		{"progression", true, read_text_list,
		 offsetof(struct catalog, progression), 0, 0},
		{"rules", true, read_rules, 0, 0, 0},
		{"exercises", true, read_exercises, 0, 0, 0},
		{"bands", false, read_bands, offsetof(struct catalog, bands), 0,
		 0},
		{"log", false, read_log, offsetof(struct catalog, log), 0, 0},
	};

	return read_mapping(ld, fields, sizeof fields / sizeof fields[0], c);
}

/* Stream and document framing around the top-level mapping. */
static enum status
read_stream(struct loader *ld, struct catalog *c)
{
	enum status status;

	if ((status = next(ld)) != STATUS_OK) /* stream start */
		return status;
	if ((status = next(ld)) != STATUS_OK)
		return status;
	if (ld->event.type == YAML_STREAM_END_EVENT)
		return fail_plain(ld, ld->event.start_mark,
				  "the file is empty; expected a catalog");
	if ((status = next(ld)) != STATUS_OK) /* the root node */
		return status;
	if (ld->event.type != YAML_MAPPING_START_EVENT)
		return fail_expected(ld, "a mapping of catalog keys");
	if ((status = read_top(ld, c)) != STATUS_OK)
		return status;
	if ((status = next(ld)) != STATUS_OK) /* document end */
		return status;
	if ((status = next(ld)) != STATUS_OK)
		return status;
	if (ld->event.type != YAML_STREAM_END_EVENT)
		return fail_plain(
			ld, ld->event.start_mark,
			"a second document; a catalog is one document");
	return STATUS_OK;
}

/* Cross-checks that need every exercise, then the catalog's final form. */
static enum status
finish(struct loader *ld, struct catalog *c)
{
	enum status status;

	if ((status = index_ids(ld)) != STATUS_OK ||
	    (status = resolve_references(ld)) != STATUS_OK ||
	    (status = check_key_exercise(ld, &ld->rules.one_side)) !=
		    STATUS_OK ||
	    (status = check_key_exercise(ld, &ld->rules.both_sides)) !=
		    STATUS_OK)
		return status;
	c->one_side = ld->rules.one_side;
	c->both_sides = ld->rules.both_sides;
	/* A check is done: its catalog is thrown away unread. */
	if (!ld->is_keeping_texts)
		return STATUS_OK;
	c->exercises = arena_memdup(ld->arena, ld->exercises,
				    ld->exercise_count, sizeof *ld->exercises);
	if (c->exercises == NULL)
		return fail_memory(ld);
	c->exercise_count = ld->exercise_count;
	return STATUS_OK;
}

static enum status
load_bytes(const char *name, const char *bytes, size_t len,
	   bool is_keeping_texts, struct catalog **out, struct failure *f)
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
		return failure_set(f, STATUS_SOFTWARE, "%s: out of memory",
				   name);
	}
	ld->name = name;
	ld->bytes = bytes;
	ld->len = len;
	ld->failure = f;
	ld->arena = c->arena;
	ld->is_keeping_texts = is_keeping_texts;
	ld->rules.one_side.key_exercise = CATALOG_NO_EXERCISE;
	ld->rules.both_sides.key_exercise = CATALOG_NO_EXERCISE;

	if (!yaml_parser_initialize(&ld->parser)) {
		status = failure_set(f, STATUS_SOFTWARE, "%s: out of memory",
				     name);
	} else {
		yaml_parser_set_input_string(&ld->parser,
					     (const unsigned char *)bytes, len);
		status = read_stream(ld, c);
		if (status == STATUS_OK)
			status = finish(ld, c);
		if (ld->has_event)
			yaml_event_delete(&ld->event);
		yaml_parser_delete(&ld->parser);
	}
	free(ld->exercises);
	free(ld->id_marks);
	free(ld->ids);
	free(ld->references);
	free(ld);
	if (status != STATUS_OK) {
		catalog_free(c);
		return status;
	}
	*out = c;
	return STATUS_OK;
}

static enum status
load_file(const char *path, bool is_keeping_texts, struct catalog **out,
	  struct failure *f)
{
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	enum status status;
	char *bytes;
	size_t len;

	*out = NULL;
	status = input_read(path, name, CATALOG_MAX_BYTES, &bytes, &len, f);
	if (status != STATUS_OK)
		return status;
	status = load_bytes(name, bytes, len, is_keeping_texts, out, f);
	free(bytes);
	return status;
}

enum status
catalog_load_bytes(const char *name, const char *bytes, size_t len,
		   struct catalog **out, struct failure *f)
{
	return load_bytes(name, bytes, len, true, out, f);
}

enum status
catalog_load_file(const char *path, struct catalog **out, struct failure *f)
{
	return load_file(path, true, out, f);
}

/*
 * The checks read every text but keep only ids: the catalog is thrown
 * away, and copying its texts doubled the memory and a third of the
 * time of checking a large one.
 */
enum status
catalog_check_file(const char *path, struct failure *f)
{
	struct catalog *c;
	enum status status = load_file(path, false, &c, f);

	catalog_free(c);
	return status;
}

void
catalog_free(struct catalog *c)
{
	if (c == NULL)
		return;
	arena_free(c->arena);
	free(c);
}
