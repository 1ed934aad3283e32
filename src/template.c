/* SPDX-License-Identifier: ISC */
/*
 * template.c: checking and filling placeholders.  The grammar is tiny
 * on purpose: a name, an optional form after a colon, one escape; no
 * nesting, no conditions.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "arena.h"
#include "i18n.h"
#include "template.h"

/* How a side placeholder writes its word. */
enum word_case { CASE_AS_GIVEN, CASE_CAPITAL, CASE_UPPER };

/* A placeholder as written: "{name}" or "{name:form}". */
struct placeholder {
	size_t length; /* of the whole placeholder, braces included */
	const char *name;
	size_t name_len;
	const char *form; /* NULL: none */
	size_t form_len;
};

/* A side placeholder's meaning. */
struct side_name {
	const char *name;
	bool is_other; /* names the opposite leg */
	enum word_case word_case;
};

static const struct side_name side_names[] = {
	{"side", false, CASE_AS_GIVEN}, {"Side", false, CASE_CAPITAL},
	{"SIDE", false, CASE_UPPER},	{"other", true, CASE_AS_GIVEN},
	{"Other", true, CASE_CAPITAL},	{"OTHER", true, CASE_UPPER},
};

enum { N_SIDE_NAMES = sizeof side_names / sizeof side_names[0] };

static bool
is_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

/*
 * Reads the placeholder at text[at], a "{" that does not start "{{".
 * Returns false when it is not one: no name, a stray character, or no
 * closing brace.
 */
static bool
parse(const char *text, size_t len, size_t at, struct placeholder *p)
{
	size_t i = at + 1;

	p->name = text + i;
	while (i < len && is_name_char(text[i]))
		i++;
	p->name_len = (size_t)(text + i - p->name);
	p->form = NULL;
	p->form_len = 0;
	if (i < len && text[i] == ':') {
		p->form = text + ++i;
		while (i < len && is_name_char(text[i]))
			i++;
		p->form_len = (size_t)(text + i - p->form);
	}
	if (p->name_len == 0 || i >= len || text[i] != '}')
		return false;
	p->length = i + 1 - at;
	return true;
}

/* What a "{" of a template is, or that none is left. */
enum piece {
	PIECE_END,	   /* no "{" before the text's end */
	PIECE_BRACE,	   /* "{{", a literal "{" */
	PIECE_STRAY,	   /* a "{" that starts no placeholder */
	PIECE_PLACEHOLDER, /* a placeholder, in p */
};

/*
 * Reads the len bytes at text from *at to just past the next "{" piece:
 * *plain is the number of bytes of plain text before it (from the old
 * *at), and the piece says what the "{" starts.  Every reader of
 * templates walks them with this, so that "{{", stray braces and
 * placeholders are told apart in one place.
 */
static inline enum piece
next_piece(const char *text, size_t len, size_t *at, size_t *plain,
	   struct placeholder *p)
{
	/* memchr skips the plain text between braces at its speed. */
	const char *brace = memchr(text + *at, '{', len - *at);
	size_t i = brace != NULL ? (size_t)(brace - text) : len;

	*plain = i - *at;
	if (brace == NULL) {
		*at = len;
		return PIECE_END;
	}
	if (i + 1 < len && text[i + 1] == '{') {
		*at = i + 2;
		return PIECE_BRACE;
	}
	if (!parse(text, len, i, p)) {
		*at = i + 1;
		return PIECE_STRAY;
	}
	*at = i + p->length;
	return PIECE_PLACEHOLDER;
}

/* The next placeholder from *at, which moves past it; false at the
 * end.  Stray braces are skipped: only a checked text is read so. */
static bool
next_placeholder(const char *text, size_t len, size_t *at,
		 struct placeholder *p)
{
	enum piece piece;
	size_t plain;

	while ((piece = next_piece(text, len, at, &plain, p)) != PIECE_END)
		if (piece == PIECE_PLACEHOLDER)
			return true;
	return false;
}

static const struct side_name *
side_name_of(const struct placeholder *p)
{
	size_t i;

	for (i = 0; i < N_SIDE_NAMES; i++)
		if (strlen(side_names[i].name) == p->name_len &&
		    memcmp(side_names[i].name, p->name, p->name_len) == 0)
			return &side_names[i];
	return NULL;
}

/* Whether the blank-separated list names holds the len bytes at name. */
static bool
is_listed(const char *names, const char *name, size_t len)
{
	const char *word = names;
	size_t n;

	while (names != NULL && *word != '\0') {
		n = strcspn(word, " ");
		if (n == len && memcmp(word, name, len) == 0)
			return true;
		word += n;
		word += strspn(word, " ");
	}
	return false;
}

/* "{sets}, {reps} or {rest}" from the list "sets reps rest". */
static void
put_names(char *buf, size_t size, const char *names)
{
	/* TRANSLATORS: between the last two placeholders of a list, as in
	 * "{sets}, {reps} or {rest}". */
	const char *last = _(" or ");
	const char *word;
	size_t n, used = 0, total = 0, seen = 0;
	int k;

	buf[0] = '\0';
	for (word = names; *word != '\0'; word += strspn(word, " ")) {
		total++;
		word += strcspn(word, " ");
	}
	for (word = names; *word != '\0' && used < size;
	     word += strspn(word, " ")) {
		n = strcspn(word, " ");
		seen++;
		k = snprintf(buf + used, size - used, "%s{%.*s}",
			     seen == 1	     ? ""
			     : seen == total ? last
					     : ", ",
			     (int)n, word);
		if (k < 0)
			return;
		used += (size_t)k;
		word += n;
	}
}

/* The message for a placeholder this text may not hold. */
static void
explain_unknown(const struct template_rules *rules, struct template_problem *p)
{
	bool has_names = rules->names != NULL && *rules->names != '\0';
	char names[128];

	if (has_names)
		put_names(names, sizeof names, rules->names);
	if (!rules->may_name_sides && !has_names)
		snprintf(p->message, sizeof p->message, "%s",
			 _("this text takes no placeholders; write {{ for a "
			   "literal brace"));
	else if (!has_names)
		snprintf(p->message, sizeof p->message, "%s",
			 _("unknown placeholder; expected {side} or {other} "
			   "(any case), or {{ for a literal brace"));
	else if (!rules->may_name_sides)
		snprintf(p->message, sizeof p->message,
			 _("unknown placeholder; expected %s, or {{ for a "
			   "literal brace"),
			 names);
	else
		snprintf(p->message, sizeof p->message,
			 _("unknown placeholder; expected {side} or {other} "
			   "(any case) or %s, or {{ for a literal brace"),
			 names);
}

bool
template_check(const char *text, size_t len, const struct template_rules *rules,
	       struct template_problem *problem)
{
	struct placeholder p;
	enum piece piece;
	size_t at = 0, plain;

	while ((piece = next_piece(text, len, &at, &plain, &p)) != PIECE_END) {
		if (piece == PIECE_BRACE)
			continue;
		/* The offset of its "{". */
		problem->offset = at - (piece == PIECE_STRAY ? 1 : p.length);
		if (piece == PIECE_STRAY ||
		    (side_name_of(&p) == NULL &&
		     !is_listed(rules->names, p.name, p.name_len))) {
			explain_unknown(rules, problem);
			return false;
		}
		if (side_name_of(&p) != NULL && !rules->may_name_sides) {
			snprintf(problem->message, sizeof problem->message,
				 "%s",
				 _("this text cannot name a side; write {{ for "
				   "a literal brace"));
			return false;
		}
		if (p.form != NULL && side_name_of(&p) == NULL) {
			snprintf(problem->message, sizeof problem->message,
				 "%s",
				 _("only {side} and {other} take a form, as in "
				   "{side:f}"));
			return false;
		}
		if (p.form != NULL &&
		    (p.form_len == 0 || p.form_len > TEMPLATE_MAX_FORM)) {
			snprintf(problem->message, sizeof problem->message,
				 _("expected a form name of 1 to %d letters, "
				   "digits or '_' after the colon"),
				 TEMPLATE_MAX_FORM);
			return false;
		}
	}
	return true;
}

/* Whether text names the placeholder p means: the same leg, or the
 * same field. */
static bool
has_placeholder(const char *text, size_t len, const struct placeholder *want)
{
	const struct side_name *want_side = side_name_of(want), *s;
	struct placeholder p;
	size_t at = 0;

	while (next_placeholder(text, len, &at, &p)) {
		s = side_name_of(&p);
		if (want_side != NULL && s != NULL &&
		    s->is_other == want_side->is_other)
			return true;
		if (want_side == NULL && s == NULL &&
		    p.name_len == want->name_len &&
		    memcmp(p.name, want->name, p.name_len) == 0)
			return true;
	}
	return false;
}

bool
template_keeps(const char *source, size_t source_len, const char *translation,
	       size_t translation_len, struct template_problem *problem)
{
	const struct side_name *side;
	struct placeholder p;
	size_t at = 0;

	while (next_placeholder(source, source_len, &at, &p)) {
		if (has_placeholder(translation, translation_len, &p))
			continue;
		side = side_name_of(&p);
		problem->offset = 0;
		snprintf(problem->message, sizeof problem->message,
			 _("the translation drops {%.*s}, which the source "
			   "has"),
			 side != NULL ? (side->is_other ? 5 : 4)
				      : (int)p.name_len,
			 side != NULL ? (side->is_other ? "other" : "side")
				      : p.name);
		return false;
	}
	return true;
}

bool
template_each_form(const char *text, size_t len,
		   bool (*found)(const char *, size_t, size_t, void *),
		   void *context)
{
	struct placeholder p;
	size_t at = 0;

	while (next_placeholder(text, len, &at, &p))
		if (p.form != NULL &&
		    !found(p.form, p.form_len, at - p.length, context))
			return false;
	return true;
}

bool
template_has_form(const struct side_words *sides, const char *form, size_t len)
{
	size_t i;

	for (i = 0; i < sides->form_count; i++)
		if (strlen(sides->form_names[i]) == len &&
		    memcmp(sides->form_names[i], form, len) == 0)
			return true;
	return false;
}

size_t
template_unescape(char *text, size_t len)
{
	size_t in, out;

	for (in = out = 0; in < len; in++, out++) {
		text[out] = text[in];
		if (text[in] == '{' && in + 1 < len && text[in + 1] == '{')
			in++;
	}
	if (out < len)
		text[out] = '\0';
	return out;
}

/* The side word a placeholder names, in the form it asks for. */
static const char *
side_word(const struct template_values *v, const struct side_name *s,
	  const struct placeholder *p)
{
	enum side side = s->is_other ? v->other : v->side;
	size_t i;

	if (p->form != NULL)
		for (i = 0; i < v->sides->form_count; i++)
			if (strlen(v->sides->form_names[i]) == p->form_len &&
			    memcmp(v->sides->form_names[i], p->form,
				   p->form_len) == 0)
				return v->sides->forms[side][i];
	/* Only an unchecked catalog built in C names a missing form. */
	return v->sides->word[side];
}

/* Room for a side word in capitals: case mapping can lengthen it. */
enum { CASED_MAX = 512 };

/*
 * Writes word with a capital or in capitals into buf (CASED_MAX bytes)
 * and returns its length.  ASCII words, the usual ones, are changed a
 * byte at a time; others go through libunistring's case mapping, which
 * knows that "ß" is "SS" in capitals.  A word too long to map, which
 * only a catalog built in C can have, is written as it is.
 */
static size_t
cased(char *buf, const char *word, enum word_case word_case)
{
	size_t n = strlen(word), i, len;
	bool is_ascii = true;
	uint8_t *mapped;
	ucs4_t c;
	int k;

	if (n >= CASED_MAX / 4) {
		memcpy(buf, word, CASED_MAX / 4);
		return 0;
	}
	for (i = 0; i < n; i++)
		is_ascii = is_ascii && (unsigned char)word[i] < 0x80;
	memcpy(buf, word, n);
	buf[n] = '\0';
	if (is_ascii) {
		for (i = 0; i < n; i++)
			if (buf[i] >= 'a' && buf[i] <= 'z' &&
			    (word_case == CASE_UPPER || i == 0))
				buf[i] = (char)(buf[i] - 'a' + 'A');
		return n;
	}
	if (word_case == CASE_CAPITAL) {
		k = u8_mbtouc(&c, (const uint8_t *)word, n);
		c = uc_totitle(c);
		len = (size_t)u8_uctomb((uint8_t *)buf, c, 6);
		if ((int)len < 0)
			return n;
		memcpy(buf + len, word + k, n - (size_t)k);
		return len + n - (size_t)k;
	}
	len = CASED_MAX;
	mapped = u8_toupper((const uint8_t *)word, n, NULL, NULL,
			    (uint8_t *)buf, &len);
	if (mapped == NULL)
		return n;
	if (mapped != (uint8_t *)buf) {
		/* Longer than the room kept: keep the word as written. */
		free(mapped);
		memcpy(buf, word, n);
		buf[n] = '\0';
		return n;
	}
	return len;
}

/* The value of a named field, or NULL. */
static const char *
value_of(const struct template_values *v, const struct placeholder *p)
{
	size_t i;

	for (i = 0; i < v->count; i++)
		if (strlen(v->names[i]) == p->name_len &&
		    memcmp(v->names[i], p->name, p->name_len) == 0)
			return v->values[i];
	return NULL;
}

/* Appends len bytes to out (when not NULL) at n; returns the new n. */
static size_t
put(char *out, size_t n, const char *s, size_t len)
{
	if (out != NULL)
		memcpy(out + n, s, len);
	return n + len;
}

/* Fills text into out, or only measures it when out is NULL. */
static size_t
fill(char *out, const char *text, const struct template_values *v)
{
	const struct side_name *s;
	struct placeholder p;
	const char *value;
	char word[CASED_MAX];
	size_t n = 0, len = strlen(text), at = 0, from, plain, k;
	enum piece piece;

	for (;;) {
		from = at;
		piece = next_piece(text, len, &at, &plain, &p);
		n = put(out, n, text + from, plain);
		if (piece == PIECE_END)
			return n;
		if (piece != PIECE_PLACEHOLDER) {
			/* "{{", or a stray brace, which only an unchecked
			 * catalog built in C has: kept rather than
			 * guessed at. */
			n = put(out, n, "{", 1);
		} else if ((s = side_name_of(&p)) != NULL && v->sides != NULL) {
			const char *w = side_word(v, s, &p);

			k = s->word_case == CASE_AS_GIVEN
				    ? 0
				    : cased(word, w, s->word_case);
			/* As given, or too long to change: the word
			 * itself. */
			if (k == 0)
				n = put(out, n, w, strlen(w));
			else
				n = put(out, n, word, k);
		} else if ((value = value_of(v, &p)) != NULL) {
			n = put(out, n, value, strlen(value));
		} else {
			n = put(out, n, text + at - p.length, p.length);
		}
	}
}

/* a + b, or SIZE_MAX past it. */
static size_t
add_saturating(size_t a, size_t b)
{
	return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

size_t
template_filled_max(const char *text, size_t len, size_t side_max,
		    const struct template_maxes *maxes)
{
	struct placeholder p;
	size_t n = 0, at = 0, plain, i, value;
	enum piece piece;

	for (;;) {
		piece = next_piece(text, len, &at, &plain, &p);
		n = add_saturating(n, plain);
		if (piece == PIECE_END)
			return n;
		/* "{{" and stray braces are one byte; a placeholder is
		 * its value, at its longest; a field the maxes do not
		 * name is kept as written, as fill keeps it. */
		value = piece != PIECE_PLACEHOLDER ? 1
			: side_name_of(&p) != NULL ? side_max
						   : p.length;
		for (i = 0; piece == PIECE_PLACEHOLDER && i < maxes->count; i++)
			if (strlen(maxes->names[i]) == p.name_len &&
			    memcmp(maxes->names[i], p.name, p.name_len) == 0)
				value = maxes->lengths[i];
		n = add_saturating(n, value);
	}
}

char *
template_fill(struct arena *arena, const char *text,
	      const struct template_values *values)
{
	size_t n = fill(NULL, text, values);
	char *out = arena_alloc(arena, n + 1);

	if (out == NULL)
		return NULL;
	fill(out, text, values);
	out[n] = '\0';
	return out;
}
