/* SPDX-License-Identifier: ISC */
/*
 * fuzz_catalog.c: the catalog loader on arbitrary bytes.  Whatever the
 * input, loading must end in a catalog or a diagnostic, never a crash,
 * a hang or a leak, and a diagnostic must be one printable line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "catalog.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct catalog *catalog = NULL;
	struct failure failure;
	enum status status;

	status = catalog_load_bytes("fuzz.yaml", (const char *)data, size,
				    builtin_catalog.words, &catalog, &failure);
	if (status == STATUS_OK) {
		fuzz_require(catalog != NULL && catalog->exercise_count > 0);
		catalog_free(catalog);
	} else {
		fuzz_require(catalog == NULL);
		fuzz_require(status == STATUS_DATA);
		fuzz_require(fuzz_is_one_line(failure.message));
	}
	return 0;
}
