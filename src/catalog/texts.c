/* SPDX-License-Identifier: ISC */
/*
 * texts.c: the catalog's texts as the schema's fields read them: plain
 * texts, templates that may name sides, lists of either, counts and
 * exercise ids.  A template's side forms are noted as it is read, to be
 * checked once the side words are known (check.c).
 */
#include <string.h>

#include "arena.h"
#include "array.h"
#include "i18n.h"
#include "loader.h"

/* Records each side form the current text uses, for check_forms. */
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
		scan->status = reader_fail(
			scan->r, reader_mark(scan->r),
			ngettext("unknown side form \"%.*s\", at "
				 "byte %zu; side words have at most "
				 "%d form",
				 "unknown side form \"%.*s\", at "
				 "byte %zu; side words have at most "
				 "%d forms",
				 MAX_FORMS),
			(int)len, form, offset + 1, MAX_FORMS);
		return false;
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
enum status
catalog_take_text(struct reader *r, struct loader *ld,
		  const struct template_rules *rules, const char **out)
{
	struct form_scan scan = {ld, r, STATUS_OK};
	enum status status;
	const char *s;
	size_t len;

	*out = NULL;
	status = reader_text(r, rules, ld->is_keeping_texts ? out : NULL);
	if (status != STATUS_OK || rules == NULL)
		return status;
	s = reader_text_used(r, &len);
	if (rules->may_name_sides && memchr(s, ':', len) != NULL)
		template_each_form(s, len, note_form, &scan);
	if (scan.status != STATUS_OK)
		return scan.status;
	return catalog_check_text_filled(r, ld, rules, *out);
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
enum status
catalog_take_id(struct reader *r, const char **out)
{
	enum status status = reader_fixed_text(r, out);

	if (status == STATUS_OK && !is_valid_id(*out))
		return reader_fail_expected(r, _("an id of at most 64 "
						 "lower-case letters, digits "
						 "and '-'"));
	return status;
}

/* ---- field readers ----------------------------------------------------- */

/* Rules that name no placeholder and no side, for a text in which "{{"
 * must stay as written: the rules of both heels fill their texts. */
static const struct template_rules fixed_rules = {false, NULL};

/*
 * The rules for a field's texts: the placeholders it names, and sides
 * when it may name them; NULL for plain text, whose "{{" is read as
 * "{".  *buf holds them.
 */
static const struct template_rules *
rules_of(const struct reader_field *field, bool may_name_sides,
	 struct template_rules *buf)
{
	if (!may_name_sides && field->names == NULL)
		return NULL;
	buf->may_name_sides = may_name_sides;
	buf->names = field->names;
	return buf;
}

/*
 * The plain texts that fill the words' placeholders, by key: an
 * exercise's name and target, the catalog's title.  No other text of
 * the schema has these keys.
 */
static const struct {
	const char *key;
	enum filler filler;
} fillers[] = {
	{"name", FILLER_NAME},
	{"target", FILLER_TARGET},
	{"title", FILLER_TITLE},
};

enum status
catalog_read_text(struct reader *r, void *context, void *slot,
		  const struct reader_field *field)
{
	struct template_rules rules;
	enum status status;
	size_t i;

	status = catalog_take_text(r, context, rules_of(field, false, &rules),
				   slot);
	for (i = 0; status == STATUS_OK && i < sizeof fillers / sizeof *fillers;
	     i++)
		if (strcmp(field->name, fillers[i].key) == 0)
			catalog_note_filler(r, context, fillers[i].filler);
	return status;
}

enum status
catalog_read_side_text(struct reader *r, void *context, void *slot,
		       const struct reader_field *field)
{
	struct template_rules rules;

	return catalog_take_text(r, context, rules_of(field, true, &rules),
				 slot);
}

enum status
catalog_read_fixed_template(struct reader *r, void *context, void *slot,
			    const struct reader_field *field)
{
	(void)field;
	return catalog_take_text(r, context, &fixed_rules, slot);
}

enum status
catalog_read_number(struct reader *r, void *context, void *slot,
		    const struct reader_field *field)
{
	(void)context;
	return reader_count(r, field->min, field->max, slot);
}

/* A list of texts as it is read. */
struct list_builder {
	struct loader *ld;
	struct array items; /* of const char *; empty when none are kept */
	const struct template_rules *rules;
};

static enum status
read_list_item(struct reader *r, void *context, size_t index)
{
	struct list_builder *b = context;
	const char *unkept = NULL, **item = &unkept;

	(void)index;
	if (b->ld->is_keeping_texts)
		item = array_push(&b->items);
	if (item == NULL)
		return reader_fail_memory(r);
	return catalog_take_text(r, b->ld, b->rules, item);
}

/* At least one text under rules (NULL: plain texts), each checked for
 * the side forms it names. */
static enum status
read_list(struct reader *r, struct loader *ld,
	  const struct template_rules *rules, struct text_list *list)
{
	struct list_builder b = {ld, ARRAY_OF(const char *), rules};
	enum status status = reader_list(r, 1, read_list_item, &b);

	list->count = 0;
	list->items = NULL;
	if (status == STATUS_OK && ld->is_keeping_texts) {
		list->items = arena_memdup(ld->arena, b.items.items,
					   b.items.count, b.items.size);
		list->count = b.items.count;
		if (list->items == NULL)
			status = reader_fail_memory(r);
	}
	array_free(&b.items);
	return status;
}

enum status
catalog_read_text_list(struct reader *r, void *context, void *slot,
		       const struct reader_field *field)
{
	struct template_rules rules;

	return read_list(r, context, rules_of(field, false, &rules), slot);
}

enum status
catalog_read_side_text_list(struct reader *r, void *context, void *slot,
			    const struct reader_field *field)
{
	struct template_rules rules;

	return read_list(r, context, rules_of(field, true, &rules), slot);
}

enum status
catalog_read_fixed_template_list(struct reader *r, void *context, void *slot,
				 const struct reader_field *field)
{
	(void)field;
	return read_list(r, context, &fixed_rules, slot);
}
