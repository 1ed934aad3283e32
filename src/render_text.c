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

#include "i18n.h"
#include "render.h"
#include "render_table.h"
#include "wrap.h"

/* The state of one layout: where it goes and whether memory ran out. */
struct page {
	FILE *out;
	int width;
	bool is_out_of_memory;
	/* The handout's marks: after a label (": "), the same without
	 * its trailing blanks for a label on a line of its own (":"), and
	 * before an exercise's mark (" - "). */
	const char *label_end, *mark_before;
	char label_alone[32];
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

/*
 * The concatenation of the NULL-terminated list of strings, in buf
 * when it fits (size bytes) and in a new string otherwise, which
 * *made is set to for the caller to free.  NULL when memory ran out.
 * Prefixes and titles are short, and asprintf cost a tenth of a plan.
 */
static char *
concat(char *buf, size_t size, char **made, const char *const *parts)
{
	size_t i, len = 0, n;
	char *s;

	*made = NULL;
	for (i = 0; parts[i] != NULL; i++)
		len += strlen(parts[i]);
	s = len < size ? buf : (*made = malloc(len + 1));
	if (s == NULL)
		return NULL;
	for (i = 0, len = 0; parts[i] != NULL; i++) {
		n = strlen(parts[i]);
		memcpy(s + len, parts[i], n);
		len += n;
	}
	s[len] = '\0';
	return s;
}

/* n blanks, at most 127 of them: wider than any page. */
static const char *
blanks(int n)
{
	static const char spaces[] = "                                "
				     "                                "
				     "                                "
				     "                               ";

	if (n < 0)
		n = 0;
	if (n > (int)sizeof spaces - 1)
		n = (int)sizeof spaces - 1;
	return spaces + sizeof spaces - 1 - n;
}

/*
 * indent, bullet, "label: " (padded to label_width columns) and text,
 * the text's lines under its start.
 */
static void
labelled(struct page *pg, const char *indent, const char *bullet,
	 const char *label, const char *text, int label_width)
{
	char first_buf[128], rest_buf[128], *made_first, *made_rest;
	const char *first_parts[] = {indent,
				     bullet,
				     label,
				     pg->label_end,
				     blanks(label_width - wrap_width_of(label)),
				     NULL};
	const char *first =
		concat(first_buf, sizeof first_buf, &made_first, first_parts);
	const char *rest_parts[] = {
		indent,
		blanks(first != NULL
			       ? wrap_width_of(first) - wrap_width_of(indent)
			       : 0),
		NULL};
	const char *rest =
		concat(rest_buf, sizeof rest_buf, &made_rest, rest_parts);

	if (first == NULL || rest == NULL) {
		pg->is_out_of_memory = true;
	} else if (wrap_width_of(first) > pg->width - WRAP_MIN_COLUMNS) {
		/* A label so long that its text would be squeezed past the
		 * page (a translation's, or a clinic's): the label on a
		 * line of its own, the text under it. */
		const char *label_parts[] = {bullet, label, pg->label_alone,
					     NULL};
		const char *hang_parts[] = {
			indent, blanks(wrap_width_of(bullet)), NULL};
		const char *under_parts[] = {
			indent, blanks(wrap_width_of(bullet) + 2), NULL};
		char label_buf[128], hang_buf[128], under_buf[128];
		char *made_label, *made_hang, *made_under;
		const char *line = concat(label_buf, sizeof label_buf,
					  &made_label, label_parts);
		const char *hang = concat(hang_buf, sizeof hang_buf, &made_hang,
					  hang_parts);
		const char *under = concat(under_buf, sizeof under_buf,
					   &made_under, under_parts);

		if (line == NULL || hang == NULL || under == NULL) {
			pg->is_out_of_memory = true;
		} else {
			para(pg, line, indent, hang);
			para(pg, text, under, under);
		}
		free(made_label);
		free(made_hang);
		free(made_under);
	} else {
		para(pg, text, first, rest);
	}
	free(made_first);
	free(made_rest);
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
			labelled(pg, "", "", b->items[i].label,
				 b->items[i].text, w);
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
		else
			labelled(pg, indent, b->depth == 0 ? "- " : "",
				 b->items[i].label, b->items[i].text, 0);
	}
}

/*
 * The clinic's contact: "Label: " and its first line, the other lines
 * under it ("Phone: ..." for the labelled ones), as labelled() lays a
 * label out, also when the label is too long to keep beside them.
 */
static void
contact(struct page *pg, const struct handout_block *b)
{
	int label_width =
		wrap_width_of(b->label) + wrap_width_of(pg->label_end);
	const char *under = blanks(
		label_width > pg->width - WRAP_MIN_COLUMNS ? 2 : label_width);
	char buf[128], *made;
	const char *line;
	size_t i;

	for (i = 0; i < b->item_count; i++) {
		const struct handout_item *it = &b->items[i];
		const char *parts[] = {it->label != NULL ? it->label : "",
				       it->label != NULL ? pg->label_end : "",
				       it->text, NULL};

		if ((line = concat(buf, sizeof buf, &made, parts)) == NULL)
			pg->is_out_of_memory = true;
		else if (i == 0)
			labelled(pg, "", "", b->label, line, 0);
		else
			para(pg, line, under, under);
		free(made);
	}
}

/* A list; a marked item as "- MARK: text", its lines under the text. */
static void
bullets(struct page *pg, const struct handout_block *b)
{
	char first[32], rest[32];
	size_t i;

	snprintf(first, sizeof first, "%s- ", indent_of(b));
	snprintf(rest, sizeof rest, "%s  ", indent_of(b));
	for (i = 0; i < b->item_count; i++) {
		if (b->items[i].label != NULL)
			labelled(pg, indent_of(b), "- ", b->items[i].label,
				 b->items[i].text, 0);
		else
			para(pg, b->items[i].text, first, rest);
	}
}

static void
numbered(struct page *pg, const struct handout_block *b)
{
	char first[48], rest[48];
	int digits = 1;
	size_t i;

	for (i = b->item_count; i >= 10 && digits < 9; i /= 10)
		digits++;
	for (i = 0; i < b->item_count; i++) {
		snprintf(first, sizeof first, "%s%*zu. ", indent_of(b), digits,
			 i + 1);
		snprintf(rest, sizeof rest, "%s%*s  ", indent_of(b), digits,
			 "");
		para(pg, b->items[i].text, first, rest);
	}
}

/*
 * Whether tail, such as " - KEY EXERCISE", fits after the last line of
 * text filled to width columns; -1 when memory ran out.
 */
static int
fits_after(const char *text, const char *tail, int width)
{
	char *filled = wrap_fill(text, width), *end, *line;
	int fits;

	if (filled == NULL)
		return -1;
	end = filled + strlen(filled);
	if (end > filled && end[-1] == '\n')
		*--end = '\0';
	line = strrchr(filled, '\n');
	fits = wrap_width_of(line != NULL ? line + 1 : filled) +
		       wrap_width_of(tail) <=
	       width;
	free(filled);
	return fits;
}

/*
 * "1. Title - MARK", the title's lines under its start.  A mark that
 * does not fit after the title's last line goes on a line of its own,
 * rather than be broken from its dash or in two.
 */
static void
exercise(struct page *pg, const struct handout_block *b)
{
	char first[32], rest[32], buf[256], *made;
	const char *parts[] = {b->text, b->label != NULL ? pg->mark_before : "",
			       b->label != NULL ? b->label : "", NULL};
	const char *title = concat(buf, sizeof buf, &made, parts);
	int fits = 1;

	snprintf(first, sizeof first, "%u. ", b->number);
	snprintf(rest, sizeof rest, "%*s", (int)strlen(first), "");
	if (title != NULL && b->label != NULL)
		fits = fits_after(b->text, title + strlen(b->text),
				  pg->width - (int)strlen(first));
	if (title == NULL || fits < 0)
		pg->is_out_of_memory = true;
	else if (fits) {
		para(pg, title, first, rest);
	} else {
		para(pg, b->text, first, rest);
		para(pg, b->label, rest, rest);
	}
	free(made);
}

static void
subheading(struct page *pg, const struct handout_block *b)
{
	char buf[128], *made;
	const char *parts[] = {b->text, pg->label_alone, NULL};
	const char *line = concat(buf, sizeof buf, &made, parts);

	if (line == NULL)
		pg->is_out_of_memory = true;
	else
		para(pg, line, indent_of(b), indent_of(b));
	free(made);
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
	size_t i;

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
		labelled(pg, "", "", b->label, b->text, 0);
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
		/* One at the top stands apart, as a paragraph does; one in
		 * an exercise follows what comes before it. */
		if (b->depth == 0 && !after_heading)
			fputc('\n', pg->out);
		subheading(pg, b);
		break;
	case HANDOUT_BULLETS:
		bullets(pg, b);
		break;
	case HANDOUT_NUMBERED:
		numbered(pg, b);
		break;
	case HANDOUT_FIGURES: /* text shows no drawings */
	case HANDOUT_LEGEND:  /* nor explains them */
		break;
	case HANDOUT_NOTE:
		fputc('\n', pg->out);
		para(pg, b->label, "", "");
		rule_under(pg, b->label, '-');
		for (i = 0; i < b->item_count; i++) {
			if (i > 0)
				fputc('\n', pg->out);
			para(pg, b->items[i].text, "", "");
		}
		break;
	case HANDOUT_CONTACT:
		fputc('\n', pg->out);
		contact(pg, b);
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
render_text(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct handout *h = in->handout;
	const struct handout_block *prev = NULL;
	int width = in->width;
	struct page pg = {
		out, width, false, handout_label_end(h), handout_mark_before(h),
		""};
	size_t i;

	handout_label_alone(h, pg.label_alone, sizeof pg.label_alone);
	/* The block before is the last one text shows: drawings and
	 * their legend leave no trace. */
	for (i = 0; i < h->count; i++) {
		block(&pg, &h->blocks[i], prev);
		if (h->blocks[i].kind != HANDOUT_FIGURES &&
		    h->blocks[i].kind != HANDOUT_LEGEND)
			prev = &h->blocks[i];
	}
	if (pg.is_out_of_memory)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	return STATUS_OK;
}
