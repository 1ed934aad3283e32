/* SPDX-License-Identifier: ISC */
/*
 * reader.c: libyaml's event stream, read as typed values with a key
 * path.  This is the only file that includes <yaml.h>.
 *
 * Memory stays proportional to what the schema keeps: the reader holds
 * one event at a time, and the key path as steps that are spelt out
 * only for a message (formatting it at every key cost more than all the
 * checks of a valid catalog).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>
#include <yaml.h>

#include "arena.h"
#include "charclass.h"
#include "i18n.h"
#include "printable.h"
#include "reader.h"

/* Bytes of a scalar a message shows before "...". */
enum { SHOWN_SCALAR_BYTES = 40 };

/* A path has a step per level of nesting; next() caps the levels. */
enum { PATH_MAX_STEPS = CATALOG_MAX_DEPTH + 1 };

/* One step of a key path: a mapping's key, or an index in a list. */
struct path_step {
	const char *key; /* a field name, static; NULL: an index */
	size_t index;
	/* An index's name in a translation's key paths (an exercise's
	 * id), and whether one is to come: see reader_name_item. */
	const char *name;
	bool wants_name;
};

struct reader {
	yaml_parser_t parser;
	yaml_event_t event; /* the current event */
	bool has_event;
	unsigned depth;

	const char *name; /* the file, for messages */
	const char *bytes;
	size_t len;
	struct arena *arena;
	struct failure *failure;

	struct path_step path[PATH_MAX_STEPS];
	size_t path_depth;

	const struct catalog_translation *translation; /* NULL: none */
	/* The last text read, as used: the translation when there is one,
	 * and then where that was written. */
	const char *text;
	size_t text_len;
	bool is_translated;
	struct catalog_place origin;
	/* A reader of a replacement marks everything where the value it
	 * replaces is; NULL for a document. */
	const struct reader_mark *fixed_mark;
};

/* ---- messages ---------------------------------------------------------- */

void
reader_show(char *buf, size_t size, const char *s, size_t len)
{
	printable(buf, size, s, len, SHOWN_SCALAR_BYTES, true);
}

/* What the current event is, in the words of a message. */
static const char *
describe(const struct reader *r, char *buf, size_t size)
{
	switch (r->event.type) {
	case YAML_SCALAR_EVENT:
		reader_show(buf, size, (const char *)r->event.data.scalar.value,
			    r->event.data.scalar.length);
		return buf;
	case YAML_SEQUENCE_START_EVENT:
		/* TRANSLATORS: what a catalog holds where a message says
		 * "found ...". */
		return _("a list");
	case YAML_MAPPING_START_EVENT:
		return _("a mapping");
	default:
		return _("nothing");
	}
}

static struct reader_mark
mark_of(yaml_mark_t mark)
{
	return (struct reader_mark){(unsigned long)mark.line + 1,
				    (unsigned long)mark.column + 1, NULL};
}

static enum status
fail_vplain(struct reader *r, struct reader_mark mark, const char *format,
	    va_list ap)
{
	char message[sizeof r->failure->message];

	vsnprintf(message, sizeof message, format, ap);
	failure_at(r->failure, STATUS_DATA,
		   mark.file != NULL ? mark.file : r->name, mark.line,
		   mark.column, "%s", message);
	return STATUS_DATA; /* a constant the static analyzer can follow */
}

enum status
reader_fail_plain(struct reader *r, struct reader_mark mark, const char *format,
		  ...)
{
	va_list ap;

	va_start(ap, format);
	fail_vplain(r, mark, format, ap);
	va_end(ap);
	return STATUS_DATA;
}

enum status
reader_refuse(struct reader *r, struct reader_mark mark, const char *format,
	      ...)
{
	va_list ap;

	va_start(ap, format);
	fail_vplain(r, mark, format, ap);
	va_end(ap);
	r->failure->status = STATUS_USAGE;
	return STATUS_USAGE;
}

enum status
reader_fail_memory(struct reader *r)
{
	failure_set(r->failure, STATUS_SOFTWARE, _("%s: out of memory"),
		    r->name);
	return STATUS_SOFTWARE;
}

/* The key path, with named items by name when is_named. */
static void
put_path(const struct reader *r, char *buf, size_t size, bool is_named)
{
	const struct path_step *step;
	size_t i, used = 0;
	int n;

	buf[0] = '\0';
	for (i = 0; i < r->path_depth && used < size; i++) {
		step = &r->path[i];
		if (step->key != NULL)
			n = snprintf(buf + used, size - used, "%s%s",
				     i > 0 ? "." : "", step->key);
		else if (is_named && step->name != NULL)
			n = snprintf(buf + used, size - used, ".%s",
				     step->name);
		else
			n = snprintf(buf + used, size - used, "[%zu]",
				     step->index);
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

/* A translated text is named as its translation names it. */
void
reader_path(const struct reader *r, char *buf, size_t size)
{
	put_path(r, buf, size, r->is_translated);
}

enum status
reader_fail(struct reader *r, struct reader_mark mark, const char *format, ...)
{
	char message[sizeof r->failure->message];
	char path[READER_PATH_MAX];
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	if (r->path_depth == 0)
		return reader_fail_plain(r, mark, "%s", message);
	reader_path(r, path, sizeof path);
	return reader_fail_plain(r, mark, "%s: %s", path, message);
}

enum status
reader_fail_software(struct reader *r, struct reader_mark mark,
		     const char *message)
{
	reader_fail(r, mark, "%s", message);
	r->failure->status = STATUS_SOFTWARE;
	return STATUS_SOFTWARE;
}

enum status
reader_fail_expected(struct reader *r, const char *what)
{
	char shown[READER_SHOWN_MAX];

	/* TRANSLATORS: what the catalog should hold here, such as "a
	 * text" or "a whole number from 1 to 20", then what it holds: a
	 * quoted value, "a list", "a mapping" or "nothing". */
	return reader_fail(r, reader_mark(r), _("expected %s, found %s"), what,
			   describe(r, shown, sizeof shown));
}

/*
 * libyaml reports reader errors (bad UTF-8, control bytes) as a byte
 * offset only; count lines and characters up to it so the message
 * points like every other.
 */
static struct reader_mark
mark_of_offset(const struct reader *r, size_t offset)
{
	struct reader_mark mark = {1, 1, NULL};
	size_t i;

	if (offset > r->len)
		offset = r->len;
	for (i = 0; i < offset; i++) {
		unsigned char c = (unsigned char)r->bytes[i];
		if (c == '\n') {
			mark.line++;
			mark.column = 1;
		} else if ((c & 0xc0) != 0x80) {
			mark.column++;
		}
	}
	return mark;
}

static enum status
fail_parser(struct reader *r)
{
	const yaml_parser_t *p = &r->parser;
	struct reader_mark mark;

	/* A replacement's own positions would point into its .po entry
	 * as if it were a file: its messages point at the entry. */
	if (r->fixed_mark != NULL && p->error != YAML_MEMORY_ERROR)
		return reader_fail_plain(
			r, *r->fixed_mark,
			_("invalid YAML in the translation: %s"),
			p->problem != NULL ? p->problem : "error");
	switch (p->error) {
	case YAML_MEMORY_ERROR:
		return reader_fail_memory(r);
	case YAML_READER_ERROR:
		mark = mark_of_offset(r, p->problem_offset);
		if (p->problem_value != -1)
			return reader_fail_plain(
				r, mark, _("invalid input: %s (#%X)"),
				p->problem, (unsigned)p->problem_value);
		return reader_fail_plain(r, mark, _("invalid input: %s"),
					 p->problem);
	default:
		if (p->context != NULL)
			return reader_fail_plain(
				r, mark_of(p->problem_mark),
				_("invalid YAML: %s (%s at %lu:%lu)"),
				p->problem, p->context,
				(unsigned long)p->context_mark.line + 1,
				(unsigned long)p->context_mark.column + 1);
		return reader_fail_plain(
			r, mark_of(p->problem_mark), _("invalid YAML: %s"),
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
next(struct reader *r)
{
	const yaml_event_t *e = &r->event;
	const yaml_char_t *anchor = NULL, *tag = NULL;

	if (r->has_event) {
		yaml_event_delete(&r->event);
		r->has_event = false;
	}
	r->is_translated = false;
	if (!yaml_parser_parse(&r->parser, &r->event))
		return fail_parser(r);
	r->has_event = true;

	switch (e->type) {
	case YAML_ALIAS_EVENT:
		return reader_fail(r, reader_mark(r),
				   _("aliases are not allowed in a catalog"));
	case YAML_SCALAR_EVENT:
		anchor = e->data.scalar.anchor;
		tag = e->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = e->data.sequence_start.anchor;
		tag = e->data.sequence_start.tag;
		r->depth++;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = e->data.mapping_start.anchor;
		tag = e->data.mapping_start.tag;
		r->depth++;
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		r->depth--;
		break;
	default:
		break;
	}
	if (anchor != NULL)
		return reader_fail(r, reader_mark(r),
				   _("anchors are not allowed in a catalog"));
	if (!is_core_tag(tag, e->type)) {
		char shown[READER_SHOWN_MAX];
		reader_show(shown, sizeof shown, (const char *)tag,
			    strlen((const char *)tag));
		return reader_fail(r, reader_mark(r), _("unsupported tag %s"),
				   shown);
	}
	if (r->depth > CATALOG_MAX_DEPTH)
		return reader_fail(r, reader_mark(r),
				   _("nested deeper than %d levels"),
				   CATALOG_MAX_DEPTH);
	return STATUS_OK;
}

struct reader_mark
reader_mark(const struct reader *r)
{
	if (r->fixed_mark != NULL)
		return *r->fixed_mark;
	if (r->is_translated)
		return (struct reader_mark){r->origin.line, 0, r->origin.file};
	return mark_of(r->event.start_mark);
}

bool
reader_is_word(const struct reader *r, const char *word)
{
	const yaml_event_t *e = &r->event;

	return e->type == YAML_SCALAR_EVENT &&
	       e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	       e->data.scalar.length == strlen(word) &&
	       memcmp(e->data.scalar.value, word, strlen(word)) == 0;
}

bool
reader_is_mapping(const struct reader *r)
{
	return r->event.type == YAML_MAPPING_START_EVENT;
}

const char *
reader_scalar(const struct reader *r, size_t *len)
{
	if (r->event.type != YAML_SCALAR_EVENT)
		return NULL;
	*len = r->event.data.scalar.length;
	return (const char *)r->event.data.scalar.value;
}

/* ---- key paths --------------------------------------------------------- */

static size_t
path_push_key(struct reader *r, const char *key)
{
	size_t saved = r->path_depth;

	if (saved < PATH_MAX_STEPS)
		r->path[r->path_depth++] =
			(struct path_step){key, 0, NULL, false};
	return saved;
}

static size_t
path_push_index(struct reader *r, size_t index)
{
	size_t saved = r->path_depth;

	if (saved < PATH_MAX_STEPS)
		r->path[r->path_depth++] =
			(struct path_step){NULL, index, NULL, false};
	return saved;
}

static void
path_pop(struct reader *r, size_t saved)
{
	r->path_depth = saved;
}

/* The innermost index step, or NULL. */
static struct path_step *
path_item(struct reader *r)
{
	size_t i = r->path_depth;

	while (i > 0)
		if (r->path[--i].key == NULL)
			return &r->path[i];
	return NULL;
}

void
reader_name_item(struct reader *r, const char *name)
{
	struct path_step *step = path_item(r);

	if (step != NULL)
		step->name = name;
}

void
reader_expect_name(struct reader *r)
{
	struct path_step *step = path_item(r);

	if (step != NULL)
		step->wants_name = true;
}

/* ---- scalars ----------------------------------------------------------- */

/* Whether a plain scalar is YAML's null, which no text may be. */
static bool
is_null(const char *s, size_t len)
{
	return (len == 1 && s[0] == '~') ||
	       (len == 4 &&
		(memcmp(s, "null", 4) == 0 || memcmp(s, "Null", 4) == 0 ||
		 memcmp(s, "NULL", 4) == 0));
}

static const struct template_rules no_placeholders = {false, NULL};

/* Checks that the len bytes at s hold what a text under rules may. */
static enum status
check_bytes(struct reader *r, const unsigned char *s, size_t len,
	    const struct template_rules *rules)
{
	struct template_problem problem;
	size_t bad;

	bad = charclass_find_forbidden(s, len);
	if (bad < len)
		return reader_fail(
			r, reader_mark(r), _("text contains %s at byte %zu"),
			charclass_unsafe_name(s + bad, len - bad), bad + 1);
	if (!template_check((const char *)s, len,
			    rules != NULL ? rules : &no_placeholders, &problem))
		return reader_fail(r, reader_mark(r), _("%s, at byte %zu"),
				   problem.message, problem.offset + 1);
	return STATUS_OK;
}

/* Checks that the current event is a non-empty text that rules allow. */
static enum status
check_text(struct reader *r, const struct template_rules *rules)
{
	const yaml_event_t *e = &r->event;
	const unsigned char *s;
	size_t len;

	if (e->type != YAML_SCALAR_EVENT ||
	    (e->data.scalar.tag != NULL &&
	     strcmp((const char *)e->data.scalar.tag, YAML_STR_TAG) != 0 &&
	     strcmp((const char *)e->data.scalar.tag, "!") != 0))
		return reader_fail_expected(r, _("a text"));
	s = e->data.scalar.value;
	len = e->data.scalar.length;
	if (len == 0 || (e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
			 is_null((const char *)s, len)))
		return reader_fail_expected(r, _("a non-empty text"));
	r->text = (const char *)s;
	r->text_len = len;
	return check_bytes(r, s, len, rules);
}

/* ---- translation ------------------------------------------------------- */

bool
reader_translates(const struct reader *r)
{
	return r->translation != NULL;
}

enum status
reader_translate(struct reader *r, const char *source, const char **replacement)
{
	char path[READER_PATH_MAX];
	struct catalog_place origin = {NULL, 0};
	struct reader_mark mark = reader_mark(r);
	size_t i;

	*replacement = NULL;
	for (i = 0; i < r->path_depth; i++)
		if (r->path[i].wants_name && r->path[i].name == NULL)
			return reader_fail(
				r, mark,
				_("a translated item must give its id "
				  "before its texts"));
	put_path(r, path, sizeof path, true);
	*replacement = r->translation->translate(r->translation->context, path,
						 source, mark.line, &origin);
	if (*replacement != NULL) {
		r->origin = origin;
		r->is_translated = true;
	}
	return STATUS_OK;
}

/*
 * Offers the current text, checked, to the translation; a replacement
 * becomes the text used once it passes the same checks and keeps the
 * source's placeholders.
 */
static enum status
translate_text(struct reader *r, const struct template_rules *rules)
{
	const char *source = r->text, *replacement;
	size_t source_len = r->text_len, len;
	struct template_problem problem;
	enum status status;
	char *copy;

	/* The callback wants a string; scalars are not NUL-terminated. */
	if ((copy = arena_strndup(r->arena, source, source_len)) == NULL)
		return reader_fail_memory(r);
	if ((status = reader_translate(r, copy, &replacement)) != STATUS_OK ||
	    replacement == NULL)
		return status;
	len = strlen(replacement);
	if (len == 0)
		return reader_fail_expected(r, _("a non-empty translation"));
	/* libyaml checks the encoding of what it reads; a translation
	 * comes from elsewhere, so it is checked here. */
	if (u8_check((const uint8_t *)replacement, len) != NULL)
		return reader_fail(r, reader_mark(r),
				   _("the translation is not valid UTF-8"));
	if ((status = check_bytes(r, (const unsigned char *)replacement, len,
				  rules)) != STATUS_OK)
		return status;
	if (rules != NULL &&
	    !template_keeps(source, source_len, replacement, len, &problem))
		return reader_fail(r, reader_mark(r), "%s", problem.message);
	r->text = replacement;
	r->text_len = len;
	return STATUS_OK;
}

/* The current text, checked, offered to a translation when it may be
 * translated, and copied to *out when out is not NULL. */
static enum status
take(struct reader *r, const struct template_rules *rules, bool may_translate,
     const char **out)
{
	enum status status = check_text(r, rules);
	const char *s;
	size_t len;
	char *copy;

	if (status == STATUS_OK && may_translate && r->translation != NULL)
		status = translate_text(r, rules);
	if (out == NULL || status != STATUS_OK)
		return status;
	s = r->text;
	len = r->text_len;
	if ((copy = arena_strndup(r->arena, s, len)) == NULL)
		return reader_fail_memory(r);
	/* A template is kept as written; in other texts "{{" is made "{"
	 * now, so that no later stage has to know. */
	if (rules == NULL && memchr(copy, '{', len) != NULL)
		template_unescape(copy, len);
	*out = copy;
	return STATUS_OK;
}

enum status
reader_text(struct reader *r, const struct template_rules *rules,
	    const char **out)
{
	return take(r, rules, true, out);
}

enum status
reader_fixed_text(struct reader *r, const char **out)
{
	return take(r, NULL, false, out);
}

const char *
reader_text_used(const struct reader *r, size_t *len)
{
	*len = r->text_len;
	return r->text;
}

static enum status
fail_count(struct reader *r, unsigned min, unsigned max)
{
	char what[64];

	snprintf(what, sizeof what, _("a whole number from %u to %u"), min,
		 max);
	return reader_fail_expected(r, what);
}

/* Only plain decimal digits count: "10", not "+10", "1e1", "010" or
 * "ten". */
enum status
reader_count(struct reader *r, unsigned min, unsigned max, unsigned *out)
{
	const yaml_event_t *e = &r->event;
	const unsigned char *s;
	unsigned long value = 0;
	size_t i, len;

	if (e->type != YAML_SCALAR_EVENT ||
	    e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return fail_count(r, min, max);
	s = e->data.scalar.value;
	len = e->data.scalar.length;
	if (len == 0 || (s[0] == '0' && len > 1))
		return fail_count(r, min, max);
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return fail_count(r, min, max);
		value = value * 10 + (unsigned long)(s[i] - '0');
		if (value > max)
			return fail_count(r, min, max);
	}
	if (value < min)
		return fail_count(r, min, max);
	*out = (unsigned)value;
	return STATUS_OK;
}

/* ---- mappings and lists ------------------------------------------------ */

/* "a, b and c": the keys a mapping takes, for a message. */
static void
name_fields(const struct reader_field *fields, size_t n, char *buf, size_t size)
{
	size_t i, used = 0;
	int k;

	buf[0] = '\0';
	for (i = 0; i < n && used < size; i++) {
		k = snprintf(buf + used, size - used, "%s%s", i > 0 ? ", " : "",
			     fields[i].name);
		if (k < 0)
			break;
		used += (size_t)k;
	}
}

enum status
reader_mapping(struct reader *r, const struct reader_field *fields, size_t n,
	       void *object, void *context)
{
	struct reader_mark start = reader_mark(r);
	uint64_t seen = 0;
	enum status status;
	size_t i, saved, key_len;
	const char *key;

	/* seen has a bit per field; the schema's tables are far smaller. */
	if (n > 64)
		return failure_set(
			r->failure, STATUS_SOFTWARE,
			_("%s: a mapping of more than 64 keys in the "
			  "schema"),
			r->name);
	if (r->event.type != YAML_MAPPING_START_EVENT)
		return reader_fail_expected(r, _("a mapping"));
	for (;;) {
		if ((status = next(r)) != STATUS_OK)
			return status;
		if (r->event.type == YAML_MAPPING_END_EVENT)
			break;
		if (r->event.type != YAML_SCALAR_EVENT)
			return reader_fail_expected(r, _("a key"));
		key = (const char *)r->event.data.scalar.value;
		key_len = r->event.data.scalar.length;
		for (i = 0; i < n; i++)
			if (strlen(fields[i].name) == key_len &&
			    memcmp(fields[i].name, key, key_len) == 0)
				break;
		if (i == n) {
			char shown[READER_SHOWN_MAX], names[512];

			name_fields(fields, n, names, sizeof names);
			reader_show(shown, sizeof shown, key, key_len);
			return reader_fail(
				r, reader_mark(r),
				_("unknown key %s; expected one of: %s"), shown,
				names);
		}
		saved = path_push_key(r, fields[i].name);
		if (seen & (UINT64_C(1) << i))
			return reader_fail(r, reader_mark(r),
					   _("key given twice"));
		seen |= UINT64_C(1) << i;
		if ((status = next(r)) != STATUS_OK)
			return status;
		status = fields[i].read(r, context,
					(char *)object + fields[i].offset,
					&fields[i]);
		if (status != STATUS_OK)
			return status;
		path_pop(r, saved);
	}
	for (i = 0; i < n; i++)
		if (fields[i].is_required && !(seen & (UINT64_C(1) << i)))
			return reader_fail(r, start, _("missing key \"%s\""),
					   fields[i].name);
	return STATUS_OK;
}

enum status
reader_group(struct reader *r, void *context, void *slot,
	     const struct reader_field *field)
{
	return reader_mapping(r, field->group, field->group_count, slot,
			      context);
}

/* Whether the len bytes at s can name something in an open mapping. */
static bool
is_key_name(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 64)
		return false;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
		      s[i] == '-'))
			return false;
	return true;
}

enum status
reader_open_mapping(struct reader *r,
		    enum status (*key)(struct reader *, void *, const char *,
				       size_t),
		    void *context)
{
	enum status status;
	size_t saved, len;
	const char *s;
	char *name;

	if (r->event.type != YAML_MAPPING_START_EVENT)
		return reader_fail_expected(r, _("a mapping"));
	for (;;) {
		if ((status = next(r)) != STATUS_OK)
			return status;
		if (r->event.type == YAML_MAPPING_END_EVENT)
			return STATUS_OK;
		/* A key becomes part of the key path, so it is a name
		 * before anything else, never a text to quote. */
		s = reader_scalar(r, &len);
		if (s == NULL || !is_key_name(s, len))
			return reader_fail_expected(
				r, _("a key of at most 64 letters, digits, '_' "
				     "or '-'"));
		/* The path keeps the key, so it lives in the arena. */
		if ((name = arena_strndup(r->arena, s, len)) == NULL)
			return reader_fail_memory(r);
		saved = path_push_key(r, name);
		if ((status = next(r)) != STATUS_OK)
			return status;
		if ((status = key(r, context, name, len)) != STATUS_OK)
			return status;
		path_pop(r, saved);
	}
}

enum status
reader_list(struct reader *r, size_t min_items, reader_item read_item,
	    void *context)
{
	struct reader_mark start = reader_mark(r);
	enum status status;
	size_t index, saved;

	if (r->event.type != YAML_SEQUENCE_START_EVENT)
		return reader_fail_expected(r, _("a list"));
	for (index = 0;; index++) {
		if ((status = next(r)) != STATUS_OK)
			return status;
		if (r->event.type == YAML_SEQUENCE_END_EVENT)
			break;
		saved = path_push_index(r, index);
		if ((status = read_item(r, context, index)) != STATUS_OK)
			return status;
		path_pop(r, saved);
	}
	if (index < min_items)
		return reader_fail(
			r, start,
			ngettext("expected at least %zu item, found "
				 "%zu",
				 "expected at least %zu items, found "
				 "%zu",
				 min_items),
			min_items, index);
	return STATUS_OK;
}

/* Growing array of texts while a list is read. */
struct text_builder {
	const char **items;
	size_t count, cap;
	const struct template_rules *rules;
	bool keep;
};

static enum status
read_text_item(struct reader *r, void *context, size_t index)
{
	struct text_builder *b = context;
	const char **grown;

	(void)index;
	if (!b->keep)
		return reader_text(r, b->rules, NULL);
	if (b->count == b->cap) {
		size_t cap = b->cap == 0 ? 8 : b->cap * 2;
		grown = realloc(b->items, cap * sizeof *grown);
		if (grown == NULL)
			return reader_fail_memory(r);
		b->items = grown;
		b->cap = cap;
	}
	return reader_text(r, b->rules, &b->items[b->count++]);
}

enum status
reader_texts(struct reader *r, const struct template_rules *rules, bool keep,
	     struct text_list *list)
{
	struct text_builder b = {NULL, 0, 0, rules, keep};
	enum status status = reader_list(r, 1, read_text_item, &b);

	if (status == STATUS_OK) {
		list->items = arena_memdup(r->arena, b.items, b.count,
					   sizeof *b.items);
		list->count = b.count;
		if (list->items == NULL)
			status = reader_fail_memory(r);
	}
	free(b.items);
	return status;
}

/* ---- the document ------------------------------------------------------ */

/* Stream and document framing around the root mapping. */
static enum status
read_stream(struct reader *r, reader_read read, void *context, void *slot,
	    const struct reader_field *field)
{
	enum status status;

	if ((status = next(r)) != STATUS_OK) /* stream start */
		return status;
	if ((status = next(r)) != STATUS_OK)
		return status;
	if (r->event.type == YAML_STREAM_END_EVENT)
		return reader_fail_plain(r, reader_mark(r),
					 _("the file is empty; expected a "
					   "catalog"));
	if ((status = next(r)) != STATUS_OK) /* the root node */
		return status;
	if (r->fixed_mark == NULL && r->event.type != YAML_MAPPING_START_EVENT)
		return reader_fail_expected(r, _("a mapping of catalog keys"));
	if ((status = read(r, context, slot, field)) != STATUS_OK)
		return status;
	if ((status = next(r)) != STATUS_OK) /* document end */
		return status;
	if ((status = next(r)) != STATUS_OK)
		return status;
	if (r->event.type != YAML_STREAM_END_EVENT)
		return reader_fail_plain(
			r, reader_mark(r),
			_("a second document; a catalog is one document"));
	return STATUS_OK;
}

/* A reader over len bytes, or NULL with f filled. */
static struct reader *
reader_new(const char *name, const char *bytes, size_t len, struct arena *arena,
	   struct failure *f)
{
	struct reader *r = calloc(1, sizeof *r);

	if (r == NULL) {
		failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"), name);
		return NULL;
	}
	r->name = name;
	r->bytes = bytes;
	r->len = len;
	r->arena = arena;
	r->failure = f;
	if (!yaml_parser_initialize(&r->parser)) {
		free(r);
		failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"), name);
		return NULL;
	}
	yaml_parser_set_input_string(&r->parser, (const unsigned char *)bytes,
				     len);
	return r;
}

static void
reader_delete(struct reader *r)
{
	if (r->has_event)
		yaml_event_delete(&r->event);
	yaml_parser_delete(&r->parser);
	free(r);
}

enum status
reader_read_document(const char *name, const char *bytes, size_t len,
		     struct arena *arena,
		     const struct catalog_translation *translation,
		     reader_read read, void *context, struct failure *f)
{
	struct reader *r = reader_new(name, bytes, len, arena, f);
	enum status status;

	if (r == NULL)
		return f->status;
	r->translation = translation;
	status = read_stream(r, read, context, NULL, NULL);
	reader_delete(r);
	return status;
}

enum status
reader_read_replacement(struct reader *parent, const char *bytes, size_t len,
			reader_read read, void *context, void *slot,
			const struct reader_field *field)
{
	struct reader_mark mark = reader_mark(parent);
	struct reader *r;
	enum status status;

	if (mark.file == NULL)
		mark.file = parent->name;
	r = reader_new(mark.file, bytes, len, parent->arena, parent->failure);
	if (r == NULL)
		return parent->failure->status;
	r->fixed_mark = &mark;
	memcpy(r->path, parent->path, sizeof r->path);
	r->path_depth = parent->path_depth;
	status = read_stream(r, read, context, slot, field);
	reader_delete(r);
	return status;
}
