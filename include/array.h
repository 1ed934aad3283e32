/* SPDX-License-Identifier: ISC */
/*
 * array.h: one growable array, for every list whose length is known
 * only once it has been read (a catalog's exercises, a list's texts, a
 * handout's blocks).  It doubles as it fills, so pushing n elements
 * costs O(n) copies in all.
 *
 * Out of memory is a value, in every module of heelrx: a function that
 * allocates returns NULL (or false) and leaves what it was given as it
 * was; the caller that knows what was being built turns that into one
 * "out of memory" failure (STATUS_SOFTWARE), and nothing aborts.  A
 * program that prints a handout has nothing better to do on exhaustion
 * than to say so and exit non-zero, but only main may exit, and a
 * half-written -o file must still be removed on the way out.
 */
#ifndef HEELRX_ARRAY_H
#define HEELRX_ARRAY_H

#include <stddef.h>

struct array {
	void *items;  /* count elements of size bytes; NULL while empty */
	size_t count; /* elements in use */
	size_t cap;   /* elements allocated */
	size_t size;  /* bytes per element */
};

/* An empty array of elements of type: struct array a = ARRAY_OF(int); */
#define ARRAY_OF(type) {NULL, 0, 0, sizeof(type)}

/*
 * A new element at the end, zeroed, or NULL when memory is exhausted or
 * the array would outgrow SIZE_MAX bytes (the array is unchanged then).
 * The pointer is valid until the next push.
 */
void *array_push(struct array *);

/* Frees the elements and empties the array, which may be pushed again. */
void array_free(struct array *);

#endif
