/* SPDX-License-Identifier: ISC */
/*
 * escape_html.h: a text as HTML (and XHTML) character data, the one
 * escaper of the HTML handout and of the FHIR narrative.
 */
#ifndef HEELRX_ESCAPE_HTML_H
#define HEELRX_ESCAPE_HTML_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writes s to out with '&', '<', '>', '"' and '\'' as entities, so it
 * is safe between tags and inside a double- or single-quoted attribute
 * value alike, in HTML5 and in XHTML.  Runs of plain bytes go out in
 * one write.  A failed write shows in the stream's error flag.
 */
void escape_html(FILE *out, const char *s);

/* The same for the first len bytes of s, a part of a string, such as
 * a word of it. */
void escape_html_n(FILE *out, const char *s, size_t len);

#endif
