/* SPDX-License-Identifier: ISC */
/*
 * template.h: the placeholders that let one catalog text serve either leg.
 *
 * "{side}" is the leg the text is about and "{other}" the opposite one;
 * "{Side}" and "{SIDE}" (likewise for other) change the case of the
 * word.  "{{" is a literal "{".  Any other "{" is an error, so that a
 * misspelt placeholder never reaches a patient's handout.
 */
#ifndef HEELRX_TEMPLATE_H
#define HEELRX_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "request.h"

struct arena;

/* What template_check found wrong, for the loader's message. */
struct template_problem {
	size_t offset;	     /* byte offset of the offending "{" */
	const char *message; /* a static phrase */
};

/*
 * Checks the len bytes at text.  Placeholders are refused unless
 * may_name_sides.  Returns true when the text is well formed.
 */
bool template_check(const char *text, size_t len, bool may_name_sides,
		    struct template_problem *problem);

/*
 * Replaces "{{" by "{" in place in a checked text without
 * placeholders; returns the new length.
 */
size_t template_unescape(char *text, size_t len);

/* The lower-case word for a side: "left" or "right". */
const char *template_side_word(enum side);

/*
 * A copy of a checked template with every placeholder filled for the
 * leg on side, allocated in arena; NULL when memory is exhausted.
 */
char *template_fill(struct arena *, const char *text, enum side side);

#endif
