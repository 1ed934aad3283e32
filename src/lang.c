/* SPDX-License-Identifier: ISC */
/*
 * lang.c: comparing language tags, and choosing among the built-in
 * languages.  Tags are ASCII, so this compares a byte at a time without
 * the locale.  The built-in languages are passed in, never read from
 * builtin.h's table itself: the build tool that writes that table
 * compares tags with this file too.
 */
#include <stddef.h>
#include <string.h>

#include "buffer.h"
#include "builtin.h"
#include "i18n.h"
#include "lang.h"
#include "printable.h"

/* The byte as compared: lower case, '_' as '-'. */
static char
folded(char c)
{
	static const char lower[] = "abcdefghijklmnopqrstuvwxyz";

	if (c >= 'A' && c <= 'Z')
		return lower[c - 'A'];
	if (c == '_')
		return '-';
	return c;
}

/* Length of the primary language subtag: "es" of "es-MX". */
static size_t
primary_length(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0' && s[n] != '-' && s[n] != '_')
		n++;
	return n;
}

/* Whether the first n bytes of a and b are the same when folded. */
static bool
same_prefix(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] == '\0' || b[i] == '\0' ||
		    folded(a[i]) != folded(b[i]))
			return false;
	return true;
}

bool
lang_same(const char *a, const char *b)
{
	size_t i;

	for (i = 0; a[i] != '\0' && b[i] != '\0'; i++)
		if (folded(a[i]) != folded(b[i]))
			return false;
	return a[i] == b[i];
}

bool
lang_is_right_to_left(const char *tag)
{
	static const char *const languages[] = {
		"ar", "arc", "ckb", "dv", "fa", "he", "ks",
		"ps", "sd",  "syr", "ug", "ur", "yi",
	};
	size_t i;

	for (i = 0; tag != NULL && i < sizeof languages / sizeof *languages;
	     i++)
		if (lang_compatible(tag, languages[i]))
			return true;
	return false;
}

bool
lang_compatible(const char *a, const char *b)
{
	size_t na = primary_length(a), nb = primary_length(b);

	if (lang_same(a, b))
		return true;
	/* One must be a bare language, the other's primary subtag. */
	if (a[na] != '\0' && b[nb] != '\0')
		return false;
	return na == nb && same_prefix(a, b, na);
}

/*
 * Subtags of 1 to 8 letters or digits, the first of 2 or 3 letters,
 * joined by '-' or '_': "de", "es-MX", "zh_CN", "sr-Latn-RS".
 */
bool
lang_is_tag(const char *s)
{
	size_t i, run = 0, subtags = 0;

	for (i = 0; s[i] != '\0'; i++) {
		bool is_letter = (s[i] >= 'a' && s[i] <= 'z') ||
				 (s[i] >= 'A' && s[i] <= 'Z');
		bool is_digit = s[i] >= '0' && s[i] <= '9';

		if (is_letter || (is_digit && subtags > 0)) {
			if (++run > 8)
				return false;
			continue;
		}
		if ((s[i] != '-' && s[i] != '_') || run == 0 ||
		    (subtags == 0 && run < 2) || (subtags == 0 && run > 3))
			return false;
		subtags++;
		run = 0;
	}
	return run > 0 && (subtags > 0 || (run >= 2 && run <= 3)) && i <= 35;
}

/* "de (Deutsch)": language i of the list at context, for a message. */
static void
language_label(struct buffer *b, const void *context, size_t i)
{
	const struct builtin_language *language =
		(const struct builtin_language *)context + i;

	buffer_puts(b, language->code);
	buffer_puts(b, " (");
	buffer_puts(b, language->name);
	buffer_puts(b, ")");
}

/* The language of languages tag names, or NULL. */
static const struct builtin_language *
find(const struct builtin_language *languages, size_t count, const char *tag)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (lang_same(languages[i].code, tag))
			return &languages[i];
	for (i = 0; i < count; i++)
		if (lang_compatible(languages[i].code, tag) &&
		    strpbrk(languages[i].code, "-_") == NULL)
			return &languages[i];
	return NULL;
}

/* The failure for a tag that names none of languages, naming them. */
static enum status
unknown_language(const struct builtin_language *languages, size_t count,
		 const char *tag, struct failure *f)
{
	struct buffer names = BUFFER_INIT;
	char shown[200];

	printable(shown, sizeof shown, tag, strlen(tag), 64, false);
	/* "en (English), de (Deutsch) and es (español)" */
	if (i18n_list(&names, count, language_label, languages, _(" and ")))
		failure_set(f, STATUS_USAGE,
			    _("invalid language '%s'; the handout languages "
			      "are %s"),
			    shown, buffer_text(&names));
	else
		failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	buffer_free(&names);
	return f->status;
}

enum status
lang_choose(const struct builtin_language *languages, size_t count,
	    const char *tag, struct lang_choice *choice, struct failure *f)
{
	const struct builtin_language *language;
	size_t i;

	if (tag == NULL)
		language = &languages[0];
	else if ((language = find(languages, count, tag)) == NULL)
		return unknown_language(languages, count, tag, f);
	choice->catalog = language->catalog;
	choice->word_count = 0;
	if (tag != NULL)
		choice->words[choice->word_count++] = language->catalog->words;
	else
		for (i = 0; i < count && i < LANG_MAX; i++)
			choice->words[choice->word_count++] =
				languages[i].catalog->words;
	return STATUS_OK;
}

void
lang_list(const struct builtin_language *languages, size_t count, FILE *out)
{
	size_t i;

	for (i = 0; i < count; i++)
		fprintf(out, "%s\t%s\n", languages[i].code, languages[i].name);
}
