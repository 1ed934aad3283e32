/* SPDX-License-Identifier: ISC */
/*
 * test_json_build.c: the jansson helpers the JSON and FHIR layouts
 * share, and render_json when memory runs out.  jansson takes its
 * allocator from json_set_alloc_funcs; this one fails the nth
 * allocation and counts the blocks that are live, so every check can
 * say that nothing was lost: a value handed to a NULL container, to a
 * failed call, or to a chain that stopped half-way is freed.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "builtin.h"
#include "check.h"
#include "json_build.h"
#include "plan.h"
#include "render.h"

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

/* Strings "0", "1", ...; NULL at index *(size_t *)fail_at. */
static json_t *
number_item(const void *fail_at, size_t i)
{
	char buf[8];

	if (i == *(const size_t *)fail_at)
		return NULL;
	snprintf(buf, sizeof buf, "%zu", i);
	return json_string(buf);
}

static void
test_helpers(void)
{
	const struct date d = {2026, 3, 9};
	char buf[JSON_BUILD_DATE_SIZE], *text;
	json_t *o = json_object(), *a;
	size_t fail_at = 99;

	/* A container takes the value; a NULL one frees it. */
	CHECK(json_build_set(o, "a", json_string("x")));
	CHECK(!json_build_set(NULL, "a", json_string("lost?")));
	CHECK(!json_build_append(NULL, json_string("lost?")));
	CHECK(!json_build_set(o, "b", NULL));
	CHECK(json_object_size(o) == 1);
	/* finish frees what failed. */
	CHECK(json_build_finish(o, false) == NULL);
	CHECK(live_blocks == 0);

	a = json_build_one(json_build_count(7));
	text = json_dumps(a, JSON_COMPACT);
	CHECK_STR(text, "[7]");
	counting_free(text);
	json_decref(a);
	CHECK(json_build_one(NULL) == NULL);

	a = json_build_array(3, number_item, &fail_at);
	text = json_dumps(a, JSON_COMPACT);
	CHECK_STR(text, "[\"0\",\"1\",\"2\"]");
	counting_free(text);
	json_decref(a);
	a = json_build_array(0, number_item, &fail_at);
	CHECK(a != NULL && json_array_size(a) == 0);
	json_decref(a);
	fail_at = 2;
	CHECK(json_build_array(5, number_item, &fail_at) == NULL);
	CHECK(live_blocks == 0);

	json_build_iso_date(&d, buf, sizeof buf);
	CHECK_STR(buf, "2026-03-09");
	a = json_build_date(&d);
	CHECK_STR(json_string_value(a), "2026-03-09");
	json_decref(a);
	CHECK_STR(json_build_side(SIDE_LEFT), "left");
	CHECK_STR(json_build_side(SIDE_RIGHT), "right");
	CHECK(live_blocks == 0);
}

/* The document into *text, the nth allocation failing (n < 0: none). */
static enum status
render(const struct plan *plan, long n, char **text)
{
	struct failure f;
	size_t len = 0;
	FILE *out = open_memstream(text, &len);
	enum status status;

	if (out == NULL)
		return STATUS_SOFTWARE;
	allocations_left = n;
	status = render_json(plan, out, &f);
	allocations_left = -1;
	if (fclose(out) != 0)
		return STATUS_SOFTWARE;
	if (status != STATUS_OK)
		CHECK_STR(f.message, "out of memory");
	return status;
}

/*
 * At every point of failure render_json returns STATUS_SOFTWARE with
 * nothing left allocated, and past the last one writes the whole
 * document.
 */
static void
test_out_of_memory(const struct plan_request *pr)
{
	struct plan plan = {0};
	char *full = NULL, *text;
	long n;
	enum status status;

	CHECK(plan_build(&builtin_catalog, pr, &plan) == PLAN_BUILT);
	CHECK(render(&plan, -1, &full) == STATUS_OK);
	CHECK(live_blocks == 0);
	CHECK(full != NULL && strstr(full, "\"schema_version\": 1"));
	for (n = 0; n < 100000; n++) {
		text = NULL;
		status = render(&plan, n, &text);
		CHECK(live_blocks == 0);
		if (status == STATUS_OK) {
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
	struct plan_request pr = {
		.pain = PAIN_LEFT,
		.patient = "A. Jones",
		.clinician = "B. Smith",
		.date = {2026, 12, 1},
		.weeks = 6,
		.has_start = true,
		.start = {2026, 12, 1},
		.wants_log = true,
		.band = "red",
	};

	json_set_alloc_funcs(failing_malloc, counting_free);
	test_helpers();
	test_out_of_memory(&pr);
	/* Both legs, no names, dates or log. */
	pr.pain = PAIN_BOTH;
	pr.patient = pr.clinician = pr.band = NULL;
	pr.has_start = pr.wants_log = false;
	pr.weeks = 0;
	test_out_of_memory(&pr);
	return check_report("test_json_build");
}
