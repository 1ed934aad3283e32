/* SPDX-License-Identifier: ISC */
/*
 * printable.c: escaping for diagnostics.  The characters escaped here
 * are charclass.h's, the set the catalog refuses in texts, so what the
 * loader would reject can always be shown.
 */
#include <stdio.h>
#include <string.h>

#include "charclass.h"
#include "printable.h"

void
printable(char *buf, size_t size, const char *text, size_t len,
	  size_t max_shown, bool is_quoted)
{
	const unsigned char *s = (const unsigned char *)text;
	/* Room kept for the worst escape, "...", a quote and the NUL. */
	const size_t reserve = 3 * 4 + 3 + 2;
	size_t i = 0, n = 0, k, unsafe;

	if (size < 16)
		return;
	if (is_quoted)
		buf[n++] = '"';
	while (i < len) {
		if (i >= max_shown || n + reserve >= size) {
			memcpy(buf + n, "...", 3);
			n += 3;
			break;
		}
		unsafe = charclass_unsafe_length(s + i, len - i);
		if (unsafe > 0) {
			for (k = 0; k < unsafe; k++)
				n += (size_t)snprintf(buf + n, size - n,
						      "\\x%02x", s[i + k]);
			i += unsafe;
		} else if (is_quoted && (s[i] == '"' || s[i] == '\\')) {
			buf[n++] = '\\';
			buf[n++] = (char)s[i++];
		} else {
			/* Copy a whole UTF-8 character. */
			do
				buf[n++] = (char)s[i++];
			while (i < len && (s[i] & 0xc0) == 0x80 &&
			       n + reserve < size);
		}
	}
	if (is_quoted)
		buf[n++] = '"';
	buf[n] = '\0';
}

bool
printable_is_clean(const char *s)
{
	size_t len = strlen(s), i;

	for (i = 0; i < len; i++)
		if (charclass_unsafe_length((const unsigned char *)s + i,
					    len - i) > 0)
			return false;
	return true;
}
