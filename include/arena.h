/* SPDX-License-Identifier: ISC */
/*
 * arena.h: one allocation pool per catalog or plan.
 *
 * A catalog holds thousands of small strings that all die together, so
 * they live in large blocks freed in one call.  This keeps loading fast
 * and makes leaks impossible by construction: whoever owns the arena
 * frees everything in it.
 */
#ifndef HEELRX_ARENA_H
#define HEELRX_ARENA_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* A new, empty arena, or NULL when memory is exhausted. */
struct arena *arena_new(void);

/* Frees every block of the arena; NULL is allowed. */
void arena_free(struct arena *);

/* size bytes aligned for any type, or NULL when memory is exhausted. */
void *arena_alloc(struct arena *, size_t size);

/* A NUL-terminated copy of the len bytes at s, or NULL. */
/*
 * Makes p, from malloc, the arena's: it is freed with the arena.  False
 * when memory ran out, and p is then still the caller's.
 */
bool arena_adopt(struct arena *, void *p);

char *arena_strndup(struct arena *, const char *s, size_t len);

/* A copy of count elements of size bytes each, or NULL on overflow or
 * exhaustion.  count may be 0. */
void *arena_memdup(struct arena *, const void *p, size_t count, size_t size);

#endif
