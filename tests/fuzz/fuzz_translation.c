/* SPDX-License-Identifier: ISC */
/*
 * fuzz_translation.c: a translation of a catalog with the handout's
 * words, a band ladder and a log (tests/fuzz/translation.yaml), as the
 * build applies a po/catalog/LL.po, through the loader.  The input is
 * the translations, NUL-separated: the nth text the loader offers gets
 * the nth of them (an empty one keeps the English), side words
 * included.  Whatever they say, loading ends in a catalog whose plans
 * render in every format as plans.c checks, or in one clear line that
 * names the translation's place.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "catalog.h"
#include "fuzz.h"
#include "input.h"

#ifndef HEELRX_FUZZ_SOURCE
#error "the build must define HEELRX_FUZZ_SOURCE, the catalog to translate"
#endif

/* The translations of one input, handed out in the order asked. */
struct translations {
	const char *next; /* the next translation, or NULL: no more */
	const char *end;
	unsigned long line; /* which one, for messages */
};

static const char *
translate(void *context, const char *path, const char *source,
	  unsigned long line, struct catalog_place *origin)
{
	struct translations *t = context;
	const char *s = t->next;

	(void)path;
	(void)source;
	(void)line;
	if (s == NULL)
		return NULL;
	t->next = s + strlen(s) + 1;
	if (t->next >= t->end)
		t->next = NULL;
	origin->file = "fuzz.po";
	origin->line = ++t->line;
	return *s != '\0' ? s : NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The source, read once: the same for every input.  It is
	 * tests/fuzz/translation.yaml, which names no figures: from
	 * memory a catalog has no folder to read them from. */
	static char *source;
	static size_t source_len;
	const struct words *const words[] = {builtin_catalog.words};
	struct catalog_translation translation = {translate, NULL, NULL};
	struct catalog_options options = {words, 1, NULL, &translation, false};
	struct translations t;
	struct catalog *catalog = NULL;
	struct failure failure;
	enum status status;
	char *copy;

	if (source == NULL)
		fuzz_require(input_read(HEELRX_FUZZ_SOURCE, "translation.yaml",
					CATALOG_MAX_BYTES, &source, &source_len,
					NULL, &failure) == STATUS_OK);
	/* NUL-terminated pieces that outlive the catalog. */
	fuzz_require((copy = malloc(size + 1)) != NULL);
	memcpy(copy, data, size);
	copy[size] = '\0';
	t.next = size > 0 ? copy : NULL;
	t.end = copy + size + 1;
	t.line = 0;
	translation.context = &t;
	status = catalog_load_bytes_with("translation.yaml", source, source_len,
					 &options, &catalog, &failure);
	if (status == STATUS_OK) {
		fuzz_require(catalog != NULL && catalog->exercise_count > 0);
		fuzz_plans(catalog);
		catalog_free(catalog);
	} else {
		fuzz_require(catalog == NULL);
		fuzz_require(status == STATUS_DATA || status == STATUS_USAGE);
		fuzz_require(fuzz_is_one_line(failure.message));
	}
	free(copy);
	return 0;
}
