/* SPDX-License-Identifier: ISC */
/*
 * escape_markdown.c: texts as Markdown that shows them literally (see
 * escape_markdown.h for the character set and why).
 *
 * Runs of bytes that need nothing are appended whole: a handout's texts
 * are mostly letters, and FHIR's notes are on its benchmark's path.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "escape_markdown.h"

/*
 * The punctuation CommonMark or GFM gives a meaning to anywhere in a
 * line, a table so that each byte is looked up once; ':' and '.' only
 * in "://" and "www.", which is checked where they are met.
 */
static const bool is_special[256] = {
	['\\'] = true, ['`'] = true, ['*'] = true, ['_'] = true, ['['] = true,
	[']'] = true,  ['<'] = true, ['>'] = true, ['#'] = true, ['!'] = true,
	['&'] = true,  ['|'] = true, ['~'] = true,
};

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether c, first in a line's content, can open a list, a thematic
 * break, a heading's underline or a GFM delimiter row (":-:"). */
static bool
opens_block(char c)
{
	return c == '-' || c == '+' || c == '=' || c == ':';
}

/*
 * The offset of the byte that would open a block at the start of the
 * len bytes at line, a line's content, or len: a "-", "+", "=" or ":"
 * first, or the "." or ")" after leading digits that a blank or the
 * line's end follows.  "#", ">", "*", "_", "`", "~", "|", "[" and "<"
 * are escaped wherever they are.
 */
static size_t
block_marker(const char *line, size_t len)
{
	size_t digits = 0;

	while (digits < len && is_digit(line[digits]))
		digits++;
	if (digits == 0)
		return opens_block(line[0]) ? 0 : len;
	if (digits < len && (line[digits] == '.' || line[digits] == ')') &&
	    (digits + 1 == len || is_blank(line[digits + 1])))
		return digits;
	return len;
}

/* Whether line[i] starts GFM's "://" or ends its "www.", any case. */
static bool
is_autolink_mark(const char *line, size_t len, size_t i)
{
	if (line[i] == ':')
		return i + 2 < len && line[i + 1] == '/' && line[i + 2] == '/';
	return line[i] == '.' && i >= 3 &&
	       strncasecmp(line + i - 3, "www", 3) == 0;
}

/* Whether c may end the local part of an e-mail address, as GFM's
 * autolink extension (cmark-gfm, marked) reads one. */
static bool
ends_mail_name(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' ||
	       c == '_';
}

/* U+2060 WORD JOINER: invisible, and no character of an address. */
#define WORD_JOINER "\xe2\x81\xa0"

/* Appends one line's len bytes (never empty, no newline, no blanks
 * around it), escaped. */
static void
put_line(struct buffer *b, const char *line, size_t len, bool is_line_start)
{
	size_t marker = is_line_start ? block_marker(line, len) : len;
	size_t i, plain = 0;
	char reference[8];

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)line[i];

		if (c < 0x20) {
			/* A control character, such as a tab: as a
			 * reference, the character itself. */
			buffer_append(b, line + plain, i - plain);
			snprintf(reference, sizeof reference, "&#%u;", c);
			buffer_puts(b, reference);
			plain = i + 1;
		} else if (c == '@' && i > 0 && ends_mail_name(line[i - 1])) {
			/* No escape stops GFM linking an address (it
			 * links after unescaping): a character it cannot
			 * hold, which shows as nothing, does. */
			buffer_append(b, line + plain, i - plain);
			buffer_puts(b, WORD_JOINER);
			plain = i;
		} else if (i == marker || is_special[c] ||
			   ((c == ':' || c == '.') &&
			    is_autolink_mark(line, len, i))) {
			/* The byte itself goes out with the next run. */
			buffer_append(b, line + plain, i - plain);
			buffer_append(b, "\\", 1);
			plain = i;
		}
	}
	buffer_append(b, line + plain, len - plain);
}

bool
escape_markdown(struct buffer *b, const char *text, size_t len, unsigned flags)
{
	const char *end = text + len, *line = text, *stop;
	bool is_first = true, is_one_line = flags & ESCAPE_MARKDOWN_ONE_LINE;
	size_t n;

	while (line < end) {
		if ((stop = memchr(line, '\n', (size_t)(end - line))) == NULL)
			stop = end;
		while (line < stop && is_blank(*line))
			line++;
		n = (size_t)(stop - line);
		while (n > 0 && is_blank(line[n - 1]))
			n--;
		if (n > 0) {
			if (!is_first)
				buffer_append(b, is_one_line ? " " : "\n", 1);
			put_line(b, line, n,
				 is_first ? (flags & ESCAPE_MARKDOWN_LINE_START)
					  : !is_one_line);
			is_first = false;
		}
		if (stop == end)
			break;
		line = stop + 1;
	}
	/* Marks the text as made (never NULL) and says whether all went
	 * in. */
	return buffer_append(b, "", 0);
}
