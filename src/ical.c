/* SPDX-License-Identifier: ISC */
/*
 * ical.c: iCalendar content lines.  A logical line is escaped into a
 * buffer, then written in pieces of at most 75 octets, each continued
 * line starting with a space, never splitting a UTF-8 character.
 */
#include <stdlib.h>
#include <string.h>

#include "ical.h"

enum { ICAL_LINE_OCTETS = 75 };

/* Writes a logical line folded as RFC 5545 section 3.1 asks. */
static void
put_folded(FILE *out, const char *line, size_t len)
{
	size_t start = 0, limit = ICAL_LINE_OCTETS, end;

	while (len - start > limit) {
		end = start + limit;
		/* Back up to the first byte of a UTF-8 character. */
		while (end > start && ((unsigned char)line[end] & 0xc0) == 0x80)
			end--;
		fwrite(line + start, 1, end - start, out);
		fputs("\r\n ", out);
		start = end;
		limit = ICAL_LINE_OCTETS - 1; /* the space counts */
	}
	fwrite(line + start, 1, len - start, out);
	fputs("\r\n", out);
}

static bool
put_line(FILE *out, const char *name, const char *value, bool is_text)
{
	size_t n = strlen(name), len = strlen(value), i, used;
	char *line = malloc(n + 1 + 2 * len + 1);

	if (line == NULL)
		return false;
	for (used = 0; used < n; used++)
		line[used] = name[used];
	line[used++] = ':';
	for (i = 0; i < len; i++) {
		char c = value[i];
		if (is_text && (c == '\\' || c == ';' || c == ',')) {
			line[used++] = '\\';
			line[used++] = c;
		} else if (is_text && c == '\n') {
			line[used++] = '\\';
			line[used++] = 'n';
		} else {
			line[used++] = c;
		}
	}
	put_folded(out, line, used);
	free(line);
	return true;
}

bool
ical_line(FILE *out, const char *name, const char *value)
{
	return put_line(out, name, value, false);
}

bool
ical_text(FILE *out, const char *name, const char *value)
{
	return put_line(out, name, value, true);
}
