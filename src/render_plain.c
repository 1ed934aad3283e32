/* SPDX-License-Identifier: ISC */
/*
 * render_plain.c: blocks as plain text.  Labels end in a colon, list
 * items start with "- " or their number, and nothing is wrapped: the
 * program that shows the text wraps it to its own width.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "render_plain.h"

/*
 * The text is built in two passes over the blocks, measuring and then
 * writing, straight into one allocation: a calendar of a year builds
 * 156 of these, and a memory stream each cost more than its words.
 */
struct sink {
	char *out; /* NULL while measuring */
	size_t len;
	/* The handout's marks after a label and before an exercise's
	 * mark. */
	const char *label_end, *mark_before;
};

static void
put(struct sink *k, const char *s, size_t n)
{
	if (k->out != NULL)
		memcpy(k->out + k->len, s, n);
	k->len += n;
}

static void
put_text(struct sink *k, const char *s)
{
	put(k, s, strlen(s));
}

/* The number n followed by ". ". */
static void
put_number(struct sink *k, size_t n)
{
	char buf[24], *p = buf + sizeof buf;

	*--p = ' ';
	*--p = '.';
	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	put(k, p, (size_t)(buf + sizeof buf - p));
}

/* "label: text" on a line, or the text alone. */
static void
put_item(struct sink *k, const struct handout_item *it)
{
	if (it->text == NULL)
		return;
	if (it->label != NULL) {
		put_text(k, it->label);
		put_text(k, k->label_end);
	}
	put_text(k, it->text);
	put_text(k, "\n");
}

/* A list's items, each on a line after "- " or its number, and its
 * mark when it has one. */
static void
put_list(struct sink *k, const struct handout_block *b)
{
	size_t i;

	for (i = 0; i < b->item_count; i++) {
		if (b->kind == HANDOUT_NUMBERED)
			put_number(k, i + 1);
		else
			put_text(k, "- ");
		if (b->items[i].label != NULL) {
			put_text(k, b->items[i].label);
			put_text(k, k->label_end);
		}
		put_text(k, b->items[i].text);
		put_text(k, "\n");
	}
}

/*
 * A blank line comes before each block at the top but the first, the
 * ones after a header's fields (but for the clinic's contact), and a
 * warning, which belongs to the banner above it; blocks within an
 * exercise follow it line by line.
 */
static bool
is_apart(const struct handout *h, size_t first, size_t i)
{
	const struct handout_block *b = &h->blocks[i];

	return i > first &&
	       (h->blocks[i - 1].kind != HANDOUT_FIELDS ||
		b->kind == HANDOUT_CONTACT) &&
	       b->kind != HANDOUT_WARNING && b->depth == 0;
}

static void
put_blocks(struct sink *k, const struct handout *h, size_t first, size_t count)
{
	size_t i, j;

	for (i = first; i < first + count; i++) {
		const struct handout_block *b = &h->blocks[i];

		if (is_apart(h, first, i))
			put_text(k, "\n");
		switch (b->kind) {
		case HANDOUT_EXERCISE:
			put_number(k, b->number);
			put_text(k, b->text);
			if (b->label != NULL) {
				put_text(k, k->mark_before);
				put_text(k, b->label);
			}
			put_text(k, "\n");
			break;
		case HANDOUT_WARNING:
			put_item(k, &(const struct handout_item){b->label,
								 b->text});
			break;
		case HANDOUT_SUBHEADING:
			put_text(k, b->text);
			put_text(k, ":\n");
			break;
		case HANDOUT_FIELDS:
		case HANDOUT_FACTS:
			for (j = 0; j < b->item_count; j++)
				put_item(k, &b->items[j]);
			break;
		case HANDOUT_NOTE:
		case HANDOUT_CONTACT:
			put_text(k, b->label);
			put_text(k, ":\n");
			for (j = 0; j < b->item_count; j++)
				put_item(k, &b->items[j]);
			break;
		case HANDOUT_BULLETS:
		case HANDOUT_NUMBERED:
			put_list(k, b);
			break;
		case HANDOUT_TABLE:
		case HANDOUT_FIGURES:
		case HANDOUT_LEGEND:
			break;
		case HANDOUT_TITLE:
		case HANDOUT_BANNER:
		case HANDOUT_HEADING:
		case HANDOUT_PARAGRAPH:
			put_text(k, b->text);
			put_text(k, "\n");
			break;
		}
	}
}

char *
render_plain(const struct handout *h, size_t first, size_t count)
{
	struct sink k = {NULL, 0, handout_label_end(h), handout_mark_before(h)};

	put_blocks(&k, h, first, count);
	if ((k.out = malloc(k.len + 1)) == NULL)
		return NULL;
	k.len = 0;
	put_blocks(&k, h, first, count);
	/* The last line end is the field's, not the text's. */
	if (k.len > 0 && k.out[k.len - 1] == '\n')
		k.len--;
	k.out[k.len] = '\0';
	return k.out;
}
