/* SPDX-License-Identifier: ISC */
/*
 * qr.h: a text as a QR code drawn in SVG, for a phone to scan from a
 * printed page (libqrencode makes the code; this module draws it).
 */
#ifndef HEELRX_QR_H
#define HEELRX_QR_H

#include <stdbool.h>
#include <stdio.h>

/*
 * Writes to out an <svg> element that draws text as a QR code, error
 * correction level M, with its quiet zone of 4 modules, black on white,
 * sized by its container; name is its accessible name (role="img").
 * Both are escaped.  False when memory ran out or text is too long for
 * a code (more than about 2300 bytes).
 */
bool qr_svg(FILE *out, const char *text, const char *name);

#endif
