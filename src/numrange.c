/* SPDX-License-Identifier: ISC */
/*
 * numrange.c: finding the ranges of numbers that layouts keep on one
 * line.
 */
#include <string.h>

#include "numrange.h"

/* U+2013 EN DASH in UTF-8. */
static const char en_dash[] = "\342\200\223";
enum { EN_DASH_LEN = sizeof en_dash - 1 };

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

bool
numrange_find(const char *s, size_t len, size_t from, struct numrange *r)
{
	const char *p;
	size_t at;

	/* Few characters of a text start with the dash's first byte:
	 * memchr finds each of them, and the rest is compared there. */
	while (from < len && (p = memchr(s + from, (unsigned char)en_dash[0],
					 len - from)) != NULL) {
		at = (size_t)(p - s);
		from = at + 1;
		if (at == 0 || !is_digit(s[at - 1]) ||
		    len - at <= EN_DASH_LEN ||
		    memcmp(p, en_dash, EN_DASH_LEN) != 0 ||
		    !is_digit(s[at + EN_DASH_LEN]))
			continue;
		r->dash = at;
		for (r->start = at; r->start > 0 && is_digit(s[r->start - 1]);)
			r->start--;
		for (r->end = at + EN_DASH_LEN;
		     r->end < len && is_digit(s[r->end]);)
			r->end++;
		return true;
	}
	return false;
}
