/* SPDX-License-Identifier: ISC */
/*
 * svg.c: the figure whitelist, on libexpat.  Every element and attribute
 * is checked against the tables below as expat reports it, and the first
 * thing outside them stops the parser, so a hostile figure costs no more
 * than the bytes up to its first fault.  What passes is kept as a small
 * tree in an arena, from which svg_emit writes a new document.
 *
 * The tables decide everything: an element is in elements[] or refused,
 * an attribute is in attributes[] for that element or refused, and each
 * attribute value must match the grammar of its class, none of which
 * admits '<', '&', a double quote, a backslash or a colon.  A value that
 * names url() or javascript: is refused before its grammar is tried, so
 * the message says why.
 */
#include <dlfcn.h>
#include <expat.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "printable.h"
#include "svg.h"

#define SVG_NAMESPACE "http://www.w3.org/2000/svg"

/*
 * The libexpat functions this file calls, through a table.  heelrx
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

/* How much of a name or value a message quotes. */
enum { SHOWN = 40 };

enum element {
	E_SVG,
	E_G,
	E_PATH,
	E_LINE,
	E_POLYLINE,
	E_POLYGON,
	E_RECT,
	E_CIRCLE,
	E_ELLIPSE,
	E_TEXT,
	E_TSPAN,
	E_TITLE,
	E_DESC,
	E_COUNT,
	E_CHARS = E_COUNT /* a run of character data, not an element */
};

#define BIT(e) (1U << (e))
#define SHAPES                                                                 \
	(BIT(E_PATH) | BIT(E_LINE) | BIT(E_POLYLINE) | BIT(E_POLYGON) |        \
	 BIT(E_RECT) | BIT(E_CIRCLE) | BIT(E_ELLIPSE))
#define DESCRIPTIVE (BIT(E_TITLE) | BIT(E_DESC))
#define GRAPHICS    (SHAPES | BIT(E_G) | BIT(E_TEXT) | DESCRIPTIVE)
#define TEXTS	    (BIT(E_TEXT) | BIT(E_TSPAN))
/* Where presentation attributes may go: everywhere but title and desc. */
#define PRESENTABLE (BIT(E_SVG) | BIT(E_G) | SHAPES | TEXTS)

static const struct element_rule {
	const char *name;
	unsigned children; /* the elements allowed inside */
	int has_text;	   /* whether character data is kept */
} elements[E_COUNT] = {
	[E_SVG] = {"svg", GRAPHICS, 0},
	[E_G] = {"g", GRAPHICS, 0},
	[E_PATH] = {"path", DESCRIPTIVE, 0},
	[E_LINE] = {"line", DESCRIPTIVE, 0},
	[E_POLYLINE] = {"polyline", DESCRIPTIVE, 0},
	[E_POLYGON] = {"polygon", DESCRIPTIVE, 0},
	[E_RECT] = {"rect", DESCRIPTIVE, 0},
	[E_CIRCLE] = {"circle", DESCRIPTIVE, 0},
	[E_ELLIPSE] = {"ellipse", DESCRIPTIVE, 0},
	[E_TEXT] = {"text", BIT(E_TSPAN) | DESCRIPTIVE, 1},
	[E_TSPAN] = {"tspan", BIT(E_TSPAN), 1},
	[E_TITLE] = {"title", 0, 1},
	[E_DESC] = {"desc", 0, 1},
};

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

/* What a message says a value of each grammar should be. */
static const char *
expected(enum value value)
{
	switch (value) {
	case V_LENGTH:
		return _("a number with an optional unit (px, pt, pc, mm, cm, "
			 "in, em, ex or %)");
	case V_COORD:
		return _(
			"a plain number (a text's x must be one number so that "
			"it can be mirrored)");
	case V_NUMBER:
		return _("a number");
	case V_OPACITY:
		return _("a number or a percentage");
	case V_POINTS:
		return _(
			"pairs of numbers (x,y) separated by spaces or commas");
	case V_VIEW_BOX:
		return _("four numbers, min-x min-y width height, with a "
			 "positive width and height");
	case V_PATH:
		return _(
			"path data: M, L, H, V, C, S, Q, T, A and Z (in either "
			"case) with numbers, starting with M");
	case V_TRANSFORM:
		return _("matrix(), translate(), scale(), rotate(), skewX() or "
			 "skewY() with numbers");
	case V_PAINT:
		return _("none, currentColor, a colour name, #rgb, #rrggbb or "
			 "rgb()");
	case V_DASH_ARRAY:
		return _("none or a list of lengths");
	case V_FONT_FAMILY:
		return _("font names (letters, digits, spaces, hyphens, commas "
			 "and single quotes)");
	case V_KEYWORD:
		/* TRANSLATORS: followed by the words an attribute takes,
		 * as in "expected one of butt, round, square". */
		return _("one of");
	case V_TEXT_ANCHOR:
		return _("one of start, middle, end");
	case V_ASPECT_RATIO:
		return _(
			"none or xMinYMin to xMaxYMax, then optionally meet or "
			"slice");
	case V_VALUE_COUNT:
		break;
	}
	return _("a valid value");
}

static const struct attribute_rule {
	const char *name;
	enum value value;
	unsigned elements; /* where it may appear */
	const char *words; /* V_KEYWORD: the words allowed, comma-separated */
} attributes[] = {
	/* Geometry. */
	{"viewBox", V_VIEW_BOX, BIT(E_SVG), NULL},
	{"preserveAspectRatio", V_ASPECT_RATIO, BIT(E_SVG), NULL},
	{"version", V_KEYWORD, BIT(E_SVG), "1.0, 1.1"},
	{"width", V_LENGTH, BIT(E_SVG) | BIT(E_RECT), NULL},
	{"height", V_LENGTH, BIT(E_SVG) | BIT(E_RECT), NULL},
	{"x", V_LENGTH, BIT(E_RECT), NULL},
	{"x", V_COORD, TEXTS, NULL},
	{"y", V_LENGTH, BIT(E_RECT) | TEXTS, NULL},
	{"dy", V_LENGTH, TEXTS, NULL},
	{"rx", V_LENGTH, BIT(E_RECT) | BIT(E_ELLIPSE), NULL},
	{"ry", V_LENGTH, BIT(E_RECT) | BIT(E_ELLIPSE), NULL},
	{"cx", V_LENGTH, BIT(E_CIRCLE) | BIT(E_ELLIPSE), NULL},
	{"cy", V_LENGTH, BIT(E_CIRCLE) | BIT(E_ELLIPSE), NULL},
	{"r", V_LENGTH, BIT(E_CIRCLE), NULL},
	{"x1", V_LENGTH, BIT(E_LINE), NULL},
	{"y1", V_LENGTH, BIT(E_LINE), NULL},
	{"x2", V_LENGTH, BIT(E_LINE), NULL},
	{"y2", V_LENGTH, BIT(E_LINE), NULL},
	{"points", V_POINTS, BIT(E_POLYLINE) | BIT(E_POLYGON), NULL},
	{"d", V_PATH, BIT(E_PATH), NULL},
	{"transform", V_TRANSFORM, BIT(E_G) | SHAPES | BIT(E_TEXT), NULL},
	/* Presentation. */
	{"fill", V_PAINT, PRESENTABLE, NULL},
	{"fill-opacity", V_OPACITY, PRESENTABLE, NULL},
	{"fill-rule", V_KEYWORD, PRESENTABLE, "nonzero, evenodd"},
	{"stroke", V_PAINT, PRESENTABLE, NULL},
	{"stroke-width", V_LENGTH, PRESENTABLE, NULL},
	{"stroke-linecap", V_KEYWORD, PRESENTABLE, "butt, round, square"},
	{"stroke-linejoin", V_KEYWORD, PRESENTABLE, "miter, round, bevel"},
	{"stroke-miterlimit", V_NUMBER, PRESENTABLE, NULL},
	{"stroke-dasharray", V_DASH_ARRAY, PRESENTABLE, NULL},
	{"stroke-dashoffset", V_LENGTH, PRESENTABLE, NULL},
	{"stroke-opacity", V_OPACITY, PRESENTABLE, NULL},
	{"opacity", V_OPACITY, PRESENTABLE, NULL},
	{"color", V_PAINT, PRESENTABLE, NULL},
	{"display", V_KEYWORD, PRESENTABLE, "inline, none"},
	{"visibility", V_KEYWORD, PRESENTABLE, "visible, hidden, collapse"},
	{"vector-effect", V_KEYWORD, PRESENTABLE, "none, non-scaling-stroke"},
	{"shape-rendering", V_KEYWORD, PRESENTABLE,
	 "auto, optimizeSpeed, crispEdges, geometricPrecision"},
	{"font-family", V_FONT_FAMILY, PRESENTABLE, NULL},
	{"font-size", V_LENGTH, PRESENTABLE, NULL},
	{"font-style", V_KEYWORD, PRESENTABLE, "normal, italic, oblique"},
	{"font-weight", V_KEYWORD, PRESENTABLE,
	 "normal, bold, bolder, lighter, 100, 200, 300, 400, 500, 600, 700, "
	 "800, 900"},
	{"text-anchor", V_TEXT_ANCHOR, PRESENTABLE, NULL},
	{"dominant-baseline", V_KEYWORD, PRESENTABLE,
	 "auto, alphabetic, middle, central, hanging"},
};

enum { ATTRIBUTE_COUNT = sizeof attributes / sizeof attributes[0] };

struct attribute {
	unsigned char rule; /* index into attributes[] */
	const char *value;  /* trimmed */
};

struct node {
	enum element kind;
	struct node *parent, *first, *last, *next;
	struct attribute *attributes;
	size_t attribute_count;
	const char *text; /* E_CHARS */
	size_t text_len;
	double x; /* E_TEXT: the x that mirroring turns the text about */
};

struct svg {
	struct arena *arena;
	struct node *root;
	struct svg_box box;
};

struct parse {
	const struct expat *x;
	XML_Parser xml;
	const char *bytes;
	size_t len;
	struct svg *svg;
	struct node *current;
	unsigned depth;
	unsigned long element_count;
	double text_x; /* the x of the text element being read */
	/* Character data since the last tag: expat hands it over in
	 * pieces. */
	char *text;
	size_t text_len, text_cap, text_offset;
	struct failure *f;
	enum status status;
};

/* ASCII classes; <ctype.h> would follow the locale. */
static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_hex(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Line and column, from 1, of the byte at offset; columns count
 * characters, and CR LF, CR and LF each end a line, as in XML. */
static void
position(const char *s, size_t len, size_t offset, unsigned long *line,
	 unsigned long *column)
{
	size_t i;

	if (offset > len)
		offset = len;
	*line = 1;
	*column = 1;
	for (i = 0; i < offset; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n' ||
		    (c == '\r' && (i + 1 >= len || s[i + 1] != '\n'))) {
			++*line;
			*column = 1;
		} else if (c != '\r' && (c & 0xc0) != 0x80) {
			++*column;
		}
	}
}

static void fail(struct parse *p, enum status status, size_t offset,
		 const char *format, ...) __attribute__((format(printf, 4, 5)));

/* Records the first failure and stops the parser. */
static void
fail(struct parse *p, enum status status, size_t offset, const char *format,
     ...)
{
	char message[sizeof p->f->message];
	unsigned long line, column;
	va_list ap;

	if (p->status != STATUS_OK)
		return;
	va_start(ap, format);
	vsnprintf(message, sizeof message, format, ap);
	va_end(ap);
	position(p->bytes, p->len, offset, &line, &column);
	p->status = failure_at(p->f, status, NULL, line, column, "%s", message);
	p->x->XML_StopParser(p->xml, XML_FALSE);
}

static void
fail_memory(struct parse *p)
{
	fail(p, STATUS_SOFTWARE, 0, _("out of memory"));
}

static size_t
here(const struct parse *p)
{
	XML_Index i = p->x->XML_GetCurrentByteIndex(p->xml);
	return i < 0 ? 0 : (size_t)i;
}

/*
 * A name from expat, "URI\nLOCAL\nPREFIX", "URI\nLOCAL" or "LOCAL", split
 * into its parts; uri and prefix are NULL when absent.
 */
struct name {
	const char *uri, *local, *prefix;
	size_t uri_len, local_len;
	char shown[2 * SHOWN + 16]; /* PREFIX:LOCAL for messages */
};

static void
split_name(const char *raw, struct name *n)
{
	const char *nl = strchr(raw, '\n'), *nl2;

	n->uri = NULL;
	n->prefix = NULL;
	n->uri_len = 0;
	n->shown[0] = '\0';
	if (nl == NULL) {
		n->local = raw;
		n->local_len = strlen(raw);
	} else {
		n->uri = raw;
		n->uri_len = (size_t)(nl - raw);
		n->local = nl + 1;
		nl2 = strchr(n->local, '\n');
		n->local_len =
			nl2 ? (size_t)(nl2 - n->local) : strlen(n->local);
		if (nl2 != NULL)
			n->prefix = nl2 + 1;
	}
}

/* The name as a message shows it, PREFIX:LOCAL, made when a message
 * needs it. */
static const char *
name_shown(struct name *n)
{
	char local[SHOWN * 2 + 8], both[sizeof local * 2 + 2];
	size_t local_len;

	if (n->shown[0] != '\0')
		return n->shown;
	local_len = n->local_len < sizeof local - 1 ? n->local_len
						    : sizeof local - 1;
	memcpy(local, n->local, local_len);
	local[local_len] = '\0';
	if (n->prefix != NULL)
		snprintf(both, sizeof both, "%s:%s", n->prefix, local);
	else
		snprintf(both, sizeof both, "%s", local);
	printable(n->shown, sizeof n->shown, both, strlen(both), SHOWN, false);
	return n->shown;
}

static int
name_is(const struct name *n, const char *local)
{
	/* The first byte rules out most of the tables at once. */
	return n->local_len > 0 && local[0] == n->local[0] &&
	       strlen(local) == n->local_len &&
	       memcmp(n->local, local, n->local_len) == 0;
}

static int
is_svg_namespace(const struct name *n)
{
	return n->uri != NULL && n->uri_len == strlen(SVG_NAMESPACE) &&
	       memcmp(n->uri, SVG_NAMESPACE, n->uri_len) == 0;
}

/* The offset of attribute name in the start tag at tag, found by reading
 * the raw tag (which expat has already checked); tag when not found. */
static size_t
attribute_offset(const struct parse *p, size_t tag, const struct name *n)
{
	const char *s = p->bytes;
	size_t i = tag + 1, start, prefix_len;

	prefix_len = n->prefix ? strlen(n->prefix) : 0;
	while (i < p->len && !is_space(s[i]) && s[i] != '/' && s[i] != '>')
		i++;
	for (;;) {
		char quote;

		while (i < p->len && is_space(s[i]))
			i++;
		if (i >= p->len || s[i] == '/' || s[i] == '>')
			return tag;
		start = i;
		while (i < p->len && !is_space(s[i]) && s[i] != '=')
			i++;
		if (n->prefix != NULL
			    ? i - start == prefix_len + 1 + n->local_len &&
				      memcmp(s + start, n->prefix,
					     prefix_len) == 0 &&
				      s[start + prefix_len] == ':' &&
				      memcmp(s + start + prefix_len + 1,
					     n->local, n->local_len) == 0
			    : i - start == n->local_len &&
				      memcmp(s + start, n->local,
					     n->local_len) == 0)
			return start;
		while (i < p->len && s[i] != '"' && s[i] != '\'')
			i++;
		if (i >= p->len)
			return tag;
		quote = s[i++];
		while (i < p->len && s[i] != quote)
			i++;
		i++;
	}
}

/* Number grammar of SVG: sign, digits with an optional fraction, an
 * optional exponent.  Returns the bytes it covers at s, 0 if none. */
static size_t
scan_number(const char *s, size_t len)
{
	size_t i = 0, digits = 0, e;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < len && is_digit(s[i]))
		i++, digits++;
	if (i < len && s[i] == '.') {
		i++;
		while (i < len && is_digit(s[i]))
			i++, digits++;
	}
	if (digits == 0)
		return 0;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		e = i + 1;
		if (e < len && (s[e] == '+' || s[e] == '-'))
			e++;
		if (e < len && is_digit(s[e])) {
			while (e < len && is_digit(s[e]))
				e++;
			i = e;
		}
	}
	return i;
}

/* The value of a number that scan_number accepted, read in the C locale
 * whatever LC_NUMERIC says.  Not finite (too large) gives HUGE_VAL. */
static double
number_value(const char *s, size_t len)
{
	char buf[64];
	locale_t c;
	double v;

	if (len >= sizeof buf)
		return HUGE_VAL;
	memcpy(buf, s, len);
	buf[len] = '\0';
	c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (c == (locale_t)0)
		return HUGE_VAL;
	v = strtod_l(buf, NULL, c);
	freelocale(c);
	return isfinite(v) ? v : HUGE_VAL;
}

static int
is_length(const char *s, size_t len)
{
	static const char *const units[] = {"px", "pt", "pc", "mm", "cm",
					    "in", "em", "ex", "%"};
	size_t n = scan_number(s, len), u;

	if (n == 0)
		return 0;
	if (n == len)
		return 1;
	for (u = 0; u < sizeof units / sizeof units[0]; u++)
		if (strlen(units[u]) == len - n &&
		    memcmp(s + n, units[u], len - n) == 0)
			return 1;
	return 0;
}

/* Skips a separator of a list: spaces with at most one comma among
 * them.  Returns whether there was one. */
static int
skip_separator(const char *s, size_t len, size_t *i)
{
	size_t start = *i;
	int comma = 0;

	while (*i < len && (is_space(s[*i]) || (s[*i] == ',' && !comma))) {
		if (s[*i] == ',')
			comma = 1;
		++*i;
	}
	return *i > start;
}

/*
 * A list of numbers (lengths when is_lengths) separated as SVG lists are;
 * stores up to max values in out (if not NULL) and returns how many there
 * were, or -1 when the list is malformed or empty.
 */
static long
scan_list(const char *s, size_t len, int is_lengths, double *out, size_t max)
{
	size_t i = 0, n, count = 0;

	while (i < len) {
		n = scan_number(s + i, len - i);
		if (n == 0)
			return -1;
		if (is_lengths) {
			size_t end = i + n;
			while (end < len && (is_alpha(s[end]) || s[end] == '%'))
				end++;
			if (!is_length(s + i, end - i))
				return -1;
			n = end - i;
		}
		if (out != NULL && count < max)
			out[count] = number_value(s + i, scan_number(s + i, n));
		count++;
		i += n;
		if (i < len && !skip_separator(s, len, &i))
			return -1;
		if (i == len && (is_space(s[i - 1]) || s[i - 1] == ','))
			return -1;
	}
	return count == 0 ? -1 : (long)count;
}

static int
is_transform(const char *s, size_t len)
{
	static const struct {
		const char *name;
		unsigned char min, max;
	} kinds[] = {{"matrix", 6, 6}, {"translate", 1, 2}, {"scale", 1, 2},
		     {"rotate", 1, 3}, {"skewX", 1, 1},	    {"skewY", 1, 1}};
	size_t i = 0, k, start, close;
	long count;

	while (i < len) {
		start = i;
		while (i < len && is_alpha(s[i]))
			i++;
		for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (strlen(kinds[k].name) == i - start &&
			    memcmp(s + start, kinds[k].name, i - start) == 0)
				break;
		if (k == sizeof kinds / sizeof kinds[0])
			return 0;
		while (i < len && is_space(s[i]))
			i++;
		if (i == len || s[i] != '(')
			return 0;
		i++;
		while (i < len && is_space(s[i]))
			i++;
		for (close = i; close < len && s[close] != ')'; close++)
			;
		if (close == len)
			return 0;
		while (close > i && is_space(s[close - 1]))
			close--;
		count = scan_list(s + i, close - i, 0, NULL, 0);
		if (count < kinds[k].min || count > kinds[k].max ||
		    (kinds[k].max == 3 && count == 2))
			return 0;
		i = close;
		while (i < len && is_space(s[i]))
			i++;
		i++; /* the ')' */
		if (i < len && !skip_separator(s, len, &i))
			return 0;
	}
	return len > 0;
}

/* Path data: only the characters its grammar uses, starting with a
 * move.  A renderer stops drawing at the first error of the grammar
 * itself, which can hide a line but not add anything. */
static int
is_path(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || (s[0] != 'M' && s[0] != 'm'))
		return 0;
	for (i = 0; i < len; i++)
		if (!is_digit(s[i]) && !is_space(s[i]) &&
		    strchr("MmZzLlHhVvCcSsQqTtAaeE.+-,", s[i]) == NULL)
			return 0;
	return 1;
}

static int
is_paint(const char *s, size_t len)
{
	size_t i;

	if (len > 1 && s[0] == '#') {
		for (i = 1; i < len; i++)
			if (!is_hex(s[i]))
				return 0;
		return len == 4 || len == 5 || len == 7 || len == 9;
	}
	if (len > 5 && memcmp(s, "rgb(", 4) == 0 && s[len - 1] == ')') {
		for (i = 4; i < len - 1; i++)
			if (!is_digit(s[i]) && !is_space(s[i]) &&
			    strchr(".,%", s[i]) == NULL)
				return 0;
		return 1;
	}
	if (len == 0 || len > 32)
		return 0;
	for (i = 0; i < len; i++)
		if (!is_alpha(s[i]))
			return 0;
	return 1;
}

static int
is_font_family(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 200)
		return 0;
	for (i = 0; i < len; i++)
		if (!is_alpha(s[i]) && !is_digit(s[i]) &&
		    strchr(" ,'-_", s[i]) == NULL)
			return 0;
	return 1;
}

/* Whether s is one of the comma-separated words. */
static int
is_word(const char *s, size_t len, const char *words)
{
	const char *w = words, *end;

	while (*w != '\0') {
		end = strchr(w, ',');
		if (end == NULL)
			end = w + strlen(w);
		if ((size_t)(end - w) == len && memcmp(w, s, len) == 0)
			return 1;
		w = *end == ',' ? end + 2 : end;
	}
	return 0;
}

static int
is_aspect_ratio(const char *s, size_t len)
{
	static const char *const aligns = "none, xMinYMin, xMidYMin, xMaxYMin, "
					  "xMinYMid, xMidYMid, xMaxYMid, "
					  "xMinYMax, xMidYMax, xMaxYMax";
	size_t i = 0;

	while (i < len && !is_space(s[i]))
		i++;
	if (!is_word(s, i, aligns))
		return 0;
	while (i < len && is_space(s[i]))
		i++;
	return i == len || is_word(s + i, len - i, "meet, slice");
}

static int
is_valid(const struct attribute_rule *rule, const char *s, size_t len)
{
	double box[4];

	switch (rule->value) {
	case V_LENGTH:
		return is_length(s, len);
	case V_COORD:
	case V_NUMBER:
		return len > 0 && scan_number(s, len) == len;
	case V_OPACITY:
		return len > 0 &&
		       (scan_number(s, len) == len ||
			(scan_number(s, len) == len - 1 && s[len - 1] == '%'));
	case V_POINTS: {
		long n = scan_list(s, len, 0, NULL, 0);
		return n >= 2 && n % 2 == 0;
	}
	case V_VIEW_BOX:
		return scan_list(s, len, 0, box, 4) == 4 && box[2] > 0 &&
		       box[3] > 0 && box[0] != HUGE_VAL && box[1] != HUGE_VAL &&
		       box[2] != HUGE_VAL && box[3] != HUGE_VAL;
	case V_PATH:
		return is_path(s, len);
	case V_TRANSFORM:
		return is_transform(s, len);
	case V_PAINT:
		return is_paint(s, len);
	case V_DASH_ARRAY:
		return (len == 4 && memcmp(s, "none", 4) == 0) ||
		       scan_list(s, len, 1, NULL, 0) > 0;
	case V_FONT_FAMILY:
		return is_font_family(s, len);
	case V_KEYWORD:
		return is_word(s, len, rule->words);
	case V_TEXT_ANCHOR:
		return is_word(s, len, "start, middle, end");
	case V_ASPECT_RATIO:
		return is_aspect_ratio(s, len);
	case V_VALUE_COUNT:
		break;
	}
	return 0;
}

/* Whether the value, with spaces and case ignored, contains what. */
static int
contains_folded(const char *s, const char *what)
{
	size_t i, j, k;

	for (i = 0; s[i] != '\0'; i++) {
		for (j = i, k = 0; what[k] != '\0' && s[j] != '\0'; j++) {
			int c = (unsigned char)s[j];
			if (is_space(c))
				continue;
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (c != what[k])
				break;
			k++;
		}
		if (what[k] == '\0')
			return 1;
	}
	return 0;
}

static int
is_all_space(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!is_space(s[i]))
			return 0;
	return 1;
}

/* Whether text holds a character that the catalog refuses in its texts
 * too: a control character (other than tab and line ends), C1 controls,
 * bidirectional overrides, U+2028 and U+2029. */
static int
is_clean_text(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == 0x7f || (s[i] < 0x20 && !is_space(s[i])))
			return 0;
		if (s[i] == 0xc2 && i + 1 < len && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9f)
			return 0;
		if (s[i] == 0xe2 && i + 2 < len &&
		    ((s[i + 1] == 0x80 && s[i + 2] >= 0xa8 &&
		      s[i + 2] <= 0xae) ||
		     (s[i + 1] == 0x81 && s[i + 2] >= 0xa6 &&
		      s[i + 2] <= 0xa9)))
			return 0;
	}
	return 1;
}

/* The offset of the first byte that is not part of valid UTF-8, or len. */
static size_t
utf8_invalid_at(const unsigned char *s, size_t len)
{
	size_t i = 0, n, k;
	uint32_t c, min;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((s[i] & 0xe0) == 0xc0)
			n = 1, c = s[i] & 0x1fU, min = 0x80;
		else if ((s[i] & 0xf0) == 0xe0)
			n = 2, c = s[i] & 0x0fU, min = 0x800;
		else if ((s[i] & 0xf8) == 0xf0)
			n = 3, c = s[i] & 0x07U, min = 0x10000;
		else
			return i;
		if (len - i <= n)
			return i;
		for (k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return i;
			c = (c << 6) | (s[i + k] & 0x3fU);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return i;
		i += n + 1;
	}
	return len;
}

/* Character data seen since the last tag becomes a node of the current
 * element, if that element keeps text; elsewhere only spaces may be. */
static int
flush_text(struct parse *p)
{
	struct node *n, *parent = p->current;
	char quoted[SHOWN + 16];

	if (p->text_len == 0)
		return 1;
	if (parent == NULL || !elements[parent->kind].has_text) {
		if (!is_all_space(p->text, p->text_len)) {
			size_t skip = 0, at = p->text_offset;
			while (is_space(p->text[skip]))
				skip++;
			/* Point at the first word in the file itself. */
			while (at < p->len && is_space(p->bytes[at]))
				at++;
			printable(quoted, sizeof quoted, p->text + skip,
				  p->text_len - skip, SHOWN, true);
			fail(p, STATUS_DATA, at,
			     _("expected text only inside text, tspan, title "
			       "or "
			       "desc, found %s inside '%s'"),
			     quoted, parent ? elements[parent->kind].name : "");
			return 0;
		}
		p->text_len = 0;
		return 1;
	}
	if (!is_clean_text(p->text, p->text_len)) {
		printable(quoted, sizeof quoted, p->text, p->text_len, SHOWN,
			  true);
		fail(p, STATUS_DATA, p->text_offset,
		     _("expected text without control characters or "
		       "bidirectional overrides, found %s"),
		     quoted);
		return 0;
	}
	n = arena_alloc(p->svg->arena, sizeof *n);
	if (n == NULL || (n->text = arena_strndup(p->svg->arena, p->text,
						  p->text_len)) == NULL) {
		fail_memory(p);
		return 0;
	}
	n->kind = E_CHARS;
	n->text_len = p->text_len;
	n->parent = parent;
	n->first = n->last = n->next = NULL;
	n->attributes = NULL;
	n->attribute_count = 0;
	n->x = 0;
	if (parent->last != NULL)
		parent->last->next = n;
	else
		parent->first = n;
	parent->last = n;
	p->text_len = 0;
	return 1;
}

static void XMLCALL
on_text(void *data, const XML_Char *s, int len)
{
	struct parse *p = data;
	size_t want;
	char *grown;

	if (p->status != STATUS_OK || len <= 0)
		return;
	if (p->text_len == 0)
		p->text_offset = here(p);
	want = p->text_len + (size_t)len;
	if (want > p->text_cap) {
		size_t cap = p->text_cap ? p->text_cap : 256;
		while (cap < want)
			cap *= 2;
		grown = realloc(p->text, cap);
		if (grown == NULL) {
			fail_memory(p);
			return;
		}
		p->text = grown;
		p->text_cap = cap;
	}
	memcpy(p->text + p->text_len, s, (size_t)len);
	p->text_len = want;
}

/* The element of a name, or E_COUNT when it is not on the list. */
static enum element
element_of(const struct name *n)
{
	unsigned e;

	for (e = 0; e < E_COUNT; e++)
		if (name_is(n, elements[e].name))
			return (enum element)e;
	return E_COUNT;
}

/* Checks the element itself: its name, its place, the caps. */
static int
check_element(struct parse *p, size_t tag, struct name *n, enum element *kind)
{
	if (name_is(n, "script"))
		fail(p, STATUS_DATA, tag,
		     _("element '%s' is not allowed: a figure cannot run "
		       "scripts"),
		     name_shown(n));
	else if (name_is(n, "style"))
		fail(p, STATUS_DATA, tag,
		     _("element '%s' is not allowed: give fill, stroke and the "
		       "like as attributes"),
		     name_shown(n));
	else if (name_is(n, "foreignObject"))
		fail(p, STATUS_DATA, tag,
		     _("element '%s' is not allowed: a figure holds SVG "
		       "drawing "
		       "elements only"),
		     name_shown(n));
	else if (p->current == NULL &&
		 (!name_is(n, "svg") || !is_svg_namespace(n)))
		fail(p, STATUS_DATA, tag,
		     _("expected the root element svg in the SVG namespace "
		       "(xmlns=\"%s\"), found '%s'%s"),
		     SVG_NAMESPACE, name_shown(n),
		     n->uri == NULL ? _(" in no namespace") : "");
	else if (!is_svg_namespace(n))
		fail(p, STATUS_DATA, tag,
		     _("element '%s' is not in the SVG namespace"),
		     name_shown(n));
	else if ((*kind = element_of(n)) == E_COUNT)
		fail(p, STATUS_DATA, tag,
		     _("element '%s' is not allowed; expected svg, g, path, "
		       "line, polyline, polygon, rect, circle, ellipse, text, "
		       "tspan, title or desc"),
		     name_shown(n));
	else if (p->current != NULL && *kind == E_SVG)
		fail(p, STATUS_DATA, tag,
		     _("element 'svg' is allowed only as the root"));
	else if (p->current != NULL &&
		 (elements[p->current->kind].children & BIT(*kind)) == 0)
		fail(p, STATUS_DATA, tag,
		     _("element '%s' is not allowed inside '%s'"),
		     elements[*kind].name, elements[p->current->kind].name);
	else if (p->depth >= SVG_MAX_DEPTH)
		fail(p, STATUS_DATA, tag,
		     _("elements nested more than %d deep"), SVG_MAX_DEPTH);
	else if (p->element_count >= SVG_MAX_ELEMENTS)
		fail(p, STATUS_DATA, tag, _("more than %d elements"),
		     SVG_MAX_ELEMENTS);
	return p->status == STATUS_OK;
}

/* The rule for attribute n on element kind, or NULL after a failure. */
static const struct attribute_rule *
attribute_rule(struct parse *p, size_t tag, enum element kind, struct name *n)
{
	const char *element = elements[kind].name;
	size_t i;
	int is_known = 0;

	if (n->local_len >= 2 && (n->local[0] | 0x20) == 'o' &&
	    (n->local[1] | 0x20) == 'n') {
		fail(p, STATUS_DATA, attribute_offset(p, tag, n),
		     _("event attribute '%s' is not allowed: a figure cannot "
		       "run scripts"),
		     name_shown(n));
		return NULL;
	}
	if (name_is(n, "href")) {
		fail(p, STATUS_DATA, attribute_offset(p, tag, n),
		     _("attribute '%s' is not allowed: a figure cannot refer "
		       "to "
		       "anything outside it"),
		     name_shown(n));
		return NULL;
	}
	if (n->uri != NULL) {
		fail(p, STATUS_DATA, attribute_offset(p, tag, n),
		     _("attribute '%s' is not allowed: a figure's attributes "
		       "have no namespace prefix"),
		     name_shown(n));
		return NULL;
	}
	if (name_is(n, "style")) {
		fail(p, STATUS_DATA, attribute_offset(p, tag, n),
		     _("attribute 'style' is not allowed: give fill, stroke "
		       "and "
		       "the like as attributes of their own"));
		return NULL;
	}
	if (name_is(n, "dx") && (BIT(kind) & TEXTS)) {
		fail(p, STATUS_DATA, attribute_offset(p, tag, n),
		     _("attribute 'dx' is not allowed: a mirrored text could "
		       "not "
		       "keep it; place text with x"));
		return NULL;
	}
	for (i = 0; i < ATTRIBUTE_COUNT; i++) {
		if (!name_is(n, attributes[i].name))
			continue;
		is_known = 1;
		if (attributes[i].elements & BIT(kind))
			return &attributes[i];
	}
	if (is_known)
		fail(p, STATUS_DATA, attribute_offset(p, tag, n),
		     _("attribute '%s' is not allowed on '%s'"), name_shown(n),
		     element);
	else
		fail(p, STATUS_DATA, attribute_offset(p, tag, n),
		     _("attribute '%s' is not allowed; a figure may use only "
		       "geometry and presentation attributes"),
		     name_shown(n));
	return NULL;
}

/* Checks one attribute of node, and keeps it. */
static int
add_attribute(struct parse *p, size_t tag, struct node *node,
	      const char *raw_name, const char *raw_value)
{
	const struct attribute_rule *rule;
	struct attribute *a;
	struct name n;
	char quoted[SHOWN + 16];
	const char *v = raw_value;
	size_t len = strlen(raw_value);
	const char *problem = NULL;

	split_name(raw_name, &n);
	rule = attribute_rule(p, tag, node->kind, &n);
	if (rule == NULL)
		return 0;
	while (len > 0 && is_space(v[0]))
		v++, len--;
	while (len > 0 && is_space(v[len - 1]))
		len--;
	if (contains_folded(raw_value, "url("))
		problem = _("url() references are not allowed");
	else if (contains_folded(raw_value, "javascript:"))
		problem = _("javascript: is not allowed");
	else if (strchr(raw_value, '\\') != NULL)
		problem = _("backslash escapes are not allowed");
	if (problem != NULL || !is_valid(rule, v, len)) {
		printable(quoted, sizeof quoted, raw_value, strlen(raw_value),
			  SHOWN, true);
		if (problem != NULL)
			fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
			     _("attribute '%s' on '%s': %s, found %s"),
			     rule->name, elements[node->kind].name, problem,
			     quoted);
		else
			fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
			     _("attribute '%s' on '%s': expected %s%s%s, found "
			       "%s"),
			     rule->name, elements[node->kind].name,
			     expected(rule->value), rule->words ? " " : "",
			     rule->words ? rule->words : "", quoted);
		return 0;
	}
	if (rule->value == V_COORD) {
		double x = number_value(v, len);
		if (x == HUGE_VAL || fabs(x) > 1e9) {
			printable(quoted, sizeof quoted, v, len, SHOWN, true);
			fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
			     _("attribute 'x' on '%s': expected a number from "
			       "-1e9 to 1e9, found %s"),
			     elements[node->kind].name, quoted);
			return 0;
		}
		if (node->kind == E_TEXT) {
			node->x = x;
			p->text_x = x;
		} else if (x != p->text_x) {
			printable(quoted, sizeof quoted, v, len, SHOWN, true);
			fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
			     _("attribute 'x' on 'tspan': expected the x of "
			       "its "
			       "text (%g) so that the text can be mirrored, "
			       "found %s"),
			     p->text_x, quoted);
			return 0;
		}
	}
	a = &node->attributes[node->attribute_count++];
	a->rule = (unsigned char)(rule - attributes);
	a->value = arena_strndup(p->svg->arena, v, len);
	if (a->value == NULL) {
		fail_memory(p);
		return 0;
	}
	return 1;
}

/* The root's viewBox, which mirroring needs. */
static int
check_root(struct parse *p, size_t tag, struct node *root)
{
	double box[4] = {0, 0, 0, 0};
	size_t i;

	for (i = 0; i < root->attribute_count; i++)
		if (attributes[root->attributes[i].rule].value == V_VIEW_BOX)
			break;
	if (i == root->attribute_count) {
		fail(p, STATUS_DATA, tag,
		     _("expected a viewBox on the root element svg: four "
		       "numbers, min-x min-y width height"));
		return 0;
	}
	scan_list(root->attributes[i].value, strlen(root->attributes[i].value),
		  0, box, 4);
	if (fabs(box[0]) > 1e9 || fabs(box[1]) > 1e9 || box[2] > 1e9 ||
	    box[3] > 1e9) {
		fail(p, STATUS_DATA, tag,
		     _("attribute 'viewBox' on 'svg': expected numbers from "
		       "-1e9 to 1e9"));
		return 0;
	}
	p->svg->box.x = box[0];
	p->svg->box.y = box[1];
	p->svg->box.width = box[2];
	p->svg->box.height = box[3];
	return 1;
}

static void XMLCALL
on_start(void *data, const XML_Char *raw_name, const XML_Char **atts)
{
	struct parse *p = data;
	struct node *node;
	struct name n;
	enum element kind = E_COUNT;
	size_t tag, count;

	if (p->status != STATUS_OK || !flush_text(p))
		return;
	tag = here(p);
	split_name(raw_name, &n);
	if (!check_element(p, tag, &n, &kind))
		return;
	for (count = 0; atts[2 * count] != NULL; count++)
		if (count == SVG_MAX_ATTRIBUTES) {
			fail(p, STATUS_DATA, tag,
			     _("element '%s' has more than %d attributes"),
			     elements[kind].name, SVG_MAX_ATTRIBUTES);
			return;
		}
	node = arena_alloc(p->svg->arena, sizeof *node);
	if (node == NULL ||
	    (count > 0 &&
	     (node->attributes =
		      arena_alloc(p->svg->arena,
				  count * sizeof(struct attribute))) == NULL)) {
		fail_memory(p);
		return;
	}
	if (count == 0)
		node->attributes = NULL;
	node->kind = kind;
	node->parent = p->current;
	node->first = node->last = node->next = NULL;
	node->attribute_count = 0;
	node->text = NULL;
	node->text_len = 0;
	node->x = 0;
	if (kind == E_TEXT)
		p->text_x = 0;
	for (count = 0; atts[2 * count] != NULL; count++)
		if (!add_attribute(p, tag, node, atts[2 * count],
				   atts[2 * count + 1]))
			return;
	if (p->current == NULL) {
		if (!check_root(p, tag, node))
			return;
		p->svg->root = node;
	} else if (p->current->last != NULL) {
		p->current->last->next = node;
		p->current->last = node;
	} else {
		p->current->first = p->current->last = node;
	}
	p->current = node;
	p->depth++;
	p->element_count++;
}

static void XMLCALL
on_end(void *data, const XML_Char *name)
{
	struct parse *p = data;

	(void)name;
	if (p->status != STATUS_OK || !flush_text(p) || p->current == NULL)
		return;
	p->current = p->current->parent;
	p->depth--;
}

static void XMLCALL
on_xml_declaration(void *data, const XML_Char *version,
		   const XML_Char *encoding, int standalone)
{
	struct parse *p = data;
	char quoted[SHOWN + 16];

	(void)version;
	(void)standalone;
	if (p->status != STATUS_OK || encoding == NULL ||
	    ((encoding[0] | 0x20) == 'u' && (encoding[1] | 0x20) == 't' &&
	     (encoding[2] | 0x20) == 'f' && strcmp(encoding + 3, "-8") == 0))
		return;
	printable(quoted, sizeof quoted, encoding, strlen(encoding), SHOWN,
		  true);
	fail(p, STATUS_DATA, here(p),
	     _("expected encoding=\"UTF-8\" in the XML declaration, found %s"),
	     quoted);
}

static void XMLCALL
on_doctype(void *data, const XML_Char *name, const XML_Char *system_id,
	   const XML_Char *public_id, int has_internal_subset)
{
	struct parse *p = data;
	size_t at = here(p);

	(void)name;
	(void)system_id;
	(void)public_id;
	(void)has_internal_subset;
	/* expat reports the declaration after its name; point at its
	 * start. */
	while (at > 0 && !(p->bytes[at] == '<' && at + 1 < p->len &&
			   p->bytes[at + 1] == '!'))
		at--;
	fail(p, STATUS_DATA, at,
	     _("a document type declaration (<!DOCTYPE>) is not allowed: a "
	       "figure declares no entities"));
}

static void XMLCALL
on_entity(void *data, const XML_Char *name, int is_parameter,
	  const XML_Char *value, int value_length, const XML_Char *base,
	  const XML_Char *system_id, const XML_Char *public_id,
	  const XML_Char *notation)
{
	struct parse *p = data;

	(void)name;
	(void)is_parameter;
	(void)value;
	(void)value_length;
	(void)base;
	(void)system_id;
	(void)public_id;
	(void)notation;
	fail(p, STATUS_DATA, here(p), _("entity declarations are not allowed"));
}

static void XMLCALL
on_skipped_entity(void *data, const XML_Char *name, int is_parameter)
{
	struct parse *p = data;
	char quoted[SHOWN + 16];

	(void)is_parameter;
	printable(quoted, sizeof quoted, name, strlen(name), SHOWN, false);
	fail(p, STATUS_DATA, here(p),
	     _("entity reference '&%s;' is not allowed; expected &amp; &lt; "
	       "&gt; &quot; &apos; or a character reference"),
	     quoted);
}

static void XMLCALL
on_processing_instruction(void *data, const XML_Char *target,
			  const XML_Char *pi_data)
{
	struct parse *p = data;
	char quoted[SHOWN + 16];

	(void)pi_data;
	printable(quoted, sizeof quoted, target, strlen(target), SHOWN, false);
	fail(p, STATUS_DATA, here(p),
	     _("processing instruction '<?%s' is not allowed"), quoted);
}

/* Turns expat's own error into a failure; the position is expat's. */
static void
fail_xml(struct parse *p)
{
	enum XML_Error code = p->x->XML_GetErrorCode(p->xml);
	size_t at = here(p);

	if (code == XML_ERROR_NO_MEMORY)
		fail_memory(p);
	else if (code == XML_ERROR_UNDEFINED_ENTITY)
		fail(p, STATUS_DATA, at,
		     _("entity references are not allowed; expected &amp; &lt; "
		       "&gt; &quot; &apos; or a character reference"));
	else
		fail(p, STATUS_DATA, at, _("invalid XML: %s"),
		     p->x->XML_ErrorString(code));
}

void
svg_free(struct svg *svg)
{
	if (svg == NULL)
		return;
	arena_free(svg->arena);
	free(svg);
}

#ifdef HEELRX_STATIC_EXPAT
static enum status
expat_open(struct expat *x, struct failure *f)
{
	(void)f;
	x->library = NULL;
#define EXPAT_LINKED(name) x->name = name;
	EXPAT_FUNCTIONS(EXPAT_LINKED)
#undef EXPAT_LINKED
	return STATUS_OK;
}
#else
#ifndef HEELRX_EXPAT_SONAME
#error "the build must define HEELRX_EXPAT_SONAME, such as \"libexpat.so.1\""
#endif

/*
 * A function of the library into *slot, a function pointer of size
 * bytes: POSIX makes the void * that dlsym returns convertible to one,
 * which ISO C does not say, so the bytes are copied.
 */
static bool
expat_find(struct expat *x, const char *name, void *slot, size_t size)
{
	void *symbol = dlsym(x->library, name);

	if (symbol == NULL || size != sizeof symbol)
		return false;
	memcpy(slot, &symbol, size);
	return true;
}

/*
 * libexpat for one figure.  Without it (a broken installation) no figure
 * can be read: an internal error, as for memory.
 */
static enum status
expat_open(struct expat *x, struct failure *f)
{
	const char *missing = NULL;

	x->library = dlopen(HEELRX_EXPAT_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (x->library == NULL) {
		failure_set(f, STATUS_SOFTWARE,
			    _("cannot load %s to read figures: %s"),
			    HEELRX_EXPAT_SONAME, dlerror());
		return STATUS_SOFTWARE; /* a constant the analyzer follows */
	}
#define EXPAT_FIND(name)                                                       \
	if (missing == NULL &&                                                 \
	    !expat_find(x, #name, &x->name, sizeof x->name))                   \
		missing = #name;
	EXPAT_FUNCTIONS(EXPAT_FIND)
#undef EXPAT_FIND
	if (missing == NULL)
		return STATUS_OK;
	dlclose(x->library);
	failure_set(f, STATUS_SOFTWARE, _("%s has no function %s"),
		    HEELRX_EXPAT_SONAME, missing);
	return STATUS_SOFTWARE;
}
#endif

static void
expat_close(struct expat *x)
{
	if (x->library != NULL)
		dlclose(x->library);
}

enum status
svg_parse(const char *bytes, size_t len, struct svg **out, struct failure *f)
{
	struct expat x;
	struct parse p;
	enum status status;
	size_t bad;

	*out = NULL;
	memset(&p, 0, sizeof p);
	p.bytes = bytes;
	p.len = len;
	p.f = f;
	p.status = STATUS_OK;
	if (len > SVG_MAX_BYTES)
		return failure_set(f, STATUS_DATA,
				   _("larger than the limit of %d bytes"),
				   SVG_MAX_BYTES);
	bad = utf8_invalid_at((const unsigned char *)bytes, len);
	if (bad < len) {
		unsigned long line, column;
		position(bytes, len, bad, &line, &column);
		return failure_at(f, STATUS_DATA, NULL, line, column,
				  _("expected UTF-8, found the byte 0x%02x"),
				  (unsigned char)bytes[bad]);
	}
	p.svg = calloc(1, sizeof *p.svg);
	if (p.svg == NULL || (p.svg->arena = arena_new()) == NULL) {
		free(p.svg);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	if ((status = expat_open(&x, f)) != STATUS_OK) {
		svg_free(p.svg);
		return status;
	}
	p.x = &x;
	/* The encoding is fixed, so a declaration cannot switch expat to
	 * another; the namespace separator is a newline, which no name can
	 * hold. */
	p.xml = x.XML_ParserCreateNS("UTF-8", '\n');
	if (p.xml == NULL) {
		expat_close(&x);
		svg_free(p.svg);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	x.XML_SetUserData(p.xml, &p);
	x.XML_SetReturnNSTriplet(p.xml, 1);
	x.XML_SetParamEntityParsing(p.xml, XML_PARAM_ENTITY_PARSING_NEVER);
	x.XML_SetElementHandler(p.xml, on_start, on_end);
	x.XML_SetCharacterDataHandler(p.xml, on_text);
	x.XML_SetXmlDeclHandler(p.xml, on_xml_declaration);
	x.XML_SetStartDoctypeDeclHandler(p.xml, on_doctype);
	x.XML_SetEntityDeclHandler(p.xml, on_entity);
	x.XML_SetSkippedEntityHandler(p.xml, on_skipped_entity);
	x.XML_SetProcessingInstructionHandler(p.xml, on_processing_instruction);
	if (x.XML_Parse(p.xml, bytes, (int)len, 1) != XML_STATUS_OK &&
	    p.status == STATUS_OK)
		fail_xml(&p);
	x.XML_ParserFree(p.xml);
	expat_close(&x);
	free(p.text);
	if (p.status == STATUS_OK && p.svg->root == NULL)
		p.status = failure_set(f, STATUS_DATA, _("no root element"));
	if (p.status != STATUS_OK) {
		svg_free(p.svg);
		return p.status;
	}
	*out = p.svg;
	return STATUS_OK;
}

struct svg_box
svg_view_box(const struct svg *svg)
{
	return svg->box;
}

/* The output, growing as it is written; a failed allocation is noted
 * and later writes are dropped. */
struct buffer {
	char *data;
	size_t len, cap;
	int is_failed;
};

static void
put(struct buffer *b, const char *s, size_t len)
{
	char *grown;
	size_t cap;

	if (b->is_failed)
		return;
	if (len >= b->cap - b->len) {
		cap = b->cap ? b->cap : 4096;
		while (len >= cap - b->len) {
			if (cap > SIZE_MAX / 2) {
				b->is_failed = 1;
				return;
			}
			cap *= 2;
		}
		grown = realloc(b->data, cap);
		if (grown == NULL) {
			b->is_failed = 1;
			return;
		}
		b->data = grown;
		b->cap = cap;
	}
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
}

static void
put_string(struct buffer *b, const char *s)
{
	put(b, s, strlen(s));
}

/*
 * The one escaping function: markup characters become references, and
 * so do CR (which XML would read back as LF) and, in an attribute, tab
 * and LF (which XML would read back as spaces).
 */
static void
put_escaped(struct buffer *b, const char *s, size_t len, int is_attribute)
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
			put(b, s + start, i - start);
			put_string(b, ref);
			start = i + 1;
		}
	}
	put(b, s + start, len - start);
}

/* A number as the shortest form that reads back the same to 15 digits,
 * in the C locale. */
static void
put_number(struct buffer *b, double v)
{
	char text[64];
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0), old;

	if (c == (locale_t)0) {
		b->is_failed = 1;
		return;
	}
	old = uselocale(c);
	snprintf(text, sizeof text, "%.15g", v == 0 ? 0.0 : v);
	uselocale(old);
	freelocale(c);
	put_string(b, text);
}

/* The transform that turns a text about its own x. */
static void
put_text_flip(struct buffer *b, double x)
{
	put_string(b, "matrix(-1 0 0 1 ");
	put_number(b, 2 * x);
	put_string(b, " 0)");
}

/*
 * Writes the start tag of n, or all of it when it is empty.  Mirrored,
 * each text is turned back about its x, and text-anchor start and end
 * swap, with end written on a text that would take the default.
 * has_anchor says whether an ancestor set an anchor; returns whether one
 * is set for what is inside n.
 */
static int
emit_start(struct buffer *b, const struct svg *svg, const struct node *n,
	   int is_mirrored, int has_anchor)
{
	size_t i;
	int has_transform = 0;

	put_string(b, "<");
	put_string(b, elements[n->kind].name);
	if (n->kind == E_SVG)
		put_string(b, " xmlns=\"" SVG_NAMESPACE "\"");
	for (i = 0; i < n->attribute_count; i++) {
		const struct attribute_rule *rule =
			&attributes[n->attributes[i].rule];
		const char *v = n->attributes[i].value;

		put_string(b, " ");
		put_string(b, rule->name);
		put_string(b, "=\"");
		if (is_mirrored && rule->value == V_TEXT_ANCHOR) {
			has_anchor = 1;
			put_string(b, strcmp(v, "start") == 0 ? "end"
				      : strcmp(v, "end") == 0 ? "start"
							      : v);
		} else {
			put_escaped(b, v, strlen(v), 1);
			if (is_mirrored && n->kind == E_TEXT &&
			    rule->value == V_TRANSFORM) {
				has_transform = 1;
				put_string(b, " ");
				put_text_flip(b, n->x);
			}
		}
		put_string(b, "\"");
	}
	if (is_mirrored && n->kind == E_TEXT) {
		if (!has_transform) {
			put_string(b, " transform=\"");
			put_text_flip(b, n->x);
			put_string(b, "\"");
		}
		if (!has_anchor) {
			has_anchor = 1;
			put_string(b, " text-anchor=\"end\"");
		}
	}
	if (n->first == NULL) {
		put_string(b, "/>");
		return has_anchor;
	}
	put_string(b, ">");
	if (n->kind == E_SVG || n->kind == E_G)
		put_string(b, "\n");
	/* Mirrored, the root's content goes in a group that flips it
	 * about the middle of the viewBox. */
	if (n->kind == E_SVG && is_mirrored) {
		put_string(b, "<g transform=\"matrix(-1 0 0 1 ");
		put_number(b, 2 * svg->box.x + svg->box.width);
		put_string(b, " 0)\">\n");
	}
	return has_anchor;
}

static void
emit_end(struct buffer *b, const struct node *n, int is_mirrored)
{
	if (n->kind == E_SVG && is_mirrored)
		put_string(b, "</g>\n");
	put_string(b, "</");
	put_string(b, elements[n->kind].name);
	put_string(b, ">");
}

/* Elements directly in svg or g go one a line; inside a text, where
 * spaces count, nothing is added. */
static void
emit_after(struct buffer *b, const struct node *n)
{
	if (n->parent != NULL &&
	    (n->parent->kind == E_SVG || n->parent->kind == E_G))
		put_string(b, "\n");
}

/* The tree in document order, walked with its parent links, so the
 * stack stays flat whatever the figure. */
static void
emit_tree(struct buffer *b, const struct svg *svg, int is_mirrored)
{
	/* Whether a text-anchor is in force, at each depth; character data
	 * sits one below the deepest element. */
	int has_anchor[SVG_MAX_DEPTH + 2];
	const struct node *n = svg->root;
	size_t depth = 0;

	has_anchor[0] = 0;
	for (;;) {
		if (n->kind == E_CHARS) {
			put_escaped(b, n->text, n->text_len, 0);
		} else {
			int inner = emit_start(b, svg, n, is_mirrored,
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
	struct buffer b = {NULL, 0, 0, 0};

	emit_tree(&b, svg, is_mirrored);
	put_string(&b, "\n");
	if (b.is_failed) {
		free(b.data);
		*out = NULL;
		*len = 0;
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	*out = b.data;
	*len = b.len;
	return STATUS_OK;
}
