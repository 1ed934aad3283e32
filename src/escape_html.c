/* SPDX-License-Identifier: ISC */
/*
 * escape_html.c: a text as HTML character data (escape_html.h).
 */
#include <string.h>

#include "escape_html.h"

void
escape_html(FILE *out, const char *s)
{
	static const char special[] = "&<>\"'";
	static const char *const entity[] = {"&amp;", "&lt;", "&gt;", "&quot;",
					     "&#39;"};
	size_t n;

	for (;;) {
		n = strcspn(s, special);
		fwrite(s, 1, n, out);
		s += n;
		if (*s == '\0')
			return;
		fputs(entity[strchr(special, *s) - special], out);
		s++;
	}
}
