/* SPDX-License-Identifier: ISC */
/*
 * fuzz_pipeline.c: the whole way from bytes to printed plans.  A catalog
 * that loads must give a plan for every side that renders in every
 * format, and the text handout must be valid UTF-8 with no control
 * character other than the newline, whatever the catalog holds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "builtin.h"
#include "catalog.h"
#include "fuzz.h"
#include "handout.h"
#include "plan.h"
#include "render.h"

/* Renders plan in every format into memory and checks the text. */
static void
render_all(const struct catalog *catalog, const struct plan *plan, int width)
{
	const struct render_fhir_options fhir = {true, plan->weeks > 0};
	struct failure failure;
	struct handout handout;
	char *text = NULL;
	size_t len = 0, i;
	FILE *out;

	fuzz_require(handout_build(plan, &handout));
	out = open_memstream(&text, &len);
	fuzz_require(out != NULL);
	fuzz_require(render_text(&handout, width, out, &failure) == STATUS_OK);
	fuzz_require(fclose(out) == 0);
	fuzz_require(len > 0 && text[len - 1] == '\n');
	fuzz_require(u8_check((const uint8_t *)text, len) == NULL);
	for (i = 0; i < len; i++)
		fuzz_require((unsigned char)text[i] >= 0x20 || text[i] == '\n');
	free(text);

	out = open_memstream(&text, &len);
	fuzz_require(out != NULL);
	fuzz_require(render_markdown(&handout, out, &failure) == STATUS_OK);
	fuzz_require(render_json(plan, out, &failure) == STATUS_OK);
	fuzz_require(render_fhir(plan, &fhir, out, &failure) == STATUS_OK);
	if (plan->has_start)
		fuzz_require(render_ics(plan, out, &failure) == STATUS_OK);
	fuzz_require(render_list(catalog, out, &failure) == STATUS_OK);
	fuzz_require(fclose(out) == 0);
	free(text);
	handout_free(&handout);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum pain pains[] = {PAIN_LEFT, PAIN_RIGHT, PAIN_BOTH};
	struct catalog *catalog = NULL;
	struct plan_request request;
	struct failure failure;
	struct plan plan;
	size_t i;

	if (catalog_load_bytes("fuzz.yaml", (const char *)data, size,
			       builtin_catalog.words, &catalog,
			       &failure) != STATUS_OK)
		return 0;
	memset(&request, 0, sizeof request);
	request.date.year = 2026;
	request.date.month = 1;
	request.date.day = 1;
	request.patient = "Patient";
	for (i = 0; i < sizeof pains / sizeof pains[0]; i++) {
		request.pain = pains[i];
		/* Dated sessions, a log and a band once every other side,
		 * when the catalog has what they need. */
		request.weeks = i == 1 ? 0 : 2;
		request.has_start = i == 2;
		request.start = request.date;
		request.wants_log = i != 1 && catalog->log.pain != NULL;
		request.band =
			i != 1 && catalog->bands.count > 0
				? catalog->bands
					  .items[i == 0 ? 0
							: catalog->bands.count -
								  1]
				: NULL;
		fuzz_require(plan_build(catalog, &request, &plan) ==
			     PLAN_BUILT);
		fuzz_require(plan.exercise_count > 0);
		render_all(catalog, &plan, i == 0 ? 40 : 72);
		plan_free(&plan);
	}
	catalog_free(catalog);
	return 0;
}
