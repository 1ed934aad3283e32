/* SPDX-License-Identifier: ISC */
/*
 * charclass.h: the characters that text from outside must never carry
 * as they are.
 *
 * One set, used three ways: the catalog refuses these characters in
 * texts (but tab and newline), diagnostics escape them, and the wrapper
 * leaves text holding them to the line breaker.  They are the C0
 * controls, DEL, the C1 controls, the bidirectional overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069), which can make printed
 * text read differently from its bytes, and the line and paragraph
 * separators U+2028 and U+2029, which break lines that no renderer
 * sees as breaks.  Text is UTF-8.
 */
#ifndef HEELRX_CHARCLASS_H
#define HEELRX_CHARCLASS_H

#include <stdbool.h>
#include <stddef.h>

/* Whether c is printable ASCII, a space to a tilde. */
static inline bool
charclass_is_printable_ascii(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

/*
 * The length of the character of the set that starts the len bytes at
 * s, or 0 when they start with another character.
 */
size_t charclass_unsafe_length(const unsigned char *s, size_t len);

/* What a character of the set is, in the words of a message:
 * "a control character" and the like. */
const char *charclass_unsafe_name(const unsigned char *s, size_t len);

/*
 * The offset of the first character of the set other than tab and
 * newline in the len bytes at s, or len when there is none: what a
 * catalog text may not hold.
 */
size_t charclass_find_forbidden(const unsigned char *s, size_t len);

#endif
