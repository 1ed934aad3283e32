/* SPDX-License-Identifier: ISC */
/*
 * render_html.c: a handout laid out as one self-contained HTML5
 * document, for a browser, a phone or a PDF.
 *
 * Everything the document holds is written here: the markup, and a
 * style sheet of our own inside it, with no file, font, script or
 * address it would need from elsewhere.  Every text from the catalog
 * or the command line goes through escape_html (escape_html.h), the one
 * escaper, in element and attribute values alike; the only markup that is
 * not ours is a figure's SVG, which svg.c wrote afresh from a parsed and
 * whitelisted tree, every value escaped.
 *
 * The handout's blocks are flat; the document's sections come from
 * their kinds and depths: a heading opens a section, an exercise a
 * section inside it, and a subheading within an exercise a part (the
 * set-up for one leg with its figures, the movement, the cues).
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "escape_html.h"
#include "html_figures.h"
#include "i18n.h"
#include "lang.h"
#include "numrange.h"
#include "qr.h"
#include "render.h"

/*
 * The style sheet.  Screen: one column, at most about 46 em wide,
 * readable on a phone (the log sheet scrolls inside its own box).
 * Print: 12 pt on A4 or US Letter (the page's size is the printer's;
 * 15 mm margins fit both), each leg's figures in a row of their own,
 * large enough to show the working foot's movement (72 mm, 76 mm for
 * one leg; of three frames two to a row, the set-up's list beside the
 * third), a part of an exercise (a leg's set-up, the movement) never
 * split across pages and the first never parted from the exercise's
 * title, the log sheet on pages of its own turned landscape, a week of
 * it never split, and nothing said by colour alone: the banner and the warning
 * are boxed in black, which prints without background graphics.
 * Fonts by name: Liberation Sans, else what every system has, then a
 * Chinese font (Noto Sans CJK or WenQuanYi Zen Hei, Debian's
 * fonts-noto-cjk and fonts-wqy-zenhei) for the characters a Latin
 * font lacks, so that a Chinese PDF does not depend on what happens to
 * be installed.
 */
static const char style[] =
	"body{margin:0 auto;padding:0 1rem 2rem;max-width:46rem;"
	"font-family:\"Liberation Sans\",Arial,Helvetica,"
	"\"Noto Sans CJK SC\",\"WenQuanYi Zen Hei\",sans-serif;"
	"font-size:1rem;line-height:1.45;color:#111;background:#fff;"
	"overflow-wrap:break-word}\n"
	"h1{font-size:1.6rem;line-height:1.2;margin:1rem 0 .5rem}\n"
	"h2{font-size:1.3rem;margin:1.5rem 0 .5rem;padding-bottom:.15rem;"
	"border-bottom:2px solid #111;break-after:avoid}\n"
	"h3{font-size:1.15rem;margin:0 0 .5rem;line-height:1.3}\n"
	"h4{font-size:1rem;margin:.75rem 0 .25rem;break-after:avoid}\n"
	"p,ul,ol,dl{margin:.4rem 0}\n"
	"ul,ol{padding-left:1.5rem}\n"
	"li{margin:.15rem 0}\n"
	".fields{margin:.25rem 0 1rem}\n"
	".fields dt,.facts dt{font-weight:bold}\n"
	".fields dt,.fields dd{display:inline;margin:0}\n"
	".fields dd{margin:0 2rem 0 .4rem}\n"
	".banner{font-size:1.4rem;font-weight:bold;line-height:1.3;"
	"text-align:center;margin:1rem 0;padding:.6rem .8rem;"
	"border:4px solid #111;background:#fff4c2}\n"
	".warning{margin:1rem 0;padding:.5rem .8rem;border:4px double #111}\n"
	".contact{font-style:normal;margin:0 0 1rem}\n"
	".contact .label{font-weight:bold}\n"
	".note{margin:1rem 0;padding:.1rem .8rem .4rem;border:2px solid #111;"
	"border-left-width:8px}\n"
	".note h2{border:0;margin:.4rem 0 .2rem}\n"
	".warning p{margin:0}\n"
	".warning .label{margin-right:.4rem;letter-spacing:.05em}\n"
	".facts{overflow:hidden}\n"
	".facts dt{float:left;clear:left;width:9rem}\n"
	".facts dd{margin:0 0 .2rem 9.5rem}\n"
	".exercise{margin:1rem 0;padding:.6rem .9rem .4rem;"
	"border:2px solid #111;border-radius:.4rem;break-inside:avoid}\n"
	".exercise.key{border-width:4px}\n"
	".number{margin-right:.3rem}\n"
	".mark{display:inline-block;font-size:.8rem;letter-spacing:.05em;"
	"padding:0 .35rem;border:2px solid #111;vertical-align:.1rem}\n"
	".drawn{display:flex;flex-wrap:wrap;align-items:flex-start}\n"
	".drawn h4{flex:1 0 100%}\n"
	".figures{flex:0 1 23rem;margin-right:1rem}\n"
	".drawn ul{flex:1 1 14rem}\n"
	".three{flex-basis:100%;margin-right:0}\n"
	".drawn ul.beside{display:inline-block;vertical-align:top;width:50%;"
	"box-sizing:border-box;"
	"margin:.25rem 0}\n"
	"figure{display:inline-block;vertical-align:top;width:47%;"
	"margin:.25rem 3% .5rem 0}\n"
	"figure svg{display:block;width:100%;height:auto;"
	"border:1px solid #999}\n"
	"figcaption{font-size:.875rem;line-height:1.3;margin-top:.25rem}\n"
	".legend{margin:.75rem 0;padding:.4rem .9rem;border:1px solid #999}\n"
	".legend ul{list-style:none;padding:0}\n"
	".legend li{margin:.25rem 0}\n"
	".sample{vertical-align:middle;margin-right:.4rem}\n"
	"figure.video{width:10rem}\n"
	"figure.video svg{width:8rem;border:0}\n"
	".video a{overflow-wrap:anywhere}\n"
	".sheet{overflow:auto;margin:.5rem 0}\n"
	"table{border-collapse:collapse;min-width:100%}\n"
	"table+table{margin-top:1rem}\n"
	"th,td{border:1px solid #111;padding:.25rem .4rem;text-align:left;"
	"vertical-align:top}\n"
	"thead th{vertical-align:bottom}\n"
	"td{height:2.2rem}\n"
	"td.num{text-align:right;white-space:nowrap;min-width:3.5rem}\n"
	"th.apart,td.apart{border-left-width:3px}\n"
	"th.write{width:4.5em}\n"
	"tbody th[scope=rowgroup]{background:#eee;font-weight:bold}\n"
	"tbody th[scope=row]{font-weight:normal;white-space:nowrap}\n"
	".range,.word{white-space:nowrap}\n"
	"td.tick{text-align:center;vertical-align:middle}\n"
	"td.tick::before{content:\"\";display:inline-block;width:1em;"
	"height:1em;border:2px solid #111;vertical-align:middle}\n";

/*
 * Print, in a string of its own (C compilers need not take one longer
 * than 4095 bytes): the pages, and what changes on them.
 */
static const char print_style[] =
	"@page{margin:15mm 15mm 17mm;\n"
	"@bottom-center{font:9pt \"Liberation Sans\",Arial,Helvetica,"
	"\"Noto Sans CJK SC\",\"WenQuanYi Zen Hei\",sans-serif;color:#333;"
	"content:counter(page) \" / \" counter(pages);"
	"content:string(banner) \"  \\2014  \" counter(page) \" / \" "
	"counter(pages)}}\n"
	"@page sheet{size:landscape}\n"
	"@media print{\n"
	"body{max-width:none;padding:0;font-size:12pt;line-height:1.3}\n"
	"h1{font-size:18pt;margin:0 0 2mm}\n"
	"h2{font-size:14pt;margin:5mm 0 2mm}\n"
	"h3{font-size:13pt;margin-bottom:1.5mm}\n"
	"h4{margin:2mm 0 .5mm}\n"
	"p,ul,ol,dl{margin:1mm 0}\n"
	"h2+ul{break-inside:avoid}\n"
	"li{margin:.3mm 0}\n"
	".banner{font-size:16pt;margin:4mm 0;padding:2.5mm 4mm;"
	"background:none;string-set:banner content()}\n"
	".warning{margin:4mm 0;padding:2mm 4mm}\n"
	".note{margin:4mm 0;padding:0 4mm 1mm;break-inside:avoid}\n"
	".exercises>h2{display:none}\n"
	".exercise{margin:4mm 0;padding:2.5mm 4mm 1.5mm}\n"
	".drawn,.drawn h4,.figures,.drawn ul{display:block;width:auto}\n"
	".figures{margin:0;padding:0 0 1mm}\n"
	"figure{width:72mm;margin:0 6mm 1mm 0}\n"
	".one-setup figure{width:76mm;margin-right:8mm}\n"
	".drawn ul.beside{display:inline-block;width:78mm;margin:0}\n"
	"figure.video,.one-setup figure.video{display:block;width:auto;"
	"margin:1mm 0;overflow:hidden}\n"
	"figure.video svg{float:left;width:35mm;margin-right:4mm}\n"
	".video a{color:inherit}\n"
	".part{break-inside:avoid}\n"
	".exercise h3,.exercise .facts{break-after:avoid}\n"
	".legend{break-inside:avoid}\n"
	".drawn ul{padding-left:6mm}\n"
	"figure svg{border-color:#777}\n"
	"figcaption{font-size:11pt;line-height:1.2}\n"
	".sheet{overflow:visible}\n"
	".sheet-page{break-before:page;page:sheet}\n"
	".sheet-page h2{margin-top:0}\n"
	"table{width:100%;table-layout:auto;font-size:11pt;"
	"break-inside:auto}\n"
	"th,td{padding:1mm 1.2mm}\n"
	"thead th{font-size:10pt}\n"
	"thead{display:table-header-group}\n"
	"tr{break-inside:avoid}\n"
	"tbody{break-inside:avoid}\n"
	"tbody tr:first-child{break-after:avoid}\n"
	"td{height:8mm}\n"
	"td.num{min-width:0}\n"
	"th.write{width:16mm}\n"
	"tbody th[scope=rowgroup]{background:none;border-top-width:2px}\n"
	"}\n";

/*
 * Large print (--large-print), after the sheets above, which it
 * overrides: on screen a third larger; in print, text of 16 pt or more
 * (captions, the log sheet and the boxed marks too; only the page's
 * foot is smaller, at 12 pt), and each figure on a row of its own,
 * 125 mm wide: the width at which the labels on a drawing, which
 * scale with it, are 16 pt too (13 pt at 100 mm).  Two such figures and a
 * set-up are taller than a page, so an exercise may break between its figures
 * and items, never inside one.  The log sheet stays on the page by being cut
 * into more, narrower tables (SHEET_MAX_COLUMNS_LARGE), each on pages of its
 * own.
 */
static const char large_style[] =
	"body{font-size:1.35rem;max-width:56rem}\n"
	"h1{font-size:2.1rem}\n"
	"h2{font-size:1.75rem}\n"
	"h3{font-size:1.55rem}\n"
	"h4{font-size:1.35rem}\n"
	".banner{font-size:1.85rem}\n"
	"figure,.one-setup figure{display:block;width:auto;max-width:30rem;"
	"margin:.25rem 0 .75rem}\n"
	".figures{flex-basis:100%;margin-right:0}\n"
	".drawn ul.beside{display:block;width:auto}\n"
	"figcaption,.mark{font-size:1.2rem}\n"
	".facts dt{width:10em}\n"
	".facts dd{margin-left:10.5em}\n"
	"@page{@bottom-center{font-size:12pt}}\n"
	"@media print{\n"
	"body{font-size:16pt;line-height:1.35}\n"
	"h1{font-size:24pt}\n"
	"h2{font-size:20pt}\n"
	"h3{font-size:18pt}\n"
	"h4{font-size:16pt}\n"
	".banner{font-size:20pt}\n"
	".mark{font-size:16pt}\n"
	"figure,.one-setup figure{width:125mm;margin:0 0 2mm}\n"
	".drawn ul.beside{display:block;width:auto}\n"
	"figure.video svg{width:45mm}\n"
	".exercise,.part{break-inside:auto}\n"
	"figure,li,.facts{break-inside:avoid}\n"
	"table+table{break-before:page;margin-top:0}\n"
	"figcaption{font-size:16pt}\n"
	"table,thead th{font-size:16pt}\n"
	"td{height:10mm}\n"
	"th.write{width:auto}\n"
	"}\n";

/*
 * Narrow screens, such as a phone held upright: labels above their
 * values.  A style element of its own, since WeasyPrint 57 reads no
 * media features inside a style sheet and warns of them.
 */
static const char narrow_style[] =
	".facts dt{float:none;width:auto}\n"
	".facts dd{margin-left:0}\n"
	".figures{flex-basis:100%;margin-right:0}\n"
	".drawn ul.beside{display:block;width:auto}\n";

/*
 * A right-to-left handout (dir="rtl"): the rules of the style sheets
 * above that name a side, mirrored, in a style element of its own that
 * only such a handout has, after the others so that it wins (large
 * print's, which names no side but these, comes after it).  Physical
 * sides, not logical properties (margin-inline-start): WeasyPrint 57,
 * the PDF route, ignores those with a warning.  Tables, lists and text
 * then run right to left by dir alone; the figures are not touched, as
 * they show the patient's real left or right leg.  Fonts: an Arabic
 * one first (Amiri, Debian's fonts-hosny-amiri, or Noto Naskh Arabic),
 * so that an Arabic PDF does not depend on what happens to be
 * installed, 15 % larger, as Naskh letters are small for their size.
 * Two rules for WeasyPrint 57, which puts a right-to-left list's marks
 * on the box's edge and draws a table cell's left border on its right:
 * in print the lists draw their own marks, in the margin at the items'
 * right, and the thick rule between the log's groups of columns is
 * mirrored on screens only.  The page's number is isolated left to
 * right, so that "2 / 11" does not read "11 / 2".
 */
static const char rtl_style[] =
	"body{font-family:Amiri,\"Noto Naskh Arabic\",\"Liberation Sans\","
	"Arial,Helvetica,sans-serif;font-size:1.15rem}\n"
	"ul,ol{padding-left:0;padding-right:1.5rem}\n"
	".fields dd{margin:0 .4rem 0 2rem}\n"
	".note{border-left-width:2px;border-right-width:8px}\n"
	".warning .label{margin-right:0;margin-left:.4rem}\n"
	".facts dt{float:right;clear:right}\n"
	".facts dd{margin:0 9.5rem .2rem 0}\n"
	".number{margin-right:0;margin-left:.3rem}\n"
	".figures{margin-right:0;margin-left:1rem}\n"
	".three{margin-left:0}\n"
	"figure{margin:.25rem 0 .5rem 3%}\n"
	".sample{margin-right:0;margin-left:.4rem}\n"
	"th,td{text-align:right}\n"
	"td.num{text-align:left}\n"
	"@media screen{th.apart,td.apart{border-left-width:1px;"
	"border-right-width:3px}}\n"
	"@page{@bottom-center{font-family:Amiri,\"Noto Naskh Arabic\","
	"\"Liberation Sans\",Arial,Helvetica,sans-serif;direction:rtl;"
	"content:string(banner) \"  \\2014  \\2066\" counter(page) \" / \" "
	"counter(pages) \"\\2069\"}}\n"
	"@media print{\n"
	"body{font-size:13.5pt}\n"
	".drawn h4{text-align:right}\n"
	"figure{margin:0 0 1mm 6mm}\n"
	".one-setup figure{margin-right:0;margin-left:8mm}\n"
	"figure.video svg{float:right;margin-right:0;margin-left:4mm}\n"
	".drawn ul{padding-left:0;padding-right:6mm}\n"
	"ul,ol{list-style:none;padding-right:6mm}\n"
	".legend ul{padding-right:0}\n"
	"li{position:relative}\n"
	"ul>li::before{content:\"\\2022\";position:absolute;right:-4mm}\n"
	".legend li::before{content:none}\n"
	"ol{counter-reset:step}\n"
	"ol>li{counter-increment:step}\n"
	"ol>li::before{content:counter(step) \".\";position:absolute;"
	"right:-6mm}\n"
	"}\n";

/* Large print, in a right-to-left handout: the same, mirrored. */
static const char rtl_large_style[] = ".facts dd{margin:0 10.5em .2rem 0}\n"
				      ".figures{margin-left:0}\n";

/* The same for narrow screens. */
static const char rtl_narrow_style[] = ".facts dd{margin-right:0}\n"
				       ".figures{margin-left:0}\n";

/*
 * U+2066 LEFT-TO-RIGHT ISOLATE, U+2068 FIRST STRONG ISOLATE and U+2069
 * POP DIRECTIONAL ISOLATE in UTF-8, as arrays: each is half of a pair,
 * which a string literal of its own would leave open (clang-tidy's
 * misc-misleading-bidirectional).
 */
static const char lri[] = {'\342', '\201', '\246', '\0'},
		  fsi[] = {'\342', '\201', '\250', '\0'},
		  pdi[] = {'\342', '\201', '\251', '\0'};

/*
 * Text between tags, through escape_html, with each range of numbers
 * (numrange.h) in a span that the style sheet keeps on one line: a
 * browser may break a line after a dash, as in a narrow column of the
 * log sheet.
 */
static void
put_prose_n(FILE *out, const char *s, size_t len)
{
	size_t from = 0;
	struct numrange r;

	while (numrange_find(s, len, from, &r)) {
		/* A range that a text isolates (U+2066 ... U+2069), as a
		 * right-to-left catalog does, keeps its isolate inside the
		 * span: WeasyPrint orders each element's text on its own. */
		if (r.start >= 3 && memcmp(s + r.start - 3, lri, 3) == 0 &&
		    len - r.end >= 3 && memcmp(s + r.end, pdi, 3) == 0) {
			r.start -= 3;
			r.end += 3;
		}
		escape_html_n(out, s + from, r.start - from);
		fputs("<span class=\"range\">", out);
		escape_html_n(out, s + r.start, r.end - r.start);
		fputs("</span>", out);
		from = r.end;
	}
	escape_html_n(out, s + from, len - from);
}

/* The same for a whole string. */
static void
put_prose(FILE *out, const char *s)
{
	put_prose_n(out, s, strlen(s));
}

/*
 * Whether the len bytes at s hold a character from U+3000 on, such as a
 * Chinese one: a browser breaks a line between any two of those.
 */
static bool
has_wide_characters(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0xe3 && (unsigned char)s[i] < 0xf0)
			return true;
	return false;
}

/*
 * A column heading of the log sheet, through put_prose, breaking only at
 * its blanks, as the text layout does: each run between them that a
 * browser could break anywhere, "左腿侧步", goes in a span the style
 * sheet keeps on one line.
 */
static void
put_heading(FILE *out, const char *s)
{
	bool is_word;
	size_t n;

	while (*s != '\0') {
		n = strcspn(s, " ");
		if ((is_word = has_wide_characters(s, n)))
			fputs("<span class=\"word\">", out);
		put_prose_n(out, s, n);
		if (is_word)
			fputs("</span>", out);
		s += n;
		n = strspn(s, " ");
		escape_html_n(out, s, n);
		s += n;
	}
}

/* <tag>text</tag> and a newline. */
static void
put_element(FILE *out, const char *tag, const char *text)
{
	fprintf(out, "<%s>", tag);
	put_prose(out, text);
	fprintf(out, "</%s>\n", tag);
}

/* The elements a handout's main nests, outermost first. */
enum nest {
	NEST_SECTION,  /* a heading's <section> */
	NEST_EXERCISE, /* an exercise's <section> */
	NEST_PART,     /* a part of an exercise, <div class="part"> */
	NEST_COUNT
};

static const char *const nest_end[NEST_COUNT] = {"</section>\n", "</section>\n",
						 "</div>\n"};

/* What is open while the blocks go out. */
struct layout {
	FILE *out;
	bool is_large_print;
	const struct qr *qr; /* libqrencode; NULL: not loaded */
	bool in_header, in_main;
	bool is_open[NEST_COUNT];
	unsigned figures;     /* written so far, to name each */
	bool is_figures_open; /* three frames' row, for the list beside */
	/*
	 * The open exercise's video, until its code is drawn (NULL: none,
	 * or drawn), the label its facts give it, and whether the
	 * exercise has figures to draw the code beside.
	 */
	const char *video, *video_label;
	bool has_figures;
	bool is_out_of_memory; /* a code could not be drawn */
	bool lacks_qr;	       /* a code to draw, and no libqrencode */
	/*
	 * Whether the handout runs right to left, where a value from
	 * outside its language (a patient's Latin name, a note in
	 * English) is isolated with U+2068 and U+2069, so that it keeps
	 * its own order and does not drag its neighbours into it.  The
	 * characters, not <bdi>: WeasyPrint honours them and not bdi.
	 */
	bool is_rtl;
};

/* <tag>text</tag> and a newline, the text isolated when isolate. */
static void
put_value(FILE *out, const char *tag, const char *text, bool isolate)
{
	fprintf(out, "<%s>%s", tag, isolate ? fsi : "");
	put_prose(out, text);
	fprintf(out, "%s</%s>\n", isolate ? pdi : "", tag);
}

/* Closes the element at level, when it is open, and those within it. */
static void
close_from(struct layout *l, enum nest level)
{
	int i;

	for (i = NEST_COUNT - 1; i >= (int)level; i--) {
		if (l->is_open[i])
			fputs(nest_end[i], l->out);
		l->is_open[i] = false;
	}
}

/* The header holds the title and the fields; the rest is the main. */
static void
open_main(struct layout *l)
{
	if (l->in_header)
		fputs("</header>\n", l->out);
	l->in_header = false;
	if (!l->in_main)
		fputs("<main>\n", l->out);
	l->in_main = true;
}

/*
 * A labelled list: each labelled item a term and its value; a value
 * without a label is one more value of the term before it, and before
 * any term, a paragraph of its own.  The item that gives the open
 * exercise's video is left for its code, which shows it (put_video),
 * and its label kept for it.
 */
static void
put_terms(struct layout *l, const struct handout_block *b, const char *class,
	  bool isolates_values)
{
	FILE *out = l->out;
	bool is_in_list = false;
	size_t i;

	for (i = 0; i < b->item_count; i++) {
		const struct handout_item *it = &b->items[i];

		if (it->text == NULL)
			continue;
		if (l->video != NULL && it->text == l->video) {
			l->video_label = it->label;
			continue;
		}
		if (it->label == NULL && !is_in_list) {
			put_element(out, "p", it->text);
			continue;
		}
		if (!is_in_list)
			fprintf(out, "<dl class=\"%s\">\n", class);
		is_in_list = true;
		if (it->label != NULL)
			put_element(out, "dt", it->label);
		put_value(out, "dd", it->text, isolates_values);
	}
	if (is_in_list)
		fputs("</dl>\n", out);
}

/* A list; a marked item starts with its mark as a boxed word, as an
 * exercise's is. */
static void
put_list(FILE *out, const struct handout_block *b, const char *tag,
	 const char *class)
{
	size_t i;

	if (class != NULL)
		fprintf(out, "<%s class=\"%s\">\n", tag, class);
	else
		fprintf(out, "<%s>\n", tag);
	for (i = 0; i < b->item_count; i++) {
		if (b->items[i].label == NULL) {
			put_element(out, "li", b->items[i].text);
			continue;
		}
		fputs("<li><strong class=\"mark\">", out);
		escape_html(out, b->items[i].label);
		fputs("</strong> ", out);
		escape_html(out, b->items[i].text);
		fputs("</li>\n", out);
	}
	fprintf(out, "</%s>\n", tag);
}

/*
 * "1." Title, and the mark as a boxed word.  An exercise whose figures
 * are those of one set-up (one working leg) has the room on its printed
 * page to show them larger.
 */
static void
put_exercise(struct layout *l, const struct handout *h, size_t at)
{
	const struct handout_block *b = &h->blocks[at];
	FILE *out = l->out;
	size_t i, drawn = 0;

	for (i = at + 1; i < h->count && h->blocks[i].depth > 0; i++)
		if (h->blocks[i].kind == HANDOUT_FIGURES)
			drawn++;
	l->video = b->video;
	l->video_label = NULL;
	l->has_figures = drawn > 0;
	fprintf(out, "<section class=\"exercise%s%s\">\n",
		b->label != NULL ? " key" : "", drawn == 1 ? " one-setup" : "");
	fprintf(out, "<h3><span class=\"number\">%u.</span> ", b->number);
	put_prose(out, b->text);
	if (b->label != NULL) {
		fputs(" <strong class=\"mark\">", out);
		put_prose(out, b->label);
		fputs("</strong>", out);
	}
	fputs("</h3>\n", out);
}

/*
 * The clinic's contact, a line each, as the address of the handout's
 * author: "Your clinic:" and the name, the address, and each way to
 * reach it after its label.
 */
static void
put_contact(FILE *out, const struct handout *h, const struct handout_block *b,
	    bool isolates_values)
{
	/* The label's mark inside the bold label, the blanks after it. */
	const char *end = handout_label_end(h), *space;
	char mark[32];
	size_t i;

	handout_label_alone(h, mark, sizeof mark);
	space = *(end + strlen(mark)) != '\0' ? end + strlen(mark) : " ";
	fputs("<address class=\"contact\"><strong>", out);
	escape_html(out, b->label);
	escape_html(out, mark);
	fputs("</strong>", out);
	for (i = 0; i < b->item_count; i++) {
		fputs(i == 0 ? space : "<br>\n", out);
		if (b->items[i].label != NULL) {
			fputs("<span class=\"label\">", out);
			escape_html(out, b->items[i].label);
			escape_html(out, mark);
			fputs("</span>", out);
			fputs(space, out);
		}
		fputs(isolates_values ? fsi : "", out);
		escape_html(out, b->items[i].text);
		fputs(isolates_values ? pdi : "", out);
	}
	fputs("</address>\n", out);
}

/*
 * The open exercise's video as a code to scan, with its address under
 * it, a link on a screen; the address is printed in full, so that a
 * patient who cannot scan can type it.
 */
static void
put_video(struct layout *l)
{
	FILE *out = l->out;

	fputs("<figure class=\"video\">\n", out);
	if (l->qr == NULL)
		l->lacks_qr = true;
	else if (!qr_svg(l->qr, out, l->video,
			 l->video_label != NULL ? l->video_label : l->video))
		l->is_out_of_memory = true;
	fputs("\n<figcaption>", out);
	if (l->video_label != NULL) {
		put_prose(out, l->video_label);
		fputs(": ", out);
	}
	fputs("<a href=\"", out);
	escape_html(out, l->video);
	fputs("\">", out);
	escape_html(out, l->video);
	fputs("</a></figcaption></figure>", out);
	l->video = NULL;
}

/*
 * Each drawing with its caption, which names it: "fig1", "fig2", ...
 * through the document, counted in l->figures.  The SVG is svg.c's,
 * already safe.  The exercise's video code goes beside its first
 * figures.
 */
static void
put_figures(struct layout *l, const struct handout_block *b)
{
	FILE *out = l->out;
	char id[32];
	size_t i;

	/* No blank between two figures: they sit side by side as inline
	 * blocks, and a blank would take room from them.  Of three frames,
	 * two fill a printed row, and the set-up's list goes beside the
	 * third, in the same element (the style sheet's "three" and
	 * "beside"; block() closes it), so that the set-up stays on the
	 * page of the exercise's title. */
	fputs(b->figure_count == 3 ? "<div class=\"figures three\">"
				   : "<div class=\"figures\">",
	      out);
	for (i = 0; i < b->figure_count; i++) {
		snprintf(id, sizeof id, "fig%u", ++l->figures);
		fputs("<figure>\n", out);
		html_put_figure(out, &b->figures[i], id);
		fprintf(out, "<figcaption id=\"%s\">", id);
		put_prose(out, b->figures[i].caption);
		fputs("</figcaption></figure>", out);
	}
	if (l->video != NULL)
		put_video(l);
	if (b->figure_count == 3)
		l->is_figures_open = true;
	else
		fputs("</div>\n", out);
}

/*
 * The legend of the drawings: its heading, a sample beside each line,
 * which names it, and how a front view is seen.
 */
static void
put_legend(FILE *out, const struct handout_block *b)
{
	char id[32];
	size_t i;

	fputs("<div class=\"legend\">\n", out);
	put_element(out, "h3", b->label);
	fputs("<ul>\n", out);
	for (i = 0; i < b->item_count && i < HANDOUT_LEGEND_COUNT; i++) {
		snprintf(id, sizeof id, "key%zu", i + 1);
		fputs("<li>", out);
		html_put_legend_sample(out, (enum handout_legend)i, id);
		fprintf(out, " <span id=\"%s\">", id);
		put_prose(out, b->items[i].text);
		fputs("</span></li>\n", out);
	}
	fputs("</ul>\n", out);
	put_element(out, "p", b->text);
	fputs("</div>\n", out);
}

/*
 * A cell's classes: "num" for numbers; "apart" for the first column of
 * a group when the table joins some columns into groups (one
 * exercise's columns), which gets a heavier rule before it; "tick" for
 * a box to tick, which the style sheet draws; and in the heading,
 * "write" for a column that is written in, which gets room.
 */
static void
put_cell_class(FILE *out, const struct handout_table *t, size_t j,
	       bool is_heading, bool has_groups)
{
	const struct handout_column *c = &t->columns[j];
	const char *classes[4];
	size_t i, n = 0;

	if (is_heading && (c->room > 0 || c->samples != NULL))
		classes[n++] = "write";
	if (!is_heading && c->is_right_aligned)
		classes[n++] = "num";
	if (has_groups && j > 0 && !c->is_joined)
		classes[n++] = "apart";
	if (c->is_tick_box)
		classes[n++] = "tick";
	if (n == 0)
		return;
	fputs(" class=\"", out);
	for (i = 0; i < n; i++)
		fprintf(out, "%s%s", i > 0 ? " " : "", classes[i]);
	fputc('"', out);
}

/*
 * Most columns a table of the log sheet has, the session's included.
 * A sheet with more, such as one for both legs with a box to tick
 * beside each exercise's sets, goes on in a further table, as the text
 * layout's grids do: on a landscape page, fourteen columns of the
 * longest German headings still fit.
 */
enum { SHEET_MAX_COLUMNS = 14 };

/*
 * Most columns in large print: eight columns of 16 pt headings fit a
 * landscape page of US Letter, the narrower paper, in German too.
 */
enum { SHEET_MAX_COLUMNS_LARGE = 8 };

/*
 * One table of the log sheet: the first column and the columns [first,
 * end), a heading per column, a row group per week, the first column
 * naming each row.  Cells to write in stay empty.
 */
static void
put_sheet_table(FILE *out, const struct handout_table *t, size_t first,
		size_t end, bool has_groups)
{
	size_t i, j;

	fputs("<table>\n<thead>\n<tr>", out);
	for (j = 0; j < end; j = j == 0 ? first : j + 1) {
		fputs("<th scope=\"col\"", out);
		put_cell_class(out, t, j, true, has_groups);
		fputc('>', out);
		put_heading(out, t->columns[j].heading);
		fputs("</th>", out);
	}
	fputs("</tr>\n</thead>\n", out);
	for (i = 0; i < t->row_count; i++) {
		const struct handout_row *r = &t->rows[i];

		if (r->group != NULL || i == 0) {
			if (i > 0)
				fputs("</tbody>\n", out);
			fputs("<tbody>\n", out);
		}
		if (r->group != NULL) {
			fprintf(out,
				"<tr><th scope=\"rowgroup\" colspan=\"%zu\">",
				end - first + 1);
			put_prose(out, r->group);
			fputs("</th></tr>\n", out);
		}
		fputs("<tr>", out);
		for (j = 0; j < end; j = j == 0 ? first : j + 1) {
			if (j == 0) {
				fputs("<th scope=\"row\">", out);
			} else {
				fputs("<td", out);
				put_cell_class(out, t, j, false, has_groups);
				fputc('>', out);
			}
			put_prose(out, r->cells[j]);
			fputs(j == 0 ? "</th>" : "</td>", out);
		}
		fputs("</tr>\n", out);
	}
	if (t->row_count > 0)
		fputs("</tbody>\n", out);
	fputs("</table>\n", out);
}

/*
 * The log sheet: as many tables as it takes to give none more than
 * SHEET_MAX_COLUMNS, each filled with whole groups of joined columns
 * (one exercise's, the pain's) and repeating the session's column.
 * On a narrow screen its box scrolls sideways, so the box is a named
 * section (a region) that the keyboard can reach and scroll (WCAG
 * 2.1.1).
 */
static void
put_table(FILE *out, const struct handout_table *t, const char *name,
	  size_t max_columns)
{
	bool has_groups = false;
	size_t j, first, end;

	for (j = 0; j < t->column_count; j++)
		has_groups = has_groups || t->columns[j].is_joined;
	fputs("<section class=\"sheet\" tabindex=\"0\" aria-label=\"", out);
	escape_html(out, name != NULL ? name : "");
	fputs("\">\n", out);
	first = 1;
	do {
		end = first < t->column_count ? handout_group_end(t, first)
					      : first;
		while (end < t->column_count &&
		       handout_group_end(t, end) - first + 1 <= max_columns)
			end = handout_group_end(t, end);
		put_sheet_table(out, t, first, end, has_groups);
		first = end;
	} while (first < t->column_count);
	fputs("</section>\n", out);
}

/*
 * Whether the section a heading at blocks[i] opens holds a table, a
 * sheet to fill in, which in print starts a page of its own.
 */
static bool
has_table(const struct handout *h, size_t i)
{
	for (i++; i < h->count && h->blocks[i].kind != HANDOUT_HEADING; i++)
		if (h->blocks[i].kind == HANDOUT_TABLE)
			return true;
	return false;
}

/*
 * Whether the section a heading at blocks[i] opens is the exercises'.
 * In print its heading is left out: each exercise, kept whole on its
 * page, has a numbered title of its own, and the first is often too
 * tall to share a page with a heading, which would then be left alone
 * at the foot of the page before.
 */
static bool
opens_exercises(const struct handout *h, size_t i)
{
	if (i + 1 < h->count && h->blocks[i + 1].kind == HANDOUT_LEGEND)
		i++;
	return i + 1 < h->count && h->blocks[i + 1].kind == HANDOUT_EXERCISE;
}

/* Whether the part a subheading at blocks[i] opens has figures. */
static bool
has_figures(const struct handout *h, size_t i)
{
	for (i++; i < h->count && h->blocks[i].depth >= 2; i++)
		if (h->blocks[i].kind == HANDOUT_FIGURES)
			return true;
	return false;
}

static void
block(struct layout *l, const struct handout *h, size_t i)
{
	const struct handout_block *b = &h->blocks[i];
	FILE *out = l->out;
	bool is_beside = false;
	size_t j;

	/* A set-up's list goes in its three frames' row, which it ends. */
	if (l->is_figures_open) {
		is_beside = b->kind == HANDOUT_BULLETS;
		if (!is_beside)
			fputs("</div>\n", out);
		l->is_figures_open = false;
	}
	if (b->kind != HANDOUT_TITLE && b->kind != HANDOUT_FIELDS &&
	    b->kind != HANDOUT_CONTACT)
		open_main(l);
	if (b->depth == 0)
		close_from(l, NEST_EXERCISE);
	else if (b->depth == 1)
		close_from(l, NEST_PART);
	switch (b->kind) {
	case HANDOUT_TITLE:
		put_element(out, "h1", b->text);
		break;
	case HANDOUT_FIELDS:
		put_terms(l, b, "fields", l->is_rtl);
		break;
	case HANDOUT_BANNER:
		fputs("<p class=\"banner\"><strong>", out);
		put_prose(out, b->text);
		fputs("</strong></p>\n", out);
		break;
	case HANDOUT_WARNING:
		fputs("<div class=\"warning\"><p><strong class=\"label\">",
		      out);
		put_prose(out, b->label);
		fputs("</strong> ", out);
		put_prose(out, b->text);
		fputs("</p></div>\n", out);
		break;
	case HANDOUT_HEADING:
		close_from(l, NEST_SECTION);
		fputs(has_table(h, i) ? "<section class=\"sheet-page\">\n"
		      : opens_exercises(h, i)
			      ? "<section class=\"exercises\">\n"
			      : "<section>\n",
		      out);
		l->is_open[NEST_SECTION] = true;
		put_element(out, "h2", b->text);
		break;
	case HANDOUT_PARAGRAPH:
		put_element(out, "p", b->text);
		break;
	case HANDOUT_FACTS:
		put_terms(l, b, "facts", false);
		/* An exercise without figures has its code after its
		 * facts. */
		if (l->video != NULL && !l->has_figures && b->depth > 0) {
			fputs("<div class=\"figures\">", out);
			put_video(l);
			fputs("</div>\n", out);
		}
		break;
	case HANDOUT_EXERCISE:
		put_exercise(l, h, i);
		l->is_open[NEST_EXERCISE] = true;
		break;
	case HANDOUT_SUBHEADING:
		if (b->depth >= 1) {
			fprintf(out, "<div class=\"part%s\">\n",
				has_figures(h, i) ? " drawn" : "");
			l->is_open[NEST_PART] = true;
		}
		put_element(out, l->is_open[NEST_EXERCISE] ? "h4" : "h3",
			    b->text);
		break;
	case HANDOUT_BULLETS:
		put_list(out, b, "ul", is_beside ? "beside" : NULL);
		if (is_beside)
			fputs("</div>\n", out);
		break;
	case HANDOUT_NUMBERED:
		put_list(out, b, "ol", NULL);
		break;
	case HANDOUT_TABLE:
		if (b->table != NULL)
			put_table(out, b->table, b->label,
				  l->is_large_print ? SHEET_MAX_COLUMNS_LARGE
						    : SHEET_MAX_COLUMNS);
		break;
	case HANDOUT_FIGURES:
		put_figures(l, b);
		break;
	case HANDOUT_LEGEND:
		put_legend(out, b);
		break;
	case HANDOUT_NOTE:
		close_from(l, NEST_SECTION);
		fputs("<section class=\"note\">\n", out);
		put_element(out, "h2", b->label);
		for (j = 0; j < b->item_count; j++)
			put_value(out, "p", b->items[j].text, l->is_rtl);
		fputs("</section>\n", out);
		break;
	case HANDOUT_CONTACT:
		put_contact(out, h, b, l->is_rtl);
		break;
	}
}

/* The document's title: the handout's, in the browser's tab too. */
static const char *
title_of(const struct handout *h)
{
	size_t i;

	for (i = 0; i < h->count; i++)
		if (h->blocks[i].kind == HANDOUT_TITLE)
			return h->blocks[i].text;
	return "";
}

enum status
render_html(const struct render_input *in, FILE *out, struct failure *f)
{
	const struct handout *h = in->handout;
	struct layout l = {
		.out = out, .is_large_print = in->is_large_print, .qr = in->qr};
	char language[64];
	size_t i;

	/* A catalog may write a language as "de_CH", which HTML spells
	 * "de-CH"; the loader allows at most 35 letters, digits, '-' and
	 * '_'. */
	snprintf(language, sizeof language, "%s",
		 h->language != NULL ? h->language : "");
	for (i = 0; language[i] != '\0'; i++)
		if (language[i] == '_')
			language[i] = '-';
	l.is_rtl = lang_is_right_to_left(h->language);
	fputs("<!DOCTYPE html>\n<html lang=\"", out);
	escape_html(out, language);
	fputs(l.is_rtl ? "\" dir=\"rtl" : "", out);
	fputs("\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" "
	      "content=\"width=device-width, initial-scale=1\">\n",
	      out);
	/* No markup in a title: escape_html, not put_prose. */
	fputs("<title>", out);
	escape_html(out, title_of(h));
	fputs("</title>\n", out);
	fputs("<style>\n", out);
	fputs(style, out);
	fputs(print_style, out);
	/* A right-to-left handout's mirrored rules go in a style element
	 * of their own, before large print's, which they would otherwise
	 * override. */
	if (l.is_rtl) {
		fputs("</style>\n<style>\n", out);
		fputs(rtl_style, out);
	}
	if (in->is_large_print)
		fputs(large_style, out);
	if (l.is_rtl && in->is_large_print)
		fputs(rtl_large_style, out);
	fputs("</style>\n<style media=\"screen and (max-width: 32rem)\">\n",
	      out);
	fputs(narrow_style, out);
	if (l.is_rtl)
		fputs(rtl_narrow_style, out);
	fputs("</style>\n</head>\n<body>\n", out);
	if (h->count > 0 && h->blocks[0].kind == HANDOUT_TITLE) {
		fputs("<header>\n", out);
		l.in_header = true;
	}
	for (i = 0; i < h->count; i++)
		block(&l, h, i);
	if (l.is_figures_open)
		fputs("</div>\n", out);
	close_from(&l, NEST_SECTION);
	if (l.in_header)
		fputs("</header>\n", out);
	if (l.in_main)
		fputs("</main>\n", out);
	fputs("</body>\n</html>\n", out);
	/* The caller loads libqrencode for every plan with a video
	 * (format.h), so this is a bug of heelrx's. */
	if (l.lacks_qr)
		return failure_set(f, STATUS_SOFTWARE,
				   _("the QR codes need libqrencode, which was "
				     "not loaded"));
	if (l.is_out_of_memory)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	return STATUS_OK;
}
