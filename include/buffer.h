/* SPDX-License-Identifier: ISC */
/*
 * buffer.h: one growable byte buffer, for text built piece by piece
 * (an SVG figure as it is emitted, the character data of an element, a
 * list joined for a message).  Its bytes are always NUL-terminated.
 *
 * A failed append marks the buffer failed, and every later append does
 * nothing: a writer of many small pieces checks once, at the end, as
 * stdio's ferror works.  Out of memory is a value (see array.h).
 */
#ifndef HEELRX_BUFFER_H
#define HEELRX_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

struct buffer {
	char *data; /* len bytes and a NUL; NULL while nothing is in it */
	size_t len;
	size_t cap;
	bool is_failed; /* an append ran out of memory; data is partial */
};

#define BUFFER_INIT {NULL, 0, 0, false}

/* Appends len bytes; false when the buffer has failed, now or before. */
bool buffer_append(struct buffer *, const void *bytes, size_t len);

/* Appends a NUL-terminated string; false as buffer_append. */
bool buffer_puts(struct buffer *, const char *s);

/*
 * Appends the n items joined as a list is read: "a", "a and b", "a, b
 * and c", with separator between items and last before the last one.
 * NULL items are skipped.  False as buffer_append.
 */
bool buffer_join(struct buffer *, const char *const *items, size_t n,
		 const char *separator, const char *last);

/* The text so far: "" while empty; never NULL. */
const char *buffer_text(const struct buffer *);

/* Frees the bytes and empties the buffer, which may be used again. */
void buffer_free(struct buffer *);

#endif
