/* SPDX-License-Identifier: ISC */
/*
 * numrange.h: ranges of numbers, such as the pain scale's "0–10" or a
 * rest of "45–60" s, which no layout breaks across lines: split after
 * its dash, a range reads as two numbers.  A range is ASCII digits, an
 * en dash (U+2013) and ASCII digits; text is UTF-8.
 */
#ifndef HEELRX_NUMRANGE_H
#define HEELRX_NUMRANGE_H

#include <stdbool.h>
#include <stddef.h>

/* A range found in a text: its bytes are [start, end), its dash starts
 * at dash. */
struct numrange {
	size_t start, dash, end;
};

/*
 * The first range in the len bytes at s at or after from, into *r;
 * false when there is none.
 */
bool numrange_find(const char *s, size_t len, size_t from, struct numrange *r);

#endif
