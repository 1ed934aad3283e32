/* SPDX-License-Identifier: ISC */
/*
 * html_figures.h: the drawings of the HTML handout (render_html.c's):
 * a figure's inline SVG made an image with a name and its labels
 * written over it, and the samples beside the legend's lines.
 */
#ifndef HEELRX_HTML_FIGURES_H
#define HEELRX_HTML_FIGURES_H

#include <stdio.h>

#include "handout.h"

/*
 * Writes fig's SVG as an image (role="img") named by the element whose
 * id is name_id, its caption, with its labels as upright <text>
 * elements after the drawing, outside the group that mirrors it.
 */
void html_put_figure(FILE *out, const struct handout_figure *fig,
		     const char *name_id);

/*
 * A small drawing of what the legend's line item says: the working
 * leg's shade, the standing leg's, the arrow or the start position;
 * an image named by the element whose id is name_id, the line.
 */
void html_put_legend_sample(FILE *out, enum handout_legend item,
			    const char *name_id);

#endif
