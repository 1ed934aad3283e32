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

/* The labels, as one group of texts in the figure's units.  Numbers in
 * the C locale, whatever the patient's: SVG reads a '.'. */
static void
put_labels(FILE *out, const struct handout_figure *fig)
{
	static const char *const anchors[] = {"", " text-anchor=\"middle\"",
					      " text-anchor=\"end\""};
	/* A class per mark, for a style sheet or a test to find them. */
	static const char *const classes[] = {"working", "standing", "door",
					      "knot",	 "arrow",    "above"};
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0), old;
	size_t i;

	if (c == (locale_t)0)
		return;
	old = uselocale(c);
	fprintf(out,
		"<g class=\"labels\" "
		"font-family=\"Liberation Sans,Arial,Helvetica,sans-serif\" "
		"font-size=\"%.6g\" font-weight=\"bold\" fill=\"#000\">\n",
		fig->label_size);
	for (i = 0; i < fig->label_count; i++) {
		const struct handout_label *l = &fig->labels[i];

		fprintf(out, "<text class=\"%s\" x=\"%.6g\" y=\"%.6g\"%s>",
			classes[l->mark], l->x, l->y, anchors[l->align]);
		escape_html(out, l->text);
		fputs("</text>\n", out);
	}
	fputs("</g>\n", out);
	uselocale(old);
	freelocale(c);
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
