/* SPDX-License-Identifier: ISC */
/*
 * format.h: the output formats, one table.  Each format is named here
 * once, with what --format accepts for it, what it needs of the other
 * options, the words --help and --list-formats give it, and its
 * renderer.  cli parses --format, writes its help and names the valid
 * formats from this table; main renders through it; the completions
 * ask heelrx --list-formats.  A new format is a line in format.c and
 * its renderer, declared in render.h.
 */
#ifndef HEELRX_FORMAT_H
#define HEELRX_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "failure.h"

struct buffer;	     /* buffer.h */
struct render_input; /* render.h */

struct format {
	const char *name; /* as --format takes it, in any case */
	/* Other names --format takes for it, NULL-terminated; NULL for
	 * none. */
	const char *const *aliases;
	/* What --help says of it in parentheses after its name (and its
	 * aliases), untranslated; NULL: nothing. */
	const char *note;
	/* What it is, in one line for --list-formats, untranslated. */
	const char *summary;
	/* Why it needs --start, untranslated; NULL: it does not. */
	const char *start_reason;
	bool reads_fhir_bundle; /* --fhir-bundle says how it is packed */
	bool lays_out_handout;	/* a layout of the handout's blocks */
	/* Draws each exercise's video as a QR code: a plan with a video
	 * needs libqrencode loaded for it (render.h, qr.h). */
	bool draws_codes;
	enum status (*render)(const struct render_input *, FILE *,
			      struct failure *);
};

/* The formats, the default first, in the order --help names them. */
extern const struct format format_table[];
extern const size_t format_count;

/* The format --format calls name (a name or an alias, in any case), or
 * NULL. */
const struct format *format_find(const char *name);

/*
 * Appends the formats to out as a list for a message, each with its
 * aliases, and with has_notes its note for --help: "text, markdown (md)
 * and json", or "text (default), markdown (md), or json" where last is
 * ", or ".  False when memory ran out.
 */
bool format_names(struct buffer *out, bool has_notes, const char *last);

/*
 * Prints the formats for --list-formats, one a line: a name --format
 * takes, a tab, and what the format is, in the user's language.  An
 * alias has a line of its own.
 */
void format_list(FILE *);

#endif
