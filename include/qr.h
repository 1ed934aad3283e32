/* SPDX-License-Identifier: ISC */
/*
 * qr.h: a text as a QR code drawn in SVG, for a phone to scan from a
 * printed page (libqrencode makes the code; this module draws it).
 *
 * heelrx is not linked with libqrencode: few handouts draw a code (the
 * built-in catalog has no videos), and linked, the library cost every
 * run about 39 K instructions to map, relocate and bind.  qr_open loads
 * it (library.h) for a request that will draw one, before the process
 * narrows itself (sandbox.h): loading code is nothing a narrowed heelrx
 * should still do.  The renderer is handed the loaded library
 * (render.h) and only draws.
 */
#ifndef HEELRX_QR_H
#define HEELRX_QR_H

#include <stdbool.h>
#include <stdio.h>

#include "failure.h"

/* libqrencode, loaded. */
struct qr;

/*
 * Loads libqrencode into *qr, to let go of with qr_close.
 * STATUS_SOFTWARE, with f filled and *qr NULL, when memory runs out or
 * the library cannot be loaded (a broken installation).
 */
enum status qr_open(struct qr **qr, struct failure *f);

/* Lets go of what qr_open loaded; NULL does nothing. */
void qr_close(struct qr *qr);

/*
 * Writes to out an <svg> element that draws text as a QR code, error
 * correction level M, with its quiet zone of 4 modules, black on white,
 * sized by its container; name is its accessible name (role="img").
 * Both are escaped.  False when memory ran out or text is too long for
 * a code (more than about 2300 bytes).
 */
bool qr_svg(const struct qr *qr, FILE *out, const char *text, const char *name);

#endif
