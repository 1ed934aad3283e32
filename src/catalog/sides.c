/* SPDX-License-Identifier: ISC */
/*
 * sides.c: words.sides, the words {side} and {other} write, with the
 * grammatical forms a language may need ("{word: left, f: left}"), and
 * how a translation replaces them whole.
 */
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "loader.h"

/* A side word: on one line, short, no placeholders. */
static enum status
take_side_word(struct reader *r, const char **out)
{
	/* A translation replaces a side whole, forms and all: read_side. */
	enum status status = reader_fixed_text(r, out);

	if (status == STATUS_OK && (strpbrk(*out, "\n\t") != NULL ||
				    strlen(*out) > CATALOG_MAX_SIDE_WORD))
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
				   ngettext("a side word has at most %d form",
					    "a side word has at most %d forms",
					    MAX_FORMS),
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
	char *buf = arena_alloc(ld->arena,
				(count + 1) * (2 * CATALOG_MAX_SIDE_WORD +
					       TEMPLATE_MAX_FORM + 8) +
					16);

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

static const struct reader_field side_fields[] = {
	{"left", true, read_side, 0, SIDE_LEFT, 0, NULL, 0},
	{"right", true, read_side, 0, SIDE_RIGHT, 0, NULL, 0},
};

/* The sides fill the loader's builder, not the slot: see finish_sides
 * (check.c). */
enum status
catalog_read_sides(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	(void)field;
	return reader_mapping(r, side_fields, 2, slot, context);
}
