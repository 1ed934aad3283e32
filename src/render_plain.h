/* SPDX-License-Identifier: ISC */
/*
 * render_plain.h: blocks of a handout as plain, unwrapped text, for
 * the formats that carry the handout's words in a field of their own
 * (a calendar event's description, a health record's instruction).
 * Internal to those renderers.
 */
#ifndef HEELRX_RENDER_PLAIN_H
#define HEELRX_RENDER_PLAIN_H

#include <stddef.h>

#include "handout.h"

/*
 * blocks[first] to blocks[first + count) of h as a new string, a line
 * an item, with a blank line before each top-level block but those
 * that go with the one before; no newline at the end.  NULL when
 * memory is exhausted.
 */
char *render_plain(const struct handout *h, size_t first, size_t count);

#endif
