/* SPDX-License-Identifier: ISC */
/*
 * lang.c: comparing language tags.  Tags are ASCII, so this compares a
 * byte at a time without the locale.
 */
#include <stddef.h>

#include "lang.h"

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
