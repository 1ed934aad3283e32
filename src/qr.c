/* SPDX-License-Identifier: ISC */
/*
 * qr.c: a QR code as SVG (qr.h).  libqrencode encodes the text into a
 * square of modules; each row's runs of dark modules become one path
 * of rectangles, so that a code of 61 modules a side is a few hundred
 * path commands, not thousands of elements.  The drawing has no stroke,
 * which would blur the edges between modules that a scanner looks for.
 * (shape-rendering would ask for crisper edges still, but tidy calls
 * the attribute proprietary and WeasyPrint warns of the property.)
 */
#include <qrencode.h>

#include "escape_html.h"
#include "qr.h"

/* The blank border a scanner needs around a code, in modules. */
enum { QUIET_ZONE = 4 };

bool
qr_svg(FILE *out, const char *text, const char *name)
{
	QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	int side, x, y, run;

	if (code == NULL)
		return false;
	side = code->width + 2 * QUIET_ZONE;
	fprintf(out,
		"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d "
		"%d\" role=\"img\" aria-label=\"",
		side, side);
	escape_html(out, name);
	fprintf(out,
		"\"><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>"
		"<path fill=\"#000\" d=\"",
		side, side);
	for (y = 0; y < code->width; y++)
		for (x = 0; x < code->width; x += run) {
			/* Bit 0 of each module's byte: dark. */
			for (run = 0; x + run < code->width &&
				      code->data[y * code->width + x + run] & 1;
			     run++)
				;
			if (run > 0)
				fprintf(out, "M%d %dh%dv1h-%dz", x + QUIET_ZONE,
					y + QUIET_ZONE, run, run);
			else
				run = 1;
		}
	fputs("\"/></svg>", out);
	QRcode_free(code);
	return true;
}
