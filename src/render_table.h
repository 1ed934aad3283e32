/* SPDX-License-Identifier: ISC */
/*
 * render_table.h: a handout's table (the log sheet) laid out as text
 * or as Markdown.  Internal to the text and Markdown layouts.
 */
#ifndef HEELRX_RENDER_TABLE_H
#define HEELRX_RENDER_TABLE_H

#include <stdbool.h>
#include <stdio.h>

#include "handout.h"

/*
 * The table as ruled grids within width columns, with a blank line of
 * room to write in each row, where a row that starts a group says so;
 * columns that do not fit in one grid go on in the next, each
 * repeating the first column.  Returns false when memory is exhausted.
 */
bool render_table_text(const struct handout_table *, int width, FILE *);

/*
 * The table as one GitHub-flavoured Markdown pipe table, in a new
 * string the caller frees, or NULL when memory is exhausted.  Every
 * cell is escaped, so no text can end a cell or start markup.
 */
char *render_table_markdown(const struct handout_table *);

#endif
