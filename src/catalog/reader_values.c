/* SPDX-License-Identifier: ISC */
/*
 * reader_values.c: the values a schema reads: texts, checked and
 * offered to a translation, whole numbers, mappings of known and of
 * open keys, and lists.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "arena.h"
#include "charclass.h"
#include "i18n.h"
#include "reader_state.h"

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
	struct charclass_fault fault;

	if (!charclass_check_text(s, len, &fault))
		return reader_fail(r, reader_mark(r),
				   _("text contains %s at byte %zu"),
				   fault.what, fault.offset + 1);
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
	reader_put_path(r, path, sizeof path, true);
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

/*
 * A plain decimal: an optional '-', 1 to 9 digits, and optionally '.'
 * and 1 to 6 more.  No exponent, no "nan" or "inf", no quotes, so a
 * value is finite and under 10^9 before any range is checked.
 */
enum status
reader_decimal(struct reader *r, double *out)
{
	const yaml_event_t *e = &r->event;
	const unsigned char *s;
	size_t i = 0, len, digits = 0, decimals = 0;
	double whole = 0, part = 0, scale = 1;

	if (e->type != YAML_SCALAR_EVENT ||
	    e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return reader_fail_expected(r, _("a number such as 120 or "
						 "-3.5"));
	s = e->data.scalar.value;
	len = e->data.scalar.length;
	if (i < len && s[i] == '-')
		i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
		whole = whole * 10 + (s[i] - '0');
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9';
		     i++, decimals++) {
			part = part * 10 + (s[i] - '0');
			scale *= 10;
		}
	if (i != len || digits == 0 || digits > 9 || decimals > 6 ||
	    (s[len - 1] == '.'))
		return reader_fail_expected(r, _("a number such as 120 or "
						 "-3.5"));
	*out = whole + part / scale;
	if (s[0] == '-')
		*out = -*out;
	return STATUS_OK;
}

/* ---- mappings and lists ------------------------------------------------ */

/* The key after fields[i], past the fields nested in it. */
static size_t
next_key(const struct reader_field *fields, size_t i)
{
	return i + 1 + fields[i].nested_count;
}

/* How many keys the n entries of fields are. */
static size_t
count_keys(const struct reader_field *fields, size_t n)
{
	size_t i, keys = 0;

	for (i = 0; i < n; i = next_key(fields, i))
		keys++;
	return keys;
}

/* "a, b and c": the keys a mapping takes, for a message. */
static void
name_fields(const struct reader_field *fields, size_t n, char *buf, size_t size)
{
	size_t i, used = 0;
	int k;

	buf[0] = '\0';
	for (i = 0; i < n && used < size; i = next_key(fields, i)) {
		k = snprintf(buf + used, size - used, "%s%s", i > 0 ? ", " : "",
			     fields[i].name);
		if (k < 0)
			break;
		used += (size_t)k;
	}
}

/* Whether fields[i] must be given: a group must when one of its keys
 * must, at any depth, so that a group of optional keys may be left out.
 * A group's keys, and theirs, are the fields up to its next sibling. */
static bool
is_required(const struct reader_field *fields, size_t i)
{
	size_t j, end = next_key(fields, i);

	if (fields[i].read != reader_group)
		return fields[i].is_required;
	for (j = i + 1; j < end; j++)
		if (fields[j].read != reader_group && fields[j].is_required)
			return true;
	return false;
}

enum status
reader_mapping(struct reader *r, const struct reader_field *fields, size_t n,
	       void *object, void *context)
{
	struct reader_mark start = reader_mark(r);
	uint64_t seen = 0, bit;
	enum status status;
	size_t i, saved, key_len;
	const char *key;

	/* seen has a bit per key; the schema's mappings are far smaller. */
	if (n > 64 && count_keys(fields, n) > 64)
		return failure_set(
			r->failure, STATUS_SOFTWARE,
			_("%s: a mapping of more than 64 keys in the "
			  "schema"),
			r->name);
	if (r->event.type != YAML_MAPPING_START_EVENT)
		return reader_fail_expected(r, _("a mapping"));
	for (;;) {
		if ((status = reader_next(r)) != STATUS_OK)
			return status;
		if (r->event.type == YAML_MAPPING_END_EVENT)
			break;
		if (r->event.type != YAML_SCALAR_EVENT)
			return reader_fail_expected(r, _("a key"));
		key = (const char *)r->event.data.scalar.value;
		key_len = r->event.data.scalar.length;
		for (i = 0, bit = 1; i < n; i = next_key(fields, i), bit <<= 1)
			if (strlen(fields[i].name) == key_len &&
			    memcmp(fields[i].name, key, key_len) == 0)
				break;
		if (i >= n) {
			char shown[READER_SHOWN_MAX], names[512];

			name_fields(fields, n, names, sizeof names);
			reader_show(shown, sizeof shown, key, key_len);
			return reader_fail(
				r, reader_mark(r),
				_("unknown key %s; expected one of: %s"), shown,
				names);
		}
		saved = reader_push_key(r, fields[i].name);
		if (seen & bit)
			return reader_fail(r, reader_mark(r),
					   _("key given twice"));
		seen |= bit;
		if ((status = reader_next(r)) != STATUS_OK)
			return status;
		status = fields[i].read(r, context,
					(char *)object + fields[i].offset,
					&fields[i]);
		if (status != STATUS_OK)
			return status;
		reader_pop(r, saved);
	}
	for (i = 0, bit = 1; i < n; i = next_key(fields, i), bit <<= 1)
		if (is_required(fields, i) && !(seen & bit))
			return reader_fail(r, start, _("missing key \"%s\""),
					   fields[i].name);
	return STATUS_OK;
}

enum status
reader_group(struct reader *r, void *context, void *slot,
	     const struct reader_field *field)
{
	return reader_mapping(r, field + 1, field->nested_count, slot, context);
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
		if ((status = reader_next(r)) != STATUS_OK)
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
		saved = reader_push_key(r, name);
		if ((status = reader_next(r)) != STATUS_OK)
			return status;
		if ((status = key(r, context, name, len)) != STATUS_OK)
			return status;
		reader_pop(r, saved);
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
		if ((status = reader_next(r)) != STATUS_OK)
			return status;
		if (r->event.type == YAML_SEQUENCE_END_EVENT)
			break;
		saved = reader_push_index(r, index);
		if ((status = read_item(r, context, index)) != STATUS_OK)
			return status;
		reader_pop(r, saved);
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
