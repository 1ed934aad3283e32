/* SPDX-License-Identifier: ISC */
/*
 * svg_parse.h: what the loader's files share, the only ones of the
 * figure module that include <expat.h>.  parse.c drives libexpat and
 * builds the tree; whitelist.c holds the tables of what a figure may
 * contain and checks each element and attribute against them as expat
 * reports it; expat.c binds libexpat's functions.
 *
 * The first fault stops the parser (svg_fail), so a hostile figure
 * costs no more than the bytes up to it.
 */
#ifndef HEELRX_SVG_PARSE_H
#define HEELRX_SVG_PARSE_H

#include <expat.h>

#include "buffer.h"
#include "failure.h"
#include "svg_tree.h"

/*
 * The libexpat functions the loader calls, through a table.  heelrx
 * opens libexpat when it parses a figure, not when it starts: a plan
 * from the built-in catalog, whose figures embed-catalog parsed when
 * heelrx was built, never parses one, and as a library heelrx was
 * linked with, libexpat cost every run about 43 K instructions (4 % of
 * a plan): mapping and relocating it, and binding these 17 symbols.
 * Opened with dlopen it is still the distribution's shared library, so
 * its security fixes reach the parser of the figures heelrx is sent.
 * Built with HEELRX_STATIC_EXPAT, heelrx links libexpat's archive and
 * the table holds the linked functions.
 */
#define EXPAT_FUNCTIONS(X)                                                     \
	X(XML_ErrorString)                                                     \
	X(XML_GetCurrentByteIndex)                                             \
	X(XML_GetErrorCode)                                                    \
	X(XML_Parse)                                                           \
	X(XML_ParserCreateNS)                                                  \
	X(XML_ParserFree)                                                      \
	X(XML_SetCharacterDataHandler)                                         \
	X(XML_SetElementHandler)                                               \
	X(XML_SetEntityDeclHandler)                                            \
	X(XML_SetParamEntityParsing)                                           \
	X(XML_SetProcessingInstructionHandler)                                 \
	X(XML_SetReturnNSTriplet)                                              \
	X(XML_SetSkippedEntityHandler)                                         \
	X(XML_SetStartDoctypeDeclHandler)                                      \
	X(XML_SetUserData)                                                     \
	X(XML_SetXmlDeclHandler)                                               \
	X(XML_StopParser)

/* Each member has its function's own type, from <expat.h>. */
struct expat {
	void *library; /* dlopen's handle; NULL when linked in */
#define EXPAT_MEMBER(name) __typeof__(name) *(name);
	EXPAT_FUNCTIONS(EXPAT_MEMBER)
#undef EXPAT_MEMBER
};

/* libexpat's functions into x for one figure; STATUS_SOFTWARE, with f
 * filled, when the library cannot be loaded (expat.c). */
enum status svg_expat_open(struct expat *x, struct failure *f);

/* Lets go of what svg_expat_open loaded. */
void svg_expat_close(struct expat *x);

/* How much of a name or value a message quotes. */
enum { SHOWN = 40 };

/* One parse: the input, the tree so far, the first failure. */
struct parse {
	const struct expat *x;
	XML_Parser xml;
	const char *bytes;
	size_t len;
	struct svg *svg;
	struct node *current; /* the element being read; NULL before root */
	unsigned depth;
	unsigned long element_count;
	double text_x; /* the x of the text element being read */
	/* Character data since the last tag, which expat hands over in
	 * pieces, and the offset of its first byte. */
	struct buffer text;
	size_t text_offset;
	struct failure *f;
	enum status status;
};

/*
 * Records the first failure, at the line and column of the byte at
 * offset, and stops the parser; later ones are dropped (parse.c).
 */
void svg_fail(struct parse *p, enum status status, size_t offset,
	      const char *format, ...) __attribute__((format(printf, 4, 5)));

/* The failure for memory running out. */
void svg_fail_memory(struct parse *p);

/*
 * A name from expat, "URI\nLOCAL\nPREFIX", "URI\nLOCAL" or "LOCAL", split
 * into its parts; uri and prefix are NULL when absent.
 */
struct name {
	const char *uri, *local, *prefix;
	size_t uri_len, local_len;
	char shown[2 * SHOWN + 16]; /* PREFIX:LOCAL for messages */
};

/* ---- The whitelist (whitelist.c). ---- */

/* Splits a name expat reported into n. */
void svg_split_name(const char *raw, struct name *n);

/*
 * Checks the element named n that starts at byte tag: its name and
 * namespace, its place under p->current, the depth and count caps.  Sets
 * *kind and returns true, or fails the parse and returns false.
 */
bool svg_check_element(struct parse *p, size_t tag, struct name *n,
		       enum element *kind);

/* Checks one attribute of node against the tables and its grammar, and
 * keeps it; false after failing the parse. */
bool svg_add_attribute(struct parse *p, size_t tag, struct node *node,
		       const char *raw_name, const char *raw_value);

/* Checks the root's viewBox, which mirroring needs, and keeps it in
 * p->svg->box; false after failing the parse. */
bool svg_check_root(struct parse *p, size_t tag, const struct node *root);

/* Whether an element of kind keeps the character data inside it. */
bool svg_keeps_text(enum element kind);

#endif
