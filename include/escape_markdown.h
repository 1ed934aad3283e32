/* SPDX-License-Identifier: ISC */
/*
 * escape_markdown.h: a text as Markdown that shows it literally, for
 * every layout that writes Markdown (the Markdown handout, its log
 * table and FHIR's markdown notes), as cmark's houdini is the one
 * escaper per output language of cmark.
 *
 * "Literally" means: CommonMark (cmark) and GFM (cmark-gfm with its
 * table, strikethrough, autolink, tagfilter, tasklist and footnotes
 * extensions) show the text's characters and nothing else, wherever it
 * lands: a paragraph, a list item, a heading, a block quote, after a
 * label, in a table cell.  No text can open a heading, a list, a quote,
 * a code block or span, emphasis, struck text, a link, an image, an
 * autolink, raw HTML, an entity, a footnote, a task box or a table, or
 * end the table cell it is in.
 *
 * One character set serves every place:
 * - a backslash before \ ` * _ [ ] < > # ! & | ~ anywhere, which
 *   CommonMark allows before any ASCII punctuation;
 * - at the start of a line's content, a backslash before "-", "+", "="
 *   and ":" (lists, thematic breaks, heading underlines and GFM's
 *   delimiter rows such as ":-:") and before the "." or ")" after
 *   leading digits when a blank or the line's end follows (ordered
 *   lists);
 * - a backslash before ":" in "://" and "." in "www." (GFM's
 *   autolinks);
 * - a control character, such as a tab, as a numeric character
 *   reference ("&#9;"), as cmark's own writer does;
 * - each line without the blanks around it (four leading spaces open
 *   a code block, two trailing ones break the line), and no empty
 *   lines (one would end a paragraph or a list item).
 *
 * - before an "@" that follows a character an address's name may end
 *   in, U+2060 WORD JOINER: GFM links a bare e-mail address after
 *   unescaping, so no escape stops it, but the joiner, which shows as
 *   nothing, is no character of an address.  The address reads as
 *   written and is no mailto: link (cmark-gfm, marked).
 */
#ifndef HEELRX_ESCAPE_MARKDOWN_H
#define HEELRX_ESCAPE_MARKDOWN_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

enum escape_markdown_flags {
	/*
	 * The text begins a line's content (a paragraph, a list item, a
	 * heading, a quote): its first line is escaped as every later
	 * line always is.  Without it, the text follows something on its
	 * line, such as a label.
	 */
	ESCAPE_MARKDOWN_LINE_START = 1 << 0,
	/*
	 * The text's lines are joined by a blank, not a newline: a
	 * heading, a label and a table cell are one line.
	 */
	ESCAPE_MARKDOWN_ONE_LINE = 1 << 1
};

/*
 * Appends the len bytes at text to b, escaped as above, with flags
 * from enum escape_markdown_flags.  False when memory ran out (the
 * buffer has failed).
 */
bool escape_markdown(struct buffer *b, const char *text, size_t len,
		     unsigned flags);

#endif
