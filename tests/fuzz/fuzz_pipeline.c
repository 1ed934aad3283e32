/* SPDX-License-Identifier: ISC */
/*
 * fuzz_pipeline.c: the whole way from bytes to printed plans.  A catalog
 * that loads must give a plan for every side that renders in every
 * format, as plans.c checks, whatever the catalog holds.
 *
 * The input is loaded as a file, catalog.yaml in a folder of its own
 * beside figures/, a link to the shipped figures, so that a catalog can
 * name figures as exercises.yaml does (it is in the corpus): their
 * paths, captions and legs are fuzzed with the rest, and the HTML
 * handout holds them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtin.h"
#include "catalog.h"
#include "fuzz.h"

#ifndef HEELRX_FUZZ_FIGURES
#error "the build must define HEELRX_FUZZ_FIGURES, the folder of figures"
#endif

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A folder for each input: libFuzzer ends without running atexit
	 * handlers, so one kept for the whole run would be left behind. */
	char folder[] = "/tmp/heelrx-fuzz-XXXXXX";
	char path[sizeof folder + sizeof "/catalog.yaml"];
	char figures[sizeof folder + sizeof "/figures"];
	struct catalog *catalog = NULL;
	struct failure failure;
	enum status status;
	FILE *out;

	fuzz_require(mkdtemp(folder) != NULL);
	snprintf(path, sizeof path, "%s/catalog.yaml", folder);
	snprintf(figures, sizeof figures, "%s/figures", folder);
	fuzz_require(symlink(HEELRX_FUZZ_FIGURES, figures) == 0);
	out = fopen(path, "wb");
	fuzz_require(out != NULL);
	fuzz_require(fwrite(data, 1, size, out) == size);
	fuzz_require(fclose(out) == 0);
	status = catalog_load_file(path, builtin_catalog.words, &catalog,
				   &failure);
	fuzz_require(unlink(path) == 0 && unlink(figures) == 0 &&
		     rmdir(folder) == 0);
	if (status != STATUS_OK) {
		fuzz_require(catalog == NULL);
		fuzz_require(fuzz_is_one_line(failure.message));
		return 0;
	}
	fuzz_plans(catalog);
	catalog_free(catalog);
	return 0;
}
