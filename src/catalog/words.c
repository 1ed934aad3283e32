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
enum status
catalog_read_paragraph(struct reader *r, void *context, void *slot,
		       const struct reader_field *field)
{
	struct template_rules rules = {false, field->names};
	enum status status;

	if (field->names == NULL)
		return reader_text(r, NULL, slot);
	status = reader_text(r, &rules, slot);
	return status != STATUS_OK
		       ? status
		       : catalog_check_text_filled(r, context, &rules,
						   *(const char **)slot);
}

/* Words are labels, headings, cells and phrases that layouts put on a
 * line of their own or after a label: one line each. */
static enum status
one_line(struct reader *r, enum status status, const char *const *word)
{
	if (status == STATUS_OK && strpbrk(*word, "\n\t") != NULL)
		return reader_fail_expected(r,
					    _("a word or phrase on one line"));
	return status;
}

enum status
catalog_read_word(struct reader *r, void *context, void *slot,
		  const struct reader_field *field)
{
	return one_line(r, catalog_read_paragraph(r, context, slot, field),
			slot);
}

/* A word that names a side, and may ask for its forms. */
enum status
catalog_read_side_word(struct reader *r, void *context, void *slot,
		       const struct reader_field *field)
{
	struct template_rules rules = {true, field->names};
	struct loader *ld = context;
	bool was_keeping = ld->is_keeping_texts;
	enum status status;

	ld->is_keeping_texts = true;
	status = catalog_take_text(r, ld, &rules, slot);
	ld->is_keeping_texts = was_keeping;
	return one_line(r, status, slot);
}

/*
 * The forms a translation's language may need that the source does not
 * give (an English word has one and other, an Arabic one also zero,
 * two, few and many), each read like the other form.
 */
static enum status
translate_forms(struct reader *r, void *context, struct plural *p,
		const struct reader_field *field)
{
	struct template_rules rules = {false, field->names};
	const char **const slots[] = {&p->zero, &p->two, &p->few, &p->many};
	static const char *const keys[] = {"zero", "two", "few", "many"};
	enum status status = STATUS_OK;
	size_t i;

	for (i = 0; status == STATUS_OK && i < 4; i++) {
		if (*slots[i] != NULL)
			continue;
		status = reader_translate_form(
			r, keys[i], p->other,
			field->names != NULL ? &rules : NULL, slots[i]);
		if (status == STATUS_OK && *slots[i] != NULL &&
		    field->names != NULL)
			status = catalog_check_text_filled(r, context, &rules,
							   *slots[i]);
	}
	return status;
}

/*
 * A plural: one text for every number, or a text for each CLDR category
 * the language uses ("one" and "other"; "zero", "two", "few", "many"
 * where it needs them), "other" always.
 */
enum status
catalog_read_plural(struct reader *r, void *context, void *slot,
		    const struct reader_field *field)
{
	static const struct reader_field forms[] = {
		CATALOG_KEY(plural, zero, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, one, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, two, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, few, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, many, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, other, WORD, REQUIRED, NULL, 0, 0),
	};
	enum { FORM_COUNT = sizeof forms / sizeof forms[0] };
	struct reader_field fields[FORM_COUNT];
	struct plural *p = slot;
	enum status status;
	size_t i;

	if (!reader_is_mapping(r)) {
		status = catalog_read_word(r, context, &p->other, field);
		p->one = p->other;
		return status;
	}
	for (i = 0; i < FORM_COUNT; i++) {
		fields[i] = forms[i];
		fields[i].names = field->names;
	}
	status = reader_mapping(r, fields, FORM_COUNT, p, context);
	if (status == STATUS_OK)
		status = translate_forms(r, context, p, field);
	/* A language without a form for one uses the other for 1 too. */
	if (status == STATUS_OK && p->one == NULL)
		p->one = p->other;
	return status;
}

const char *
catalog_plural_form(const struct plural *p, const char *language,
		    unsigned long n)
{
	const char *form = NULL;

	switch (lang_plural_category(language, n)) {
	case LANG_PLURAL_ZERO:
		form = p->zero;
		break;
	case LANG_PLURAL_ONE:
		form = p->one;
		break;
	case LANG_PLURAL_TWO:
		form = p->two;
		break;
	case LANG_PLURAL_FEW:
		form = p->few;
		break;
	case LANG_PLURAL_MANY:
		form = p->many;
		break;
	case LANG_PLURAL_OTHER:
		break;
	}
	return form != NULL ? form : p->other;
}

/* Exactly field->max names, such as the seven days of the week. */
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

enum status
catalog_read_names(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	struct name_list b = {slot, field->max, 0};
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

#define SCHEMA_LIST  "catalog_words.def"
#define SCHEMA_TABLE word_fields
#include "schema_table.h"

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
