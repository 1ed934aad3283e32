/* SPDX-License-Identifier: ISC */
/*
 * escape_html.h: a text as HTML (and XHTML) character data, the one
 * escaper of the HTML handout and of the FHIR narrative.
 */
#ifndef HEELRX_ESCAPE_HTML_H
#define HEELRX_ESCAPE_HTML_H

#include <stdio.h>

/*
 * Writes s to out with '&', '<', '>', '"' and '\'' as entities, so it
 * is safe between tags and inside a double- or single-quoted attribute
 * value alike, in HTML5 and in XHTML.  Runs of plain bytes go out in
 * one write.  A failed write shows in the stream's error flag.
 */
void escape_html(FILE *out, const char *s);

#endif
