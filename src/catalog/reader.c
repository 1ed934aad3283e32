/* SPDX-License-Identifier: ISC */
/*
 * reader.c: libyaml's event stream, as the reader of reader.h walks it:
 * one event at a time, with the key path of the current value, and the
 * messages that say where.
 *
 * Memory stays proportional to what the schema keeps: the reader holds
 * one event at a time, and the key path as steps that are spelt out
 * only for a message (formatting it at every key cost more than all the
 * checks of a valid catalog).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "printable.h"
#include "reader_state.h"

/* Bytes of a scalar a message shows before "...". */
enum { SHOWN_SCALAR_BYTES = 40 };

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

enum status
reader_fail_with(struct reader *r, enum status status, struct reader_mark mark,
		 const char *format, ...)
{
	char message[sizeof r->failure->message];
	va_list ap;

	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	return failure_at(r->failure, status,
			  mark.file != NULL ? mark.file : r->name, mark.line,
			  mark.column, "%s", message);
}

enum status
reader_fail_memory(struct reader *r)
{
	failure_set(r->failure, STATUS_SOFTWARE, _("%s: out of memory"),
		    r->name);
	return STATUS_SOFTWARE;
}

/* The key path, with named items by name when is_named. */
void
reader_put_path(const struct reader *r, char *buf, size_t size, bool is_named)
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
	reader_put_path(r, buf, size, r->is_translated);
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

/* After a failure the parser is left alone: libyaml returns no further
 * events once it has failed. */
enum status
reader_next(struct reader *r)
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
	if (r->depth > READER_MAX_DEPTH)
		return reader_fail(r, reader_mark(r),
				   ngettext("nested deeper than %d level",
					    "nested deeper than %d levels",
					    READER_MAX_DEPTH),
				   READER_MAX_DEPTH);
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

size_t
reader_push_key(struct reader *r, const char *key)
{
	size_t saved = r->path_depth;

	if (saved < PATH_MAX_STEPS)
		r->path[r->path_depth++] =
			(struct path_step){key, 0, NULL, false};
	return saved;
}

size_t
reader_push_index(struct reader *r, size_t index)
{
	size_t saved = r->path_depth;

	if (saved < PATH_MAX_STEPS)
		r->path[r->path_depth++] =
			(struct path_step){NULL, index, NULL, false};
	return saved;
}

void
reader_pop(struct reader *r, size_t saved)
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
