/* SPDX-License-Identifier: ISC */
/*
 * buffer.c: the growable byte buffer of buffer.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buffer.h"

/* The first allocation: most texts built here are a few lines. */
enum { BUFFER_FIRST_CAP = 256 };

bool
buffer_append(struct buffer *b, const void *bytes, size_t len)
{
	if (b->is_failed)
		return false;
	/* One byte more than len is kept free for the NUL. */
	if (len >= b->cap - b->len) {
		size_t cap = b->cap != 0 ? b->cap : BUFFER_FIRST_CAP;
		char *grown;

		while (cap - b->len <= len) {
			if (cap > SIZE_MAX / 2) {
				b->is_failed = true;
				return false;
			}
			cap *= 2;
		}
		if ((grown = realloc(b->data, cap)) == NULL) {
			b->is_failed = true;
			return false;
		}
		b->data = grown;
		b->cap = cap;
	}
	if (len > 0)
		memcpy(b->data + b->len, bytes, len);
	b->len += len;
	b->data[b->len] = '\0';
	return true;
}

bool
buffer_puts(struct buffer *b, const char *s)
{
	return buffer_append(b, s, strlen(s));
}

bool
buffer_join(struct buffer *b, const char *const *items, size_t n,
	    const char *separator, const char *last)
{
	size_t i, given = 0, seen = 0;

	for (i = 0; i < n; i++)
		given += items[i] != NULL;
	for (i = 0; i < n; i++) {
		if (items[i] == NULL)
			continue;
		if (seen > 0)
			buffer_puts(b, seen + 1 == given ? last : separator);
		buffer_puts(b, items[i]);
		seen++;
	}
	/* An empty list still gives a text, "", that is not NULL. */
	return buffer_append(b, "", 0);
}

const char *
buffer_text(const struct buffer *b)
{
	return b->data != NULL ? b->data : "";
}

void
buffer_free(struct buffer *b)
{
	free(b->data);
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->is_failed = false;
}
