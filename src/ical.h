/* SPDX-License-Identifier: ISC */
/*
 * ical.h: writing the content lines of an iCalendar file (RFC 5545).
 * Internal to render_ics.c.
 *
 * heelrx writes calendars of all-day events with a handful of
 * properties, which needs only the line syntax: TEXT escaping, CRLF
 * line ends and folding at 75 octets.  libical does this too, but on
 * Debian 12 it brings ICU and the C++ runtime, which cost every run of
 * heelrx many times what the plan itself costs.  The tests read the
 * output back with a real iCalendar parser (python3-icalendar).
 */
#ifndef HEELRX_ICAL_H
#define HEELRX_ICAL_H

#include <stdbool.h>
#include <stdio.h>

/*
 * Both functions write one property to out.  They return false, having
 * written nothing, when memory is exhausted.
 */

/* NAME:VALUE with value as it is (a date, a keyword); name may carry
 * parameters ("DTSTART;VALUE=DATE"). */
bool ical_line(FILE *out, const char *name, const char *value);

/* NAME:VALUE with value escaped as TEXT: backslash, semicolon, comma
 * and newline. */
bool ical_text(FILE *out, const char *name, const char *value);

#endif
