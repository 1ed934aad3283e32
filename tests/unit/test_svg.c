/* SPDX-License-Identifier: ISC */
/*
 * test_svg.c: the figure parser accepts the drawing subset, refuses the
 * rest with a message that points at the fault, escapes what it writes
 * back, and mirrors a figure so that its texts still read; every shipped
 * figure passes and writes out to something that passes again.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "input.h"
#include "svg.h"

#define ROOT "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\">"
#define END  "</svg>"

/* The figure as emitted (mirrored or not), or NULL if it was refused. */
static char *
emit(const char *text, bool is_mirrored)
{
	struct failure f;
	struct svg *svg;
	char *out = NULL;
	size_t len;

	if (svg_parse(text, strlen(text), &svg, &f) != STATUS_OK) {
		fprintf(stderr, "refused: %lu:%lu: %s\n  in %s\n", f.line,
			f.column, f.message, text);
		return NULL;
	}
	if (svg_emit(svg, is_mirrored, &out, &len, &f) != STATUS_OK)
		out = NULL;
	else
		CHECK(strlen(out) == len);
	svg_free(svg);
	return out;
}

#define CHECK_EMIT(text, is_mirrored, want)                                    \
	do {                                                                   \
		char *got__ = emit(text, is_mirrored);                         \
		CHECK_STR(got__, want);                                        \
		free(got__);                                                   \
	} while (0)

/* A refusal: the message and the position it points at. */
#define CHECK_REFUSED(text, want_line, want_column, want)                      \
	check_refused(__LINE__, text, sizeof(text) - 1, want_line,             \
		      want_column, want)

static void
check_refused(int at, const char *text, size_t len, unsigned long line,
	      unsigned long column, const char *want)
{
	struct failure f;
	struct svg *svg = (struct svg *)&f; /* must become NULL */

	if (svg_parse(text, len, &svg, &f) != STATUS_DATA) {
		fprintf(stderr, "%s:%d: accepted: %s\n", __FILE__, at, text);
		check_failures++;
		svg_free(svg);
		return;
	}
	if (svg != NULL || f.line != line || f.column != column ||
	    f.file != NULL || strcmp(f.message, want) != 0) {
		fprintf(stderr,
			"%s:%d: got %lu:%lu: %s\n  expected %lu:%lu: %s\n",
			__FILE__, at, f.line, f.column, f.message, line, column,
			want);
		check_failures++;
	}
}

static void
test_accepts_drawing(void)
{
	struct failure f;
	struct svg *svg;
	struct svg_box box;
	const char *text =
		"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
		"<!-- a comment, dropped -->\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"\n"
		"     viewBox=\" -10 5.5,200 1e2 \" width=\"20cm\" "
		"height=\"10cm\"\n"
		"     preserveAspectRatio=\"xMidYMid meet\">\n"
		"  <title>Start</title><desc>Feet together</desc>\n"
		"  <g fill=\"none\" stroke=\"#1a2B3c\" stroke-width=\"2.5\"\n"
		"     transform=\"translate(1,2) rotate(-5 10 10) scale(2)\">\n"
		"    <path d=\"M0 0 L10 10 h5 v-5 c1 2 3 4 5 6 z\"/>\n"
		"    <line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" "
		"stroke-dasharray=\"4 3\"/>\n"
		"    <polyline points=\"0,0 10,10 20,0\" "
		"stroke-linecap=\"round\"/>\n"
		"    <polygon points=\"0 0 1 1 2 0\" fill-rule=\"evenodd\"/>\n"
		"    <rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" rx=\"0.5\" "
		"fill=\"rgb(10, 20, 30)\" opacity=\"50%\"/>\n"
		"    <circle cx=\"5\" cy=\"5\" r=\"2\" "
		"fill=\"currentColor\"/>\n"
		"    <ellipse cx=\"5\" cy=\"5\" rx=\"2\" ry=\"1\" "
		"fill=\"white\"/>\n"
		"  </g>\n"
		"  <text x=\"10\" y=\"40\" font-family=\"'DejaVu Sans', sans\" "
		"font-size=\"12px\">Knee <tspan "
		"dy=\"1em\">here</tspan></text>\n"
		"</svg>\n";

	CHECK(svg_parse(text, strlen(text), &svg, &f) == STATUS_OK);
	if (svg == NULL)
		return;
	box = svg_view_box(svg);
	CHECK(box.x == -10 && box.y == 5.5 && box.width == 200 &&
	      box.height == 100);
	svg_free(svg);

	/* Whitespace between elements goes; everything else is kept, in
	 * order, values trimmed, the namespace written by the emitter. */
	CHECK_EMIT(
		ROOT "\n  <g stroke=\" red \">\n  <path d=\"M0 0\"/>\n  </g>"
		     "<!-- gone -->" END,
		false,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<g stroke=\"red\">\n<path d=\"M0 0\"/>\n</g>\n"
		"</svg>\n");
	/* An svg prefix for the SVG namespace is the same document. */
	CHECK_EMIT("<s:svg xmlns:s=\"http://www.w3.org/2000/svg\" "
		   "viewBox=\"0 0 1 1\"><s:rect width=\"1\" height=\"1\"/>"
		   "</s:svg>",
		   false,
		   "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 "
		   "1\">\n<rect width=\"1\" height=\"1\"/>\n</svg>\n");
}

static void
test_refuses_dtd_entities_and_instructions(void)
{
	CHECK_REFUSED("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n"
		      "<!ENTITY a \"aaaaaaaaaa\">\n"
		      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
		      "]>\n<svg>&b;</svg>",
		      2, 1,
		      "a document type declaration (<!DOCTYPE>) is not "
		      "allowed: a figure declares no entities");
	CHECK_REFUSED("<!DOCTYPE svg [<!ENTITY x SYSTEM "
		      "\"file:///etc/passwd\">]><svg>&x;</svg>",
		      1, 1,
		      "a document type declaration (<!DOCTYPE>) is not "
		      "allowed: a figure declares no entities");
	CHECK_REFUSED(ROOT "<title>&nbsp;</title>" END, 1, 69,
		      "entity references are not allowed; expected &amp; &lt; "
		      "&gt; &quot; &apos; or a character reference");
	CHECK_REFUSED(ROOT "\n<?xml-stylesheet href=\"a.css\"?>" END, 2, 1,
		      "processing instruction '<?xml-stylesheet' is not "
		      "allowed");
	CHECK_REFUSED(
		"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" ROOT END, 1,
		1,
		"expected encoding=\"UTF-8\" in the XML declaration, "
		"found \"ISO-8859-1\"");
}

static void
test_refuses_what_runs_or_loads(void)
{
	CHECK_REFUSED(ROOT "\n  <script>alert(1)</script>" END, 2, 3,
		      "element 'script' is not allowed: a figure cannot run "
		      "scripts");
	CHECK_REFUSED(ROOT "<style>rect { fill: red }</style>" END, 1, 62,
		      "element 'style' is not allowed: give fill, stroke and "
		      "the like as attributes");
	CHECK_REFUSED(ROOT "<foreignObject/>" END, 1, 62,
		      "element 'foreignObject' is not allowed: a figure holds "
		      "SVG drawing elements only");
	CHECK_REFUSED(ROOT "<use href=\"#a\"/>" END, 1, 62,
		      "element 'use' is not allowed; expected svg, g, path, "
		      "line, polyline, polygon, rect, circle, ellipse, text, "
		      "tspan, title or desc");
	CHECK_REFUSED("<svg xmlns=\"http://www.w3.org/2000/svg\"\n"
		      "  viewBox=\"0 0 1 1\" onload=\"alert(1)\"/>",
		      2, 21,
		      "event attribute 'onload' is not allowed: a figure "
		      "cannot run scripts");
	CHECK_REFUSED(ROOT "<g OnClick=\"x\"/>" END, 1, 65,
		      "event attribute 'OnClick' is not allowed: a figure "
		      "cannot run scripts");
	CHECK_REFUSED(
		"<svg xmlns=\"http://www.w3.org/2000/svg\" "
		"xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
		"viewBox=\"0 0 1 1\">\n"
		"<path d=\"M0 0\" xlink:href=\"http://example.com/\"/>" END,
		2, 16,
		"attribute 'xlink:href' is not allowed: a figure cannot "
		"refer to anything outside it");
	CHECK_REFUSED(ROOT "<path href=\"x\" d=\"M0 0\"/>" END, 1, 68,
		      "attribute 'href' is not allowed: a figure cannot refer "
		      "to anything outside it");
	CHECK_REFUSED(ROOT "<rect style=\"fill:red\"/>" END, 1, 68,
		      "attribute 'style' is not allowed: give fill, stroke and "
		      "the like as attributes of their own");
	CHECK_REFUSED(ROOT "<rect fill=\"url(#g)\"/>" END, 1, 68,
		      "attribute 'fill' on 'rect': url() references are not "
		      "allowed, found \"url(#g)\"");
	CHECK_REFUSED(ROOT "<rect fill=\" U r L\t(x)\"/>" END, 1, 68,
		      "attribute 'fill' on 'rect': url() references are not "
		      "allowed, found \" U r L (x)\"");
	CHECK_REFUSED(ROOT "<rect stroke=\"JavaScript :alert(1)\"/>" END, 1, 68,
		      "attribute 'stroke' on 'rect': javascript: is not "
		      "allowed, found \"JavaScript :alert(1)\"");
	CHECK_REFUSED(ROOT "<rect fill=\"\\75rl(x)\"/>" END, 1, 68,
		      "attribute 'fill' on 'rect': backslash escapes are not "
		      "allowed, found \"\\\\75rl(x)\"");
	CHECK_REFUSED(ROOT "<rect mask=\"a\"/>" END, 1, 68,
		      "attribute 'mask' is not allowed; a figure may use only "
		      "geometry and presentation attributes");
	CHECK_REFUSED(ROOT "<rect xml:space=\"preserve\"/>" END, 1, 68,
		      "attribute 'xml:space' is not allowed: a figure's "
		      "attributes have no namespace prefix");
}

static void
test_refuses_other_documents(void)
{
	char text[256];

	CHECK_REFUSED("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", 1, 1,
		      "expected the root element svg in the SVG namespace "
		      "(xmlns=\"http://www.w3.org/2000/svg\"), found 'html'");
	CHECK_REFUSED("<svg viewBox=\"0 0 1 1\"/>", 1, 1,
		      "expected the root element svg in the SVG namespace "
		      "(xmlns=\"http://www.w3.org/2000/svg\"), found 'svg' in "
		      "no namespace");
	CHECK_REFUSED(ROOT "<g xmlns=\"http://example.com/\"/>" END, 1, 62,
		      "element 'g' is not in the SVG namespace");
	CHECK_REFUSED("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 1, 1,
		      "expected a viewBox on the root element svg: four "
		      "numbers, min-x min-y width height");
	CHECK_REFUSED("<svg xmlns=\"http://www.w3.org/2000/svg\" "
		      "viewBox=\"0 0 0 10\"/>",
		      1, 41,
		      "attribute 'viewBox' on 'svg': expected four numbers, "
		      "min-x min-y width height, with a positive width and "
		      "height, found \"0 0 0 10\"");
	CHECK_REFUSED("<svg xmlns=\"http://www.w3.org/2000/svg\" "
		      "viewBox=\"0 0 1e300 1\"/>",
		      1, 1,
		      "attribute 'viewBox' on 'svg': expected numbers from "
		      "-1e9 to 1e9");
	CHECK_REFUSED(ROOT "<svg viewBox=\"0 0 1 1\"/>" END, 1, 62,
		      "element 'svg' is allowed only as the root");
	CHECK_REFUSED(ROOT "<path d=\"M0 0\"><rect/></path>" END, 1, 77,
		      "element 'rect' is not allowed inside 'path'");
	CHECK_REFUSED(ROOT "\n<g>\n  loose words</g>" END, 3, 3,
		      "expected text only inside text, tspan, title or desc, "
		      "found \"loose words\" inside 'g'");
	CHECK_REFUSED(ROOT "<g></svg>", 1, 67, "invalid XML: mismatched tag");
	CHECK_REFUSED("", 1, 1, "invalid XML: no element found");
	CHECK_REFUSED(ROOT "\n<title>caf\xc3\xa9 \xff</title>" END, 2, 13,
		      "expected UTF-8, found the byte 0xff");
	CHECK_REFUSED(ROOT "<title>\xed\xa0\x80</title>" END, 1, 69,
		      "expected UTF-8, found the byte 0xed");
	CHECK_REFUSED(ROOT "<title>a\xc2\x85</title>" END, 1, 69,
		      "expected text without control characters or "
		      "bidirectional overrides, found \"a\\xc2\\x85\"");
	/* U+202E, written as bytes so that this file holds no override. */
	snprintf(text, sizeof text, "%s<title>%c%c%cabc</title>%s", ROOT, 0xe2,
		 0x80, 0xae, END);
	check_refused(__LINE__, text, strlen(text), 1, 69,
		      "expected text without control characters or "
		      "bidirectional overrides, found \"\\xe2\\x80\\xaeabc\"");
}

static void
test_refuses_bad_values(void)
{
	CHECK_REFUSED(ROOT "<rect width=\"thick\"/>" END, 1, 68,
		      "attribute 'width' on 'rect': expected a number with an "
		      "optional unit (px, pt, pc, mm, cm, in, em, ex or %), "
		      "found \"thick\"");
	CHECK_REFUSED(ROOT "<rect width=\"1 \"/><rect width=\"1e\"/>" END, 1,
		      86,
		      "attribute 'width' on 'rect': expected a number with an "
		      "optional unit (px, pt, pc, mm, cm, in, em, ex or %), "
		      "found \"1e\"");
	CHECK_REFUSED(ROOT "<path d=\"L0 0\"/>" END, 1, 68,
		      "attribute 'd' on 'path': expected path data: M, L, H, "
		      "V, C, S, Q, T, A and Z (in either case) with numbers, "
		      "starting with M, found \"L0 0\"");
	CHECK_REFUSED(ROOT "<path d=\"M0 0 &lt;g\"/>" END, 1, 68,
		      "attribute 'd' on 'path': expected path data: M, L, H, "
		      "V, C, S, Q, T, A and Z (in either case) with numbers, "
		      "starting with M, found \"M0 0 <g\"");
	CHECK_REFUSED(ROOT "<polyline points=\"0,0 1\"/>" END, 1, 72,
		      "attribute 'points' on 'polyline': expected pairs of "
		      "numbers (x,y) separated by spaces or commas, found "
		      "\"0,0 1\"");
	CHECK_REFUSED(ROOT "<g transform=\"rotate(1 2)\"/>" END, 1, 65,
		      "attribute 'transform' on 'g': expected matrix(), "
		      "translate(), scale(), rotate(), skewX() or skewY() "
		      "with numbers, found \"rotate(1 2)\"");
	CHECK_REFUSED(ROOT "<g transform=\"matrix(1 0 0 1 0)\"/>" END, 1, 65,
		      "attribute 'transform' on 'g': expected matrix(), "
		      "translate(), scale(), rotate(), skewX() or skewY() "
		      "with numbers, found \"matrix(1 0 0 1 0)\"");
	CHECK_REFUSED(ROOT "<g fill=\"#12345\"/>" END, 1, 65,
		      "attribute 'fill' on 'g': expected none, currentColor, a "
		      "colour name, #rgb, #rrggbb or rgb(), found \"#12345\"");
	CHECK_REFUSED(ROOT "<g opacity=\"%\"/>" END, 1, 65,
		      "attribute 'opacity' on 'g': expected a number or a "
		      "percentage, found \"%\"");
	CHECK_REFUSED(ROOT "<g stroke-linecap=\"Round\"/>" END, 1, 65,
		      "attribute 'stroke-linecap' on 'g': expected one of "
		      "butt, round, square, found \"Round\"");
	CHECK_REFUSED(ROOT "<g font-family=\"a&quot;b\"/>" END, 1, 65,
		      "attribute 'font-family' on 'g': expected font names "
		      "(letters, digits, spaces, hyphens, commas and single "
		      "quotes), found \"a\\\"b\"");
	CHECK_REFUSED(ROOT "<circle x=\"1\"/>" END, 1, 70,
		      "attribute 'x' is not allowed on 'circle'");
	CHECK_REFUSED(ROOT "<title fill=\"red\"/>" END, 1, 69,
		      "attribute 'fill' is not allowed on 'title'");
	CHECK_REFUSED(ROOT "<rect id=\"a\" class=\"b\"/>" END, 1, 68,
		      "attribute 'id' is not allowed; a figure may use only "
		      "geometry and presentation attributes");
}

static void
test_refuses_text_that_cannot_mirror(void)
{
	CHECK_REFUSED(ROOT "<text x=\"5%\">a</text>" END, 1, 68,
		      "attribute 'x' on 'text': expected a plain number (a "
		      "text's x must be one number so that it can be "
		      "mirrored), found \"5%\"");
	CHECK_REFUSED(ROOT "<text x=\"1 2 3\">a</text>" END, 1, 68,
		      "attribute 'x' on 'text': expected a plain number (a "
		      "text's x must be one number so that it can be "
		      "mirrored), found \"1 2 3\"");
	CHECK_REFUSED(ROOT "<text x=\"3\">a<tspan x=\"4\">b</tspan></text>" END,
		      1, 82,
		      "attribute 'x' on 'tspan': expected the x of its text "
		      "(3) so that the text can be mirrored, found \"4\"");
	CHECK_REFUSED(ROOT "<text>a<tspan dx=\"4\">b</tspan></text>" END, 1, 76,
		      "attribute 'dx' is not allowed: a mirrored text could "
		      "not keep it; place text with x");
	CHECK_REFUSED(ROOT "<text x=\"2e9\">a</text>" END, 1, 68,
		      "attribute 'x' on 'text': expected a number from -1e9 to "
		      "1e9, found \"2e9\"");
	CHECK_REFUSED(ROOT "<text><text/></text>" END, 1, 68,
		      "element 'text' is not allowed inside 'text'");
}

/* Appends s and a NUL at big + *len; the next append overwrites the
 * NUL. */
static void
append(char *big, size_t *len, const char *s)
{
	size_t n = strlen(s);

	memcpy(big + *len, s, n + 1);
	*len += n;
}

/* Sizes and counts that would make a parser slow or large stop early. */
static void
test_caps(void)
{
	struct failure f;
	struct svg *svg;
	size_t i, len;
	char *big;

	big = malloc(SVG_MAX_BYTES + 2);
	if (big == NULL)
		exit(1);
	memset(big, ' ', SVG_MAX_BYTES + 1);
	len = 0;
	append(big, &len, ROOT);
	big[len] = ' ';
	len = SVG_MAX_BYTES + 1 - 6;
	append(big, &len, END);
	CHECK(svg_parse(big, SVG_MAX_BYTES + 1, &svg, &f) == STATUS_DATA);
	CHECK(svg == NULL && f.line == 0 && f.column == 0);
	CHECK_STR(f.message, "larger than the limit of 262144 bytes");
	/* Exactly at the limit is allowed. */
	len = SVG_MAX_BYTES - 6;
	append(big, &len, END);
	CHECK(svg_parse(big, SVG_MAX_BYTES, &svg, &f) == STATUS_OK);
	svg_free(svg);

	/* Nesting: 32 levels pass, the 33rd stops the parser. */
	len = 0;
	append(big, &len, ROOT);
	for (i = 1; i < SVG_MAX_DEPTH; i++)
		append(big, &len, "<g>");
	for (i = 1; i < SVG_MAX_DEPTH; i++)
		append(big, &len, "</g>");
	append(big, &len, END);
	CHECK(svg_parse(big, len, &svg, &f) == STATUS_OK);
	svg_free(svg);
	len = 0;
	append(big, &len, ROOT);
	for (i = 0; i < 10000; i++)
		append(big, &len, "<g>");
	CHECK(svg_parse(big, len, &svg, &f) == STATUS_DATA);
	CHECK_STR(f.message, "elements nested more than 32 deep");
	CHECK(f.line == 1 && f.column == 62 + 3 * (SVG_MAX_DEPTH - 1));

	/* Elements: 10,000 in all pass, one more does not. */
	len = 0;
	append(big, &len, ROOT);
	for (i = 1; i < SVG_MAX_ELEMENTS; i++)
		append(big, &len, "<g/>");
	append(big, &len, END);
	CHECK(svg_parse(big, len, &svg, &f) == STATUS_OK);
	svg_free(svg);
	len -= strlen(END);
	append(big, &len, "<g/>" END);
	CHECK(svg_parse(big, len, &svg, &f) == STATUS_DATA);
	CHECK_STR(f.message, "more than 10000 elements");

	/* Attributes of one element, checked by count before any name. */
	len = 0;
	append(big, &len, ROOT "<g");
	for (i = 0; i < 20000; i++)
		len += (size_t)sprintf(big + len, " a%zu=''", i);
	append(big, &len, "/>" END);
	CHECK(svg_parse(big, len, &svg, &f) == STATUS_DATA);
	CHECK_STR(f.message, "element 'g' has more than 32 attributes");
	free(big);
}

static void
test_escapes_on_emission(void)
{
	/* Character references become characters when read, and markup
	 * characters go back out as references, CR included. */
	CHECK_EMIT(
		ROOT "<title>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; "
		     "&#60;script&#62; &#13;\ttab</title>" END,
		false,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<title>a &lt;b&gt; &amp; &quot;c&quot; 'd' "
		"&lt;script&gt; &#13;\ttab</title>\n</svg>\n");
	CHECK_EMIT(
		ROOT "<text><![CDATA[</text><script>]]></text>" END, false,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<text>&lt;/text&gt;&lt;script&gt;"
		"</text>\n</svg>\n");
	/* An attribute's line break, from a reference, is kept as one. */
	CHECK_EMIT(
		ROOT "<path d=\"M0 0&#10;L1 1\"/>" END, false,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<path d=\"M0 0&#10;L1 1\"/>\n</svg>\n");
	CHECK_EMIT(
		ROOT "<g font-family=\"'Open Sans'\"/>" END, false,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<g font-family=\"'Open Sans'\"/>\n</svg>\n");
}

static void
test_mirrors(void)
{
	/* The group flips about the middle of the viewBox: x becomes
	 * 2 min-x + width - x. */
	CHECK_EMIT(
		ROOT "<path d=\"M0 0 L10 0\"/>" END, true,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<g transform=\"matrix(-1 0 0 1 100 0)\">\n"
		"<path d=\"M0 0 L10 0\"/>\n</g>\n</svg>\n");
	CHECK_EMIT(
		"<svg xmlns=\"http://www.w3.org/2000/svg\" "
		"viewBox=\"-10.5 0 100 50\" fill=\"red\"><rect width=\"1\"/>"
		"</svg>",
		true,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-10.5 0 "
		"100 50\" fill=\"red\">\n<g transform=\"matrix(-1 0 0 1 79 "
		"0)\">\n<rect width=\"1\"/>\n</g>\n</svg>\n");
	/* An empty figure stays empty, with an end tag that a layout can
	 * write labels before (svg.h). */
	CHECK_EMIT(
		ROOT END, true,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n</svg>\n");
}

static void
test_mirrors_text_readable(void)
{
	/* Each text turns back about its x, after its own transform, and
	 * start becomes end; a text with the default anchor gets end. */
	CHECK_EMIT(
		ROOT "<text x=\"30\" y=\"5\">Hi <tspan x=\"30\" dy=\"1em\">"
		     "there</tspan></text>" END,
		true,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<g transform=\"matrix(-1 0 0 1 100 0)\">\n"
		"<text x=\"30\" y=\"5\" transform=\"matrix(-1 0 0 1 60 0)\" "
		"text-anchor=\"end\">Hi <tspan x=\"30\" dy=\"1em\">there"
		"</tspan></text>\n</g>\n</svg>\n");
	CHECK_EMIT(
		ROOT "<text x=\"-2.25\" transform=\"rotate(10)\" "
		     "text-anchor=\"end\">a</text>"
		     "<text text-anchor=\"middle\">b</text>" END,
		true,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<g transform=\"matrix(-1 0 0 1 100 0)\">\n"
		"<text x=\"-2.25\" transform=\"rotate(10) matrix(-1 0 0 1 "
		"-4.5 0)\" text-anchor=\"start\">a</text>\n"
		"<text text-anchor=\"middle\" transform=\"matrix(-1 0 0 1 0 "
		"0)\">b</text>\n</g>\n</svg>\n");
	/* An anchor set on a group swaps there, and its texts inherit the
	 * swapped one. */
	CHECK_EMIT(
		ROOT "<g text-anchor=\"start\"><text x=\"1\">a<tspan "
		     "text-anchor=\"end\">b</tspan></text></g>" END,
		true,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<g transform=\"matrix(-1 0 0 1 100 0)\">\n"
		"<g text-anchor=\"end\">\n<text x=\"1\" transform=\"matrix(-1 "
		"0 0 1 2 0)\">a<tspan text-anchor=\"start\">b</tspan>"
		"</text>\n</g>\n</g>\n</svg>\n");
	/* As drawn, nothing is added. */
	CHECK_EMIT(
		ROOT "<text x=\"30\">a</text>" END, false,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 "
		"50\">\n<text x=\"30\">a</text>\n</svg>\n");
}

/* Parses text, emits it, parses that and emits again: the two outputs
 * must be the same, and the mirrored output must parse too. */
static void
check_round_trip(const char *name, const char *text, size_t len)
{
	struct failure f;
	struct svg *svg, *again;
	char *first, *second, *mirrored, *mirrored_again;
	size_t n;

	if (svg_parse(text, len, &svg, &f) != STATUS_OK) {
		fprintf(stderr, "%s:%lu:%lu: %s\n", name, f.line, f.column,
			f.message);
		check_failures++;
		return;
	}
	CHECK(svg_emit(svg, false, &first, &n, &f) == STATUS_OK);
	CHECK(svg_emit(svg, true, &mirrored, &n, &f) == STATUS_OK);
	svg_free(svg);
	CHECK(svg_parse(first, strlen(first), &again, &f) == STATUS_OK);
	CHECK(svg_emit(again, false, &second, &n, &f) == STATUS_OK);
	CHECK_STR(second, first);
	svg_free(again);
	free(second);
	/* The mirrored figure is itself a valid figure, written the same
	 * way again. */
	CHECK(svg_parse(mirrored, strlen(mirrored), &again, &f) == STATUS_OK);
	CHECK(svg_emit(again, false, &mirrored_again, &n, &f) == STATUS_OK);
	CHECK_STR(mirrored_again, mirrored);
	svg_free(again);
	free(mirrored_again);
	free(mirrored);
	free(first);
}

/* Whether the len bytes at s (not NUL-terminated) hold what. */
static bool
holds(const char *s, size_t len, const char *what)
{
	return memmem(s, len, what, strlen(what)) != NULL;
}

/* The shipped figures: each passes, has the shared 240 by 240 box and no
 * words, stays small, and round-trips. */
static void
test_shipped_figures(void)
{
	struct dirent **entries;
	struct failure f;
	struct svg *svg;
	struct svg_box box;
	char path[4096], *bytes;
	size_t len;
	int i, n, count = 0;

	n = scandir(HEELRX_FIGURES, &entries, NULL, alphasort);
	CHECK(n > 0);
	for (i = 0; i < n; i++) {
		const char *name = entries[i]->d_name;
		size_t name_len = strlen(name);

		if (name_len > 4 && strcmp(name + name_len - 4, ".svg") == 0) {
			snprintf(path, sizeof path, "%s/%s", HEELRX_FIGURES,
				 name);
			CHECK(input_read(path, path, SVG_MAX_BYTES, &bytes,
					 &len, NULL, &f) == STATUS_OK);
			CHECK(len < 8192);
			CHECK(holds(bytes, len,
				    "SPDX-License-Identifier: ISC"));
			CHECK(!holds(bytes, len, "<text") &&
			      !holds(bytes, len, "<title") &&
			      !holds(bytes, len, "<desc"));
			check_round_trip(path, bytes, len);
			if (svg_parse(bytes, len, &svg, &f) == STATUS_OK) {
				box = svg_view_box(svg);
				CHECK(box.x == 0 && box.y == 0 &&
				      box.width == 240 && box.height == 240);
				svg_free(svg);
			}
			free(bytes);
			count++;
		}
		free(entries[i]);
	}
	free(entries);
	/* A start and an end for each of the three exercises, which the
	 * shipped catalog names, and the frames that are to replace them:
	 * three for hip abduction, two for each of the others. */
	CHECK(count == 6 + 7);
}

int
main(void)
{
	test_accepts_drawing();
	test_refuses_dtd_entities_and_instructions();
	test_refuses_what_runs_or_loads();
	test_refuses_other_documents();
	test_refuses_bad_values();
	test_refuses_text_that_cannot_mirror();
	test_caps();
	test_escapes_on_emission();
	test_mirrors();
	test_mirrors_text_readable();
	test_shipped_figures();
	return check_report("test_svg");
}
