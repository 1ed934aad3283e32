/* SPDX-License-Identifier: ISC */
/*
 * types.h: the few values every stage shares: a leg, the heels that
 * hurt and a calendar date.  They sit here, below the command line and
 * the catalog, so that the calendar, the templates and the engine can
 * use them without seeing either.
 */
#ifndef HEELRX_TYPES_H
#define HEELRX_TYPES_H

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

#endif
