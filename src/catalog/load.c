/* SPDX-License-Identifier: ISC */
/*
 * load.c: a catalog read from a file, standard input or memory: the
 * document's top level, the loader's life, and the public functions of
 * catalog.h that load and free a catalog.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "input.h"
#include "loader.h"

/* catalog.h promises the reader's limit. */
_Static_assert((int)CATALOG_MAX_DEPTH == (int)READER_MAX_DEPTH,
	       "catalog.h and reader.h disagree on the deepest nesting");

static enum status
read_version(struct reader *r, void *context, void *slot,
	     const struct reader_field *field)
{
	unsigned *version = slot;
	enum status status;

	(void)context;
	(void)field;
	status = reader_count(r, 1, 1000000, version);
	if (status == STATUS_OK && *version > CATALOG_SCHEMA_VERSION)
		return reader_fail(r, reader_mark(r),
				   _("expected 1 or %d, found %u: this heelrx "
				     "reads schema versions 1 and %d"),
				   CATALOG_SCHEMA_VERSION, *version,
				   CATALOG_SCHEMA_VERSION);
	return status;
}

/*
 * The top level.  Its language's min, 1, tells it from the words'; the
 * rules, the exercises and the words are read into the loader, to be
 * checked as a whole (check.c), so they name no member.
 */
#define CATALOG_READ_VERSION  read_version
#define CATALOG_READ_DOSE     catalog_read_dose
#define CATALOG_READ_SCHEDULE catalog_read_schedule
#define CATALOG_READ_BANDS    catalog_read_bands
#define CATALOG_READ_LOG      catalog_read_log
#define CATALOG_READ_ADVICE   catalog_read_advice
#define CATALOG_READ_STEP_UP  catalog_read_step_up

static const struct reader_field top_fields[] = {
	CATALOG_KEY(catalog, schema_version, VERSION, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(catalog, language, LANGUAGE, OPTIONAL, NULL, 1, 0),
	CATALOG_KEY(catalog, title, TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(catalog, equipment, TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(catalog, dose, DOSE, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(catalog, schedule, SCHEDULE, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(catalog, load, TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(catalog, progression, TEXT_LIST, REQUIRED, NULL, 0, 0),
	{"rules", true, catalog_read_rules, 0, 0, 0, NULL, 0},
	{"exercises", true, catalog_read_exercises, 0, 0, 0, NULL, 0},
	CATALOG_KEY(catalog, bands, BANDS, OPTIONAL, NULL, 0, 0),
	CATALOG_KEY(catalog, log, LOG, OPTIONAL, NULL, 0, 0),
	CATALOG_KEY(catalog, advice, ADVICE, OPTIONAL, NULL, 0, 0),
	/* Issue 19, section 3. */
	CATALOG_KEY(catalog, step_up, STEP_UP, OPTIONAL, NULL, 0, 0),
	{"words", false, catalog_read_words, 0, 0, 0, NULL, 0},
};

static enum status
read_top(struct reader *r, void *context, void *slot,
	 const struct reader_field *field)
{
	struct loader *ld = context;
	enum status status;

	(void)slot;
	(void)field;
	ld->top_mark = reader_mark(r);
	status = reader_mapping(r, top_fields,
				sizeof top_fields / sizeof top_fields[0],
				ld->catalog, context);
	return status != STATUS_OK ? status : catalog_finish(r, ld);
}

static enum status
load_bytes(const char *name, const char *folder, const struct input_file *file,
	   const char *bytes, size_t len, const struct catalog_options *options,
	   struct catalog **out, struct failure *f)
{
	struct loader *ld;
	struct catalog *c;
	enum status status;

	*out = NULL;
	ld = calloc(1, sizeof *ld);
	c = calloc(1, sizeof *c);
	if (ld == NULL || c == NULL || (c->arena = arena_new()) == NULL) {
		free(ld);
		free(c);
		return failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"),
				   name);
	}
	ld->arena = c->arena;
	ld->catalog = c;
	ld->options = options;
	ld->is_keeping_texts = !options->is_check;
	ld->folder = folder;
	ld->exercises = (struct array)ARRAY_OF(struct exercise);
	ld->id_marks = (struct array)ARRAY_OF(struct reader_mark);
	ld->references = (struct array)ARRAY_OF(struct reference);
	ld->figure_files = (struct array)ARRAY_OF(struct figure_file);
	ld->figure_names = (struct array)ARRAY_OF(struct figure_name);
	ld->figure_uses = (struct array)ARRAY_OF(struct figure_use);
	if (file != NULL) {
		ld->has_catalog_file = true;
		ld->catalog_file = *file;
	}
	ld->rules.one_side.key_exercise = CATALOG_NO_EXERCISE;
	ld->rules.both_sides.key_exercise = CATALOG_NO_EXERCISE;

	status = reader_read_document(name, bytes, len, c->arena,
				      options->translation, read_top, ld, f);
	array_free(&ld->exercises);
	array_free(&ld->id_marks);
	free(ld->ids);
	array_free(&ld->references);
	catalog_drop_figures(ld);
	free(ld);
	if (status != STATUS_OK || options->is_check) {
		catalog_free(c);
		return status;
	}
	*out = c;
	return STATUS_OK;
}

enum status
catalog_load_with(const char *path, const struct catalog_options *options,
		  struct catalog **out, struct failure *f)
{
	bool is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "<stdin>" : path;
	const char *slash = strrchr(path, '/');
	struct input_file file;
	char *folder = NULL;
	enum status status;
	char *bytes;
	size_t len;

	*out = NULL;
	status = input_read(path, name, CATALOG_MAX_BYTES, &bytes, &len, &file,
			    f);
	if (status != STATUS_OK)
		return status;
	/* "clinic.yaml" is in ".", "/clinic.yaml" in "/" (written as ""
	 * before the figure's "/"). */
	if (!is_stdin)
		folder = slash == NULL ? strdup(".")
				       : strndup(path, (size_t)(slash - path));
	if (!is_stdin && folder == NULL)
		status = failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"),
				     name);
	else
		status = load_bytes(name, folder, &file, bytes, len, options,
				    out, f);
	free(folder);
	free(bytes);
	return status;
}

enum status
catalog_load_bytes_with(const char *name, const char *bytes, size_t len,
			const struct catalog_options *options,
			struct catalog **out, struct failure *f)
{
	return load_bytes(name, NULL, NULL, bytes, len, options, out, f);
}

/* The options that give a catalog without words these words. */
static struct catalog_options
words_only(const struct words *const *words, bool is_check)
{
	return (struct catalog_options){words, *words != NULL ? 1 : 0, NULL,
					NULL, is_check};
}

enum status
catalog_load_bytes(const char *name, const char *bytes, size_t len,
		   const struct words *words, struct catalog **out,
		   struct failure *f)
{
	struct catalog_options o = words_only(&words, false);

	return load_bytes(name, NULL, NULL, bytes, len, &o, out, f);
}

enum status
catalog_load_file(const char *path, const struct words *words,
		  struct catalog **out, struct failure *f)
{
	struct catalog_options o = words_only(&words, false);

	return catalog_load_with(path, &o, out, f);
}

/*
 * The checks read every text but keep only ids and words: the catalog
 * is thrown away, and copying its texts doubled the memory and a third
 * of the time of checking a large one.
 */
enum status
catalog_check_file(const char *path, const struct words *words,
		   struct failure *f)
{
	struct catalog_options o = words_only(&words, true);
	struct catalog *c;

	return catalog_load_with(path, &o, &c, f);
}

void
catalog_free(struct catalog *c)
{
	if (c == NULL)
		return;
	arena_free(c->arena);
	free(c);
}
