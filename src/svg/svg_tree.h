/* SPDX-License-Identifier: ISC */
/*
 * svg_tree.h: what the figure module's files share that needs no XML
 * parser: the parsed figure as a tree, and the grammars of attribute
 * values.  The loader (svg_parse.h, on libexpat) builds the tree and
 * checks values with the grammars; the emitter (emit.c) writes the tree
 * out.  The grammars and the emitter link without libexpat, so a unit
 * test can call them directly on values and on trees built in C.
 *
 * The tree describes itself: an element knows its kind, an attribute its
 * name and grammar, so the emitter needs neither the whitelist nor the
 * parser.
 */
#ifndef HEELRX_SVG_TREE_H
#define HEELRX_SVG_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "svg.h"

#define SVG_NAMESPACE "http://www.w3.org/2000/svg"

/* The elements a figure may hold, with the names they are written as. */
#define SVG_ELEMENTS(X)                                                        \
	X(E_SVG, "svg")                                                        \
	X(E_G, "g")                                                            \
	X(E_PATH, "path")                                                      \
	X(E_LINE, "line")                                                      \
	X(E_POLYLINE, "polyline")                                              \
	X(E_POLYGON, "polygon")                                                \
	X(E_RECT, "rect")                                                      \
	X(E_CIRCLE, "circle")                                                  \
	X(E_ELLIPSE, "ellipse")                                                \
	X(E_TEXT, "text")                                                      \
	X(E_TSPAN, "tspan")                                                    \
	X(E_TITLE, "title")                                                    \
	X(E_DESC, "desc")

enum element {
#define SVG_ELEMENT_KIND(kind, name) kind,
	SVG_ELEMENTS(SVG_ELEMENT_KIND)
#undef SVG_ELEMENT_KIND
		E_COUNT,
	E_CHARS = E_COUNT /* a run of character data, not an element */
};

/* The name of an element kind; "" for E_CHARS. */
static inline const char *
svg_element_name(enum element kind)
{
	static const char *const names[E_COUNT] = {
#define SVG_ELEMENT_NAME(kind, name) [kind] = name,
		SVG_ELEMENTS(SVG_ELEMENT_NAME)
#undef SVG_ELEMENT_NAME
	};

	return kind < E_COUNT ? names[kind] : "";
}

/* The grammars of attribute values. */
enum value {
	V_LENGTH,	/* a number with an optional unit */
	V_COORD,	/* a plain number (a text's x, which mirroring needs) */
	V_NUMBER,	/* a plain number */
	V_OPACITY,	/* a number or a percentage */
	V_POINTS,	/* x,y pairs */
	V_VIEW_BOX,	/* four numbers, width and height positive */
	V_PATH,		/* path data */
	V_TRANSFORM,	/* a transform list */
	V_PAINT,	/* a colour or none */
	V_DASH_ARRAY,	/* none or lengths */
	V_FONT_FAMILY,	/* font names */
	V_KEYWORD,	/* one word of a list */
	V_TEXT_ANCHOR,	/* start, middle or end, which mirroring swaps */
	V_ASPECT_RATIO, /* preserveAspectRatio */
	V_VALUE_COUNT
};

/* An attribute as kept: its whitelisted name, its grammar, its value
 * trimmed of surrounding spaces. */
struct attribute {
	const char *name;
	enum value grammar;
	const char *value;
};

struct node {
	enum element kind;
	struct node *parent, *first, *last, *next;
	struct attribute *attributes;
	size_t attribute_count;
	const char *text; /* E_CHARS: text_len bytes, not escaped */
	size_t text_len;
	double x; /* E_TEXT: the x that mirroring turns the text about */
};

struct arena;

struct svg {
	struct arena *arena; /* every node and string of the tree */
	struct node *root;   /* an E_SVG */
	struct svg_box box;  /* the root's viewBox */
};

/* ---- Value grammars (value.c): pure functions of their bytes. ---- */

/* XML's white space: space, tab, LF, CR; <ctype.h> would follow the
 * locale. */
bool svg_is_space(int c);

/* Whether the len bytes at s are all white space (true when len is 0). */
bool svg_is_all_space(const char *s, size_t len);

/* SVG's number at s: sign, digits with an optional fraction, an optional
 * exponent.  The bytes it covers, 0 if s does not start with one. */
size_t svg_scan_number(const char *s, size_t len);

/* The value of the len bytes that svg_scan_number accepted, read in the C
 * locale whatever LC_NUMERIC says; HUGE_VAL when not finite. */
double svg_number_value(const char *s, size_t len);

/*
 * A list of numbers (of lengths, with units, when is_lengths), separated
 * by white space with at most one comma between two; stores up to max
 * values in out (when not NULL).  How many there were, or -1 when the
 * list is empty or malformed.
 */
long svg_scan_list(const char *s, size_t len, bool is_lengths, double *out,
		   size_t max);

/* Whether the len bytes at s (trimmed) are a value of the grammar;
 * words are V_KEYWORD's allowed words, comma-separated. */
bool svg_value_is_valid(enum value grammar, const char *words, const char *s,
			size_t len);

/* What a message says a value of the grammar should be, translated. */
const char *svg_value_expected(enum value grammar);

/* Whether the NUL-terminated s holds what (lower case), ignoring white
 * space and ASCII case: "U r L (" holds "url(". */
bool svg_contains_folded(const char *s, const char *what);

/* Whether text is free of what the catalog refuses in its texts too:
 * control characters other than tab and line ends, C1 controls,
 * bidirectional overrides, U+2028 and U+2029. */
bool svg_is_clean_text(const char *text, size_t len);

/* The offset of the first byte that is not part of valid UTF-8 (no
 * overlong forms, surrogates or code points past U+10FFFF), or len. */
size_t svg_utf8_invalid_at(const unsigned char *s, size_t len);

#endif
