/* SPDX-License-Identifier: ISC */
/*
 * render_markdown.c: a handout laid out as CommonMark, for notes files.
 *
 * The document is built as a libcmark node tree and printed by cmark's
 * own CommonMark writer, which gives the blocks their markers, prefixes
 * and blank lines.  Catalog and command-line texts are escaped by
 * escape_markdown.c, the one Markdown escaper of heelrx (the log table
 * and FHIR's notes use it too), and go into the tree as custom nodes
 * that the writer prints as they are: cmark's writer leaves GFM's "~",
 * "|", delimiter rows and autolinks alone, so its escaping alone would
 * not do.  So no catalog string can open a heading, a list, a link, a
 * table or raw HTML that the plan did not ask for.  libcmark itself
 * aborts when it cannot allocate a node; every allocation of this
 * file's own is checked and ends in STATUS_SOFTWARE.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "buffer.h"
#include "escape_markdown.h"
#include "i18n.h"
#include "render.h"
#include "render_table.h"

/* Shorter names for escape_markdown's flags. */
enum {
	LINE_START = ESCAPE_MARKDOWN_LINE_START,
	ONE_LINE = ESCAPE_MARKDOWN_ONE_LINE
};

static cmark_node *
add(cmark_node *parent, cmark_node_type type)
{
	cmark_node *node = cmark_node_new(type);

	cmark_node_append_child(parent, node);
	return node;
}

/* The layout's own markup, such as ":" or " - ", as it is. */
static void
add_literal(cmark_node *parent, const char *text)
{
	cmark_node_set_on_enter(add(parent, CMARK_NODE_CUSTOM_INLINE), text);
}

/*
 * A text from the catalog or the command line, escaped with flags (see
 * escape_markdown.h), as a custom node, which cmark's writer prints as
 * it is: it writes the prefix of the quote or list item the node is
 * in after each of its newlines, as after a soft break.
 */
static void
add_escaped(cmark_node *parent, const char *text, unsigned flags, bool *failed)
{
	struct buffer b = BUFFER_INIT;

	if (!escape_markdown(&b, text, strlen(text), flags))
		*failed = true;
	else if (b.len > 0)
		add_literal(parent, buffer_text(&b));
	buffer_free(&b);
}

static void
add_heading(cmark_node *parent, int level, const char *text, bool *failed)
{
	cmark_node *h = add(parent, CMARK_NODE_HEADING);

	cmark_node_set_heading_level(h, level);
	add_escaped(h, text, LINE_START | ONE_LINE, failed);
}

static void
add_paragraph(cmark_node *parent, const char *text, bool *failed)
{
	add_escaped(add(parent, CMARK_NODE_PARAGRAPH), text, LINE_START,
		    failed);
}

/*
 * What the document is being built with: whether memory ran out, and
 * the handout's marks: after a label, split at its trailing blanks
 * (":" inside the bold label, " " after it), and before an exercise's
 * mark.
 */
struct md {
	bool failed;
	char label_mark[32];
	const char *label_space;
	const char *mark_before;
};

/* "**label:** text" into p, a paragraph. */
static void
add_label_and_text(cmark_node *p, const char *label, const char *text,
		   struct md *md)
{
	cmark_node *strong = add(p, CMARK_NODE_STRONG);

	add_escaped(strong, label, ONE_LINE, &md->failed);
	add_literal(strong, md->label_mark);
	add_literal(p, md->label_space);
	add_escaped(p, text, 0, &md->failed);
}

/* A paragraph "**label:** text". */
static void
add_labelled(cmark_node *parent, const char *label, const char *text,
	     struct md *md)
{
	add_label_and_text(add(parent, CMARK_NODE_PARAGRAPH), label, text, md);
}

static cmark_node *
add_list(cmark_node *parent, cmark_list_type type)
{
	cmark_node *list = add(parent, CMARK_NODE_LIST);

	cmark_node_set_list_type(list, type);
	cmark_node_set_list_tight(list, 1);
	if (type == CMARK_ORDERED_LIST) {
		cmark_node_set_list_start(list, 1);
		cmark_node_set_list_delim(list, CMARK_PERIOD_DELIM);
	}
	return list;
}

/* The list item's paragraph, to which callers add text. */
static cmark_node *
add_item(cmark_node *list)
{
	return add(add(list, CMARK_NODE_ITEM), CMARK_NODE_PARAGRAPH);
}

static void
add_labelled_item(cmark_node *list, const char *label, const char *text,
		  struct md *md)
{
	add_label_and_text(add_item(list), label, text, md);
}

/* A list of the block's items: labelled ones as "**Label:** text". */
static cmark_node *
add_items(cmark_node *parent, const struct handout_block *b,
	  cmark_list_type type, struct md *md)
{
	cmark_node *list = add_list(parent, type);
	size_t i;

	for (i = 0; i < b->item_count; i++) {
		const struct handout_item *it = &b->items[i];

		if (it->text == NULL)
			continue;
		if (it->label != NULL)
			add_labelled_item(list, it->label, it->text, md);
		else
			add_escaped(add_item(list), it->text, LINE_START,
				    &md->failed);
	}
	return list;
}

/* "### 1. Title - **MARK**" */
static void
add_exercise(cmark_node *doc, const struct handout_block *b, struct md *md)
{
	cmark_node *h = add(doc, CMARK_NODE_HEADING);
	char num[32];

	cmark_node_set_heading_level(h, 3);
	snprintf(num, sizeof num, "%u.", b->number);
	add_escaped(h, num, LINE_START | ONE_LINE, &md->failed);
	add_literal(h, " ");
	add_escaped(h, b->text, ONE_LINE, &md->failed);
	if (b->label != NULL) {
		add_literal(h, md->mark_before);
		add_escaped(add(h, CMARK_NODE_STRONG), b->label, ONE_LINE,
			    &md->failed);
	}
}

/* "**text:**" as a paragraph of its own. */
static void
add_subheading(cmark_node *doc, const char *text, struct md *md)
{
	cmark_node *strong =
		add(add(doc, CMARK_NODE_PARAGRAPH), CMARK_NODE_STRONG);

	add_escaped(strong, text, ONE_LINE, &md->failed);
	add_literal(strong, md->label_mark);
}

/*
 * "**Label:** name", then each line of the contact after a hard line
 * break, the labelled ones as "**Phone:** number": one paragraph, as
 * an address is printed.
 */
static void
add_contact(cmark_node *doc, const struct handout_block *b, struct md *md)
{
	cmark_node *p = add(doc, CMARK_NODE_PARAGRAPH);
	cmark_node *strong = add(p, CMARK_NODE_STRONG);
	size_t i;

	add_escaped(strong, b->label, LINE_START | ONE_LINE, &md->failed);
	add_literal(strong, md->label_mark);
	for (i = 0; i < b->item_count; i++) {
		const struct handout_item *it = &b->items[i];

		/* A backslash before the newline: the writer's own hard
		 * break ends in two blanks, which the output trims. */
		add_literal(p, i == 0 ? md->label_space : "\\\n");
		if (it->label != NULL)
			add_label_and_text(p, it->label, it->text, md);
		else
			add_escaped(p, it->text, i > 0 ? LINE_START : 0,
				    &md->failed);
	}
}

/*
 * libcmark has no table node, so the table, built and escaped by
 * render_table.c, goes in as a custom block, which cmark's writer
 * prints as it is between blank lines.
 */
static void
add_table(cmark_node *doc, const struct handout_table *t, struct md *md)
{
	char *text;

	if (t == NULL || (text = render_table_markdown(t)) == NULL) {
		md->failed = true;
		return;
	}
	cmark_node_set_on_enter(add(doc, CMARK_NODE_CUSTOM_BLOCK), text);
	free(text);
}

/* The document's nodes for each block; the warning joins the banner's
 * quote when it follows it. */
static cmark_node *
build_document(const struct handout *h, struct md *md)
{
	cmark_node *doc = cmark_node_new(CMARK_NODE_DOCUMENT);
	cmark_node *quote = NULL;
	size_t i, j;

	for (i = 0; i < h->count; i++) {
		const struct handout_block *b = &h->blocks[i];

		switch (b->kind) {
		case HANDOUT_TITLE:
			add_heading(doc, 1, b->text, &md->failed);
			break;
		case HANDOUT_HEADING:
			add_heading(doc, 2, b->text, &md->failed);
			break;
		case HANDOUT_BANNER:
			quote = add(doc, CMARK_NODE_BLOCK_QUOTE);
			add_escaped(add(add(quote, CMARK_NODE_PARAGRAPH),
					CMARK_NODE_STRONG),
				    b->text, 0, &md->failed);
			break;
		case HANDOUT_WARNING:
			if (quote == NULL)
				quote = add(doc, CMARK_NODE_BLOCK_QUOTE);
			add_labelled(quote, b->label, b->text, md);
			break;
		case HANDOUT_PARAGRAPH:
			add_paragraph(doc, b->text, &md->failed);
			break;
		case HANDOUT_FIELDS:
		case HANDOUT_FACTS:
		case HANDOUT_BULLETS:
			add_items(doc, b, CMARK_BULLET_LIST, md);
			break;
		case HANDOUT_NUMBERED:
			add_items(doc, b, CMARK_ORDERED_LIST, md);
			break;
		case HANDOUT_EXERCISE:
			add_exercise(doc, b, md);
			break;
		case HANDOUT_SUBHEADING:
			add_subheading(doc, b->text, md);
			break;
		case HANDOUT_TABLE:
			add_table(doc, b->table, md);
			break;
		case HANDOUT_NOTE:
			add_heading(doc, 2, b->label, &md->failed);
			for (j = 0; j < b->item_count; j++)
				add_paragraph(doc, b->items[j].text,
					      &md->failed);
			break;
		case HANDOUT_CONTACT:
			add_contact(doc, b, md);
			break;
		case HANDOUT_FIGURES:
		case HANDOUT_LEGEND:
			/* Markdown could show a drawing only as raw HTML
			 * or as an image link to a file, and the built-in
			 * figures are no files: a note shows none, nor
			 * the legend that explains them. */
			break;
		}
		if (b->kind != HANDOUT_BANNER && b->kind != HANDOUT_WARNING)
			quote = NULL;
	}
	return doc;
}

/*
 * cmark's writer leaves a blank after the ">" of an empty line in a block
 * quote; drop trailing blanks so the output is clean in a notes file.
 * No line can end in a hard break, since texts are trimmed.
 */
static void
put_trimmed_lines(const char *text, FILE *out)
{
	const char *nl;
	size_t len;

	while (*text != '\0') {
		nl = strchr(text, '\n');
		len = nl != NULL ? (size_t)(nl - text) : strlen(text);
		while (len > 0 && text[len - 1] == ' ')
			len--;
		fwrite(text, 1, len, out);
		fputc('\n', out);
		if (nl == NULL)
			break;
		text = nl + 1;
	}
}

enum status
render_markdown(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct handout *h = in->handout;
	const char *label_end = handout_label_end(h);
	struct md md = {false, "", "", handout_mark_before(h)};
	cmark_node *doc;
	char *markdown;

	handout_label_alone(h, md.label_mark, sizeof md.label_mark);
	md.label_space = label_end + strlen(md.label_mark);
	/* A bold label ending in a punctuation mark, such as "：", must be
	 * followed by a blank for CommonMark to close its bold there. */
	if (*md.label_space == '\0')
		md.label_space = " ";
	doc = build_document(h, &md);
	markdown = md.failed
			   ? NULL
			   : cmark_render_commonmark(doc, CMARK_OPT_DEFAULT, 0);

	cmark_node_free(doc);
	if (markdown == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	put_trimmed_lines(markdown, out);
	free(markdown);
	return STATUS_OK;
}
