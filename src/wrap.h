/* SPDX-License-Identifier: ISC */
/*
 * wrap.h: filling paragraphs to a width in display columns.  Internal
 * to the text layouts (render_text.c, render_table.c).
 *
 * Line breaking follows the Unicode rules as libunistring implements
 * them, and widths count what a terminal or printer shows: a degree sign
 * or an en dash is one column, a CJK character two.
 */
#ifndef HEELRX_WRAP_H
#define HEELRX_WRAP_H

#include <stdbool.h>
#include <stdio.h>

/* Narrowest column left for text after a prefix; wider words overflow. */
enum { WRAP_MIN_COLUMNS = 20 };

/* The display width of a UTF-8 string. */
int wrap_width_of(const char *s);

/*
 * Writes text to out, filled to width columns.  The first line starts
 * with first_prefix, the others with rest_prefix (give both the same
 * display width for a hanging indent).  Newlines in text end lines;
 * tabs print as spaces.  No line ends in a blank.  A word wider than a
 * line, such as a long German compound, is cut at the margin.  Returns
 * false when memory is exhausted.
 */
bool wrap_paragraph(FILE *out, const char *text, int width,
		    const char *first_prefix, const char *rest_prefix);

/*
 * text filled to width columns with no prefix and no minimum width, as
 * a new string whose lines end in '\n' (the last one too); the caller
 * frees it.  A word wider than width keeps a line of its own.  Returns
 * NULL when memory is exhausted.
 */
char *wrap_fill(const char *text, int width);

#endif
