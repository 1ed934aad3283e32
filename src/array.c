/* SPDX-License-Identifier: ISC */
/*
 * array.c: the growable array of array.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"

/* The first allocation holds this many elements: most lists are short. */
enum { ARRAY_FIRST_CAP = 8 };

void *
array_push(struct array *a)
{
	unsigned char *slot;

	if (a->count == a->cap) {
		size_t cap = a->cap == 0 ? ARRAY_FIRST_CAP : a->cap * 2;
		void *grown;

		if (cap < a->cap || cap > SIZE_MAX / a->size)
			return NULL;
		if ((grown = realloc(a->items, cap * a->size)) == NULL)
			return NULL;
		a->items = grown;
		a->cap = cap;
	}
	slot = (unsigned char *)a->items + a->count * a->size;
	a->count++;
	memset(slot, 0, a->size);
	return slot;
}

void
array_free(struct array *a)
{
	free(a->items);
	a->items = NULL;
	a->count = 0;
	a->cap = 0;
}
