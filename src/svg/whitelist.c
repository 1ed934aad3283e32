/* SPDX-License-Identifier: ISC */
/*
 * whitelist.c: what a figure may contain.  Every element and attribute
 * is checked against the tables below as expat reports it: an element
 * is in elements[] or refused, an attribute is in attributes[] for that
 * element or refused, and each attribute value must match the grammar
 * of its class (value.c).  A value that names url() or javascript: is
 * refused before its grammar is tried, so the message says why.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "i18n.h"
#include "printable.h"
#include "svg_parse.h"

#define BIT(e) (1U << (e))
#define SHAPES                                                                 \
	(BIT(E_PATH) | BIT(E_LINE) | BIT(E_POLYLINE) | BIT(E_POLYGON) |        \
	 BIT(E_RECT) | BIT(E_CIRCLE) | BIT(E_ELLIPSE))
#define DESCRIPTIVE (BIT(E_TITLE) | BIT(E_DESC))
#define GRAPHICS    (SHAPES | BIT(E_G) | BIT(E_TEXT) | DESCRIPTIVE)
#define TEXTS	    (BIT(E_TEXT) | BIT(E_TSPAN))
/* Where presentation attributes may go: everywhere but title and desc. */
#define PRESENTABLE (BIT(E_SVG) | BIT(E_G) | SHAPES | TEXTS)

/* What each element may hold; svg_tree.h names the elements. */
static const struct element_rule {
	unsigned children; /* the elements allowed inside */
	bool has_text;	   /* whether character data is kept */
} elements[E_COUNT] = {
	[E_SVG] = {GRAPHICS, false},
	[E_G] = {GRAPHICS, false},
	[E_PATH] = {DESCRIPTIVE, false},
	[E_LINE] = {DESCRIPTIVE, false},
	[E_POLYLINE] = {DESCRIPTIVE, false},
	[E_POLYGON] = {DESCRIPTIVE, false},
	[E_RECT] = {DESCRIPTIVE, false},
	[E_CIRCLE] = {DESCRIPTIVE, false},
	[E_ELLIPSE] = {DESCRIPTIVE, false},
	[E_TEXT] = {BIT(E_TSPAN) | DESCRIPTIVE, true},
	[E_TSPAN] = {BIT(E_TSPAN), true},
	[E_TITLE] = {0, true},
	[E_DESC] = {0, true},
};

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

void
svg_split_name(const char *raw, struct name *n)
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

static bool
name_is(const struct name *n, const char *local)
{
	/* The first byte rules out most of the tables at once. */
	return n->local_len > 0 && local[0] == n->local[0] &&
	       strlen(local) == n->local_len &&
	       memcmp(n->local, local, n->local_len) == 0;
}

static bool
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
	while (i < p->len && !svg_is_space(s[i]) && s[i] != '/' && s[i] != '>')
		i++;
	for (;;) {
		char quote;

		while (i < p->len && svg_is_space(s[i]))
			i++;
		if (i >= p->len || s[i] == '/' || s[i] == '>')
			return tag;
		start = i;
		while (i < p->len && !svg_is_space(s[i]) && s[i] != '=')
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

/* The element of a name, or E_COUNT when it is not on the list. */
static enum element
element_of(const struct name *n)
{
	unsigned e;

	for (e = 0; e < E_COUNT; e++)
		if (name_is(n, svg_element_name((enum element)e)))
			return (enum element)e;
	return E_COUNT;
}

bool
svg_check_element(struct parse *p, size_t tag, struct name *n,
		  enum element *kind)
{
	if (name_is(n, "script"))
		svg_fail(p, STATUS_DATA, tag,
			 _("element '%s' is not allowed: a figure cannot run "
			   "scripts"),
			 name_shown(n));
	else if (name_is(n, "style"))
		svg_fail(p, STATUS_DATA, tag,
			 _("element '%s' is not allowed: give fill, stroke and "
			   "the like as attributes"),
			 name_shown(n));
	else if (name_is(n, "foreignObject"))
		svg_fail(p, STATUS_DATA, tag,
			 _("element '%s' is not allowed: a figure holds SVG "
			   "drawing elements only"),
			 name_shown(n));
	else if (p->current == NULL &&
		 (!name_is(n, "svg") || !is_svg_namespace(n)))
		svg_fail(p, STATUS_DATA, tag,
			 _("expected the root element svg in the SVG namespace "
			   "(xmlns=\"%s\"), found '%s'%s"),
			 SVG_NAMESPACE, name_shown(n),
			 n->uri == NULL ? _(" in no namespace") : "");
	else if (!is_svg_namespace(n))
		svg_fail(p, STATUS_DATA, tag,
			 _("element '%s' is not in the SVG namespace"),
			 name_shown(n));
	else if ((*kind = element_of(n)) == E_COUNT)
		svg_fail(p, STATUS_DATA, tag,
			 _("element '%s' is not allowed; expected svg, g, "
			   "path, line, polyline, polygon, rect, circle, "
			   "ellipse, text, tspan, title or desc"),
			 name_shown(n));
	else if (p->current != NULL && *kind == E_SVG)
		svg_fail(p, STATUS_DATA, tag,
			 _("element 'svg' is allowed only as the root"));
	else if (p->current != NULL &&
		 (elements[p->current->kind].children & BIT(*kind)) == 0)
		svg_fail(p, STATUS_DATA, tag,
			 _("element '%s' is not allowed inside '%s'"),
			 svg_element_name(*kind),
			 svg_element_name(p->current->kind));
	else if (p->depth >= SVG_MAX_DEPTH)
		svg_fail(p, STATUS_DATA, tag,
			 ngettext("elements nested more than %d deep",
				  "elements nested more than %d deep",
				  SVG_MAX_DEPTH),
			 SVG_MAX_DEPTH);
	else if (p->element_count >= SVG_MAX_ELEMENTS)
		svg_fail(p, STATUS_DATA, tag,
			 ngettext("more than %d element",
				  "more than %d elements", SVG_MAX_ELEMENTS),
			 SVG_MAX_ELEMENTS);
	return p->status == STATUS_OK;
}

/* The rule for attribute n on element kind, or NULL after a failure. */
static const struct attribute_rule *
attribute_rule(struct parse *p, size_t tag, enum element kind, struct name *n)
{
	const char *element = svg_element_name(kind);
	size_t i;
	bool is_known = false;

	if (n->local_len >= 2 && (n->local[0] | 0x20) == 'o' &&
	    (n->local[1] | 0x20) == 'n') {
		svg_fail(p, STATUS_DATA, attribute_offset(p, tag, n),
			 _("event attribute '%s' is not allowed: a figure "
			   "cannot run scripts"),
			 name_shown(n));
		return NULL;
	}
	if (name_is(n, "href")) {
		svg_fail(p, STATUS_DATA, attribute_offset(p, tag, n),
			 _("attribute '%s' is not allowed: a figure cannot "
			   "refer to anything outside it"),
			 name_shown(n));
		return NULL;
	}
	if (n->uri != NULL) {
		svg_fail(p, STATUS_DATA, attribute_offset(p, tag, n),
			 _("attribute '%s' is not allowed: a figure's "
			   "attributes have no namespace prefix"),
			 name_shown(n));
		return NULL;
	}
	if (name_is(n, "style")) {
		svg_fail(p, STATUS_DATA, attribute_offset(p, tag, n),
			 _("attribute 'style' is not allowed: give fill, "
			   "stroke and the like as attributes of their own"));
		return NULL;
	}
	if (name_is(n, "dx") && (BIT(kind) & TEXTS)) {
		svg_fail(p, STATUS_DATA, attribute_offset(p, tag, n),
			 _("attribute 'dx' is not allowed: a mirrored text "
			   "could not keep it; place text with x"));
		return NULL;
	}
	for (i = 0; i < ATTRIBUTE_COUNT; i++) {
		if (!name_is(n, attributes[i].name))
			continue;
		is_known = true;
		if (attributes[i].elements & BIT(kind))
			return &attributes[i];
	}
	if (is_known)
		svg_fail(p, STATUS_DATA, attribute_offset(p, tag, n),
			 _("attribute '%s' is not allowed on '%s'"),
			 name_shown(n), element);
	else
		svg_fail(p, STATUS_DATA, attribute_offset(p, tag, n),
			 _("attribute '%s' is not allowed; a figure may use "
			   "only geometry and presentation attributes"),
			 name_shown(n));
	return NULL;
}

bool
svg_add_attribute(struct parse *p, size_t tag, struct node *node,
		  const char *raw_name, const char *raw_value)
{
	const struct attribute_rule *rule;
	struct attribute *a;
	struct name n;
	char quoted[SHOWN + 16];
	const char *v = raw_value;
	size_t len = strlen(raw_value);
	const char *problem = NULL;

	svg_split_name(raw_name, &n);
	rule = attribute_rule(p, tag, node->kind, &n);
	if (rule == NULL)
		return false;
	while (len > 0 && svg_is_space(v[0]))
		v++, len--;
	while (len > 0 && svg_is_space(v[len - 1]))
		len--;
	if (svg_contains_folded(raw_value, "url("))
		problem = _("url() references are not allowed");
	else if (svg_contains_folded(raw_value, "javascript:"))
		problem = _("javascript: is not allowed");
	else if (strchr(raw_value, '\\') != NULL)
		problem = _("backslash escapes are not allowed");
	if (problem != NULL ||
	    !svg_value_is_valid(rule->value, rule->words, v, len)) {
		printable(quoted, sizeof quoted, raw_value, strlen(raw_value),
			  SHOWN, true);
		if (problem != NULL)
			svg_fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
				 _("attribute '%s' on '%s': %s, found %s"),
				 rule->name, svg_element_name(node->kind),
				 problem, quoted);
		else
			svg_fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
				 _("attribute '%s' on '%s': expected %s%s%s, "
				   "found %s"),
				 rule->name, svg_element_name(node->kind),
				 svg_value_expected(rule->value),
				 rule->words ? " " : "",
				 rule->words ? rule->words : "", quoted);
		return false;
	}
	if (rule->value == V_COORD) {
		double x = svg_number_value(v, len);
		if (x == HUGE_VAL || fabs(x) > 1e9) {
			printable(quoted, sizeof quoted, v, len, SHOWN, true);
			svg_fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
				 _("attribute 'x' on '%s': expected a number "
				   "from -1e9 to 1e9, found %s"),
				 svg_element_name(node->kind), quoted);
			return false;
		}
		if (node->kind == E_TEXT) {
			node->x = x;
			p->text_x = x;
		} else if (x != p->text_x) {
			printable(quoted, sizeof quoted, v, len, SHOWN, true);
			svg_fail(p, STATUS_DATA, attribute_offset(p, tag, &n),
				 _("attribute 'x' on 'tspan': expected the x "
				   "of its text (%g) so that the text can be "
				   "mirrored, found %s"),
				 p->text_x, quoted);
			return false;
		}
	}
	a = &node->attributes[node->attribute_count++];
	a->name = rule->name;
	a->grammar = rule->value;
	a->value = arena_strndup(p->svg->arena, v, len);
	if (a->value == NULL) {
		svg_fail_memory(p);
		return false;
	}
	return true;
}

bool
svg_check_root(struct parse *p, size_t tag, const struct node *root)
{
	double box[4] = {0, 0, 0, 0};
	size_t i;

	for (i = 0; i < root->attribute_count; i++)
		if (root->attributes[i].grammar == V_VIEW_BOX)
			break;
	if (i == root->attribute_count) {
		svg_fail(p, STATUS_DATA, tag,
			 _("expected a viewBox on the root element svg: four "
			   "numbers, min-x min-y width height"));
		return false;
	}
	svg_scan_list(root->attributes[i].value,
		      strlen(root->attributes[i].value), false, box, 4);
	if (fabs(box[0]) > 1e9 || fabs(box[1]) > 1e9 || box[2] > 1e9 ||
	    box[3] > 1e9) {
		svg_fail(p, STATUS_DATA, tag,
			 _("attribute 'viewBox' on 'svg': expected numbers "
			   "from -1e9 to 1e9"));
		return false;
	}
	p->svg->box.x = box[0];
	p->svg->box.y = box[1];
	p->svg->box.width = box[2];
	p->svg->box.height = box[3];
	return true;
}

bool
svg_keeps_text(enum element kind)
{
	return kind < E_COUNT && elements[kind].has_text;
}
