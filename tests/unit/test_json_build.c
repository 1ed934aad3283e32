/* SPDX-License-Identifier: ISC */
/*
 * test_json_build.c: the jansson helpers the JSON and FHIR layouts
 * share, and render_json when memory runs out.  jansson's blocks are
 * counted (out_of_memory.h), so every check can say that nothing was
 * lost: a value handed to a NULL container, to a failed call, or to a
 * chain that stopped half-way is freed.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "builtin.h"
#include "check.h"
#include "json_build.h"
#include "out_of_memory.h"
#include "plan.h"
#include "render.h"

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

/* A plan, and the schema version to print it in. */
struct document_job {
	const struct plan *plan;
	unsigned version;
};

static enum status
write_document(const void *context, FILE *out, struct failure *f)
{
	const struct document_job *job = context;

	return render_json(
		&(const struct render_input){.plan = job->plan,
					     .width = 72,
					     .json_version = job->version},
		out, f);
}

/* render_json with every allocation failing in turn (out_of_memory.h),
 * in each schema version; 0 is the current one. */
static void
test_out_of_memory(const struct plan_request *pr)
{
	struct plan plan = {0};

	CHECK(plan_build(&builtin_catalog, pr, &plan) == PLAN_BUILT);
	check_out_of_memory(write_document, &(struct document_job){&plan, 0},
			    "\"schema_version\": 2,\n  \"generator\"");
	check_out_of_memory(write_document, &(struct document_job){&plan, 1},
			    "\"schema_version\": 1,\n  \"title\"");
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

	count_jansson_blocks();
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
