/* SPDX-License-Identifier: ISC */
/*
 * fuzz_settings.c: the clinic's settings file on arbitrary bytes.  The
 * input is read as heelrx reads a --clinic file, by its path (a memfd,
 * file.c).  A file that is refused gives one failure, a data error
 * whose one-line message names the file.  What loads fills in two
 * command lines, as main does: a plain plan, and one tailored with
 * every option (doses, an omitted exercise, a note, a review, a band,
 * a log, dated sessions, a transaction Bundle); each is built with the
 * clinic's contact, clinician, language and width, and rendered in
 * every format as plans.c checks.  The only refusal after loading is a
 * language heelrx has no handout in, which is then the file's fault.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtin.h"
#include "cli.h"
#include "clinic.h"
#include "fuzz.h"
#include "lang.h"
#include "plan.h"
#include "render.h"

/* Whether f names the file at path, as main's report would show it. */
static bool
names_file(const struct failure *f, const char *path)
{
	size_t len = strlen(path);

	if (f->file != NULL)
		return strcmp(f->file, path) == 0;
	return strncmp(f->message, path, len) == 0 && f->message[len] == ':';
}

/* The plan that argv asks for with the clinic's settings, rendered. */
static void
tailor(const struct clinic *clinic, int argc, char **argv)
{
	struct request request;
	struct lang_choice choice;
	struct plan_request pr;
	struct render_input in;
	struct failure failure;
	struct plan plan;
	const struct catalog *catalog;

	fuzz_require(cli_parse(argc, argv, &request, &failure) == STATUS_OK);
	cli_settings(&request, clinic);
	if (lang_choose(builtin_languages, builtin_language_count,
			request.language, &choice, &failure) != STATUS_OK) {
		/* main tells this as the settings file's fault. */
		fuzz_require(request.is_language_from_clinic);
		fuzz_require(fuzz_is_one_line(failure.message));
		cli_free(&request);
		return;
	}
	catalog = choice.catalog;
	pr = cli_plan_request(&request,
			      clinic->has_contact ? &clinic->contact : NULL);
	/* A band of the catalog's own ladder: a translated catalog names
	 * its colours in its language. */
	if (pr.band != NULL && catalog->bands.count > 0)
		pr.band = catalog->bands.items[catalog->bands.count / 2];
	fuzz_require(plan_build(catalog, &pr, &plan) == PLAN_BUILT);
	in = (struct render_input){
		.plan = &plan,
		.width = request.width,
		.fhir = {.is_transaction =
				 request.fhir_bundle == FHIR_BUNDLE_TRANSACTION,
			 .has_weeks = request.has_weeks,
			 .patient = request.patient_key,
			 .clinician = request.clinician_key}};
	fuzz_render_all(catalog, &in);
	plan_free(&plan);
	cli_free(&request);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* argp takes words it may write to; these are never written. */
	static char heelrx[] = "heelrx", date[] = "--date=2026-01-01",
		    left[] = "--pain=left", both[] = "--pain=both",
		    log[] = "--log", weeks[] = "--weeks=2",
		    start[] = "--start=2026-01-05", band[] = "--band=red",
		    dose[] = "--dose=2x8",
		    dose_one[] = "--dose=hip-extension:3x12",
		    omit[] = "--omit=hamstring-curl",
		    note[] = "--note=Rest <b>*first*</b> & #1; \\n",
		    review[] = "--review=2026-02-28", patient[] = "--patient=P",
		    bundle[] = "--fhir-bundle=transaction";
	char *plain[] = {heelrx, date, left, NULL};
	char *tailored[] = {heelrx, date,   both,    log,      weeks,
			    start,  band,   dose,    dose_one, omit,
			    note,   review, patient, bundle,   NULL};
	struct clinic *clinic = NULL;
	struct failure failure;
	enum status status;
	char path[64];
	int fd;

	fd = fuzz_file(data, size, path, sizeof path);
	status = clinic_read(path, false, &clinic, &failure);
	fuzz_require(close(fd) == 0);
	if (status != STATUS_OK) {
		fuzz_require(clinic == NULL);
		fuzz_require(status == STATUS_DATA);
		fuzz_require(names_file(&failure, path));
		fuzz_require(fuzz_is_one_line(failure.message));
		return 0;
	}
	fuzz_require(clinic != NULL);
	tailor(clinic, sizeof plain / sizeof *plain - 1, plain);
	tailor(clinic, sizeof tailored / sizeof *tailored - 1, tailored);
	clinic_free(clinic);
	return 0;
}
