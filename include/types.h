/* SPDX-License-Identifier: ISC */
/*
 * types.h: the few values every stage shares: a leg, the heels that
 * hurt, a calendar date, and what a clinician tailors (a dose, the
 * clinic's contact).  They sit here, below the command line, the
 * settings file and the catalog, so that the calendar, the templates
 * and the engine can use them without seeing any of those.
 */
#ifndef HEELRX_TYPES_H
#define HEELRX_TYPES_H

#include <stddef.h>

/* One leg.  Used as an array index, so the values are fixed. */
enum side { SIDE_LEFT = 0, SIDE_RIGHT = 1 };
enum { SIDE_COUNT = 2 };

/* Which heels hurt, as a set of sides: PAIN_BOTH == LEFT | RIGHT. */
enum pain {
	PAIN_NONE = 0,
	PAIN_LEFT = 1 << SIDE_LEFT,
	PAIN_RIGHT = 1 << SIDE_RIGHT,
	PAIN_BOTH = PAIN_LEFT | PAIN_RIGHT
};

/* A calendar date; whoever makes one checks that it exists. */
struct date {
	int year;
	int month; /* 1 to 12 */
	int day;   /* 1 to 31 */
};

/*
 * The width of the text layout in display columns, as --width and the
 * clinic's settings file give it, and the width without either.
 */
enum { TEXT_WIDTH_MIN = 40, TEXT_WIDTH_MAX = 200, TEXT_WIDTH_DEFAULT = 72 };

/*
 * A dose the clinician sets (--dose): for the exercise whose id is the
 * exercise_len bytes at exercise (part of the option's value, so not
 * NUL-terminated), or for every exercise when exercise is NULL.
 */
struct tailored_dose {
	const char *exercise;
	size_t exercise_len;
	unsigned sets;
	unsigned reps;
};

/*
 * How a patient reaches the clinic, from its settings file: each text
 * NULL, and address_count 0, when not given.
 */
struct contact {
	const char *name;
	const char *const *address; /* its lines */
	size_t address_count;
	const char *phone;
	const char *email;
	const char *web;
};

#endif
