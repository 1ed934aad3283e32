/* SPDX-License-Identifier: ISC */
/*
 * template.c: checking and filling side placeholders.  The grammar is
 * tiny on purpose: six names and one escape, no nesting, no conditions.
 */
#include <string.h>

#include "arena.h"
#include "template.h"

/* How a placeholder writes its word. */
enum word_case { CASE_LOWER, CASE_CAPITAL, CASE_UPPER };

struct placeholder {
	const char *name;
	bool is_other; /* names the opposite leg */
	enum word_case word_case;
};

static const struct placeholder placeholders[] = {
	{"{side}", false, CASE_LOWER},	 {"{Side}", false, CASE_CAPITAL},
	{"{SIDE}", false, CASE_UPPER},	 {"{other}", true, CASE_LOWER},
	{"{Other}", true, CASE_CAPITAL}, {"{OTHER}", true, CASE_UPPER},
};

enum { N_PLACEHOLDERS = sizeof placeholders / sizeof placeholders[0] };

static const struct placeholder *
placeholder_at(const char *text, size_t len)
{
	size_t i, n;

	for (i = 0; i < N_PLACEHOLDERS; i++) {
		n = strlen(placeholders[i].name);
		if (n <= len && memcmp(text, placeholders[i].name, n) == 0)
			return &placeholders[i];
	}
	return NULL;
}

bool
template_check(const char *text, size_t len, bool may_name_sides,
	       struct template_problem *problem)
{
	const char *brace;
	size_t i;

	for (i = 0; i < len; i++) {
		/* memchr skips the plain text between braces at its speed. */
		if ((brace = memchr(text + i, '{', len - i)) == NULL)
			break;
		i = (size_t)(brace - text);
		if (i + 1 < len && text[i + 1] == '{') {
			i++;
			continue;
		}
		problem->offset = i;
		if (placeholder_at(text + i, len - i) == NULL) {
			problem->message = "unknown placeholder; expected "
					   "{side} or {other} (any case), or "
					   "{{ for a literal brace";
			return false;
		}
		if (!may_name_sides) {
			problem->message = "this text cannot name a side; "
					   "write {{ for a literal brace";
			return false;
		}
		i += strlen(placeholder_at(text + i, len - i)->name) - 1;
	}
	return true;
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

const char *
template_side_word(enum side side)
{
	return side == SIDE_LEFT ? "left" : "right";
}

/* Writes word in the given case to out (when not NULL); returns its length. */
static size_t
put_word(char *out, const char *word, enum word_case word_case)
{
	size_t i, n = strlen(word);

	if (out == NULL)
		return n;
	for (i = 0; i < n; i++) {
		char c = word[i];
		if (word_case == CASE_UPPER ||
		    (word_case == CASE_CAPITAL && i == 0))
			c = (char)(c - 'a' + 'A');
		out[i] = c;
	}
	return n;
}

/* Fills text into out, or only measures it when out is NULL. */
static size_t
fill(char *out, const char *text, enum side side)
{
	const struct placeholder *p;
	const char *word;
	size_t n = 0, len = strlen(text);
	size_t i;

	for (i = 0; i < len; i++) {
		if (text[i] != '{') {
			if (out != NULL)
				out[n] = text[i];
			n++;
			continue;
		}
		if (i + 1 < len && text[i + 1] == '{') {
			if (out != NULL)
				out[n] = '{';
			n++;
			i++;
			continue;
		}
		p = placeholder_at(text + i, len - i);
		if (p == NULL) {
			/* Only an unchecked catalog built in C gets here;
			 * keep its brace rather than guess. */
			if (out != NULL)
				out[n] = '{';
			n++;
			continue;
		}
		word = template_side_word(
			p->is_other
				? (side == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT)
				: side);
		n += put_word(out != NULL ? out + n : NULL, word, p->word_case);
		i += strlen(p->name) - 1;
	}
	return n;
}

char *
template_fill(struct arena *arena, const char *text, enum side side)
{
	size_t n = fill(NULL, text, side);
	char *out = arena_alloc(arena, n + 1);

	if (out == NULL)
		return NULL;
	fill(out, text, side);
	out[n] = '\0';
	return out;
}
