/* SPDX-License-Identifier: ISC */
/*
 * html_figures.c: a figure in the HTML handout, and the legend's
 * samples.  A figure's markup is svg.h's, safe as written; this file
 * adds what the handout decided for the leg it is shown for: an
 * accessible name (a screen reader otherwise reads it as an image
 * without one) and the labels, in the patient's language.  A label goes
 * after the drawing's mirrored group, never inside it, so that its
 * words read left to right whichever leg the drawing shows.
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <fribidi.h>

#include "escape_html.h"
#include "html_figures.h"

/* Where the root element's name ends: svg.h's markup starts "<svg ". */
enum { ROOT_NAME_LEN = 4 };

static const char root_end[] = "</svg>\n";

/*
 * A coordinate as SVG reads it, whatever the locale: to 3 decimals,
 * trailing zeros dropped ("120", "20.5").  Written by hand: a handout
 * writes a few hundred, and printf's %g cost more than the rest of the
 * handout.  A value beyond 10^12, which only a huge viewBox gives, goes
 * through printf in the C locale.
 */
static void
put_number(FILE *out, double v)
{
	char buf[32], *p = buf + sizeof buf;
	unsigned long long n;
	bool is_negative = v < 0;
	int decimals = 3;

	if (!(v > -1e12 && v < 1e12)) {
		locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0), old;

		if (c == (locale_t)0)
			return;
		old = uselocale(c);
		fprintf(out, "%.6g", v);
		uselocale(old);
		freelocale(c);
		return;
	}
	n = (unsigned long long)((is_negative ? -v : v) * 1000 + 0.5);
	*--p = '\0';
	while (decimals > 0 && n % 10 == 0) {
		n /= 10;
		decimals--;
	}
	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
		if (--decimals == 0)
			*--p = '.';
	} while (n > 0 || decimals >= 0);
	if (*p == '.')
		*--p = '0';
	if (is_negative && strcmp(p, "0") != 0)
		*--p = '-';
	fputs(p, out);
}

/*
 * A label with right-to-left letters (Arabic, Hebrew), written as it is
 * seen: its letters in visual order, left to right, Arabic ones in
 * their joined presentation forms, drawn in exactly that order
 * (unicode-bidi="bidi-override").  WeasyPrint 57, the PDF route, draws
 * an SVG text one character at a time, neither joining Arabic letters
 * nor ordering them right to left; a browser honours the override and
 * draws the same.  GNU FriBidi applies the Unicode bidirectional
 * algorithm and Arabic shaping; the font is the handout's Arabic one
 * (render_html.c), which has the presentation forms.  Returns false, having
 * written nothing, for a label without such letters or one FriBidi cannot
 * convert.
 */
static bool
put_visual_label(FILE *out, const char *text)
{
	size_t bytes = strlen(text);
	FriBidiStrIndex len, n, i;
	FriBidiParType direction = FRIBIDI_PAR_RTL;
	FriBidiChar *logical, *visual;
	char *utf8;
	bool is_rtl = false;

	/* A label is a word or two (the catalog's words); one longer than
	 * this, or out of memory, goes out as written, which a browser
	 * still orders and joins. */
	if (bytes == 0 || bytes > 4096)
		return false;
	len = (FriBidiStrIndex)bytes;
	logical = calloc((size_t)len + 1, sizeof *logical);
	visual = calloc((size_t)len + 1, sizeof *visual);
	utf8 = calloc((size_t)len * 4 + 1, 1);
	if (logical == NULL || visual == NULL || utf8 == NULL)
		goto done;
	n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, text, len,
				       logical);
	for (i = 0; i < n && !is_rtl; i++)
		is_rtl = FRIBIDI_IS_RTL(fribidi_get_bidi_type(logical[i]));
	if (!is_rtl || !fribidi_log2vis(logical, n, &direction, visual, NULL,
					NULL, NULL)) {
		is_rtl = false;
		goto done;
	}
	/* A ligature (lam with alef) leaves U+FEFF where its second
	 * letter was. */
	for (i = 0, len = 0; i < n; i++)
		if (visual[i] != 0xFEFF)
			visual[len++] = visual[i];
	fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, visual, len, utf8);
	fputs(" font-family=\"Amiri,Noto Naskh Arabic,sans-serif\" "
	      "direction=\"ltr\" unicode-bidi=\"bidi-override\">",
	      out);
	escape_html(out, utf8);
done:
	free(logical);
	free(visual);
	free(utf8);
	return is_rtl;
}

/* The labels, as one group of texts in the figure's units. */
static void
put_labels(FILE *out, const struct handout_figure *fig)
{
	static const char *const anchors[] = {"", " text-anchor=\"middle\"",
					      " text-anchor=\"end\""};
	/* A class per mark, for a style sheet or a test to find them. */
	static const char *const classes[] = {"working", "standing", "door",
					      "knot",	 "arrow",    "above"};
	size_t i;

	fputs("<g class=\"labels\" "
	      "font-family=\"Liberation Sans,Arial,Helvetica,sans-serif\" "
	      "font-size=\"",
	      out);
	put_number(out, fig->label_size);
	fputs("\" font-weight=\"bold\" fill=\"#000\">\n", out);
	for (i = 0; i < fig->label_count; i++) {
		const struct handout_label *l = &fig->labels[i];

		fputs("<text class=\"", out);
		fputs(classes[l->mark], out);
		fputs("\" x=\"", out);
		put_number(out, l->x);
		fputs("\" y=\"", out);
		put_number(out, l->y);
		fputs("\"", out);
		fputs(anchors[l->align], out);
		if (!put_visual_label(out, l->text)) {
			fputs(">", out);
			escape_html(out, l->text);
		}
		fputs("</text>\n", out);
	}
	fputs("</g>\n", out);
}

void
html_put_figure(FILE *out, const struct handout_figure *fig,
		const char *name_id)
{
	size_t len = strlen(fig->svg), body;
	bool is_whole =
		len > ROOT_NAME_LEN + sizeof root_end - 1 &&
		memcmp(fig->svg, "<svg ", ROOT_NAME_LEN + 1) == 0 &&
		strcmp(fig->svg + len - (sizeof root_end - 1), root_end) == 0;

	/* Markup not of svg.h's shape, which cannot happen, goes out as
	 * it is, unnamed and unlabelled, rather than cut. */
	if (!is_whole) {
		fputs(fig->svg, out);
		return;
	}
	body = len - (sizeof root_end - 1);
	fputs("<svg role=\"img\" aria-labelledby=\"", out);
	escape_html(out, name_id);
	fputc('"', out);
	fwrite(fig->svg + ROOT_NAME_LEN, 1, body - ROOT_NAME_LEN, out);
	if (fig->label_count > 0)
		put_labels(out, fig);
	fputs(root_end, out);
}

void
html_put_legend_sample(FILE *out, enum handout_legend item, const char *name_id)
{
	/* Drawn as the shipped figures draw them: a leg as a thick
	 * stroke, black or white edged in black; the start in light
	 * grey edged in dashes; the arrow in black. */
	static const char *const samples[] = {
		"<path d=\"M4 12 L36 12\" stroke=\"#000\" "
		"stroke-width=\"11\"/>",
		"<path d=\"M4 12 L36 12\" stroke=\"#000\" stroke-width=\"11\"/>"
		"<path d=\"M4 12 L36 12\" stroke=\"#fff\" stroke-width=\"7\"/>",
		"<path d=\"M4 12 L28 12\" stroke=\"#000\" "
		"stroke-width=\"2.5\"/>"
		"<polygon points=\"36,12 26,17 26,7\" fill=\"#000\"/>",
		"<path d=\"M4 12 L36 12\" stroke=\"#000\" stroke-width=\"12\" "
		"stroke-dasharray=\"5 3\"/>"
		"<path d=\"M4 12 L36 12\" stroke=\"#ddd\" stroke-width=\"9\"/>",
	};

	fputs("<svg role=\"img\" aria-labelledby=\"", out);
	escape_html(out, name_id);
	fputs("\" class=\"sample\" xmlns=\"http://www.w3.org/2000/svg\" "
	      "viewBox=\"0 0 40 24\" width=\"40\" height=\"24\">",
	      out);
	fputs(samples[item], out);
	fputs("</svg>", out);
}
