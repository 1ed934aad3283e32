/* SPDX-License-Identifier: ISC */
/*
 * wrap_ascii.h: where a paragraph of printable ASCII breaks to fit a
 * width, exactly as libunistring's u8_width_linebreaks would say, at a
 * fraction of its cost.  Internal to wrap.c.
 *
 * Between two printable ASCII characters the Unicode line breaking
 * rules, as libunistring applies them, depend only on the two and on
 * whether blanks stand between them: a break there is allowed always,
 * only after blanks, or never.  embed-breaks (src/embed_breaks.c) asks
 * libunistring that question for every pair when heelrx is built and
 * writes the answers as a table, so the rules stay libunistring's.
 * unit/wrap compares the two on random paragraphs.
 */
#ifndef HEELRX_WRAP_ASCII_H
#define HEELRX_WRAP_ASCII_H

#include <stdbool.h>
#include <stddef.h>

/* What the table says of the place between two characters. */
enum wrap_ascii_pair {
	WRAP_ASCII_NEVER,	/* no break, blanks or not */
	WRAP_ASCII_AFTER_BLANK, /* a break only where blanks stand between */
	WRAP_ASCII_ALWAYS	/* a break, blanks or not */
};
/* (wrap_ascii.c adds 1 after a blank and breaks at ALWAYS or more.) */

/* The first printable ASCII character, and how many there are. */
enum { WRAP_ASCII_FIRST = 0x20, WRAP_ASCII_COUNT = 0x7f - 0x20 };

/* Written by embed-breaks: [before][after], each less WRAP_ASCII_FIRST. */
extern const unsigned char wrap_ascii_pairs[WRAP_ASCII_COUNT][WRAP_ASCII_COUNT];

/*
 * Fills breaks[0..n-1] for the n bytes at s as u8_width_linebreaks(s, n,
 * width, 0, 0, NULL, "UTF-8", breaks) does, and returns true.  Returns
 * false when s holds a byte that is not printable ASCII (a tab, a line
 * end, any UTF-8), which libunistring must then handle; breaks then
 * holds nothing of use.
 */
bool wrap_ascii_linebreaks(const char *s, size_t n, int width, char *breaks);

#endif
