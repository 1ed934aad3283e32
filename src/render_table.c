/* SPDX-License-Identifier: ISC */
/*
 * render_table.c: a handout's table, the log sheet, as text and as
 * Markdown.
 *
 * Text draws a ruled grid that a patient can fill in with a pen: each
 * row has a blank line of room, where a new group of rows (a week)
 * names itself, and columns that would pass the page width go on in a
 * further grid.  Markdown writes one GFM pipe table with every cell
 * escaped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buffer.h"
#include "escape_markdown.h"
#include "render_table.h"
#include "wrap.h"

/* Headings and written-in texts wider than this wrap or are cut short
 * (text only): a hand can abbreviate, and a long name must not push the
 * table off the page. */
enum { HEADING_MAX_COLUMNS = 12 };

/* A heading may take this many lines before its column widens, up to
 * HEADING_MAX_COLUMNS, to take fewer: narrow columns keep more of them
 * on a page's width. */
enum { HEADING_MAX_LINES = 3 };

/* A box to tick, as text draws it. */
static const char tick_box[] = "[ ]";
enum { TICK_BOX_COLUMNS = sizeof tick_box - 1 };

/* A column as text lays it out. */
struct column {
	char *lines; /* the heading wrapped: line_count strings end to end */
	int line_count;
	int width; /* display columns between the rules */
};

static void
free_columns(struct column *c, size_t n)
{
	size_t i;

	for (i = 0; c != NULL && i < n; i++)
		free(c[i].lines);
	free(c);
}

/* ---- text -------------------------------------------------------------- */

/* The next of a column's heading lines after line. */
static const char *
next_line(const char *line)
{
	return line + strlen(line) + 1;
}

static int
max(int a, int b)
{
	return a > b ? a : b;
}

static int
min(int a, int b)
{
	return a < b ? a : b;
}

/*
 * c's lines: heading wrapped to width columns, each line ended by a
 * '\0'; its line count, and its widest line as c's width.  False when
 * memory is exhausted.
 */
static bool
wrap_heading(struct column *c, const char *heading, int width)
{
	const char *line;
	char *p;
	int k;

	free(c->lines);
	c->line_count = 0;
	c->width = 0;
	if ((c->lines = wrap_fill(heading, width)) == NULL)
		return false;
	for (p = c->lines; (p = strchr(p, '\n')) != NULL; *p++ = '\0')
		c->line_count++;
	for (k = 0, line = c->lines; k < c->line_count;
	     k++, line = next_line(line))
		c->width = max(c->width, wrap_width_of(line));
	return true;
}

/*
 * The display width of the widest run of text between blanks: a word,
 * or in a language written without blanks, such as Chinese, a phrase
 * that a heading should not break either.
 */
static int
widest_word(const char *s)
{
	char word[256];
	int widest = 0;
	size_t n;

	for (; *s != '\0'; s += n) {
		s += strspn(s, " ");
		n = strcspn(s, " ");
		/* A word too long for the buffer is wider than any column. */
		if (n >= sizeof word)
			return HEADING_MAX_COLUMNS;
		memcpy(word, s, n);
		word[n] = '\0';
		widest = max(widest, wrap_width_of(word));
	}
	return widest;
}

/*
 * The narrowest a column can be: what gets written or printed in it,
 * and the widest word of its heading, which is broken only when it is
 * wider than HEADING_MAX_COLUMNS.
 */
static int
least_width(const struct handout_table *t, size_t i)
{
	const struct handout_column *hc = &t->columns[i];
	int width = hc->is_tick_box ? TICK_BOX_COLUMNS : hc->room;
	size_t j;

	width = max(width, min(widest_word(hc->heading), HEADING_MAX_COLUMNS));
	for (j = 0; hc->samples != NULL && j < hc->samples->count; j++)
		width = max(width, min(wrap_width_of(hc->samples->items[j]),
				       HEADING_MAX_COLUMNS));
	for (j = 0; j < t->row_count; j++)
		width = max(width, wrap_width_of(t->rows[j].cells[i]));
	/* The first column also names each group of rows. */
	for (j = 0; i == 0 && j < t->row_count; j++)
		if (t->rows[j].group != NULL)
			width = max(width, wrap_width_of(t->rows[j].group));
	return width;
}

/*
 * Wraps every heading and finds each column's width: as narrow as what
 * it holds allows, wider only for a heading that would take more than
 * HEADING_MAX_LINES lines.
 */
static struct column *
measure(const struct handout_table *t)
{
	struct column *cols = calloc(t->column_count, sizeof *cols);
	size_t i;
	int least, w;

	if (cols == NULL)
		return NULL;
	for (i = 0; i < t->column_count; i++) {
		struct column *c = &cols[i];

		least = least_width(t, i);
		/*
		 * The line breaker counts the blank after a line's last word
		 * as part of the line: one column more lets "Pull-back left"
		 * break at its blank rather than after "Pull-".  The column
		 * is as wide as the lines it gets.
		 */
		for (w = least;; w++) {
			if (!wrap_heading(c, t->columns[i].heading, w + 1))
				goto fail;
			if (c->line_count <= HEADING_MAX_LINES ||
			    w >= HEADING_MAX_COLUMNS)
				break;
		}
		c->width = max(c->width, least);
	}
	return cols;
fail:
	free_columns(cols, t->column_count);
	return NULL;
}

/* Writes text padded to width display columns. */
static void
pad(FILE *out, const char *text, int width, bool is_right_aligned)
{
	int gap = width - wrap_width_of(text);

	if (is_right_aligned)
		fprintf(out, "%*s%s", gap > 0 ? gap : 0, "", text);
	else
		fprintf(out, "%s%*s", text, gap > 0 ? gap : 0, "");
}

/* A box to tick in the middle of width columns. */
static void
put_tick_box(FILE *out, int width)
{
	int before = (width - TICK_BOX_COLUMNS) / 2;

	fprintf(out, "%*s%s%*s", before, "", tick_box,
		width - TICK_BOX_COLUMNS - before, "");
}

/* "+----+---+" over the columns in use, with c as the line. */
static void
rule(FILE *out, const struct column *cols, const size_t *use, size_t n, char c)
{
	size_t i;
	int j;

	for (i = 0; i < n; i++) {
		fputc('+', out);
		for (j = 0; j < cols[use[i]].width + 2; j++)
			fputc(c, out);
	}
	fputs("+\n", out);
}

/* Line number line of a column's heading, or "" past its end. */
static const char *
heading_line(const struct column *c, int line)
{
	const char *text = c->lines;

	if (line >= c->line_count)
		return "";
	while (line-- > 0)
		text = next_line(text);
	return text;
}

/* One grid of the columns use[0..n), the first column first. */
static void
grid(FILE *out, const struct handout_table *t, const struct column *cols,
     const size_t *use, size_t n)
{
	int lines = 0, line;
	size_t i, r;

	for (i = 0; i < n; i++)
		lines = max(lines, cols[use[i]].line_count);
	rule(out, cols, use, n, '-');
	for (line = 0; line < lines; line++) {
		for (i = 0; i < n; i++) {
			fputs("| ", out);
			pad(out, heading_line(&cols[use[i]], line),
			    cols[use[i]].width, false);
			fputc(' ', out);
		}
		fputs("|\n", out);
	}
	rule(out, cols, use, n, '=');
	for (r = 0; r < t->row_count; r++) {
		const struct handout_row *row = &t->rows[r];

		/* The room to write in; a new group says so there. */
		for (i = 0; i < n; i++) {
			fputs("| ", out);
			pad(out, i == 0 && row->group != NULL ? row->group : "",
			    cols[use[i]].width, false);
			fputc(' ', out);
		}
		fputs("|\n", out);
		for (i = 0; i < n; i++) {
			fputs("| ", out);
			if (t->columns[use[i]].is_tick_box)
				put_tick_box(out, cols[use[i]].width);
			else
				pad(out, row->cells[use[i]], cols[use[i]].width,
				    t->columns[use[i]].is_right_aligned);
			fputc(' ', out);
		}
		fputs("|\n", out);
		rule(out, cols, use, n, '-');
	}
}

/* The width a column adds to a grid: its cells, two blanks and a rule. */
static int
added_width(const struct column *c)
{
	return c->width + 3;
}

bool
render_table_text(const struct handout_table *t, int width, FILE *out)
{
	struct column *cols;
	size_t *use, n, i, j, end;
	int used, fresh;
	bool is_first = true;

	if ((cols = measure(t)) == NULL)
		return false;
	if ((use = calloc(t->column_count, sizeof *use)) == NULL) {
		free_columns(cols, t->column_count);
		return false;
	}
	/*
	 * Fill each grid with whole groups while they fit.  A group that
	 * even a grid of its own could not hold is split column by
	 * column, and a column wider than a grid still gets one.
	 */
	fresh = 1 + added_width(&cols[0]);
	for (i = 1; i < t->column_count;) {
		use[0] = 0;
		n = 1;
		used = fresh;
		while (i < t->column_count) {
			int group = 0;

			end = handout_group_end(t, i);
			for (j = i; j < end; j++)
				group += added_width(&cols[j]);
			if (used + group <= width) {
				for (j = i; j < end; j++)
					use[n++] = j;
				used += group;
				i = end;
				continue;
			}
			if (n > 1 && (fresh + group <= width ||
				      used + added_width(&cols[i]) > width))
				break;
			use[n++] = i;
			used += added_width(&cols[i++]);
		}
		if (!is_first)
			fputc('\n', out);
		is_first = false;
		grid(out, t, cols, use, n);
	}
	free(use);
	free_columns(cols, t->column_count);
	return true;
}

/* ---- Markdown ---------------------------------------------------------- */

/*
 * Appends text to a GFM table cell, escaped as everywhere in Markdown
 * (escape_markdown.h): nothing in it can end the cell or start markup,
 * and its lines are joined by blanks, since a cell is one line.
 */
static void
put_cell(struct buffer *b, const char *text)
{
	buffer_puts(b, "| ");
	escape_markdown(b, text, strlen(text), ESCAPE_MARKDOWN_ONE_LINE);
	buffer_puts(b, " ");
}

char *
render_table_markdown(const struct handout_table *t)
{
	struct buffer b = BUFFER_INIT;
	size_t i, r;

	for (i = 0; i < t->column_count; i++)
		put_cell(&b, t->columns[i].heading);
	buffer_puts(&b, "|\n");
	for (i = 0; i < t->column_count; i++)
		buffer_puts(&b, t->columns[i].is_tick_box	 ? "| :-: "
				: t->columns[i].is_right_aligned ? "| --: "
								 : "| :-- ");
	buffer_puts(&b, "|\n");
	for (r = 0; r < t->row_count; r++) {
		for (i = 0; i < t->column_count; i++)
			put_cell(&b, t->columns[i].is_tick_box
					     ? tick_box
					     : t->rows[r].cells[i]);
		buffer_puts(&b, "|\n");
	}
	/* The buffer's bytes are the caller's, as the header promises. */
	if (b.is_failed) {
		buffer_free(&b);
		return NULL;
	}
	return b.data;
}
