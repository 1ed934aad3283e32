/* SPDX-License-Identifier: ISC */
/*
 * batch.c: a day's list read with libcsv, and each row's file name.
 *
 * libcsv parses; this file only tells it where lines start, which it
 * does not track.  The input is fed to it a line at a time, up to and
 * including each CR or LF, so that a record can only end at the end of
 * what was fed, and the line where the next record starts is the line
 * whose first byte other than a blank or a line end begins it (libcsv
 * skips those before a record).  Lines end at LF, CRLF or a lone CR,
 * as libcsv's records do.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "arena.h"
#include "array.h"
#include "batch.h"
#include "buffer.h"
#include "i18n.h"
#include "input.h"
#include "printable.h"
#include "template.h"

/* Far more than a day's list: ten thousand patients take under 1 MiB. */
enum { BATCH_MAX_BYTES = 64 * 1024 * 1024 };

/* What the callbacks build while libcsv reads. */
struct reading {
	struct batch *batch;
	struct array cells; /* of char *: the record being read */
	struct array rows;  /* of struct batch_row */
	unsigned long line; /* the line being fed */
	unsigned long record_line;
	bool is_in_record;
	bool has_header;
	enum status status; /* not STATUS_OK once a callback failed */
	struct failure *failure;
};

static void
on_field(void *text, size_t len, void *data)
{
	struct reading *r = data;
	char **cell;

	if (r->status != STATUS_OK)
		return;
	/* CSV_APPEND_NULL ends every field with a NUL, so a field with
	 * one of its own is shorter as a string. */
	if (strlen(text) != len) {
		r->status = failure_at(r->failure, STATUS_DATA, r->batch->name,
				       r->line, 0,
				       _("a NUL byte in a field; a list is "
					 "text"));
		return;
	}
	if ((cell = array_push(&r->cells)) == NULL ||
	    (*cell = arena_strndup(r->batch->arena, text, len)) == NULL)
		r->status = failure_set(r->failure, STATUS_SOFTWARE,
					_("out of memory"));
}

static void
on_record(int end, void *data)
{
	struct reading *r = data;
	struct batch_row *row;
	char **cells;

	(void)end;
	r->is_in_record = false;
	if (r->status != STATUS_OK)
		return;
	cells = arena_memdup(r->batch->arena, r->cells.items, r->cells.count,
			     sizeof(char *));
	if (cells == NULL && r->cells.count > 0) {
		r->status = failure_set(r->failure, STATUS_SOFTWARE,
					_("out of memory"));
		return;
	}
	if (!r->has_header) {
		r->has_header = true;
		r->batch->header_line = r->record_line;
		r->batch->columns = cells;
		r->batch->column_count = r->cells.count;
	} else if ((row = array_push(&r->rows)) == NULL) {
		r->status = failure_set(r->failure, STATUS_SOFTWARE,
					_("out of memory"));
		return;
	} else {
		row->line = r->record_line;
		row->cells = cells;
		row->cell_count = r->cells.count;
	}
	r->cells.count = 0;
}

/* Whether the len bytes at s hold more than blanks and line ends. */
static bool
has_text(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return true;
	return false;
}

/* What went wrong in libcsv, at the line it was reading, or at the
 * end of the file (is_at_end): a field in quotes left open. */
static enum status
parse_error(struct reading *r, struct csv_parser *p, bool is_at_end)
{
	if (csv_error(p) != CSV_EPARSE)
		return failure_set(r->failure, STATUS_SOFTWARE,
				   _("out of memory"));
	if (is_at_end)
		return failure_at(r->failure, STATUS_DATA, r->batch->name,
				  r->record_line, 0,
				  _("not CSV: a field of the record that "
				    "starts here opens a quote that never "
				    "closes"));
	return failure_at(r->failure, STATUS_DATA, r->batch->name, r->line, 0,
			  _("not CSV: a quote in a field must be doubled, and "
			    "a field in quotes must end at a comma or a line "
			    "end"));
}

/* Feeds the len bytes at s to p a line at a time (see above). */
static enum status
parse(struct reading *r, struct csv_parser *p, const char *s, size_t len)
{
	size_t at = 0, end;
	bool is_after_cr = false;

	r->line = 1;
	while (at < len) {
		end = at;
		while (end < len && s[end] != '\r' && s[end] != '\n')
			end++;
		if (end < len)
			end++;
		if (!r->is_in_record && has_text(s + at, end - at)) {
			r->is_in_record = true;
			r->record_line = r->line;
		}
		if (csv_parse(p, s + at, end - at, on_field, on_record, r) !=
		    end - at)
			return parse_error(r, p, false);
		if (r->status != STATUS_OK)
			return r->status;
		/* The LF of a CRLF ends no second line. */
		if (s[end - 1] == '\r' ||
		    (s[end - 1] == '\n' && !(is_after_cr && end - at == 1)))
			r->line++;
		is_after_cr = s[end - 1] == '\r';
		at = end;
	}
	/* A last record without a line end, or a quoted field still open. */
	if (csv_fini(p, on_field, on_record, r) != 0)
		return parse_error(r, p, true);
	return r->status;
}

enum status
batch_read(const char *path, struct batch *batch, struct failure *f)
{
	struct reading r = {.batch = batch,
			    .cells = ARRAY_OF(char *),
			    .rows = ARRAY_OF(struct batch_row),
			    .failure = f};
	struct csv_parser p;
	enum status status;
	char *bytes;
	size_t len, skip = 0;

	memset(batch, 0, sizeof *batch);
	batch->name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if ((batch->arena = arena_new()) == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	status = input_read(path, batch->name, BATCH_MAX_BYTES, &bytes, &len,
			    &batch->file, f);
	if (status != STATUS_OK)
		return status;
	/* Spreadsheets often begin UTF-8 with a byte order mark, which
	 * would otherwise be part of the first column's name. */
	if (len >= 3 && memcmp(bytes, "\xef\xbb\xbf", 3) == 0)
		skip = 3;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		free(bytes);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	status = parse(&r, &p, bytes + skip, len - skip);
	csv_free(&p);
	free(bytes);
	array_free(&r.cells);
	batch->rows = r.rows.items;
	batch->row_count = r.rows.count;
	if (status == STATUS_OK && !r.has_header)
		status = failure_set(f, STATUS_DATA,
				     _("%s: empty; its first row names the "
				       "columns, such as pain,patient"),
				     batch->name);
	return status;
}

void
batch_free(struct batch *batch)
{
	free(batch->rows);
	arena_free(batch->arena);
	memset(batch, 0, sizeof *batch);
}

enum status
batch_check_output(const char *template, const char *const *names, size_t count,
		   struct failure *f)
{
	struct buffer joined = BUFFER_INIT;
	struct template_rules rules = {false, NULL};
	struct template_problem problem;
	enum status status = STATUS_OK;
	char shown[200];

	/* As template_check takes them: "patient pain lang". */
	if (!buffer_join(&joined, names, count, " ", " "))
		status = failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	rules.names = buffer_text(&joined);
	if (status == STATUS_OK &&
	    !template_check(template, strlen(template), &rules, &problem)) {
		printable(shown, sizeof shown, template, strlen(template), 64,
			  true);
		status = failure_set(f, STATUS_USAGE,
				     _("invalid --output %s: %s"), shown,
				     problem.message);
	}
	buffer_free(&joined);
	return status;
}

/* A copy of cell in arena that is safe as part of a file name. */
static char *
safe_for_file_name(struct arena *arena, const char *cell)
{
	char *safe = arena_strndup(arena, cell, strlen(cell)), *c;

	if (safe == NULL)
		return NULL;
	for (c = safe; *c != '\0'; c++)
		if (*c == '/' || (unsigned char)*c < 0x20 || *c == 0x7f ||
		    (c == safe && *c == '.'))
			*c = '_';
	return safe;
}

char *
batch_output(struct arena *arena, const char *template,
	     const char *const *names, size_t count,
	     const struct batch_row *row)
{
	struct template_values values = {NULL,	SIDE_LEFT, SIDE_RIGHT,
					 names, NULL,	   count};
	const char **safe;
	size_t i;

	if ((safe = arena_alloc(arena, (count + 1) * sizeof *safe)) == NULL)
		return NULL;
	for (i = 0; i < count; i++)
		if ((safe[i] = safe_for_file_name(arena, i < row->cell_count
								 ? row->cells[i]
								 : "")) == NULL)
			return NULL;
	values.values = safe;
	return template_fill(arena, template, &values);
}

/* A path and the row it belongs to, sorted by path, then by row. */
struct indexed_path {
	const char *path;
	size_t index;
};

static int
compare_paths(const void *a, const void *b)
{
	const struct indexed_path *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c != 0)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

bool
batch_find_duplicates(const char *const *paths, size_t count, size_t *earlier)
{
	struct indexed_path *sorted;
	size_t i, first = 0;

	if (count == 0)
		return true;
	if (count > SIZE_MAX / sizeof *sorted ||
	    (sorted = malloc(count * sizeof *sorted)) == NULL)
		return false;
	for (i = 0; i < count; i++)
		sorted[i] = (struct indexed_path){paths[i], i};
	qsort(sorted, count, sizeof *sorted, compare_paths);
	for (i = 0; i < count; i++) {
		if (i == 0 || strcmp(sorted[i].path, sorted[first].path) != 0)
			first = i;
		earlier[sorted[i].index] = sorted[first].index;
	}
	free(sorted);
	return true;
}
