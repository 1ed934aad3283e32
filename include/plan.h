/* SPDX-License-Identifier: ISC */
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

#include "calendar.h"
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

/* One workout.  Sessions repeat the same days each week. */
struct plan_session {
	unsigned number;  /* 1, 2, ... across the plan */
	unsigned week;	  /* 1, 2, ... */
	unsigned day;	  /* day of the plan; the first session is on day 1 */
	struct date date; /* when the plan has a start date */
	enum weekday weekday; /* likewise */
};

/* A column of the adherence log: the sets done of one exercise with
 * one leg. */
struct plan_log_sets {
	size_t exercise; /* index into plan.exercises */
	enum side side;
};

/* A column of the adherence log for one painful heel's pain. */
struct plan_log_pain {
	enum side side;
	const char *heading; /* filled for that heel */
};

/* The adherence log: one row per session, these columns after the
 * session's own. */
struct plan_log {
	const struct plan_log_sets *sets; /* exercises in plan order */
	size_t sets_count;
	struct plan_log_pain pain[SIDE_COUNT]; /* left first */
	size_t pain_count;
	const char *note; /* NULL: none */
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

	/*
	 * The sessions over weeks, from the catalog's schedule: none when
	 * weeks is 0.  They carry dates only when has_start.
	 */
	unsigned weeks;
	bool has_start;
	struct date start;
	const struct plan_session *sessions;
	size_t session_count;

	/*
	 * The catalog's band ladder, lightest first (count 0: none); the
	 * patient's band, or NULL; and the next one up, or NULL when the
	 * patient's band is the strongest.
	 */
	const struct text_list *bands;
	const char *band;
	const char *next_band;

	const struct plan_log *log; /* NULL: no log asked for */

	struct arena *arena; /* owns what the plan made; borrows the rest */
};

/*
 * Builds the plan for request from catalog into *plan, which borrows
 * from both: they must outlive it.  Fails with STATUS_USAGE when the
 * request names no painful side, a band the catalog's ladder does not
 * list, or a band or a log that the catalog has no words for; and with
 * STATUS_SOFTWARE when memory is exhausted.  Free the result with
 * plan_free.
 */
enum status plan_build(const struct catalog *, const struct request *,
		       struct plan *, struct failure *);

/* Frees what plan_build allocated; a zeroed plan is allowed. */
void plan_free(struct plan *);

#endif
