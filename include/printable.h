/* SPDX-License-Identifier: ISC */
/*
 * printable.h: showing untrusted text in a diagnostic.
 *
 * Messages quote catalog values, option values and file names, any of
 * which may hold terminal escapes or bidirectional overrides.  Those
 * are shown as \xHH escapes, so a message is always one line that reads
 * as its bytes are.
 */
#ifndef HEELRX_PRINTABLE_H
#define HEELRX_PRINTABLE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Writes the len bytes at s into buf (size bytes, at least 16), escaping
 * C0 controls, DEL, C1 controls, bidirectional overrides and the line
 * and paragraph separators U+2028 and U+2029.  With
 * is_quoted the result is in double quotes and '"' and '\' are escaped
 * too.  Input beyond max_shown bytes, or beyond what buf holds, is
 * replaced by "...", never cut inside a character.
 */
void printable(char *buf, size_t size, const char *s, size_t len,
	       size_t max_shown, bool is_quoted);

/* Whether s (NUL-terminated) has nothing printable() would escape. */
bool printable_is_clean(const char *s);

#endif
