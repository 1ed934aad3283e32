/* SPDX-License-Identifier: ISC */
/*
 * render_text.c: a handout laid out as plain text for a printer or a
 * terminal.  Every paragraph goes through wrap_paragraph, so the width
 * holds for any catalog text and no line ends in a blank.  Labels end
 * in a colon, headings are underlined, the banner is boxed in stars,
 * and blocks inside an exercise are indented by their depth.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "render_table.h"
#include "wrap.h"

/* The state of one layout: where it goes and whether memory ran out. */
struct page {
	FILE *out;
	int width;
	bool is_out_of_memory;
};

/* The indent of a block at each depth. */
static const char *const indents[] = {"", "   ", "     "};

static const char *
indent_of(const struct handout_block *b)
{
	return indents[b->depth < 3 ? b->depth : 2];
}

static void
para(struct page *pg, const char *text, const char *first, const char *rest)
{
	if (!wrap_paragraph(pg->out, text, pg->width, first, rest))
		pg->is_out_of_memory = true;
}

/* A line of c as wide as text, at most the page width. */
static void
rule_under(struct page *pg, const char *text, char c)
{
	int i, n = wrap_width_of(text);

	if (n > pg->width)
		n = pg->width;
	for (i = 0; i < n; i++)
		fputc(c, pg->out);
	fputc('\n', pg->out);
}

/* "indent" + "label: " + text, the text's lines under its start. */
static void
labelled(struct page *pg, const char *indent, const char *label,
	 const char *text, int label_width)
{
	char *first, *rest;
	int pad = label_width - wrap_width_of(label);

	if (asprintf(&first, "%s%s: %*s", indent, label, pad > 0 ? pad : 0,
		     "") < 0) {
		pg->is_out_of_memory = true;
		return;
	}
	if (asprintf(&rest, "%s%*s", indent,
		     wrap_width_of(first) - wrap_width_of(indent), "") < 0) {
		free(first);
		pg->is_out_of_memory = true;
		return;
	}
	para(pg, text, first, rest);
	free(first);
	free(rest);
}

/* The header's fields, their values lined up. */
static void
fields(struct page *pg, const struct handout_block *b)
{
	int w = 0;
	size_t i;

	for (i = 0; i < b->item_count; i++)
		if (wrap_width_of(b->items[i].label) > w)
			w = wrap_width_of(b->items[i].label);
	for (i = 0; i < b->item_count; i++)
		if (b->items[i].text != NULL)
			labelled(pg, "", b->items[i].label, b->items[i].text,
				 w);
}

/* Facts: a bulleted list at the top, plain lines within an exercise. */
static void
facts(struct page *pg, const struct handout_block *b)
{
	const char *indent = indent_of(b);
	char bullet[16], rest[16];
	size_t i;

	snprintf(bullet, sizeof bullet, "%s%s", indent,
		 b->depth == 0 ? "- " : "");
	snprintf(rest, sizeof rest, "%s%s", indent, b->depth == 0 ? "  " : "");
	for (i = 0; i < b->item_count; i++) {
		if (b->items[i].label == NULL)
			para(pg, b->items[i].text, bullet, rest);
		else if (b->depth == 0) {
			/* "- Label: text" */
			char *label;
			if (asprintf(&label, "- %s", b->items[i].label) < 0) {
				pg->is_out_of_memory = true;
				return;
			}
			labelled(pg, indent, label, b->items[i].text, 0);
			free(label);
		} else {
			labelled(pg, indent, b->items[i].label,
				 b->items[i].text, 0);
		}
	}
}

static void
bullets(struct page *pg, const struct handout_block *b)
{
	char first[32], rest[32];
	size_t i;

	snprintf(first, sizeof first, "%s- ", indent_of(b));
	snprintf(rest, sizeof rest, "%s  ", indent_of(b));
	for (i = 0; i < b->item_count; i++)
		para(pg, b->items[i].text, first, rest);
}

static void
numbered(struct page *pg, const struct handout_block *b)
{
	char first[48], rest[48];
	int digits = b->item_count >= 10 ? 2 : 1;
	size_t i;

	for (i = 0; i < b->item_count; i++) {
		snprintf(first, sizeof first, "%s%*zu. ", indent_of(b), digits,
			 i + 1);
		snprintf(rest, sizeof rest, "%s%*s  ", indent_of(b), digits,
			 "");
		para(pg, b->items[i].text, first, rest);
	}
}

/* "1. Title - MARK", the title's lines under its start. */
static void
exercise(struct page *pg, const struct handout_block *b)
{
	char first[32], rest[32], *title;

	snprintf(first, sizeof first, "%u. ", b->number);
	snprintf(rest, sizeof rest, "%*s", (int)strlen(first), "");
	if (asprintf(&title, "%s%s%s", b->text, b->label != NULL ? " - " : "",
		     b->label != NULL ? b->label : "") < 0) {
		pg->is_out_of_memory = true;
		return;
	}
	para(pg, title, first, rest);
	free(title);
}

static void
subheading(struct page *pg, const struct handout_block *b)
{
	char *line;

	if (asprintf(&line, "%s:", b->text) < 0) {
		pg->is_out_of_memory = true;
		return;
	}
	para(pg, line, indent_of(b), indent_of(b));
	free(line);
}

/*
 * One block, after the blank line that separates it from the one
 * before: sections, paragraphs, the banner and each exercise stand
 * apart; lists and facts follow what introduces them.
 */
static void
block(struct page *pg, const struct handout_block *b,
      const struct handout_block *prev)
{
	bool after_heading = prev != NULL && prev->kind == HANDOUT_HEADING;

	switch (b->kind) {
	case HANDOUT_TITLE:
		para(pg, b->text, "", "");
		rule_under(pg, b->text, '=');
		break;
	case HANDOUT_FIELDS:
		fields(pg, b);
		break;
	case HANDOUT_BANNER:
		fputc('\n', pg->out);
		rule_under(pg, b->text, '*');
		para(pg, b->text, "", "");
		rule_under(pg, b->text, '*');
		break;
	case HANDOUT_WARNING:
		fputc('\n', pg->out);
		labelled(pg, "", b->label, b->text, 0);
		break;
	case HANDOUT_HEADING:
		fputc('\n', pg->out);
		para(pg, b->text, "", "");
		rule_under(pg, b->text, '-');
		break;
	case HANDOUT_PARAGRAPH:
		if (!after_heading)
			fputc('\n', pg->out);
		para(pg, b->text, indent_of(b), indent_of(b));
		break;
	case HANDOUT_FACTS:
		facts(pg, b);
		break;
	case HANDOUT_EXERCISE:
		if (!after_heading)
			fputc('\n', pg->out);
		exercise(pg, b);
		break;
	case HANDOUT_SUBHEADING:
		subheading(pg, b);
		break;
	case HANDOUT_BULLETS:
		bullets(pg, b);
		break;
	case HANDOUT_NUMBERED:
		numbered(pg, b);
		break;
	case HANDOUT_TABLE:
		fputc('\n', pg->out);
		if (b->table != NULL &&
		    !render_table_text(b->table, pg->width, pg->out))
			pg->is_out_of_memory = true;
		break;
	}
}

enum status
render_text(const struct handout *h, int width, FILE *out, struct failure *f)
{
	struct page pg = {out, width, false};
	size_t i;

	for (i = 0; i < h->count; i++)
		block(&pg, &h->blocks[i], i > 0 ? &h->blocks[i - 1] : NULL);
	if (pg.is_out_of_memory)
		return failure_set(f, STATUS_SOFTWARE, "out of memory");
	return STATUS_OK;
}
