/* SPDX-License-Identifier: ISC */
/*
 * wrap_ascii.c: line breaks of printable ASCII from the table that
 * embed-breaks took from libunistring (wrap_ascii.h).
 *
 * Filling the text handout spent over half of heelrx's instructions in
 * u8_width_linebreaks, which looks up each character's line breaking
 * class and display width in Unicode-wide tables.  Nearly every English
 * paragraph is ASCII, where both answers are known in advance.
 */
#include <unilbrk.h>

#include "charclass.h"
#include "wrap_ascii.h"

/* The row of a text's start: no break before its first character. */
static const unsigned char nothing_before[WRAP_ASCII_COUNT];

/*
 * One pass finds where a break may come and keeps only the breaks a
 * line of width columns needs, as libunistring chooses them: the text
 * between two possible breaks (a piece, with the blanks that end it)
 * stays on the line while the line, blanks included, fits; else the
 * line breaks before the piece.  A break is only ever set where a piece
 * started, behind the pass.
 */
bool
wrap_ascii_linebreaks(const char *text, size_t n, int width, char *breaks)
{
	const unsigned char *s = (const unsigned char *)text;
	/* The pairs of the last character that is not blank. */
	const unsigned char *row = nothing_before;
	int is_after_blank = 0; /* 0 or 1, added to a pair's value */
	char *piece_start = NULL;
	int line_columns = 0, piece_columns = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (!charclass_is_printable_ascii(c))
			return false;
		breaks[i] = UC_BREAK_PROHIBITED;
		if (c == ' ') {
			is_after_blank = 1;
			piece_columns++;
			continue;
		}
		if (row[c - WRAP_ASCII_FIRST] + is_after_blank >=
		    WRAP_ASCII_ALWAYS) {
			if (piece_start != NULL &&
			    line_columns + piece_columns > width) {
				*piece_start = UC_BREAK_POSSIBLE;
				line_columns = 0;
			}
			piece_start = breaks + i;
			line_columns += piece_columns;
			piece_columns = 0;
		}
		piece_columns++;
		row = wrap_ascii_pairs[c - WRAP_ASCII_FIRST];
		is_after_blank = 0;
	}
	if (piece_start != NULL && line_columns + piece_columns > width)
		*piece_start = UC_BREAK_POSSIBLE;
	return true;
}
