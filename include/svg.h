/* SPDX-License-Identifier: ISC */
/*
 * svg.h: exercise figures, the SVG files a catalog names.
 *
 * A clinic's figure is untrusted input that ends up inside the HTML
 * handout, so it is parsed with libexpat (the only module that includes
 * <expat.h>) against a whitelist: drawing elements with presentation and
 * geometry attributes, nothing that runs, styles, links or loads.  No
 * byte of the input is copied through: the output is written afresh from
 * the parsed tree, every value escaped.
 *
 * Figures are drawn for a LEFT working leg.  For a right working leg the
 * emitter mirrors the drawing left-right inside its viewBox with a
 * transform on a group (WeasyPrint 57 renders that; it does not follow
 * <use href>), and turns each text element back so that words read
 * normally.  For that, a text element's x is one plain number, a tspan's
 * x (if any) equals it, and neither has dx; text-anchor start and end
 * swap.
 */
#ifndef HEELRX_SVG_H
#define HEELRX_SVG_H

#include <stdbool.h>
#include <stddef.h>

#include "failure.h"

/* The limits of a figure; each is checked as soon as it is passed, so
 * memory and time stay bounded whatever the input. */
enum {
	SVG_MAX_BYTES = 256 * 1024, /* the whole file, checked first */
	SVG_MAX_DEPTH = 32,	    /* elements inside elements */
	SVG_MAX_ELEMENTS = 10000,   /* elements in all */
	SVG_MAX_ATTRIBUTES = 32	    /* attributes of one element */
};

/* A parsed, checked figure. */
struct svg;

/* The root's viewBox, in user units; width and height are positive. */
struct svg_box {
	double x, y, width, height;
};

/*
 * Parses the len bytes at bytes (UTF-8 XML, not NUL-terminated) into a
 * new figure that the caller frees with svg_free.  libexpat is loaded
 * for the parse and let go after it (svg/svg_parse.h says why), so a
 * program that parses no figure never loads it.  On failure returns
 * STATUS_DATA, or
 * STATUS_SOFTWARE when memory runs out or libexpat cannot be loaded (the
 * message says which), sets *svg to
 * NULL and fills f: a one-line message in lower case without file name
 * (the caller names the file and the catalog key), f->file NULL, and the
 * line and column (from 1, columns in characters) of the offending
 * markup, or 0 and 0 when the message is about the whole figure.
 */
enum status svg_parse(const char *bytes, size_t len, struct svg **svg,
		      struct failure *f);

/* Frees what svg_parse made; NULL is allowed. */
void svg_free(struct svg *);

/* The root's viewBox. */
struct svg_box svg_view_box(const struct svg *);

/*
 * Writes the figure as an SVG document (no XML declaration, so it can go
 * inline in HTML) into a new NUL-terminated buffer that the caller
 * frees, of *len bytes; mirrored, the drawing is flipped left-right for
 * a right working leg, inside a group.  The document starts "<svg " and
 * ends "</svg>\n", even when the root is empty, so that a layout can
 * add attributes to the root and content after the drawing, outside
 * the mirrored group.  The output parses again with svg_parse to the
 * same output, unless escapes and mirrored texts made it longer than
 * SVG_MAX_BYTES.  Fails only when memory runs out (STATUS_SOFTWARE, *out
 * NULL).
 */
enum status svg_emit(const struct svg *, bool is_mirrored, char **out,
		     size_t *len, struct failure *f);

#endif
