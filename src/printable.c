/* SPDX-License-Identifier: ISC */
/*
 * printable.c: escaping for diagnostics.  The characters escaped here
 * are charclass.h's, the set the catalog refuses in texts, so what the
 * loader would reject can always be shown.  Bytes that are not UTF-8 are
 * escaped too: a message is UTF-8 whatever it quotes, like everything heelrx
 * prints.
 */
#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "charclass.h"
#include "printable.h"

/* The length of the UTF-8 character at s, or 0 if the bytes are not one. */
static size_t
utf8_length(const unsigned char *s, size_t len)
{
	ucs4_t uc;
	int k;

	if (s[0] < 0x80)
		return 1;
	k = u8_mbtoucr(&uc, s, len);
	return k > 0 ? (size_t)k : 0;
}

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
		} else if ((k = utf8_length(s + i, len - i)) == 0) {
			/* Not UTF-8: this byte alone, then resynchronise. */
			n += (size_t)snprintf(buf + n, size - n, "\\x%02x",
					      s[i]);
			i++;
		} else {
			/* A whole UTF-8 character; reserve leaves room. */
			memcpy(buf + n, s + i, k);
			n += k;
			i += k;
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

	if (u8_check((const uint8_t *)s, len) != NULL)
		return false;
	for (i = 0; i < len; i++)
		if (charclass_unsafe_length((const unsigned char *)s + i,
					    len - i) > 0)
			return false;
	return true;
}
