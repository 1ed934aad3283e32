/* SPDX-License-Identifier: ISC */
/*
 * render_log.c: the adherence log as tables, for text and Markdown.
 *
 * A log has a row per session and, after the session's own column, a
 * column per exercise and working leg for the sets done, one for the
 * band used and one per painful heel for pain.  Both formats show the
 * same headings and cells, built once here.  Text draws a ruled grid
 * that a patient can fill in with a pen: each row has a blank line of
 * room, and columns that would pass the page width go on in a further
 * table.  Markdown writes one GFM pipe table with every cell escaped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "template.h"
#include "wrap.h"

/*
 * Narrowest room to write in: a sets cell holds a number and "of 3",
 * a band cell a colour, a pain cell a number up to 10.
 */
enum { SETS_MIN_COLUMNS = 6, BAND_MIN_COLUMNS = 8, PAIN_MIN_COLUMNS = 5 };

/* Headings wider than this wrap onto more lines (text only). */
enum { HEADING_MAX_COLUMNS = 12 };

enum column_kind { COLUMN_SESSION, COLUMN_SETS, COLUMN_BAND, COLUMN_PAIN };

struct column {
	enum column_kind kind;
	const char *heading; /* label, or the catalog's words for pain */
	char label[32];
	unsigned sets;	 /* COLUMN_SETS: the sets to do */
	size_t exercise; /* COLUMN_SETS: index into plan.exercises */

	/* Text only. */
	char *lines; /* the heading wrapped: line_count strings end to end */
	int line_count;
	int width; /* display columns between the rules */
};

struct log_table {
	struct column *columns; /* columns[0] is the session's */
	size_t count;
};

static void
free_table(struct log_table *t)
{
	size_t i;

	for (i = 0; i < t->count; i++)
		free(t->columns[i].lines);
	free(t->columns);
}

/* The columns the plan's log asks for, headings filled, no widths. */
static bool
build_table(const struct plan *plan, struct log_table *t)
{
	const struct plan_log *log = plan->log;
	struct column *c;
	size_t i, n = 2 + log->sets_count + log->pain_count;

	t->count = 0;
	t->columns = calloc(n, sizeof *t->columns);
	if (t->columns == NULL)
		return false;
	c = &t->columns[t->count++];
	c->kind = COLUMN_SESSION;
	c->heading = "Session";
	for (i = 0; i < log->sets_count; i++) {
		const struct plan_log_sets *sets = &log->sets[i];

		c = &t->columns[t->count++];
		c->kind = COLUMN_SETS;
		c->exercise = sets->exercise;
		c->sets = plan->exercises[sets->exercise].dose.sets;
		snprintf(c->label, sizeof c->label, "%zu %s",
			 sets->exercise + 1, template_side_word(sets->side));
		c->heading = c->label;
	}
	c = &t->columns[t->count++];
	c->kind = COLUMN_BAND;
	c->heading = "Band";
	for (i = 0; i < log->pain_count; i++) {
		c = &t->columns[t->count++];
		c->kind = COLUMN_PAIN;
		c->heading = log->pain[i].heading;
	}
	return true;
}

/* The text of a row's cell in column c; "" for the ones to fill in. */
static void
cell(const struct plan *plan, const struct plan_session *s,
     const struct column *c, char *buf, size_t size)
{
	char date[16];

	buf[0] = '\0';
	if (c->kind == COLUMN_SETS) {
		snprintf(buf, size, "of %u", c->sets);
	} else if (c->kind == COLUMN_SESSION && plan->has_start) {
		render_date(&s->date, date, sizeof date);
		snprintf(buf, size, "%s %s", render_weekday(s->weekday, true),
			 date);
	} else if (c->kind == COLUMN_SESSION) {
		snprintf(buf, size, "%u (day %u)", s->number, s->day);
	}
}

/* ---- text -------------------------------------------------------------- */

/* The next of a column's heading lines after line. */
static const char *
next_line(const char *line)
{
	return line + strlen(line) + 1;
}

/* Wraps every heading and finds each column's width. */
static bool
measure(const struct plan *plan, struct log_table *t)
{
	char text[64];
	const char *line;
	size_t i, j;
	int k, w;

	for (i = 0; i < t->count; i++) {
		struct column *c = &t->columns[i];
		char *p;

		c->lines = wrap_fill(c->heading, HEADING_MAX_COLUMNS);
		if (c->lines == NULL)
			return false;
		for (p = c->lines; (p = strchr(p, '\n')) != NULL; *p++ = '\0')
			c->line_count++;
		for (k = 0, line = c->lines; k < c->line_count;
		     k++, line = next_line(line))
			if ((w = wrap_width_of(line)) > c->width)
				c->width = w;
		if (c->kind == COLUMN_SETS && c->width < SETS_MIN_COLUMNS)
			c->width = SETS_MIN_COLUMNS;
		if (c->kind == COLUMN_PAIN && c->width < PAIN_MIN_COLUMNS)
			c->width = PAIN_MIN_COLUMNS;
		if (c->kind == COLUMN_BAND) {
			/*
			 * Room for the ladder's longest colour, up to a
			 * heading's width: a hand can abbreviate, and a
			 * long name must not push the table off the page.
			 */
			if (plan->bands->count == 0 &&
			    c->width < BAND_MIN_COLUMNS)
				c->width = BAND_MIN_COLUMNS;
			for (j = 0; j < plan->bands->count; j++) {
				w = wrap_width_of(plan->bands->items[j]);
				if (w > HEADING_MAX_COLUMNS)
					w = HEADING_MAX_COLUMNS;
				if (w > c->width)
					c->width = w;
			}
		}
		for (j = 0; j < plan->session_count; j++) {
			cell(plan, &plan->sessions[j], c, text, sizeof text);
			if ((w = wrap_width_of(text)) > c->width)
				c->width = w;
		}
	}
	return true;
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

/* "+----+---+" over the columns in use, with c as the line. */
static void
rule(FILE *out, const struct log_table *t, const size_t *use, size_t n, char c)
{
	size_t i;
	int j;

	for (i = 0; i < n; i++) {
		fputc('+', out);
		for (j = 0; j < t->columns[use[i]].width + 2; j++)
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

/* One table of the columns use[0..n), the session's first. */
static void
table(FILE *out, const struct plan *plan, const struct log_table *t,
      const size_t *use, size_t n)
{
	char text[256];
	int lines = 0, line;
	size_t i, r;

	for (i = 0; i < n; i++)
		if (t->columns[use[i]].line_count > lines)
			lines = t->columns[use[i]].line_count;
	rule(out, t, use, n, '-');
	for (line = 0; line < lines; line++) {
		for (i = 0; i < n; i++) {
			fputs("| ", out);
			pad(out, heading_line(&t->columns[use[i]], line),
			    t->columns[use[i]].width, false);
			fputc(' ', out);
		}
		fputs("|\n", out);
	}
	rule(out, t, use, n, '=');
	for (r = 0; r < plan->session_count; r++) {
		const struct plan_session *s = &plan->sessions[r];
		bool is_week_start = r == 0 || s->week != s[-1].week;

		/* The room to write in; a new week says so there. */
		for (i = 0; i < n; i++) {
			text[0] = '\0';
			if (i == 0 && is_week_start)
				snprintf(text, sizeof text, "Week %u", s->week);
			fputs("| ", out);
			pad(out, text, t->columns[use[i]].width, false);
			fputc(' ', out);
		}
		fputs("|\n", out);
		for (i = 0; i < n; i++) {
			const struct column *c = &t->columns[use[i]];

			cell(plan, s, c, text, sizeof text);
			fputs("| ", out);
			pad(out, text, c->width, c->kind == COLUMN_SETS);
			fputc(' ', out);
		}
		fputs("|\n", out);
		rule(out, t, use, n, '-');
	}
}

/*
 * The columns that go together: one exercise's legs, the band, and
 * the pain columns.  Returns the index after the group that starts at
 * first.
 */
static size_t
group_end(const struct log_table *t, size_t first)
{
	const struct column *c = &t->columns[first];
	size_t i = first + 1;

	while (i < t->count && t->columns[i].kind == c->kind &&
	       (c->kind == COLUMN_PAIN ||
		(c->kind == COLUMN_SETS &&
		 t->columns[i].exercise == c->exercise)))
		i++;
	return i;
}

/* The width a column adds to a table: its cells, two blanks and a rule. */
static int
added_width(const struct column *c)
{
	return c->width + 3;
}

enum status
render_log_text(const struct plan *plan, int width, FILE *out,
		struct failure *f)
{
	struct log_table t;
	size_t *use = NULL, n, i, j, end;
	int used, fresh;
	bool is_first = true;

	if (!build_table(plan, &t))
		return failure_set(f, STATUS_SOFTWARE, "out of memory");
	if (!measure(plan, &t) ||
	    (use = calloc(t.count, sizeof *use)) == NULL) {
		free_table(&t);
		return failure_set(f, STATUS_SOFTWARE, "out of memory");
	}
	/*
	 * Fill each table with whole groups while they fit.  A group that
	 * even a table of its own could not hold is split column by
	 * column, and a column wider than a table still gets one.
	 */
	fresh = 1 + added_width(&t.columns[0]);
	for (i = 1; i < t.count;) {
		use[0] = 0;
		n = 1;
		used = fresh;
		while (i < t.count) {
			int group = 0;

			end = group_end(&t, i);
			for (j = i; j < end; j++)
				group += added_width(&t.columns[j]);
			if (used + group <= width) {
				for (j = i; j < end; j++)
					use[n++] = j;
				used += group;
				i = end;
				continue;
			}
			if (n > 1 &&
			    (fresh + group <= width ||
			     used + added_width(&t.columns[i]) > width))
				break;
			use[n++] = i;
			used += added_width(&t.columns[i++]);
		}
		if (!is_first)
			fputc('\n', out);
		is_first = false;
		table(out, plan, &t, use, n);
	}
	free(use);
	free_table(&t);
	return STATUS_OK;
}

/* ---- Markdown ---------------------------------------------------------- */

/*
 * Appends text to a GFM table cell.  Every character that can open
 * inline markup (emphasis, code, links, images, autolinks, raw HTML,
 * entities, strikethrough) or end the cell is backslash-escaped, which
 * CommonMark allows before any ASCII punctuation; a newline becomes a
 * blank, since a cell is one line.
 */
static void
put_cell(FILE *out, const char *text)
{
	for (; *text != '\0'; text++) {
		if (strchr("\\`*_[]<>!&|~", *text) != NULL)
			fputc('\\', out);
		fputc(*text == '\n' || *text == '\t' ? ' ' : *text, out);
	}
}

char *
render_log_markdown(const struct plan *plan)
{
	struct log_table t;
	char *text = NULL, buf[256];
	size_t size = 0, i, r;
	FILE *out;

	if (!build_table(plan, &t))
		return NULL;
	if ((out = open_memstream(&text, &size)) == NULL) {
		free_table(&t);
		return NULL;
	}
	for (i = 0; i < t.count; i++) {
		fputs("| ", out);
		put_cell(out, t.columns[i].heading);
		fputc(' ', out);
	}
	fputs("|\n", out);
	for (i = 0; i < t.count; i++)
		fputs(t.columns[i].kind == COLUMN_SETS ? "| --: " : "| :-- ",
		      out);
	fputs("|\n", out);
	for (r = 0; r < plan->session_count; r++) {
		for (i = 0; i < t.count; i++) {
			cell(plan, &plan->sessions[r], &t.columns[i], buf,
			     sizeof buf);
			fputs("| ", out);
			put_cell(out, buf);
			fputc(' ', out);
		}
		fputs("|\n", out);
	}
	free_table(&t);
	if (ferror(out)) {
		fclose(out);
		free(text);
		return NULL;
	}
	if (fclose(out) != 0) {
		free(text);
		return NULL;
	}
	return text;
}
