/* SPDX-License-Identifier: ISC */
/*
 * fuzz_pipeline.c: the whole way from bytes to printed plans.  A catalog
 * that loads must give a plan for every side that renders in every
 * format, as plans.c checks, whatever the catalog holds.
 */
#include <stdint.h>

#include "builtin.h"
#include "catalog.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct catalog *catalog = NULL;
	struct failure failure;

	if (catalog_load_bytes("fuzz.yaml", (const char *)data, size,
			       builtin_catalog.words, &catalog,
			       &failure) != STATUS_OK)
		return 0;
	fuzz_plans(catalog);
	catalog_free(catalog);
	return 0;
}
