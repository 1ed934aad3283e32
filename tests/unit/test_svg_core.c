/* SPDX-License-Identifier: ISC */
/*
 * test_svg_core.c: the figure module's parts that need no XML parser,
 * linked alone (src/svg/value.c and src/svg/emit.c, with buffer.c and
 * failure.c; no libexpat, no loader): the value grammars on values they
 * must take and values they must refuse, and the emitter on trees built
 * here in C, as drawn and mirrored.  test_svg.c checks the same through
 * the parser.
 */
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "svg_tree.h"

/* The point of this program is to run without libexpat. */
#ifdef XML_MAJOR_VERSION
#error "svg_tree.h must not include <expat.h>"
#endif

/* ---- Grammars ---- */

struct sample {
	enum value grammar;
	const char *words; /* V_KEYWORD */
	const char *value;
};

/* Values each grammar takes, as the loader hands them over: trimmed. */
static const struct sample valid[] = {
	{V_LENGTH, NULL, "12"},
	{V_LENGTH, NULL, "1.5cm"},
	{V_LENGTH, NULL, "50%"},
	{V_LENGTH, NULL, "-3e2px"},
	{V_LENGTH, NULL, ".5em"},
	{V_COORD, NULL, "30"},
	{V_COORD, NULL, "-2.25"},
	{V_NUMBER, NULL, "+4"},
	{V_NUMBER, NULL, "1E-3"},
	{V_OPACITY, NULL, "0.5"},
	{V_OPACITY, NULL, "50%"},
	{V_POINTS, NULL, "0,0 10,10 20,0"},
	{V_POINTS, NULL, "0 0 1 1"},
	{V_POINTS, NULL, "0 , 0\n1\t1"},
	{V_VIEW_BOX, NULL, "0 0 240 240"},
	{V_VIEW_BOX, NULL, "-10 5.5,200 1e2"},
	{V_PATH, NULL, "M0 0 L10 10 h5 v-5 c1 2 3 4 5 6 z"},
	{V_PATH, NULL, "m1.5e2,3A1 1 0 0 1 2 2Z"},
	{V_TRANSFORM, NULL, "translate(1,2) rotate(-5 10 10) scale(2)"},
	{V_TRANSFORM, NULL, "matrix(1 0 0 1 0 0)"},
	{V_TRANSFORM, NULL, "skewX(1),skewY( 2 )"},
	{V_TRANSFORM, NULL, "rotate(45)"},
	{V_PAINT, NULL, "none"},
	{V_PAINT, NULL, "currentColor"},
	{V_PAINT, NULL, "#1a2B3c"},
	{V_PAINT, NULL, "#abc"},
	{V_PAINT, NULL, "#abcd"},
	{V_PAINT, NULL, "rgb(10, 20, 30)"},
	{V_PAINT, NULL, "rgb(10%,20%,30%)"},
	{V_DASH_ARRAY, NULL, "none"},
	{V_DASH_ARRAY, NULL, "4 3"},
	{V_DASH_ARRAY, NULL, "4px,2%"},
	{V_FONT_FAMILY, NULL, "'DejaVu Sans', sans-serif"},
	{V_KEYWORD, "butt, round, square", "round"},
	{V_KEYWORD, "butt, round, square", "butt"},
	{V_KEYWORD, "butt, round, square", "square"},
	{V_TEXT_ANCHOR, NULL, "start"},
	{V_TEXT_ANCHOR, NULL, "middle"},
	{V_TEXT_ANCHOR, NULL, "end"},
	{V_ASPECT_RATIO, NULL, "none"},
	{V_ASPECT_RATIO, NULL, "xMidYMid meet"},
	{V_ASPECT_RATIO, NULL, "xMaxYMin  slice"},
};

/* Values each grammar refuses. */
static const struct sample invalid[] = {
	{V_LENGTH, NULL, ""},
	{V_LENGTH, NULL, "thick"},
	{V_LENGTH, NULL, "1e"},
	{V_LENGTH, NULL, "px"},
	{V_LENGTH, NULL, "12PX"},
	{V_LENGTH, NULL, "1 2"},
	{V_LENGTH, NULL, "1px%"},
	{V_COORD, NULL, "5%"},
	{V_COORD, NULL, "1 2 3"},
	{V_COORD, NULL, ""},
	{V_NUMBER, NULL, "1.5px"},
	{V_NUMBER, NULL, "."},
	{V_NUMBER, NULL, "-"},
	{V_OPACITY, NULL, "%"},
	{V_OPACITY, NULL, "5%%"},
	{V_OPACITY, NULL, ""},
	{V_POINTS, NULL, "0,0 1"},
	{V_POINTS, NULL, "0,,0"},
	{V_POINTS, NULL, "0,0,"},
	{V_POINTS, NULL, "1"},
	{V_POINTS, NULL, ""},
	{V_VIEW_BOX, NULL, "0 0 0 10"},
	{V_VIEW_BOX, NULL, "0 0 10 -1"},
	{V_VIEW_BOX, NULL, "0 0 1"},
	{V_VIEW_BOX, NULL, "0 0 1 1 1"},
	{V_VIEW_BOX, NULL, "0 0 1e999 1"},
	{V_PATH, NULL, "L0 0"},
	{V_PATH, NULL, "M0 0 <g"},
	{V_PATH, NULL, "M0 0 url(#a)"},
	{V_PATH, NULL, ""},
	{V_TRANSFORM, NULL, "rotate(1 2)"},
	{V_TRANSFORM, NULL, "matrix(1 0 0 1 0)"},
	{V_TRANSFORM, NULL, "translate(1"},
	{V_TRANSFORM, NULL, "translate()"},
	{V_TRANSFORM, NULL, "Translate(1)"},
	{V_TRANSFORM, NULL, "scale(1) ,, scale(2)"},
	{V_TRANSFORM, NULL, "perspective(1)"},
	{V_TRANSFORM, NULL, ""},
	{V_PAINT, NULL, "#12345"},
	{V_PAINT, NULL, "#ggg"},
	{V_PAINT, NULL, "#"},
	{V_PAINT, NULL, "rgb(1;2;3)"},
	{V_PAINT, NULL, "url(#g)"},
	{V_PAINT, NULL, "red blue"},
	{V_PAINT, NULL, "abcdefghijklmnopqrstuvwxyzabcdefg"},
	{V_PAINT, NULL, ""},
	{V_DASH_ARRAY, NULL, "4,,3"},
	{V_DASH_ARRAY, NULL, "4 thick"},
	{V_DASH_ARRAY, NULL, ""},
	{V_FONT_FAMILY, NULL, "a;b"},
	{V_FONT_FAMILY, NULL, "a(b)"},
	{V_FONT_FAMILY, NULL, ""},
	{V_KEYWORD, "butt, round, square", "Round"},
	{V_KEYWORD, "butt, round, square", "roun"},
	{V_KEYWORD, "butt, round, square", "round, square"},
	{V_KEYWORD, "butt, round, square", ""},
	{V_TEXT_ANCHOR, NULL, "left"},
	{V_TEXT_ANCHOR, NULL, "End"},
	{V_ASPECT_RATIO, NULL, "xMidYMid fit"},
	{V_ASPECT_RATIO, NULL, "meet"},
	{V_ASPECT_RATIO, NULL, "xMidYMid meet slice"},
};

enum { N_VALID = sizeof valid / sizeof valid[0] };
enum { N_INVALID = sizeof invalid / sizeof invalid[0] };

static bool
is_valid(const struct sample *s)
{
	return svg_value_is_valid(s->grammar, s->words, s->value,
				  strlen(s->value));
}

static void
test_grammars(void)
{
	bool seen[V_VALUE_COUNT] = {false};
	size_t i;

	for (i = 0; i < N_VALID; i++) {
		if (!is_valid(&valid[i])) {
			fprintf(stderr, "%s:%d: grammar %d refused \"%s\"\n",
				__FILE__, __LINE__, (int)valid[i].grammar,
				valid[i].value);
			check_failures++;
		}
		seen[valid[i].grammar] = true;
	}
	for (i = 0; i < N_INVALID; i++)
		if (is_valid(&invalid[i])) {
			fprintf(stderr, "%s:%d: grammar %d took \"%s\"\n",
				__FILE__, __LINE__, (int)invalid[i].grammar,
				invalid[i].value);
			check_failures++;
		}
	/* Every grammar has a value it takes, so the property below covers
	 * each. */
	for (i = 0; i < V_VALUE_COUNT; i++)
		CHECK(seen[i]);
	/* A keyword grammar without its words takes nothing. */
	CHECK(!svg_value_is_valid(V_KEYWORD, NULL, "round", 5));
	CHECK(!svg_value_is_valid(V_VALUE_COUNT, NULL, "1", 1));
}

/*
 * What keeps a value inside its attribute: no grammar takes markup, a
 * quote or a backslash, wherever it is put into a value it would take.
 */
static void
test_no_grammar_takes_markup(void)
{
	static const char bad[] = "<&\"\\>";
	char value[128];
	size_t i, b, at, len;

	for (i = 0; i < N_VALID; i++) {
		len = strlen(valid[i].value);
		for (b = 0; b < sizeof bad - 1; b++)
			for (at = 0; at <= len; at++) {
				struct sample s = valid[i];

				memcpy(value, s.value, at);
				value[at] = bad[b];
				memcpy(value + at + 1, s.value + at,
				       len - at + 1);
				s.value = value;
				if (is_valid(&s)) {
					fprintf(stderr,
						"%s:%d: grammar %d took "
						"\"%s\"\n",
						__FILE__, __LINE__,
						(int)s.grammar, value);
					check_failures++;
				}
			}
	}
}

static void
test_numbers(void)
{
	double box[4] = {0, 0, 0, 0};

	CHECK(svg_scan_number("12", 2) == 2);
	CHECK(svg_scan_number("-1.5e3x", 7) == 6);
	/* An exponent without digits is not part of the number. */
	CHECK(svg_scan_number("1e", 2) == 1);
	CHECK(svg_scan_number("1e+", 3) == 1);
	CHECK(svg_scan_number(".5", 2) == 2);
	CHECK(svg_scan_number("1.", 2) == 2);
	CHECK(svg_scan_number("+.e1", 4) == 0);
	CHECK(svg_scan_number("e5", 2) == 0);
	CHECK(svg_scan_number("", 0) == 0);
	/* Only len bytes are read. */
	CHECK(svg_scan_number("123", 1) == 1);

	CHECK(svg_number_value("1.5", 3) == 1.5);
	CHECK(svg_number_value("-2e2", 4) == -200);
	CHECK(svg_number_value("1e999", 5) == HUGE_VAL);
	CHECK(svg_number_value("-1e999", 6) == HUGE_VAL);

	CHECK(svg_scan_list("0,0 10,10", 9, false, NULL, 0) == 4);
	CHECK(svg_scan_list("-10 5.5,200 1e2", 15, false, box, 4) == 4);
	CHECK(box[0] == -10 && box[1] == 5.5 && box[2] == 200 && box[3] == 100);
	/* More values than room: counted, not stored. */
	CHECK(svg_scan_list("1 2 3 4 5", 9, false, box, 2) == 5);
	CHECK(box[0] == 1 && box[1] == 2 && box[2] == 200);
	CHECK(svg_scan_list("4px 3%", 6, true, NULL, 0) == 2);
	CHECK(svg_scan_list("4px 3%", 6, false, NULL, 0) == -1);
	CHECK(svg_scan_list("1,,2", 4, false, NULL, 0) == -1);
	CHECK(svg_scan_list("1 2,", 4, false, NULL, 0) == -1);
	CHECK(svg_scan_list("1 2 ", 4, false, NULL, 0) == -1);
	CHECK(svg_scan_list("", 0, false, NULL, 0) == -1);
}

/* Numbers are read in the C locale, whatever LC_NUMERIC says: a figure
 * means the same under a German locale, whose decimal point is a
 * comma.  Skipped where the locale is not installed. */
static void
test_numbers_in_a_comma_locale(void)
{
	if (setlocale(LC_NUMERIC, "de_DE.UTF-8") == NULL)
		return;
	CHECK(svg_number_value("1.5", 3) == 1.5);
	CHECK(svg_value_is_valid(V_NUMBER, NULL, "1.5", 3));
	CHECK(!svg_value_is_valid(V_NUMBER, NULL, "1,5", 3));
	setlocale(LC_NUMERIC, "C");
}

static void
test_texts(void)
{
	static const char rlo[] = {'\xe2', '\x80', '\xae', 'a', 'b', 'c'};
	static const char line_separator[] = {'\xe2', '\x80', '\xa8'};
	static const char lri[] = {'\xe2', '\x81', '\xa6'};

	CHECK(svg_is_space(' ') && svg_is_space('\t') && svg_is_space('\n') &&
	      svg_is_space('\r'));
	CHECK(!svg_is_space('\v') && !svg_is_space('\f') && !svg_is_space(0));
	CHECK(svg_is_all_space(" \t\r\n", 4) && svg_is_all_space("", 0));
	CHECK(!svg_is_all_space("  a", 3));

	CHECK(svg_contains_folded("url(#a)", "url("));
	CHECK(svg_contains_folded(" U r L\t(x)", "url("));
	CHECK(svg_contains_folded("JavaScript :alert(1)", "javascript:"));
	CHECK(!svg_contains_folded("urn(x)", "url("));
	CHECK(!svg_contains_folded("ur", "url("));

	CHECK(svg_is_clean_text("caf\xc3\xa9\ta\nb\r", 9));
	CHECK(!svg_is_clean_text("a\x01", 2));
	CHECK(!svg_is_clean_text("a\x7f", 2));
	CHECK(!svg_is_clean_text("a\xc2\x85", 3)); /* NEL, a C1 control */
	/* U+202E, U+2028 and U+2066 as byte arrays, so that this file
	 * holds no string that reorders itself. */
	CHECK(!svg_is_clean_text(rlo, sizeof rlo));
	CHECK(!svg_is_clean_text(line_separator, sizeof line_separator));
	CHECK(!svg_is_clean_text(lri, sizeof lri));
	CHECK(svg_is_clean_text("\xe2\x80\x94", 3)); /* an em dash */

	CHECK(svg_utf8_invalid_at((const unsigned char *)"abc", 3) == 3);
	CHECK(svg_utf8_invalid_at((const unsigned char *)"caf\xc3\xa9 \xff",
				  7) == 6);
	/* A surrogate, an overlong slash, a code point past U+10FFFF. */
	CHECK(svg_utf8_invalid_at((const unsigned char *)"\xed\xa0\x80", 3) ==
	      0);
	CHECK(svg_utf8_invalid_at((const unsigned char *)"\xc0\xaf", 2) == 0);
	CHECK(svg_utf8_invalid_at((const unsigned char *)"\xf4\x90\x80\x80",
				  4) == 0);
	/* A character cut short at the end. */
	CHECK(svg_utf8_invalid_at((const unsigned char *)"a\xe2\x82", 3) == 1);
	CHECK(svg_utf8_invalid_at((const unsigned char *)"\xf0\x9f\x98\x80",
				  4) == 4);
}

/* Each grammar has its own words for what it expects. */
static void
test_expected(void)
{
	size_t i, j;

	for (i = 0; i < V_VALUE_COUNT; i++) {
		const char *a = svg_value_expected((enum value)i);

		if (a == NULL || a[0] == '\0') {
			fprintf(stderr, "%s:%d: grammar %zu has no words\n",
				__FILE__, __LINE__, i);
			check_failures++;
			continue;
		}
		for (j = 0; j < i; j++)
			CHECK(strcmp(a, svg_value_expected((enum value)j)) !=
			      0);
	}
	CHECK_STR(svg_value_expected(V_VALUE_COUNT), "a valid value");
}

/* ---- The emitter, on trees built here ---- */

static struct node pool[32];
static size_t pool_used;

/* A new node of kind at the end of parent's children (parent NULL for
 * the root), with the attributes given. */
static struct node *
add(struct node *parent, enum element kind, struct attribute *attributes,
    size_t attribute_count)
{
	struct node *n;

	if (pool_used == sizeof pool / sizeof pool[0]) {
		fprintf(stderr, "test_svg_core: node pool too small\n");
		exit(1);
	}
	n = &pool[pool_used++];
	memset(n, 0, sizeof *n);
	n->kind = kind;
	n->parent = parent;
	n->attributes = attributes;
	n->attribute_count = attribute_count;
	if (parent != NULL) {
		if (parent->last != NULL)
			parent->last->next = n;
		else
			parent->first = n;
		parent->last = n;
	}
	return n;
}

static struct node *
add_text(struct node *parent, const char *text)
{
	struct node *n = add(parent, E_CHARS, NULL, 0);

	n->text = text;
	n->text_len = strlen(text);
	return n;
}

/* A figure of viewBox x y 100 50 with root as its root. */
static struct svg
figure(struct node *root, double x, double y)
{
	struct svg svg;

	svg.arena = NULL;
	svg.root = root;
	svg.box.x = x;
	svg.box.y = y;
	svg.box.width = 100;
	svg.box.height = 50;
	return svg;
}

#define CHECK_EMIT(svg, is_mirrored, want)                                     \
	check_emit(__LINE__, svg, is_mirrored, want)

static void
check_emit(int at, const struct svg *svg, bool is_mirrored, const char *want)
{
	struct failure f;
	char *out = NULL;
	size_t len = 0;

	if (svg_emit(svg, is_mirrored, &out, &len, &f) != STATUS_OK) {
		fprintf(stderr, "%s:%d: svg_emit failed: %s\n", __FILE__, at,
			f.message);
		check_failures++;
		return;
	}
	if (strlen(out) != len || strcmp(out, want) != 0) {
		fprintf(stderr,
			"%s:%d: svg_emit wrote (%zu bytes)\n%s\nexpected\n%s\n",
			__FILE__, at, len, out, want);
		check_failures++;
	}
	free(out);
}

#define SVG_OPEN "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\""

static void
test_emits_as_drawn(void)
{
	struct attribute root_a[] = {{"viewBox", V_VIEW_BOX, "0 0 100 50"}};
	struct attribute g_a[] = {{"stroke", V_PAINT, "red"},
				  {"stroke-width", V_LENGTH, "2"}};
	struct attribute path_a[] = {{"d", V_PATH, "M0 0 L10 0"}};
	struct attribute text_a[] = {{"x", V_COORD, "30"},
				     {"text-anchor", V_TEXT_ANCHOR, "start"}};
	struct node *root, *g, *text, *title;
	struct svg svg;

	pool_used = 0;
	root = add(NULL, E_SVG, root_a, 1);
	title = add(root, E_TITLE, NULL, 0);
	add_text(title, "Start");
	g = add(root, E_G, g_a, 2);
	add(g, E_PATH, path_a, 1);
	text = add(root, E_TEXT, text_a, 2);
	text->x = 30;
	add_text(text, "Knee ");
	add_text(add(text, E_TSPAN, NULL, 0), "here");
	svg = figure(root, 0, 0);
	/* Elements in svg and g one a line; nothing added inside a text;
	 * attributes in their order; the namespace written first. */
	CHECK_EMIT(&svg, false,
		   SVG_OPEN "0 0 100 50\">\n"
			    "<title>Start</title>\n"
			    "<g stroke=\"red\" stroke-width=\"2\">\n"
			    "<path d=\"M0 0 L10 0\"/>\n"
			    "</g>\n"
			    "<text x=\"30\" text-anchor=\"start\">Knee "
			    "<tspan>here</tspan></text>\n"
			    "</svg>\n");

	/* An empty figure is an empty root, with an end tag that a layout
	 * can write labels before (svg.h), and nothing to mirror. */
	pool_used = 0;
	root = add(NULL, E_SVG, root_a, 1);
	svg = figure(root, 0, 0);
	CHECK_EMIT(&svg, false, SVG_OPEN "0 0 100 50\">\n</svg>\n");
	CHECK_EMIT(&svg, true, SVG_OPEN "0 0 100 50\">\n</svg>\n");
}

static void
test_escapes(void)
{
	struct attribute root_a[] = {{"viewBox", V_VIEW_BOX, "0 0 100 50"}};
	/* Values no grammar would take, to show that the emitter escapes
	 * whatever a tree holds. */
	struct attribute g_a[] = {
		{"font-family", V_FONT_FAMILY, "a\"b&c<d>e\tf\ng\rh"}};
	struct node *root, *title;
	struct svg svg;

	pool_used = 0;
	root = add(NULL, E_SVG, root_a, 1);
	add(root, E_G, g_a, 1);
	title = add(root, E_TITLE, NULL, 0);
	add_text(title, "a<b>&\"c\" 'd'\ttab\nline\rcr");
	svg = figure(root, 0, 0);
	CHECK_EMIT(&svg, false,
		   SVG_OPEN "0 0 100 50\">\n"
			    "<g font-family=\"a&quot;b&amp;c&lt;d&gt;e&#9;f&#"
			    "10;g&#13;h\"/>\n"
			    "<title>a&lt;b&gt;&amp;&quot;c&quot; "
			    "'d'\ttab\nline&#13;cr</title>\n"
			    "</svg>\n");
}

static void
test_mirrors(void)
{
	struct attribute root_a[] = {{"viewBox", V_VIEW_BOX, "-10.5 0 100 50"},
				     {"fill", V_PAINT, "red"}};
	struct attribute rect_a[] = {{"width", V_LENGTH, "1"}};
	struct node *root;
	struct svg svg;

	/* The content flips in a group about the middle of the viewBox:
	 * x becomes 2 min-x + width - x, here 79 - x. */
	pool_used = 0;
	root = add(NULL, E_SVG, root_a, 2);
	add(root, E_RECT, rect_a, 1);
	svg = figure(root, -10.5, 0);
	CHECK_EMIT(&svg, true,
		   SVG_OPEN "-10.5 0 100 50\" fill=\"red\">\n"
			    "<g transform=\"matrix(-1 0 0 1 79 0)\">\n"
			    "<rect width=\"1\"/>\n"
			    "</g>\n"
			    "</svg>\n");
}

static void
test_mirrors_text_readable(void)
{
	struct attribute root_a[] = {{"viewBox", V_VIEW_BOX, "0 0 100 50"}};
	struct attribute plain_a[] = {{"x", V_COORD, "30"},
				      {"y", V_LENGTH, "5"}};
	struct attribute turned_a[] = {{"x", V_COORD, "-2.25"},
				       {"transform", V_TRANSFORM, "rotate(10)"},
				       {"text-anchor", V_TEXT_ANCHOR, "end"}};
	struct attribute middle_a[] = {
		{"text-anchor", V_TEXT_ANCHOR, "middle"}};
	struct attribute g_a[] = {{"text-anchor", V_TEXT_ANCHOR, "start"}};
	struct attribute tspan_a[] = {{"text-anchor", V_TEXT_ANCHOR, "end"}};
	struct node *root, *text, *g;
	struct svg svg;

	pool_used = 0;
	root = add(NULL, E_SVG, root_a, 1);
	/* A text turns back about its x, and takes the end anchor that
	 * the default start becomes. */
	text = add(root, E_TEXT, plain_a, 2);
	text->x = 30;
	add_text(text, "Hi");
	/* Its own transform comes first; end becomes start. */
	text = add(root, E_TEXT, turned_a, 3);
	text->x = -2.25;
	add_text(text, "a");
	/* middle stays; x 0 (even -0) flips about 0. */
	text = add(root, E_TEXT, middle_a, 1);
	text->x = -0.0;
	add_text(text, "b");
	/* An anchor on a group swaps there, and its texts inherit it
	 * rather than getting end. */
	g = add(root, E_G, g_a, 1);
	text = add(g, E_TEXT, NULL, 0);
	text->x = 1;
	add_text(text, "c");
	add_text(add(text, E_TSPAN, tspan_a, 1), "d");
	svg = figure(root, 0, 0);
	CHECK_EMIT(&svg, true,
		   SVG_OPEN "0 0 100 50\">\n"
			    "<g transform=\"matrix(-1 0 0 1 100 0)\">\n"
			    "<text x=\"30\" y=\"5\" transform=\"matrix(-1 0 0 "
			    "1 60 0)\" text-anchor=\"end\">Hi</text>\n"
			    "<text x=\"-2.25\" transform=\"rotate(10) "
			    "matrix(-1 0 0 1 -4.5 0)\" "
			    "text-anchor=\"start\">a</text>\n"
			    "<text text-anchor=\"middle\" "
			    "transform=\"matrix(-1 0 0 1 0 0)\">b</text>\n"
			    "<g text-anchor=\"end\">\n"
			    "<text transform=\"matrix(-1 0 0 1 2 0)\">c<tspan "
			    "text-anchor=\"start\">d</tspan></text>\n"
			    "</g>\n"
			    "</g>\n"
			    "</svg>\n");
	/* As drawn, nothing is added or swapped. */
	CHECK_EMIT(&svg, false,
		   SVG_OPEN "0 0 100 50\">\n"
			    "<text x=\"30\" y=\"5\">Hi</text>\n"
			    "<text x=\"-2.25\" transform=\"rotate(10)\" "
			    "text-anchor=\"end\">a</text>\n"
			    "<text text-anchor=\"middle\">b</text>\n"
			    "<g text-anchor=\"start\">\n"
			    "<text>c<tspan text-anchor=\"end\">d</tspan>"
			    "</text>\n"
			    "</g>\n"
			    "</svg>\n");

	/* The numbers the emitter writes are in the C locale too. */
	if (setlocale(LC_NUMERIC, "de_DE.UTF-8") != NULL) {
		struct attribute shifted_a[] = {
			{"viewBox", V_VIEW_BOX, "0.25 0 100 50"}};

		pool_used = 0;
		root = add(NULL, E_SVG, shifted_a, 1);
		text = add(root, E_TEXT, turned_a, 3);
		text->x = -2.25;
		svg = figure(root, 0.25, 0);
		CHECK_EMIT(&svg, true,
			   SVG_OPEN "0.25 0 100 50\">\n"
				    "<g transform=\"matrix(-1 0 0 1 100.5 "
				    "0)\">\n"
				    "<text x=\"-2.25\" transform=\"rotate(10) "
				    "matrix(-1 0 0 1 -4.5 0)\" "
				    "text-anchor=\"start\"/>\n"
				    "</g>\n"
				    "</svg>\n");
		setlocale(LC_NUMERIC, "C");
	}
}

int
main(void)
{
	test_grammars();
	test_no_grammar_takes_markup();
	test_numbers();
	test_numbers_in_a_comma_locale();
	test_texts();
	test_expected();
	test_emits_as_drawn();
	test_escapes();
	test_mirrors();
	test_mirrors_text_readable();
	return check_report("test_svg_core");
}
