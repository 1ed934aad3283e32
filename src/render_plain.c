/* SPDX-License-Identifier: ISC */
/*
 * render_plain.c: blocks as plain text.  Labels end in a colon, list
 * items start with "- " or their number, and nothing is wrapped: the
 * program that shows the text wraps it to its own width.
 */
#include <stdio.h>
#include <stdlib.h>

#include "render_plain.h"

/* "label: text" on a line, or the text alone. */
static void
put_item(FILE *out, const struct handout_item *it)
{
	if (it->text == NULL)
		return;
	if (it->label != NULL)
		fprintf(out, "%s: ", it->label);
	fprintf(out, "%s\n", it->text);
}

/*
 * A blank line comes before each block at the top but the first, the
 * ones after a header's fields, and a warning, which belongs to the
 * banner above it; blocks within an exercise follow it line by line.
 */
static bool
is_apart(const struct handout *h, size_t first, size_t i)
{
	const struct handout_block *b = &h->blocks[i];

	return i > first && h->blocks[i - 1].kind != HANDOUT_FIELDS &&
	       b->kind != HANDOUT_WARNING && b->depth == 0;
}

char *
render_plain(const struct handout *h, size_t first, size_t count)
{
	char *text = NULL;
	size_t size = 0, i, j;
	FILE *out = open_memstream(&text, &size);

	if (out == NULL)
		return NULL;
	for (i = first; i < first + count; i++) {
		const struct handout_block *b = &h->blocks[i];

		if (is_apart(h, first, i))
			fputc('\n', out);
		switch (b->kind) {
		case HANDOUT_EXERCISE:
			fprintf(out, "%u. %s%s%s\n", b->number, b->text,
				b->label != NULL ? " - " : "",
				b->label != NULL ? b->label : "");
			break;
		case HANDOUT_WARNING:
			fprintf(out, "%s: %s\n", b->label, b->text);
			break;
		case HANDOUT_SUBHEADING:
			fprintf(out, "%s:\n", b->text);
			break;
		case HANDOUT_FIELDS:
		case HANDOUT_FACTS:
			for (j = 0; j < b->item_count; j++)
				put_item(out, &b->items[j]);
			break;
		case HANDOUT_BULLETS:
			for (j = 0; j < b->item_count; j++)
				fprintf(out, "- %s\n", b->items[j].text);
			break;
		case HANDOUT_NUMBERED:
			for (j = 0; j < b->item_count; j++)
				fprintf(out, "%zu. %s\n", j + 1,
					b->items[j].text);
			break;
		case HANDOUT_TABLE:
		case HANDOUT_FIGURES:
			break;
		case HANDOUT_TITLE:
		case HANDOUT_BANNER:
		case HANDOUT_HEADING:
		case HANDOUT_PARAGRAPH:
			fprintf(out, "%s\n", b->text);
			break;
		}
	}
	if (fclose(out) != 0) {
		free(text);
		return NULL;
	}
	/* The last line end is the field's, not the text's. */
	if (size > 0 && text[size - 1] == '\n')
		text[size - 1] = '\0';
	return text;
}
