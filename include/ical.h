/* SPDX-License-Identifier: ISC */
/*
 * ical.h: writing the content lines of an iCalendar file (RFC 5545).
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

struct ical {
	FILE *out;
	bool is_out_of_memory; /* a line could not be built; see below */
};

/*
 * Both functions write one property.  When memory runs out they set
 * is_out_of_memory and write nothing, so the caller checks once, at the
 * end.
 */

/* NAME:VALUE with value as it is (a date, a keyword); name may carry
 * parameters ("DTSTART;VALUE=DATE"). */
void ical_line(struct ical *, const char *name, const char *value);

/* NAME:VALUE with value escaped as TEXT: backslash, semicolon, comma
 * and newline. */
void ical_text(struct ical *, const char *name, const char *value);

#endif
