/* SPDX-License-Identifier: ISC */
/*
 * words.c: the handout's words (struct words): headings, labels and
 * phrases, plurals and the names of days and months, each checked for
 * the placeholders it may use.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "lang.h"
#include "loader.h"
#include "template.h"

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

/* A mapping of a plural's forms, the fields of forms with the
 * placeholders that field names. */
static enum status
read_forms(struct reader *r, void *context, struct plural *p,
	   const struct reader_field *field, const struct reader_field *forms,
	   size_t count)
{
	struct reader_field fields[6];
	size_t i;

	for (i = 0; i < count && i < sizeof fields / sizeof fields[0]; i++) {
		fields[i] = forms[i];
		fields[i].names = field->names;
	}
	return reader_mapping(r, fields, i, p, context);
}

/*
 * The forms a translation of a plural's "other" gives: one text, or,
 * where its language has more plural forms than the source, a mapping
 * of them ({few: ..., many: ..., other: ...}), each checked as a word.
 */
static enum status
read_translated_forms(struct reader *r, void *context, void *slot,
		      const struct reader_field *field)
{
	static const struct reader_field forms[] = {
		CATALOG_KEY(plural, zero, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, two, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, few, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, many, WORD, OPTIONAL, NULL, 0, 0),
		CATALOG_KEY(plural, other, WORD, REQUIRED, NULL, 0, 0),
	};
	struct plural *p = slot;

	if (!reader_is_mapping(r))
		return catalog_read_word(r, context, &p->other, field);
	return read_forms(r, context, p, field, forms,
			  sizeof forms / sizeof forms[0]);
}

/* Whether a translation starts a mapping of plural forms, "{few: ". */
static bool
is_forms_mapping(const char *s)
{
	static const char *const names[] = {"zero", "two", "few", "many",
					    "other"};
	size_t i, n;

	if (*s++ != '{')
		return false;
	s += strspn(s, " ");
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		n = strlen(names[i]);
		if (strncmp(s, names[i], n) == 0 && s[n] == ':')
			return true;
	}
	return false;
}

/* text as a YAML double-quoted scalar, so that it is read as written. */
static char *
yaml_quoted(struct arena *arena, const char *text)
{
	size_t n = strlen(text), i, j = 0;
	char *q = arena_alloc(arena, 2 * n + 3);

	if (q == NULL)
		return NULL;
	q[j++] = '"';
	for (i = 0; i < n; i++) {
		if (text[i] == '"' || text[i] == '\\') {
			q[j++] = '\\';
			q[j++] = text[i];
		} else if (text[i] == '\n' || text[i] == '\t') {
			q[j++] = '\\';
			q[j++] = text[i] == '\n' ? 'n' : 't';
		} else {
			q[j++] = text[i];
		}
	}
	q[j++] = '"';
	q[j] = '\0';
	return q;
}

/* Whether each form p has keeps the source's placeholders. */
static enum status
check_forms_keep(struct reader *r, const struct plural *p, const char *source)
{
	const char *const forms[] = {p->zero, p->two, p->few, p->many,
				     p->other};
	struct template_problem problem;
	size_t i;

	for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
		if (forms[i] != NULL &&
		    !template_keeps(source, strlen(source), forms[i],
				    strlen(forms[i]), &problem))
			return reader_fail(r, reader_mark(r), "%s",
					   problem.message);
	return STATUS_OK;
}

/*
 * A plural's "other", offered to a translation, which may give the
 * forms its language has beyond the source's (Polish few and many) as
 * a mapping: po/README.
 */
static enum status
read_other(struct reader *r, void *context, void *slot,
	   const struct reader_field *field)
{
	struct loader *ld = context;
	struct plural *p = (struct plural *)((char *)slot -
					     offsetof(struct plural, other));
	const char *scalar, *replacement = NULL;
	char *source, *yaml;
	size_t len;
	enum status status;

	if (!reader_translates(r) || reader_is_mapping(r) ||
	    (scalar = reader_scalar(r, &len)) == NULL)
		return catalog_read_word(r, context, slot, field);
	if ((source = arena_strndup(ld->arena, scalar, len)) == NULL)
		return reader_fail_memory(r);
	if ((status = reader_translate(r, source, &replacement)) != STATUS_OK)
		return status;
	/* The source itself, when the translation keeps it, is read the
	 * same way: offering it again would offer it twice. */
	if (replacement != NULL && *replacement == '\0')
		return reader_fail_expected(r, _("a non-empty translation"));
	yaml = replacement != NULL && is_forms_mapping(replacement)
		       ? (char *)replacement
		       : yaml_quoted(ld->arena, replacement != NULL
							? replacement
							: source);
	if (yaml == NULL)
		return reader_fail_memory(r);
	status = reader_read_replacement(r, yaml, strlen(yaml),
					 read_translated_forms, context, p,
					 field);
	return status != STATUS_OK ? status : check_forms_keep(r, p, source);
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
		{"other", CATALOG_IS_REQUIRED, read_other,
		 offsetof(struct plural, other), 0, 0, NULL, 0},
	};
	struct plural *p = slot;
	enum status status;

	if (!reader_is_mapping(r)) {
		status = catalog_read_word(r, context, &p->other, field);
		p->one = p->other;
		return status;
	}
	status = read_forms(r, context, p, field, forms,
			    sizeof forms / sizeof forms[0]);
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
				   ngettext("expected %zu name, found more",
					    "expected %zu names, found more",
					    b->count),
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
		return reader_fail(r, start,
				   ngettext("expected %zu name, found %zu",
					    "expected %zu names, found %zu",
					    b.count),
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

const char *
catalog_label_word(const struct words *w, enum figure_mark mark, enum side side)
{
	switch (mark) {
	case FIGURE_WORKING_FOOT:
	case FIGURE_MOVEMENT_ARROW:
		return w->figures.sides[side];
	case FIGURE_STANDING_FOOT:
		return w->figures
			.sides[side == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT];
	case FIGURE_DOOR:
		return w->figures.door;
	case FIGURE_KNOT:
		return w->figures.knot;
	case FIGURE_FROM_ABOVE:
		return w->figures.from_above;
	case FIGURE_MARK_COUNT:
		break;
	}
	return NULL;
}
