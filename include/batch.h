/* SPDX-License-Identifier: ISC */
/*
 * batch.h: a day's list of patients, one handout a row (--batch).
 *
 * A practice system exports the list as CSV: RFC 4180 as spreadsheets
 * write it, with quoted fields that may hold commas, quotes and line
 * ends, CRLF or LF line ends, UTF-8 with or without a byte order mark.
 * The first record names the columns; every later one is a row.  This
 * module reads the file with libcsv (the only one that includes
 * <csv.h>), keeps where each record starts for messages, and fills the
 * -o template of each row.  What a column means is cli's business:
 * here a column is only a name, and a cell only text.
 */
#ifndef HEELRX_BATCH_H
#define HEELRX_BATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "failure.h"
#include "input.h"

struct arena;

/* One record after the header. */
struct batch_row {
	unsigned long line; /* where the record starts; the file's first
			       line is 1 */
	char **cells;	    /* cell_count NUL-terminated texts */
	size_t cell_count;  /* may differ from the header's column count */
};

struct batch {
	const char *name; /* the file as messages name it */
	unsigned long header_line;
	char **columns; /* the header's cells, column_count of them */
	size_t column_count;
	struct batch_row *rows;
	size_t row_count;
	struct input_file file; /* what was read, which -o may not replace */
	struct arena *arena;	/* owns the texts above */
};

/*
 * Reads the CSV file at path ("-": standard input) into *batch, which
 * batch_free frees whatever this returns.  A file that is not CSV (a
 * quote inside an unquoted field, text after a closing quote, a quoted
 * field that never ends, a NUL byte) or has no header is refused with
 * STATUS_DATA and the line where the fault is; rows are not checked
 * here.  A blank line is no record.
 */
enum status batch_read(const char *path, struct batch *batch,
		       struct failure *f);

void batch_free(struct batch *batch);

/*
 * Checks the -o template of a batch: its placeholders, "{NAME}", may
 * name the count columns in names (each a letters, digits and '_'
 * name, such as "patient"); "{{" is a literal brace.
 */
enum status batch_check_output(const char *template, const char *const *names,
			       size_t count, struct failure *f);

/*
 * The checked template filled from the cells of row (the cell of
 * names[i] is cells[i]; a cell that is missing is empty), in arena;
 * NULL when memory is exhausted.  Each cell is made safe for a file
 * name first: '/' and control characters become '_', and so does a
 * leading '.', so that a cell can neither climb into another folder
 * nor make a hidden file.
 */
char *batch_output(struct arena *arena, const char *template,
		   const char *const *names, size_t count,
		   const struct batch_row *row);

/*
 * For each of the count paths, the index of the first path equal to it
 * (itself when it is the first): earlier[i] < i means that paths[i]
 * would overwrite another row's file.  False when memory is exhausted.
 */
bool batch_find_duplicates(const char *const *paths, size_t count,
			   size_t *earlier);

#endif
