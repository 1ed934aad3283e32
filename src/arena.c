/* SPDX-License-Identifier: ISC */
/*
 * arena.c: a bump allocator over a chain of blocks.  Requests larger
 * than a quarter of a block get a block of their own, so a huge string
 * never wastes the rest of a shared block.
 */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

enum { ARENA_BLOCK_SIZE = 64 * 1024 };

struct block {
	struct block *next;
	size_t size;
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

/* A block from malloc the arena frees with itself (arena_adopt). */
struct adopted {
	struct adopted *next;
	void *p;
};

struct arena {
	struct block *head;
	struct adopted *adopted;
};

struct arena *
arena_new(void)
{
	return calloc(1, sizeof(struct arena));
}

void
arena_free(struct arena *a)
{
	struct block *b, *next;
	struct adopted *d;

	if (a == NULL)
		return;
	/* The list lives in the blocks: freed before them. */
	for (d = a->adopted; d != NULL; d = d->next)
		free(d->p);
	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

static struct block *
block_new(size_t size)
{
	struct block *b;

	if (size > SIZE_MAX - sizeof *b)
		return NULL;
	b = malloc(sizeof *b + size);
	if (b == NULL)
		return NULL;
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

void *
arena_alloc(struct arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	struct block *b;
	size_t rounded;

	if (size > SIZE_MAX - align)
		return NULL;
	rounded = (size + align - 1) & ~(align - 1);
	if (rounded == 0)
		rounded = align;

	if (rounded > ARENA_BLOCK_SIZE / 4) {
		/* A private block, linked behind the head so that the
		 * head keeps serving small requests. */
		b = block_new(rounded);
		if (b == NULL)
			return NULL;
		b->used = rounded;
		if (a->head == NULL) {
			a->head = b;
		} else {
			b->next = a->head->next;
			a->head->next = b;
		}
		return b->data;
	}

	b = a->head;
	if (b == NULL || b->size - b->used < rounded) {
		b = block_new(ARENA_BLOCK_SIZE);
		if (b == NULL)
			return NULL;
		b->next = a->head;
		a->head = b;
	}
	b->used += rounded;
	return b->data + b->used - rounded;
}

bool
arena_adopt(struct arena *a, void *p)
{
	struct adopted *d = arena_alloc(a, sizeof *d);

	if (d == NULL)
		return false;
	d->p = p;
	d->next = a->adopted;
	a->adopted = d;
	return true;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *copy;

	if (len == SIZE_MAX)
		return NULL;
	copy = arena_alloc(a, len + 1);
	if (copy == NULL)
		return NULL;
	if (len > 0)
		memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

void *
arena_memdup(struct arena *a, const void *p, size_t count, size_t size)
{
	void *copy;

	if (size != 0 && count > SIZE_MAX / size)
		return NULL;
	copy = arena_alloc(a, count * size);
	if (copy != NULL && count > 0)
		memcpy(copy, p, count * size);
	return copy;
}
