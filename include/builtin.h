/* SPDX-License-Identifier: ISC */
/*
 * builtin.h: the catalog compiled into heelrx, so that the program
 * works from any folder without being installed.  The build loads the
 * source tree's exercises.yaml with the same loader as --exercises and
 * writes the result as constant data (src/embed_catalog.c): an invalid
 * exercises.yaml fails the build, and heelrx neither reads nor checks
 * its built-in catalog when it runs.  Never pass it to catalog_free.
 */
#ifndef HEELRX_BUILTIN_H
#define HEELRX_BUILTIN_H

#include <stddef.h>

#include "catalog.h"

extern const struct catalog builtin_catalog;

/*
 * The handout languages heelrx has a built-in catalog in: the source
 * language first (English, builtin_catalog), then each translation of
 * it that po/catalog/LINGUAS lists, in that order.
 */
struct builtin_language {
	const char *code; /* as --lang takes it: "en", "de", "zh_CN" */
	const char *name; /* in the language itself: "Deutsch" */
	const struct catalog *catalog;
};

extern const struct builtin_language builtin_languages[];
extern const size_t builtin_language_count;

#endif
