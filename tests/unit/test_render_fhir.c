/* SPDX-License-Identifier: ISC */
/*
 * test_render_fhir.c: render_fhir when memory runs out, with jansson's
 * allocations failing one by one (out_of_memory.h): at every point of
 * failure render_fhir must return STATUS_SOFTWARE with nothing left
 * allocated, and past the last one write the whole Bundle.  What the
 * Bundle says is checked by the golden cases and tests/fhir-validate.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "builtin.h"
#include "check.h"
#include "cli.h"
#include "out_of_memory.h"
#include "format.h"
#include "plan.h"
#include "render.h"
#include "request.h"

/* The Bundle of a plan. */
struct bundle_job {
	const struct plan *plan;
	const struct render_fhir_options *options;
};

static enum status
write_bundle(const void *context, FILE *out, struct failure *f)
{
	const struct bundle_job *job = context;

	return render_fhir(&(const struct render_input){.plan = job->plan,
							.width = 72,
							.fhir = *job->options},
			   out, f);
}

static void
test_out_of_memory(const struct request *r)
{
	const struct render_fhir_options options = {
		.is_transaction = r->fhir_bundle == FHIR_BUNDLE_TRANSACTION,
		.has_weeks = r->has_weeks,
		.patient = r->patient_key,
		.clinician = r->clinician_key};
	const struct plan_request pr = cli_plan_request(r, NULL);
	struct plan plan = {0};
	const struct bundle_job job = {&plan, &options};

	CHECK(plan_build(&builtin_catalog, &pr, &plan) == PLAN_BUILT);
	check_out_of_memory(write_bundle, &job, "\"resourceType\": \"Bundle\"");
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

	count_jansson_blocks();
	test_out_of_memory(&r);
	/* Both legs, no names or dates, a transaction. */
	r.pain = PAIN_BOTH;
	r.patient = r.clinician = r.band = NULL;
	r.has_start = r.has_weeks = false;
	r.weeks = 0;
	r.fhir_bundle = FHIR_BUNDLE_TRANSACTION;
	test_out_of_memory(&r);
	/* A transaction that names its people by identifier (a conditional
	 * create) and by reference (no resource). */
	r.patient = "A. Jones";
	r.patient_key.identifier = "https://clinic.example/mrn|12,34";
	r.clinician_key.reference = "Practitioner/b-smith.1";
	test_out_of_memory(&r);
	return check_report("test_render_fhir");
}
