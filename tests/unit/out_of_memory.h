/* SPDX-License-Identifier: ISC */
/*
 * out_of_memory.h: a layout built on jansson, run with jansson's
 * allocations failing one by one.  jansson takes its allocator from
 * json_set_alloc_funcs; this one fails the nth allocation and counts
 * the blocks that are live, so that a test can say that nothing was
 * lost on the way out.  For the unit tests of the JSON and FHIR
 * layouts, after check.h.
 */
#ifndef HEELRX_OUT_OF_MEMORY_H
#define HEELRX_OUT_OF_MEMORY_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "failure.h"

static long allocations_left = -1; /* -1: no limit */
static long live_blocks;

static void *
failing_malloc(size_t size)
{
	void *p;

	if (allocations_left == 0)
		return NULL;
	if (allocations_left > 0)
		allocations_left--;
	if ((p = malloc(size)) != NULL)
		live_blocks++;
	return p;
}

static void
counting_free(void *p)
{
	if (p != NULL)
		live_blocks--;
	free(p);
}

/* Makes jansson allocate with the two above. */
static inline void
count_jansson_blocks(void)
{
	json_set_alloc_funcs(failing_malloc, counting_free);
}

/* What a layout writes: context's document on out. */
typedef enum status (*layout_writer)(const void *context, FILE *out,
				     struct failure *f);

/* write's document into *text, the nth allocation failing (n < 0:
 * none). */
static enum status
write_failing(layout_writer write, const void *context, long n, char **text)
{
	struct failure f;
	size_t len = 0;
	FILE *out = open_memstream(text, &len);
	enum status status;

	if (out == NULL)
		return STATUS_SOFTWARE;
	allocations_left = n;
	status = write(context, out, &f);
	allocations_left = -1;
	if (fclose(out) != 0)
		return STATUS_SOFTWARE;
	if (status != STATUS_OK)
		CHECK_STR(f.message, "out of memory");
	return status;
}

/*
 * At every point of failure write must return STATUS_SOFTWARE with
 * nothing left allocated, and past the last one write the whole
 * document, which holds must_hold.
 */
static void
check_out_of_memory(layout_writer write, const void *context,
		    const char *must_hold)
{
	char *full = NULL, *text;
	long n;
	enum status status;

	CHECK(write_failing(write, context, -1, &full) == STATUS_OK);
	CHECK(live_blocks == 0);
	CHECK(full != NULL && strstr(full, must_hold) != NULL);
	for (n = 0; n < 100000; n++) {
		text = NULL;
		status = write_failing(write, context, n, &text);
		CHECK(live_blocks == 0);
		if (status == STATUS_OK) {
			/* Past the last allocation: the same document. */
			CHECK(full != NULL && text != NULL &&
			      strcmp(full, text) == 0);
			free(text);
			break;
		}
		CHECK(status == STATUS_SOFTWARE);
		free(text);
	}
	CHECK(n > 100); /* the allocator was in use */
	CHECK(n < 100000);
	free(full);
}

#endif
