/* SPDX-License-Identifier: ISC */
/*
 * printable.h: showing untrusted text in a diagnostic.
 *
 * Messages quote catalog values, option values and file names, any of
 * which may hold terminal escapes, bidirectional overrides or bytes
 * in another encoding than UTF-8.  Those are shown as \xHH escapes, so a
 * message is always one line of UTF-8 that reads as its bytes are.
 */
#ifndef HEELRX_PRINTABLE_H
#define HEELRX_PRINTABLE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Writes the len bytes at s into buf (size bytes, at least 16), escaping
 * C0 controls, DEL, C1 controls, bidirectional overrides, the line
 * and paragraph separators U+2028 and U+2029, and every byte that is not
 * part of a UTF-8 character, so that buf is UTF-8 whatever s is.  With
 * is_quoted the result is in double quotes and '"' and '\' are escaped
 * too.  Input beyond max_shown bytes, or beyond what buf holds, is
 * replaced by "...", never cut inside a character.
 */
void printable(char *buf, size_t size, const char *s, size_t len,
	       size_t max_shown, bool is_quoted);

/*
 * Whether s (NUL-terminated) has nothing printable() would escape: it is
 * UTF-8 with none of the characters above.
 */
bool printable_is_clean(const char *s);

#endif
