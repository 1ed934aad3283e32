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
#include <string.h>

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
		fputs(">", out);
		escape_html(out, l->text);
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
