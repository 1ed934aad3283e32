/* SPDX-License-Identifier: ISC */
/*
 * qr.c: a QR code as SVG (qr.h).  libqrencode encodes the text into a
 * square of modules; each row's runs of dark modules become one path
 * of rectangles, so that a code of 61 modules a side is a few hundred
 * path commands, not thousands of elements.  The drawing has no stroke,
 * which would blur the edges between modules that a scanner looks for.
 * (shape-rendering would ask for crisper edges still, but tidy calls
 * the attribute proprietary and WeasyPrint warns of the property.)
 *
 * libqrencode is loaded by the soname the build read (qr.h says why);
 * this is the only file that includes <qrencode.h>.
 */
#include <qrencode.h>
#include <stdlib.h>

#include "escape_html.h"
#include "i18n.h"
#include "library.h"
#include "qr.h"

#ifndef HEELRX_QRENCODE_SONAME
#error "the build must define HEELRX_QRENCODE_SONAME, such as \"libqrencode.so.4\""
#endif

/* The libqrencode functions heelrx calls. */
#define QR_FUNCTIONS(X)                                                        \
	X(QRcode_encodeString)                                                 \
	X(QRcode_free)

/* Each member has its function's own type, from <qrencode.h>. */
struct qr {
	void *library;
#define QR_MEMBER(name) __typeof__(name) *(name);
	QR_FUNCTIONS(QR_MEMBER)
#undef QR_MEMBER
};

/* The blank border a scanner needs around a code, in modules. */
enum { QUIET_ZONE = 4 };

/*
 * libqrencode's functions into q.  Without the library (a broken
 * installation) no code can be drawn: an internal error, as for memory.
 */
static enum status
load(struct qr *q, struct failure *f)
{
	const struct library_function functions[] = {
#define QR_SLOT(name) {#name, &q->name, sizeof q->name},
		QR_FUNCTIONS(QR_SLOT)
#undef QR_SLOT
	};
	const char *missing, *why;

	q->library = library_open(HEELRX_QRENCODE_SONAME, functions,
				  sizeof functions / sizeof functions[0],
				  &missing, &why);
	if (q->library != NULL)
		return STATUS_OK;
	if (missing == NULL)
		failure_set(f, STATUS_SOFTWARE,
			    _("cannot load %s to draw QR codes: %s"),
			    HEELRX_QRENCODE_SONAME, why);
	else
		failure_set(f, STATUS_SOFTWARE, _("%s has no function %s"),
			    HEELRX_QRENCODE_SONAME, missing);
	return STATUS_SOFTWARE;
}

enum status
qr_open(struct qr **qr, struct failure *f)
{
	enum status status;

	if ((*qr = malloc(sizeof **qr)) == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	if ((status = load(*qr, f)) != STATUS_OK) {
		free(*qr);
		*qr = NULL;
	}
	return status;
}

void
qr_close(struct qr *qr)
{
	if (qr == NULL)
		return;
	library_close(qr->library);
	free(qr);
}

bool
qr_svg(const struct qr *qr, FILE *out, const char *text, const char *name)
{
	QRcode *code =
		qr->QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
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
	qr->QRcode_free(code);
	return true;
}
