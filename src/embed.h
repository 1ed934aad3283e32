/* SPDX-License-Identifier: ISC */
/*
 * embed.h: what the files of embed-catalog, the build step that
 * compiles the catalog into heelrx, share: embed_catalog.c (the
 * program), embed_emit.c (the catalog as C) and embed_po.c (its
 * translations and template).  Not part of heelrx.
 */
#ifndef HEELRX_EMBED_H
#define HEELRX_EMBED_H

#include <stdbool.h>
#include <stdio.h>

#include "array.h"
#include "catalog.h"

/* "embed-catalog: message" on standard error, the way the build shows
 * every error. */
void embed_report(const char *format, ...)
	__attribute__((format(printf, 1, 2)));

/* A loader's failure, with its file, line and column. */
void embed_report_failure(const struct failure *);

/* ---- the catalog as C (embed_emit.c) -------------------------------- */

/* Writes s as a C string literal, split into lines of about 64 bytes. */
void embed_put_string(FILE *out, const char *s);

/*
 * One built-in catalog, as the constant struct catalog named symbol;
 * its arrays' names start with prefix.  aliases, when not NULL, names
 * the array of other names of its bands.
 */
void embed_put_catalog(FILE *out, const char *prefix, const char *symbol,
		       const char *language, const struct catalog *,
		       const char *aliases);

/* ---- translations (embed_po.c) -------------------------------------- */

/* One entry of a .po file. */
struct entry {
	const char *context; /* the key path */
	const char *source;  /* msgid */
	const char *text;    /* msgstr; "" untranslated */
	bool is_fuzzy;
	bool is_used;
	unsigned long line; /* of its msgctxt; 0: not found */
};

/* A translation being applied, or the source being extracted. */
struct translation {
	const char *po; /* the .po file's name; NULL: extracting */
	const char *source_name;
	/* The translation's language, whose plural rule says which forms
	 * the source lacks it must give (translation.h); NULL: none. */
	const char *language;
	struct array entries; /* of struct entry */
	unsigned problems;
};

/* The one source text that is not in the catalog: its language's name. */
extern const char embed_source_language_name[];

/*
 * Loads the source catalog translated by the .po file at po into *out,
 * with words in language; *name is the language's own name.  Exits,
 * having said why, when the translation is incomplete or wrong.
 */
void embed_load_translated(const char *source, const char *language,
			   const char *po, struct catalog **out,
			   const char **name, struct translation *);

void embed_free_translation(struct translation *);

/*
 * Writes the template of every text the source catalog has, and, for a
 * language (NULL: none), the plural forms it needs that the source
 * lacks; returns the exit status.
 */
int embed_write_pot(const char *source, const char *path, const char *language);

#endif
