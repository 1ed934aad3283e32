/* SPDX-License-Identifier: ISC */
/*
 * emit.c: writes a parsed figure afresh as an SVG document, as drawn or
 * mirrored for the other leg.  Nothing of the input is copied through:
 * every name comes from the whitelist by way of the tree, every value
 * and text is escaped here, so what the emitter writes is what the tree
 * holds and nothing more.
 *
 * Mirroring flips the drawing left-right inside its viewBox with a
 * transform on a group, and turns each text element back about its own
 * x so that its words still read; text-anchor start and end swap with
 * it (svg.h says why the loader restricts a text's x).
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "buffer.h"
#include "i18n.h"
#include "svg_tree.h"

/*
 * The one escaping function: markup characters become references, and
 * so do CR (which XML would read back as LF) and, in an attribute, tab
 * and LF (which XML would read back as spaces).
 */
static void
put_escaped(struct buffer *b, const char *s, size_t len, bool is_attribute)
{
	size_t i, start = 0;
	const char *ref;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '&':
			ref = "&amp;";
			break;
		case '<':
			ref = "&lt;";
			break;
		case '>':
			ref = "&gt;";
			break;
		case '"':
			ref = "&quot;";
			break;
		case '\r':
			ref = "&#13;";
			break;
		case '\t':
			ref = is_attribute ? "&#9;" : NULL;
			break;
		case '\n':
			ref = is_attribute ? "&#10;" : NULL;
			break;
		default:
			ref = NULL;
			break;
		}
		if (ref != NULL) {
			buffer_append(b, s + start, i - start);
			buffer_puts(b, ref);
			start = i + 1;
		}
	}
	buffer_append(b, s + start, len - start);
}

/* A number as the shortest form that reads back the same to 15 digits,
 * in the C locale. */
static void
put_number(struct buffer *b, double v)
{
	char text[64];
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0), old;

	if (c == (locale_t)0) {
		b->is_failed = true;
		return;
	}
	old = uselocale(c);
	snprintf(text, sizeof text, "%.15g", v == 0 ? 0.0 : v);
	uselocale(old);
	freelocale(c);
	buffer_puts(b, text);
}

/* The transform that turns a text about its own x. */
static void
put_text_flip(struct buffer *b, double x)
{
	buffer_puts(b, "matrix(-1 0 0 1 ");
	put_number(b, 2 * x);
	buffer_puts(b, " 0)");
}

/*
 * Writes the start tag of n, or all of it when it is empty.  Mirrored,
 * each text is turned back about its x, and text-anchor start and end
 * swap, with end written on a text that would take the default.
 * has_anchor says whether an ancestor set an anchor; returns whether one
 * is set for what is inside n.
 */
static bool
emit_start(struct buffer *b, const struct svg *svg, const struct node *n,
	   bool is_mirrored, bool has_anchor)
{
	size_t i;
	bool has_transform = false;

	buffer_puts(b, "<");
	buffer_puts(b, svg_element_name(n->kind));
	if (n->kind == E_SVG)
		buffer_puts(b, " xmlns=\"" SVG_NAMESPACE "\"");
	for (i = 0; i < n->attribute_count; i++) {
		const struct attribute *a = &n->attributes[i];
		const char *v = a->value;

		buffer_puts(b, " ");
		buffer_puts(b, a->name);
		buffer_puts(b, "=\"");
		if (is_mirrored && a->grammar == V_TEXT_ANCHOR) {
			has_anchor = true;
			buffer_puts(b, strcmp(v, "start") == 0 ? "end"
				       : strcmp(v, "end") == 0 ? "start"
							       : v);
		} else {
			put_escaped(b, v, strlen(v), true);
			if (is_mirrored && n->kind == E_TEXT &&
			    a->grammar == V_TRANSFORM) {
				has_transform = true;
				buffer_puts(b, " ");
				put_text_flip(b, n->x);
			}
		}
		buffer_puts(b, "\"");
	}
	if (is_mirrored && n->kind == E_TEXT) {
		if (!has_transform) {
			buffer_puts(b, " transform=\"");
			put_text_flip(b, n->x);
			buffer_puts(b, "\"");
		}
		if (!has_anchor) {
			has_anchor = true;
			buffer_puts(b, " text-anchor=\"end\"");
		}
	}
	/* The root always has an end tag, so that a layout can add to
	 * what it holds (svg.h). */
	if (n->first == NULL && n->kind != E_SVG) {
		buffer_puts(b, "/>");
		return has_anchor;
	}
	buffer_puts(b, ">");
	if (n->kind == E_SVG || n->kind == E_G)
		buffer_puts(b, "\n");
	/* Mirrored, the root's content goes in a group that flips it
	 * about the middle of the viewBox. */
	if (n->kind == E_SVG && is_mirrored && n->first != NULL) {
		buffer_puts(b, "<g transform=\"matrix(-1 0 0 1 ");
		put_number(b, 2 * svg->box.x + svg->box.width);
		buffer_puts(b, " 0)\">\n");
	}
	return has_anchor;
}

static void
emit_end(struct buffer *b, const struct node *n, bool is_mirrored)
{
	if (n->kind == E_SVG && is_mirrored && n->first != NULL)
		buffer_puts(b, "</g>\n");
	buffer_puts(b, "</");
	buffer_puts(b, svg_element_name(n->kind));
	buffer_puts(b, ">");
}

/* Elements directly in svg or g go one a line; inside a text, where
 * spaces count, nothing is added. */
static void
emit_after(struct buffer *b, const struct node *n)
{
	if (n->parent != NULL &&
	    (n->parent->kind == E_SVG || n->parent->kind == E_G))
		buffer_puts(b, "\n");
}

/* The tree in document order, walked with its parent links, so the
 * stack stays flat whatever the figure. */
static void
emit_tree(struct buffer *b, const struct svg *svg, bool is_mirrored)
{
	/* Whether a text-anchor is in force, at each depth; character data
	 * sits one below the deepest element. */
	bool has_anchor[SVG_MAX_DEPTH + 2];
	const struct node *n = svg->root;
	size_t depth = 0;

	has_anchor[0] = false;
	for (;;) {
		if (n->kind == E_CHARS) {
			put_escaped(b, n->text, n->text_len, false);
		} else {
			bool inner = emit_start(b, svg, n, is_mirrored,
						has_anchor[depth]);
			if (n->first != NULL && depth + 1 < SVG_MAX_DEPTH + 2) {
				has_anchor[++depth] = inner;
				n = n->first;
				continue;
			}
		}
		while (n != svg->root && n->next == NULL) {
			emit_after(b, n);
			n = n->parent;
			depth--;
			emit_end(b, n, is_mirrored);
		}
		if (n == svg->root)
			return;
		emit_after(b, n);
		n = n->next;
	}
}

enum status
svg_emit(const struct svg *svg, bool is_mirrored, char **out, size_t *len,
	 struct failure *f)
{
	struct buffer b = BUFFER_INIT;

	emit_tree(&b, svg, is_mirrored);
	/* The walk ends at a root without content before its end tag. */
	if (svg->root->first == NULL)
		emit_end(&b, svg->root, is_mirrored);
	buffer_puts(&b, "\n");
	if (b.is_failed) {
		buffer_free(&b);
		*out = NULL;
		*len = 0;
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	/* The buffer's bytes, NUL-terminated, become the caller's. */
	*out = b.data;
	*len = b.len;
	return STATUS_OK;
}
