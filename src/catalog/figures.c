/* SPDX-License-Identifier: ISC */
/*
 * figures.c: an exercise's figures.  The only file of the catalog layer
 * that opens a figure: it keeps each path inside the catalog's folder,
 * reads the file, has svg.h parse and check it, and keeps the drawing
 * as emitted for either working leg.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "input.h"
#include "loader.h"
#include "svg.h"

/* One figure as read: the drawing is emitted once its leg is known. */
struct figure_source {
	struct svg *svg; /* NULL in a check, which keeps none */
	const char *caption;
	enum side leg;
};

/*
 * A figure's path stays inside the catalog's folder: no absolute path
 * and no "..".  A catalog one is sent then cannot make heelrx read, and
 * quote in its messages, a file from elsewhere, and a clinic can move
 * the folder with its figures in it.
 */
static bool
is_inside_folder(const char *path)
{
	const char *p = path;

	if (*p == '/' || strpbrk(p, "\n\t") != NULL)
		return false;
	for (;;) {
		const char *slash = strchr(p, '/');
		size_t len = slash != NULL ? (size_t)(slash - p) : strlen(p);

		if (len == 2 && p[0] == '.' && p[1] == '.')
			return false;
		if (slash == NULL)
			return true;
		p = slash + 1;
	}
}

/*
 * The figure's file, read from the catalog's folder and parsed.  Every
 * fault is the catalog's, at this value, and a fault inside the figure
 * gives the figure's own line and column after its name:
 * "exercises[0].figures[1].file: a.svg:3:5: element 'script' is not
 * allowed".
 */
static enum status
read_figure_file(struct reader *r, void *context, void *slot,
		 const struct reader_field *field)
{
	struct loader *ld = context;
	struct figure_source *src = slot;
	struct reader_mark mark = reader_mark(r);
	const char *file = NULL;
	struct failure ff;
	enum status status;
	char *path, *bytes;
	size_t len;

	(void)field;
	if ((status = reader_fixed_text(r, &file)) != STATUS_OK)
		return status;
	if (!is_inside_folder(file))
		return reader_fail_expected(r, _("a path on one line, relative "
						 "to the catalog's folder and "
						 "without \"..\""));
	if (ld->folder == NULL)
		return reader_fail(r, mark,
				   _("figures are read from the catalog's "
				     "folder, and a catalog on standard input "
				     "has none"));
	if ((path = malloc(strlen(ld->folder) + strlen(file) + 2)) == NULL)
		return reader_fail_memory(r);
	sprintf(path, "%s/%s", ld->folder, file);
	status = input_read(path, file, SVG_MAX_BYTES, &bytes, &len, &ff);
	free(path);
	if (status == STATUS_SOFTWARE)
		return reader_fail_memory(r);
	/* input_read's message names the file already. */
	if (status != STATUS_OK)
		return reader_fail(r, mark, "%s", ff.message);
	status = svg_parse(bytes, len, &src->svg, &ff);
	free(bytes);
	/* Memory, or libexpat that cannot be loaded (svg.c). */
	if (status == STATUS_SOFTWARE)
		return reader_fail_software(r, mark, ff.message);
	if (status != STATUS_OK && ff.line > 0)
		return reader_fail(r, mark, "%s:%lu:%lu: %s", file, ff.line,
				   ff.column, ff.message);
	if (status != STATUS_OK)
		return reader_fail(r, mark, "%s: %s", file, ff.message);
	if (!ld->is_keeping_texts) {
		svg_free(src->svg);
		src->svg = NULL;
	}
	return STATUS_OK;
}

static enum status
read_leg(struct reader *r, void *context, void *slot,
	 const struct reader_field *field)
{
	enum side *leg = slot;

	(void)context;
	(void)field;
	if (reader_is_word(r, "left"))
		*leg = SIDE_LEFT;
	else if (reader_is_word(r, "right"))
		*leg = SIDE_RIGHT;
	else
		return reader_fail_expected(r, _("left or right"));
	return STATUS_OK;
}

/* The figures of one exercise, as they are read. */
struct figure_builder {
	struct loader *ld;
	struct figure items[CATALOG_MAX_FIGURES];
	size_t count;
};

/* The drawing for each working leg: as drawn, or mirrored. */
static enum status
emit_figure(struct reader *r, struct loader *ld,
	    const struct figure_source *src, struct figure *fig)
{
	struct failure ff;
	size_t side, len;
	char *out;

	fig->caption = src->caption;
	fig->leg = src->leg;
	for (side = 0; side < SIDE_COUNT; side++) {
		if (svg_emit(src->svg, side != (size_t)src->leg, &out, &len,
			     &ff) != STATUS_OK)
			return reader_fail_memory(r);
		fig->svg[side] = arena_strndup(ld->arena, out, len);
		free(out);
		if (fig->svg[side] == NULL)
			return reader_fail_memory(r);
	}
	return STATUS_OK;
}

#define CATALOG_READ_LEG read_leg

/* The file names no member: read_figure_file fills the drawing. */
static const struct reader_field figure_fields[] = {
	{"file", true, read_figure_file, 0, 0, 0, NULL, 0},
	CATALOG_KEY(figure_source, caption, SIDE_TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(figure_source, leg, LEG, OPTIONAL, NULL, 0, 0),
};

static enum status
read_figure(struct reader *r, void *context, size_t index)
{
	struct figure_builder *b = context;
	struct figure_source src = {NULL, NULL, SIDE_LEFT};
	enum status status;

	if (index >= CATALOG_MAX_FIGURES)
		return reader_fail(r, reader_mark(r),
				   _("an exercise has at most %d figures"),
				   CATALOG_MAX_FIGURES);
	status = reader_mapping(r, figure_fields,
				sizeof figure_fields / sizeof figure_fields[0],
				&src, b->ld);
	if (status == STATUS_OK && src.svg != NULL)
		status = emit_figure(r, b->ld, &src, &b->items[b->count++]);
	svg_free(src.svg);
	return status;
}

enum status
catalog_read_figures(struct reader *r, void *context, void *slot,
		     const struct reader_field *field)
{
	struct loader *ld = context;
	struct figure_list *list = slot;
	struct figure_builder *b;
	enum status status;

	(void)field;
	/* Figures came with schema 2; the version is usually known by
	 * now, else catalog_finish checks it. */
	if (ld->catalog->schema_version == 1)
		return reader_fail(r, reader_mark(r),
				   _("figures need schema_version 2, found 1"));
	if (!ld->has_figures) {
		ld->has_figures = true;
		ld->figures_mark = reader_mark(r);
		reader_path(r, ld->figures_path, sizeof ld->figures_path);
	}
	if ((b = malloc(sizeof *b)) == NULL)
		return reader_fail_memory(r);
	b->ld = ld;
	b->count = 0;
	status = reader_list(r, 1, read_figure, b);
	if (status == STATUS_OK && b->count > 0) {
		list->items = arena_memdup(ld->arena, b->items, b->count,
					   sizeof *b->items);
		list->count = b->count;
		if (list->items == NULL)
			status = reader_fail_memory(r);
	}
	free(b);
	return status;
}
