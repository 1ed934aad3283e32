/* SPDX-License-Identifier: ISC */
/*
 * embed_catalog.c: the build step that compiles exercises.yaml, and
 * each translation of it, into heelrx.  It loads the catalog with the
 * same loader heelrx uses, so a catalog that heelrx would refuse fails
 * the build, and writes the result as constant C data (see builtin.h).
 * heelrx then neither reads nor checks its built-in catalogs when it
 * runs: parsing and validating the same bytes at every start cost more
 * than everything else a plan does.
 *
 * A translation is a .po file of the texts that --pot extracts, each
 * named by its key path in msgctxt (see po/README).  The loader reads
 * exercises.yaml again and offers every text to the translation (struct
 * catalog_translation), so numbers, ids, rules and the band order stay
 * the source's, and each translated text is checked as heelrx checks a
 * catalog's, placeholders included.  A translation that lacks a text,
 * has one the source does not, or translates a text the source has
 * since changed fails the build, naming the .po file, its line and the
 * entry.  The .po files are read with GNU gettext's libgettextpo.
 *
 * The built-in catalogs must carry their own words: they are the ones a
 * catalog without words is printed with.
 *
 * A language whose plural rule has forms the source lacks (Arabic's
 * zero, two, few and many) gives them as entries of their own; --pot
 * with a language writes its template with those entries, which
 * update-po merges into that language's .po file.
 *
 * usage: embed-catalog SOURCE.yaml OUTPUT.c [LL=LL.po ...]
 *        embed-catalog --pot SOURCE.yaml OUTPUT.pot [LL]
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed.h"
#include "lang.h"

/* ---- diagnostics ------------------------------------------------------- */

/* "embed-catalog: message", the way the build shows every error. */
void
embed_report(const char *format, ...)
{
	va_list ap;

	fputs("embed-catalog: ", stderr);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
embed_report_failure(const struct failure *f)
{
	if (f->file != NULL && f->line > 0 && f->column > 0)
		embed_report("%s:%lu:%lu: %s", f->file, f->line, f->column,
			     f->message);
	else if (f->file != NULL && f->line > 0)
		embed_report("%s:%lu: %s", f->file, f->line, f->message);
	else if (f->file != NULL)
		embed_report("%s: %s", f->file, f->message);
	else
		embed_report("%s", f->message);
}

/* ---- the program ------------------------------------------------------- */

/* Most translations one build compiles in. */
enum { MAX_LANGUAGES = 64 };

/* A catalog to compile in. */
struct language {
	char code[40];	  /* "de", as --lang takes it */
	char prefix[40];  /* its arrays' prefix in C: "de", "zh_CN" */
	const char *name; /* its own name: "Deutsch" */
	struct catalog *catalog;
	struct translation translation;
};

/* "de=po/catalog/de.po": the language and its .po file. */
static void
parse_language(const char *arg, struct language *l, const char **po)
{
	const char *equals = strchr(arg, '=');
	size_t n = equals != NULL ? (size_t)(equals - arg) : 0, i;

	if (equals == NULL || n == 0 || n >= sizeof l->code) {
		embed_report("%s: expected LL=FILE.po", arg);
		exit(STATUS_USAGE);
	}
	memcpy(l->code, arg, n);
	l->code[n] = '\0';
	if (!lang_is_tag(l->code)) {
		embed_report("%s: expected a language tag such as de or zh_CN",
			     l->code);
		exit(STATUS_USAGE);
	}
	memcpy(l->prefix, l->code, n + 1);
	for (i = 0; i < n; i++)
		if (l->prefix[i] == '-')
			l->prefix[i] = '_';
	*po = equals + 1;
}

static void
write_languages(FILE *out, const struct language *l, size_t n)
{
	size_t i;

	fputs("\nconst struct builtin_language builtin_languages[] = {\n", out);
	for (i = 0; i < n; i++) {
		fputs("\t{", out);
		embed_put_string(out, l[i].code);
		fputs(", ", out);
		embed_put_string(out, l[i].name);
		if (i == 0)
			fputs(", &builtin_catalog},\n", out);
		else
			fprintf(out, ", &%s_catalog},\n", l[i].prefix);
	}
	fprintf(out, "};\n\nconst size_t builtin_language_count = %zu;\n", n);
}

int
main(int argc, char **argv)
{
	static struct language languages[MAX_LANGUAGES];
	struct language *en = &languages[0];
	size_t n = 1, i, j;
	char symbol[64];
	struct failure f;
	const char *po;
	FILE *out;

	if ((argc == 4 || argc == 5) && strcmp(argv[1], "--pot") == 0)
		return embed_write_pot(argv[2], argv[3],
				       argc == 5 ? argv[4] : NULL);
	if (argc < 3 || argc - 3 >= MAX_LANGUAGES) {
		fprintf(stderr, "usage: embed-catalog SOURCE.yaml OUTPUT.c "
				"[LL=LL.po ...]\n"
				"       embed-catalog --pot SOURCE.yaml "
				"OUTPUT.pot [LL]\n");
		return STATUS_USAGE;
	}
	if (catalog_load_file(argv[1], NULL, &en->catalog, &f) != STATUS_OK) {
		embed_report_failure(&f);
		return (int)f.status;
	}
	snprintf(en->code, sizeof en->code, "%s", en->catalog->words->language);
	snprintf(en->prefix, sizeof en->prefix, "source");
	en->name = lang_same(en->code, "en") ? embed_source_language_name
					     : en->code;
	/* Every translation is complete and valid before OUTPUT exists. */
	for (i = 3; i < (size_t)argc; i++, n++) {
		parse_language(argv[i], &languages[n], &po);
		for (j = 0; j < n; j++)
			if (lang_same(languages[j].code, languages[n].code)) {
				embed_report("%s: language given twice",
					     argv[i]);
				return STATUS_USAGE;
			}
		embed_load_translated(argv[1], languages[n].code, po,
				      &languages[n].catalog, &languages[n].name,
				      &languages[n].translation);
	}
	if ((out = fopen(argv[2], "w")) == NULL) {
		perror(argv[2]);
		return STATUS_CANT_CREATE;
	}
	fputs("/* Generated from exercises.yaml and its translations by "
	      "embed-catalog; do not\n   edit. */\n#include <stddef.h>\n\n"
	      "#include \"builtin.h\"\n",
	      out);
	embed_put_catalog(out, en->prefix, "builtin_catalog", en->code,
			  en->catalog, NULL);
	for (i = 1; i < n; i++) {
		snprintf(symbol, sizeof symbol, "%s_catalog",
			 languages[i].prefix);
		embed_put_catalog(out, languages[i].prefix, symbol,
				  languages[i].code, languages[i].catalog,
				  en->catalog->bands.count > 0 ? "source_bands"
							       : NULL);
	}
	write_languages(out, languages, n);
	for (i = 0; i < n; i++) {
		catalog_free(languages[i].catalog);
		embed_free_translation(&languages[i].translation);
	}
	if (ferror(out) | fclose(out)) {
		perror(argv[2]);
		remove(argv[2]);
		return STATUS_IO;
	}
	return STATUS_OK;
}
