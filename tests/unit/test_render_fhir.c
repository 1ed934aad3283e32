/* SPDX-License-Identifier: ISC */
/*
 * test_render_fhir.c: render_fhir when memory runs out.  jansson takes
 * its allocator from json_set_alloc_funcs; this one fails the nth
 * allocation and counts the blocks that are live.  At every point of
 * failure render_fhir must return STATUS_SOFTWARE with nothing left
 * allocated, and past the last one write the whole Bundle.  What the
 * Bundle says is checked by the golden cases and tests/fhir-validate.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "builtin.h"
#include "check.h"
#include "format.h"
#include "plan.h"
#include "render.h"
#include "request.h"

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

/* The Bundle into *text, the nth allocation failing (n < 0: none). */
static enum status
render(const struct plan *plan, const struct render_fhir_options *options,
       long n, char **text)
{
	struct failure f;
	size_t len = 0;
	FILE *out = open_memstream(text, &len);
	enum status status;

	if (out == NULL)
		return STATUS_SOFTWARE;
	allocations_left = n;
	status = render_fhir(
		&(const struct render_input){plan, NULL, 72, *options}, out,
		&f);
	allocations_left = -1;
	if (fclose(out) != 0)
		return STATUS_SOFTWARE;
	if (status != STATUS_OK)
		CHECK_STR(f.message, "out of memory");
	return status;
}

static void
test_out_of_memory(const struct request *r)
{
	const struct render_fhir_options options = {
		r->fhir_bundle == FHIR_BUNDLE_TRANSACTION, r->has_weeks};
	const struct plan_request pr = {r->pain,  r->patient,	r->clinician,
					r->date,  r->weeks,	r->has_start,
					r->start, r->wants_log, r->band};
	struct plan plan = {0};
	char *full = NULL, *text;
	long n;
	enum status status;

	CHECK(plan_build(&builtin_catalog, &pr, &plan) == PLAN_BUILT);
	CHECK(render(&plan, &options, -1, &full) == STATUS_OK);
	CHECK(live_blocks == 0);
	CHECK(full != NULL && strstr(full, "\"resourceType\": \"Bundle\""));
	for (n = 0; n < 100000; n++) {
		text = NULL;
		status = render(&plan, &options, n, &text);
		CHECK(live_blocks == 0);
		if (status == STATUS_OK) {
			/* Past the last allocation: the same Bundle. */
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
	plan_free(&plan);
}

int
main(void)
{
	struct request r = {
		.action = ACTION_PLAN,
		.pain = PAIN_LEFT,
		.format = format_find("fhir"),
		.patient = "A. Jones",
		.clinician = "B. Smith",
		.date = {2026, 12, 1},
		.weeks = 6,
		.has_weeks = true,
		.has_start = true,
		.start = {2026, 12, 1},
		.band = "red",
	};

	json_set_alloc_funcs(failing_malloc, counting_free);
	test_out_of_memory(&r);
	/* Both legs, no names or dates, a transaction. */
	r.pain = PAIN_BOTH;
	r.patient = r.clinician = r.band = NULL;
	r.has_start = r.has_weeks = false;
	r.weeks = 0;
	r.fhir_bundle = FHIR_BUNDLE_TRANSACTION;
	test_out_of_memory(&r);
	return check_report("test_render_fhir");
}
