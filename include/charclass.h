/* SPDX-License-Identifier: ISC */
/*
 * charclass.h: the characters that text from outside must never carry
 * as they are.
 *
 * One set, used three ways: the catalog refuses these characters in
 * texts (but tab, newline and balanced isolates), diagnostics escape
 * them, and the wrapper leaves text holding them to the line breaker.
 * They are the C0 controls, DEL, the C1 controls, the bidirectional
 * embeddings and overrides (U+202A to U+202E) and isolates (U+2066 to
 * U+2069), which can make printed text read differently from its
 * bytes, and the line and paragraph separators U+2028 and U+2029, which
 * break lines that no renderer sees as breaks.  Text is UTF-8.
 *
 * A right-to-left language needs the isolates: they keep a number, a
 * date or a Latin word in its own order inside Arabic.  An isolate
 * reorders only what lies between it and its U+2069 POP DIRECTIONAL
 * ISOLATE, so a catalog text may hold one that it closes itself; one
 * left open would reorder whatever the handout prints after the text,
 * such as the plan's numbers and sides.  Embeddings and overrides reach
 * past their text in ways a reader cannot see, and stay refused.
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

/* A character that a catalog text may not hold, and why. */
struct charclass_fault {
	size_t offset;	  /* of the character, from 0 */
	const char *what; /* "U+202E RIGHT-TO-LEFT OVERRIDE" and the like */
};

/*
 * Whether the len bytes at s hold only what a catalog text may: no
 * character of the set but tab, newline, and isolates (U+2066, U+2067,
 * U+2068) each closed by a U+2069 later in the same text, nested or
 * not, with no U+2069 that closes none.  When they do not, *fault says
 * where and what the first fault is; an isolate never closed is the
 * outermost one.
 */
bool charclass_check_text(const unsigned char *s, size_t len,
			  struct charclass_fault *fault);

#endif
