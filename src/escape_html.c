/* SPDX-License-Identifier: ISC */
/*
 * escape_html.c: a text as HTML character data (escape_html.h).
 */
#include <string.h>

#include "escape_html.h"

void
escape_html_n(FILE *out, const char *s, size_t len)
{
	static const char special[] = "&<>\"'";
	static const char *const entity[] = {"&amp;", "&lt;", "&gt;", "&quot;",
					     "&#39;"};
	const char *end = s + len;
	size_t n;

	while (s < end) {
		/* s is a part of a string: strcspn stops at its end. */
		if ((n = strcspn(s, special)) > (size_t)(end - s))
			n = (size_t)(end - s);
		fwrite(s, 1, n, out);
		s += n;
		if (s == end)
			return;
		fputs(entity[strchr(special, *s) - special], out);
		s++;
	}
}

void
escape_html(FILE *out, const char *s)
{
	escape_html_n(out, s, strlen(s));
}
