/*
 * plan.h: the rule engine.  A plan is what one patient does, decided
 * from a catalog and a request with no I/O at all: which legs work, the
 * exercises in order, each one's dose and side-specific set-up, and the
 * words that explain why.  Renderers print a plan; they decide nothing.
 */
#ifndef HEELRX_PLAN_H
#define HEELRX_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "failure.h"
#include "request.h"

/* One exercise's set-up for one working leg, placeholders filled. */
struct plan_setup {
	enum side side;
	struct text_list lines;
};

struct plan_exercise {
	const struct exercise *exercise; /* name, target, steps, cues */
	bool is_key;			 /* the one that matters most */
	const char *equipment;		 /* its own; NULL: the plan's */
	struct dose dose;		 /* the catalog's, with overrides */
	struct plan_setup setups[SIDE_COUNT]; /* one per working leg */
	size_t setup_count;
};

struct plan {
	enum pain pain;
	unsigned working_sides; /* a set of 1 << enum side */
	size_t working_side_count;
	enum side working[SIDE_COUNT]; /* the working legs, left first */

	const char *title;
	const char *headline;	    /* filled for the working leg */
	const char *warning;	    /* NULL: none */
	struct text_list rationale; /* filled */

	const char *equipment;	 /* what every exercise uses unless it says */
	const struct dose *dose; /* the usual dose, before overrides */
	const struct schedule *schedule;
	const char *load;
	const struct text_list *progression;

	const struct plan_exercise *exercises; /* in the order to do them */
	size_t exercise_count;

	/* Header of the handout, copied from the request. */
	const char *patient;   /* NULL: not given */
	const char *clinician; /* NULL: not given */
	struct date date;

	struct arena *arena; /* owns what the plan made; borrows the rest */
};

/*
 * Builds the plan for request from catalog into *plan, which borrows
 * from both: they must outlive it.  Fails only with STATUS_USAGE when
 * the request names no painful side, or STATUS_SOFTWARE when memory is
 * exhausted.  Free the result with plan_free.
 */
enum status plan_build(const struct catalog *, const struct request *,
		       struct plan *, struct failure *);

/* Frees what plan_build allocated; a zeroed plan is allowed. */
void plan_free(struct plan *);

#endif
