/* SPDX-License-Identifier: ISC */
/*
 * figures.c: an exercise's figures.  The only file of the catalog layer
 * that opens a figure: it keeps each path inside the catalog's folder,
 * reads each file once however often the catalog names it (a file is
 * its device and inode, so links to it are it too), has svg.h parse and
 * check it, and keeps the drawing as written for either working leg
 * only for the exercises a rule lists, which are all a plan can show.
 *
 * A catalog is bounded in what its figures cost: how often it names
 * one, how many bytes its files come to once written out (each file
 * once), and how many the exercises its rules list show (each time it
 * is named), so that neither memory, time nor an HTML handout grows
 * with the product of the catalog's size and a figure's.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "hash.h"
#include "i18n.h"
#include "input.h"
#include "loader.h"
#include "svg.h"

/* A label's anchor as read, and where, for a message about it. */
struct label_source {
	bool is_given;
	double x, y;
	enum figure_align align;
	size_t count; /* of the items read */
	struct reader_mark mark;
	char path[READER_PATH_MAX];
};

/* One figure as read: which file, once the mapping is read. */
struct figure_source {
	size_t file; /* in the loader's figure_files */
	const char *caption;
	enum side leg;
	struct label_source labels[FIGURE_MARK_COUNT];
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

/* ---- each file once ---------------------------------------------------- */

/*
 * The loader finds a figure file by the name the catalog gives it, and
 * a name it has not seen by the file it opens, so that a file named a
 * thousand times is opened once and one reached by two names (a link)
 * is read once.  Both tables hold indices, plus 1 (0: empty), into an
 * array, and are kept at most half full.
 */
typedef uint64_t entry_hash(const struct loader *, size_t index);
typedef bool entry_is(const struct loader *, size_t index, const void *key);

/* The slot that holds the entry that is key, or the empty one it would
 * take. */
static size_t *
table_slot(const struct loader *ld, const struct figure_table *t, uint64_t hash,
	   entry_is *is, const void *key)
{
	size_t mask = t->cap - 1, i = (size_t)hash & mask;

	while (t->slots[i] != 0 && !is(ld, t->slots[i] - 1, key))
		i = (i + 1) & mask;
	return &t->slots[i];
}

/* Room for the entry after the count there are; false when memory ran
 * out. */
static bool
table_make_room(const struct loader *ld, struct figure_table *t, size_t count,
		entry_hash *hash)
{
	size_t cap = t->cap == 0 ? 16 : t->cap * 2, i, j;
	size_t *slots;

	if ((count + 1) * 2 <= t->cap)
		return true;
	if ((slots = calloc(cap, sizeof *slots)) == NULL)
		return false;
	for (i = 0; i < count; i++) {
		j = (size_t)hash(ld, i) & (cap - 1);
		while (slots[j] != 0)
			j = (j + 1) & (cap - 1);
		slots[j] = i + 1;
	}
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return true;
}

static uint64_t
file_hash(const struct input_file *file)
{
	uint64_t h = (uint64_t)file->device * UINT64_C(0x9e3779b97f4a7c15);

	h ^= (uint64_t)file->inode + (h >> 29);
	h *= UINT64_C(0xbf58476d1ce4e5b9);
	return h ^ (h >> 31);
}

static uint64_t
file_hash_of(const struct loader *ld, size_t index)
{
	return file_hash(
		&((const struct figure_file *)ld->figure_files.items)[index]
			 .file);
}

static bool
file_is(const struct loader *ld, size_t index, const void *key)
{
	const struct input_file *a =
		&((const struct figure_file *)ld->figure_files.items)[index]
			 .file;
	const struct input_file *b = key;

	return a->device == b->device && a->inode == b->inode;
}

static uint64_t
name_hash_of(const struct loader *ld, size_t index)
{
	return hash_string(
		HASH_START,
		((const struct figure_name *)ld->figure_names.items)[index]
			.name);
}

static bool
name_is(const struct loader *ld, size_t index, const void *key)
{
	return strcmp(((const struct figure_name *)
			       ld->figure_names.items)[index]
			      .name,
		      key) == 0;
}

/* The figure file name names, as an index into figure_files plus 1, or
 * 0 when the name is new. */
static size_t
find_name(const struct loader *ld, const char *name)
{
	const struct figure_name *names = ld->figure_names.items;
	size_t slot;

	if (ld->names_table.cap == 0)
		return 0;
	slot = *table_slot(ld, &ld->names_table, hash_string(HASH_START, name),
			   name_is, name);
	return slot == 0 ? 0 : names[slot - 1].file + 1;
}

/* Remembers that name names the file at index; false when memory ran
 * out. */
static bool
add_name(struct loader *ld, const char *name, size_t index)
{
	struct figure_name *entry;
	uint64_t hash = hash_string(HASH_START, name);

	if (!table_make_room(ld, &ld->names_table, ld->figure_names.count,
			     name_hash_of) ||
	    (entry = array_push(&ld->figure_names)) == NULL)
		return false;
	if ((entry->name = strdup(name)) == NULL) {
		ld->figure_names.count--;
		return false;
	}
	entry->file = index;
	*table_slot(ld, &ld->names_table, hash, name_is, name) =
		ld->figure_names.count;
	return true;
}

/*
 * The figure file as written out for each working leg, as drawn and
 * mirrored; a check measures them and keeps nothing.  Counts its bytes
 * against CATALOG_MAX_FIGURE_BYTES.
 */
static enum status
write_out(struct reader *r, struct loader *ld, struct reader_mark mark,
	  const struct svg *svg, struct figure_file *out)
{
	struct failure ff;
	size_t i, len;
	char *drawing, *fitted;

	for (i = 0; i < SIDE_COUNT; i++) {
		if (svg_emit(svg, i == FIGURE_MIRRORED, &drawing, &len, &ff) !=
		    STATUS_OK)
			return reader_fail_memory(r);
		out->length += len;
		if (!ld->is_keeping_texts) {
			free(drawing);
			continue;
		}
		/* Kept as long as the catalog: no room to spare, which
		 * the emitter's buffer grew by doubling. */
		if ((fitted = realloc(drawing, len + 1)) != NULL)
			drawing = fitted;
		out->drawing[i] = drawing;
	}
	if (out->length > CATALOG_MAX_FIGURE_BYTES - ld->figure_bytes)
		return reader_fail(
			r, mark,
			ngettext("the catalog's figures come to more than "
				 "the limit of %d byte, each file counted "
				 "once, written out for both legs",
				 "the catalog's figures come to more than "
				 "the limit of %d bytes, each file counted "
				 "once, written out for both legs",
				 CATALOG_MAX_FIGURE_BYTES),
			CATALOG_MAX_FIGURE_BYTES);
	ld->figure_bytes += out->length;
	return STATUS_OK;
}

/* Reads, parses and writes out a file not read before: the next of
 * figure_files. */
static enum status
read_new_file(struct reader *r, struct loader *ld, struct reader_mark mark,
	      const char *file, struct input_opened *in)
{
	struct figure_file *out;
	struct failure ff;
	struct svg *svg;
	enum status status;
	char *bytes;
	size_t len;

	if (!table_make_room(ld, &ld->files_table, ld->figure_files.count,
			     file_hash_of) ||
	    (out = array_push(&ld->figure_files)) == NULL) {
		input_close(in);
		return reader_fail_memory(r);
	}
	out->file = in->file;
	*table_slot(ld, &ld->files_table, file_hash(&in->file), file_is,
		    &in->file) = ld->figure_files.count;
	status = input_read_opened(in, file, SVG_MAX_BYTES, &bytes, &len, &ff);
	if (status == STATUS_SOFTWARE)
		return reader_fail_memory(r);
	/* input_read's message names the file already. */
	if (status != STATUS_OK)
		return reader_fail(r, mark, "%s", ff.message);
	status = svg_parse(bytes, len, &svg, &ff);
	free(bytes);
	/* Memory, or libexpat that cannot be loaded (svg.c). */
	if (status == STATUS_SOFTWARE)
		return reader_fail_software(r, mark, ff.message);
	if (status != STATUS_OK && ff.line > 0)
		return reader_fail(r, mark, "%s:%lu:%lu: %s", file, ff.line,
				   ff.column, ff.message);
	if (status != STATUS_OK)
		return reader_fail(r, mark, "%s: %s", file, ff.message);
	out->box = svg_view_box(svg);
	status = write_out(r, ld, mark, svg, out);
	svg_free(svg);
	return status;
}

/*
 * The figure's file, from the catalog's folder: found among those read
 * already, or read and parsed now.  Every fault is the catalog's, at
 * this value, and a fault inside the figure gives the figure's own line
 * and column after its name: "exercises[0].figures[1].file: a.svg:3:5:
 * element 'script' is not allowed".
 */
static enum status
read_figure_file(struct reader *r, void *context, void *slot,
		 const struct reader_field *field)
{
	struct loader *ld = context;
	struct figure_source *src = slot;
	struct reader_mark mark = reader_mark(r);
	struct input_opened in;
	const char *file = NULL;
	struct failure ff;
	enum status status;
	size_t found;
	char *path;

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
	if ((found = find_name(ld, file)) != 0) {
		src->file = found - 1;
		return STATUS_OK;
	}
	if ((path = malloc(strlen(ld->folder) + strlen(file) + 2)) == NULL)
		return reader_fail_memory(r);
	sprintf(path, "%s/%s", ld->folder, file);
	status = input_open_regular(path, file, SVG_MAX_BYTES, &in, &ff);
	free(path);
	if (status != STATUS_OK)
		return reader_fail(r, mark, "%s", ff.message);
	found = ld->files_table.cap == 0
			? 0
			: *table_slot(ld, &ld->files_table, file_hash(&in.file),
				      file_is, &in.file);
	if (found != 0) {
		input_close(&in);
		src->file = found - 1;
	} else {
		src->file = ld->figure_files.count;
		status = read_new_file(r, ld, mark, file, &in);
	}
	if (status == STATUS_OK && !add_name(ld, file, src->file))
		return reader_fail_memory(r);
	return status;
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

/* ---- labels ------------------------------------------------------------ */

/* The anchors' keys, in the order of enum figure_mark (below). */
static const struct reader_field label_fields[FIGURE_MARK_COUNT];

/* One item of an anchor: x, y, then how the text sits. */
static enum status
read_anchor_item(struct reader *r, void *context, size_t index)
{
	struct label_source *l = context;

	l->count++;
	if (index == 0)
		return reader_decimal(r, &l->x);
	if (index == 1)
		return reader_decimal(r, &l->y);
	if (index == 2 && reader_is_word(r, "start"))
		l->align = FIGURE_START;
	else if (index == 2 && reader_is_word(r, "middle"))
		l->align = FIGURE_MIDDLE;
	else if (index == 2 && reader_is_word(r, "end"))
		l->align = FIGURE_END;
	else if (index == 2)
		return reader_fail_expected(r, _("start, middle or end"));
	else
		return reader_fail(r, reader_mark(r),
				   _("an anchor is [x, y] or [x, y, align]"));
	return STATUS_OK;
}

/* An anchor, [x, y] or [x, y, align]; its place in the figure is
 * checked once the figure's file is known (check_labels). */
static enum status
read_anchor(struct reader *r, void *context, void *slot,
	    const struct reader_field *field)
{
	struct loader *ld = context;
	struct label_source *l = slot;
	enum figure_mark mark;
	enum status status;

	l->mark = reader_mark(r);
	reader_path(r, l->path, sizeof l->path);
	l->align = FIGURE_MIDDLE;
	if ((status = reader_list(r, 2, read_anchor_item, l)) != STATUS_OK)
		return status;
	l->is_given = true;
	mark = (enum figure_mark)(field - label_fields);
	if (!ld->has_label[mark]) {
		ld->has_label[mark] = true;
		ld->label_marks[mark] = l->mark;
		memcpy(ld->label_paths[mark], l->path, sizeof l->path);
	}
	return STATUS_OK;
}

#define LABEL_KEY(name, mark)                                                  \
	{                                                                      \
		name, false, read_anchor,                                      \
			(mark) * sizeof(struct label_source), 0, 0, NULL, 0    \
	}

static const struct reader_field label_fields[FIGURE_MARK_COUNT] = {
	LABEL_KEY("working_foot", FIGURE_WORKING_FOOT),
	LABEL_KEY("standing_foot", FIGURE_STANDING_FOOT),
	LABEL_KEY("door", FIGURE_DOOR),
	LABEL_KEY("knot", FIGURE_KNOT),
	LABEL_KEY("movement_arrow", FIGURE_MOVEMENT_ARROW),
	LABEL_KEY("from_above", FIGURE_FROM_ABOVE),
};

static enum status
read_labels(struct reader *r, void *context, void *slot,
	    const struct reader_field *field)
{
	(void)field;
	return reader_mapping(r, label_fields,
			      sizeof label_fields / sizeof label_fields[0],
			      slot, context);
}

/*
 * Each anchor lies in the figure's viewBox, edges included, and so
 * does its mirror image: a label outside would be cut off, or written
 * where the handout's words are.  Returns how many there are.
 */
static enum status
check_labels(struct reader *r, const struct figure_source *src,
	     const struct svg_box *box, size_t *count)
{
	const struct label_source *l;
	double right = box->x + box->width, bottom = box->y + box->height;
	size_t i;

	*count = 0;
	for (i = 0; i < FIGURE_MARK_COUNT; i++) {
		l = &src->labels[i];
		if (!l->is_given)
			continue;
		if (!(l->x >= box->x && l->x <= right && l->y >= box->y &&
		      l->y <= bottom) ||
		    !isfinite(2 * box->x + box->width - l->x))
			return reader_fail_plain(
				r, l->mark,
				_("%s: the anchor (%.15g, %.15g) is outside "
				  "the figure's viewBox, x from %.15g to "
				  "%.15g and y from %.15g to %.15g"),
				l->path, l->x, l->y, box->x, right, box->y,
				bottom);
		(*count)++;
	}
	return STATUS_OK;
}

/* The labels of a figure for either working leg: as given for the
 * drawing's leg, mirrored for the other. */
static const struct figure_label *
make_labels(struct loader *ld, const struct figure_source *src,
	    const struct svg_box *box, size_t count)
{
	static const enum figure_align swapped[] = {FIGURE_END, FIGURE_MIDDLE,
						    FIGURE_START};
	struct figure_label *labels, *out;
	const struct label_source *l;
	size_t i;

	labels = arena_alloc(ld->arena, count * sizeof *labels);
	if (labels == NULL)
		return NULL;
	out = labels;
	for (i = 0; i < FIGURE_MARK_COUNT; i++) {
		l = &src->labels[i];
		if (!l->is_given)
			continue;
		out->mark = (enum figure_mark)i;
		out->y = l->y;
		out->x[src->leg] = l->x;
		out->align[src->leg] = l->align;
		out->x[!src->leg] = 2 * box->x + box->width - l->x;
		out->align[!src->leg] = swapped[l->align];
		out++;
	}
	return labels;
}

/* The figures of one exercise, as they are read. */
struct figure_builder {
	struct loader *ld;
	struct figure items[CATALOG_MAX_FIGURES];
	size_t count;
};

#define CATALOG_READ_LEG read_leg

/* The file names no member: read_figure_file notes which it is. */
static const struct reader_field figure_fields[] = {
	{"file", true, read_figure_file, 0, 0, 0, NULL, 0},
	CATALOG_KEY(figure_source, caption, SIDE_TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(figure_source, leg, LEG, OPTIONAL, NULL, 0, 0),
	{"labels", false, read_labels, offsetof(struct figure_source, labels),
	 0, 0, NULL, 0},
};

static enum status
read_figure(struct reader *r, void *context, size_t index)
{
	struct figure_builder *b = context;
	struct loader *ld = b->ld;
	struct figure_source src;
	struct reader_mark mark = reader_mark(r);
	const struct figure_file *file;
	const struct figure_label *labels = NULL;
	struct figure_use *use;
	enum status status;
	size_t label_count;

	memset(&src, 0, sizeof src);
	src.leg = SIDE_LEFT;
	if (index >= CATALOG_MAX_FIGURES)
		return reader_fail(
			r, mark,
			ngettext("an exercise has at most %d figure",
				 "an exercise has at most %d figures",
				 CATALOG_MAX_FIGURES),
			CATALOG_MAX_FIGURES);
	if (ld->figure_uses.count >= CATALOG_MAX_FIGURE_USES)
		return reader_fail(r, mark,
				   _("a catalog may name figures at most %d "
				     "times"),
				   CATALOG_MAX_FIGURE_USES);
	status = reader_mapping(r, figure_fields,
				sizeof figure_fields / sizeof figure_fields[0],
				&src, ld);
	if (status != STATUS_OK)
		return status;
	file = &((const struct figure_file *)ld->figure_files.items)[src.file];
	if ((status = check_labels(r, &src, &file->box, &label_count)) !=
	    STATUS_OK)
		return status;
	if (ld->is_keeping_texts && label_count > 0 &&
	    (labels = make_labels(ld, &src, &file->box, label_count)) == NULL)
		return reader_fail_memory(r);
	if ((use = array_push(&ld->figure_uses)) == NULL)
		return reader_fail_memory(r);
	use->file = src.file;
	use->exercise = ld->exercises.count - 1;
	use->index = index;
	use->mark = mark;
	/* The drawings are the file's, set once the exercise is known to
	 * be one a rule lists (catalog_show_figures). */
	b->items[b->count++] = (struct figure){
		src.caption,
		src.leg,
		{NULL, NULL},
		labels,
		labels != NULL ? label_count : 0,
		(file->box.width < file->box.height ? file->box.width
						    : file->box.height) *
			11 / 240,
	};
	return STATUS_OK;
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
	if (status == STATUS_OK && ld->is_keeping_texts) {
		struct figure_use *uses = ld->figure_uses.items;
		struct figure *items = arena_memdup(ld->arena, b->items,
						    b->count, sizeof *b->items);
		size_t i;

		if (items == NULL) {
			free(b);
			return reader_fail_memory(r);
		}
		/* The list's uses are the last ones, for
		 * catalog_show_figures to give them their drawings. */
		for (i = 0; i < b->count; i++)
			uses[ld->figure_uses.count - b->count + i].figure =
				&items[i];
		list->items = items;
		list->count = b->count;
	}
	free(b);
	return status;
}

/* ---- what a plan can show ---------------------------------------------- */

/* Marks in used[] each exercise that rule lists. */
static void
mark_listed(const struct rule *rule, bool *used)
{
	size_t i;

	for (i = 0; i < rule->order_count; i++)
		used[rule->order[i]] = true;
}

/* The file's drawing i, made the catalog's (its arena's) the first
 * time an exercise a rule lists shows it.  NULL when memory ran out. */
static const char *
keep_drawing(struct loader *ld, struct figure_file *file, size_t i)
{
	if (file->kept[i] == NULL && arena_adopt(ld->arena, file->drawing[i])) {
		file->kept[i] = file->drawing[i];
		file->drawing[i] = NULL;
	}
	return file->kept[i];
}

/* The files the catalog was read from, for -o to refuse: the catalog
 * first, then each figure file once. */
static enum status
list_files(struct reader *r, struct loader *ld)
{
	const struct figure_file *files = ld->figure_files.items;
	struct catalog *c = ld->catalog;
	struct input_file *list;
	size_t i, n = 0;

	list = arena_alloc(ld->arena,
			   (ld->figure_files.count + 1) * sizeof *list);
	if (list == NULL)
		return reader_fail_memory(r);
	if (ld->has_catalog_file)
		list[n++] = ld->catalog_file;
	for (i = 0; i < ld->figure_files.count; i++)
		list[n++] = files[i].file;
	c->files = list;
	c->file_count = n;
	return STATUS_OK;
}

enum status
catalog_show_figures(struct reader *r, struct loader *ld)
{
	const struct figure_use *uses = ld->figure_uses.items, *use;
	struct figure_file *files = ld->figure_files.items, *file;
	struct figure *fig;
	size_t i, side, shown = 0;
	bool *used;

	used = calloc(ld->exercises.count + 1, sizeof *used);
	if (used == NULL)
		return reader_fail_memory(r);
	mark_listed(&ld->rules.one_side, used);
	mark_listed(&ld->rules.both_sides, used);
	for (i = 0; i < ld->figure_uses.count; i++) {
		use = &uses[i];
		file = &files[use->file];
		if (!used[use->exercise])
			continue;
		if (file->length > CATALOG_MAX_SHOWN_FIGURE_BYTES - shown) {
			free(used);
			return reader_fail_plain(
				r, use->mark,
				ngettext(
					"exercises[%zu].figures[%zu].file: the "
					"exercises the rules list show more "
					"than "
					"the limit of %d byte of figures, each "
					"counted as often as it is named, "
					"written "
					"out for both legs",
					"exercises[%zu].figures[%zu].file: the "
					"exercises the rules list show more "
					"than "
					"the limit of %d bytes of figures, "
					"each "
					"counted as often as it is named, "
					"written "
					"out for both legs",
					CATALOG_MAX_SHOWN_FIGURE_BYTES),
				use->exercise, use->index,
				CATALOG_MAX_SHOWN_FIGURE_BYTES);
		}
		shown += file->length;
		if (!ld->is_keeping_texts)
			continue;
		fig = use->figure;
		for (side = 0; side < SIDE_COUNT; side++) {
			size_t drawn = side == (size_t)fig->leg
					       ? FIGURE_AS_DRAWN
					       : FIGURE_MIRRORED;
			if ((fig->svg[side] = keep_drawing(ld, file, drawn)) ==
			    NULL) {
				free(used);
				return reader_fail_memory(r);
			}
		}
	}
	free(used);
	return ld->is_keeping_texts ? list_files(r, ld) : STATUS_OK;
}

void
catalog_drop_figures(struct loader *ld)
{
	struct figure_file *files = ld->figure_files.items;
	struct figure_name *names = ld->figure_names.items;
	size_t i, side;

	for (i = 0; i < ld->figure_files.count; i++)
		for (side = 0; side < SIDE_COUNT; side++)
			free(files[i].drawing[side]);
	for (i = 0; i < ld->figure_names.count; i++)
		free(names[i].name);
	array_free(&ld->figure_files);
	array_free(&ld->figure_names);
	array_free(&ld->figure_uses);
	free(ld->files_table.slots);
	free(ld->names_table.slots);
	ld->files_table = ld->names_table = (struct figure_table){NULL, 0};
}
