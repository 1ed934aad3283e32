/* SPDX-License-Identifier: ISC */
/*
 * plan.h: the rule engine.  A plan is what one patient does, decided
 * from a catalog and a plan request with no I/O at all: which legs
 * work, the exercises in order, each one's dose and side-specific
 * set-up, the sessions, the log's columns, and the catalog's texts that
 * explain why.  The handout (handout.h) turns a plan into a document;
 * renderers print it.  Neither decides anything clinical.
 */
#ifndef HEELRX_PLAN_H
#define HEELRX_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "catalog.h"
#include "failure.h"
#include "types.h"

/* What decides a plan: the patient's pain and what the plan covers. */
struct plan_request {
	enum pain pain;

	/* The handout's header.  patient and clinician may be NULL. */
	const char *patient;
	const char *clinician;
	struct date date;

	/* The sessions of weeks weeks (0: none), dated from start when
	 * has_start. */
	unsigned weeks;
	bool has_start;
	struct date start;

	bool wants_log;	  /* columns for an adherence log */
	const char *band; /* the patient's band now; NULL: not given */

	/*
	 * What the clinician tailors.  doses in the order given: a dose
	 * for one exercise beats one for all, whatever their order, and
	 * of two for the same exercises the later wins.  omitted are
	 * exercise ids the plan leaves out; notes go to the patient.
	 */
	const struct tailored_dose *doses;
	size_t dose_count;
	const char *const *omitted;
	size_t omitted_count;
	const char *const *notes;
	size_t note_count;
	bool has_review; /* review is the day of the review appointment */
	struct date review;

	const struct contact *contact; /* the clinic's; NULL: none */
};

/* One figure of an exercise, as it is shown for one working leg. */
struct plan_figure {
	const char *caption; /* filled for the leg */
	const char *svg;     /* inline SVG markup, drawn for the leg */
	bool is_mirrored;    /* the drawing is of the other leg, flipped */
	/* The figure as the catalog has it: its labels' places for each
	 * leg, and their size. */
	const struct figure *figure;
};

/*
 * One exercise's set-up for one working leg, placeholders filled, with
 * the exercise's figures for that leg.
 */
struct plan_setup {
	enum side side;
	struct text_list lines;
	const struct plan_figure *figures;
	size_t figure_count;
};

struct plan_exercise {
	const struct exercise *exercise; /* name, target, steps, cues */
	bool is_key;			 /* the one that matters most */
	const char *equipment;		 /* its own; NULL: the plan's */
	struct dose dose; /* the catalog's, with overrides and --dose */
	/* The clinician's dose differs from the catalog's for it. */
	bool is_dose_tailored;
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

/* What a column of the adherence log records. */
enum plan_log_kind {
	LOG_SESSION, /* which session the row is */
	LOG_SETS,    /* the sets done of one exercise with one leg */
	LOG_BAND,    /* the band used */
	LOG_PAIN,    /* one painful heel's pain at the session */
	/* Issue 19, section 3: */
	LOG_EASY,	 /* whether every set of one exercise with one leg
			    felt fairly easy */
	LOG_MORNING_PAIN /* one painful heel's pain the next morning */
};

struct plan_log_column {
	enum plan_log_kind kind;
	size_t exercise; /* LOG_SETS, LOG_EASY: index into plan.exercises */
	enum side side;	 /* LOG_SETS, LOG_EASY: the leg; pain: the heel */
	/* LOG_PAIN, LOG_MORNING_PAIN: the catalog's, filled; LOG_EASY: the
	 * catalog's; else NULL. */
	const char *heading;
};

/*
 * The adherence log: one row per session, with a column for the
 * session, then for each exercise in plan order and each working leg
 * one for the sets and, when the catalog has its words, one for
 * "fairly easy"; one for the band, one per painful heel, left first, for
 * the pain at the session, and as many for the next morning's when the
 * catalog has their words.
 */
struct plan_log {
	const struct plan_log_column *columns;
	size_t column_count;
	const char *note;      /* NULL: none */
	const char *rate_pain; /* when to rate pain; NULL: not said */
	/* How to tick the boxes; NULL: not said, or no boxes. */
	const char *easy_note;
};

struct plan {
	enum pain pain;
	unsigned working_sides; /* a set of 1 << enum side */
	size_t working_side_count;
	enum side working[SIDE_COUNT]; /* the working legs, left first */

	const char *title;
	/* The catalog's schema_version: data formats name what made them. */
	unsigned catalog_schema_version;
	const char *headline;	    /* filled for the working leg */
	const char *warning;	    /* NULL: none */
	struct text_list rationale; /* filled */

	const char *equipment; /* what every exercise uses unless it says */
	/* The usual dose, before each exercise's own: the catalog's, or
	 * the clinician's for every exercise (is_dose_tailored when that
	 * differs from the catalog's). */
	const struct dose *dose;
	bool is_dose_tailored;
	const struct schedule *schedule;
	const char *load;
	const struct text_list *progression;

	const struct plan_exercise *exercises; /* in the order to do them */
	size_t exercise_count;
	/* The ids of the rule's exercises the clinician left out, in
	 * the rule's order. */
	const char *const *omitted;
	size_t omitted_count;

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

	/* The catalog's advice around the exercises, its numbers filled
	 * into its texts; NULL: the catalog gives none. */
	const struct advice *advice;
	/* When an exercise moves to the next band (issue 19, section 3);
	 * NULL: the catalog has no such rule. */
	const struct step_up *step_up;

	/* The clinician's notes to the patient, the review appointment
	 * (with its weekday) and the clinic's contact. */
	const char *const *notes;
	size_t note_count;
	bool has_review;
	struct date review;
	enum weekday review_weekday;
	const struct contact *contact; /* NULL: none */

	const struct words *words; /* the catalog's, for the handout */

	struct arena *arena; /* owns what the plan made; borrows the rest */
};

/* Why a plan could not be built. */
enum plan_problem {
	PLAN_BUILT,
	PLAN_NO_PAIN,	   /* the request names no painful side */
	PLAN_NO_BANDS,	   /* a band, but the catalog has no ladder */
	PLAN_UNKNOWN_BAND, /* a band the ladder does not list */
	PLAN_NO_LOG,	   /* a log, but the catalog has no words for it */
	PLAN_UNKNOWN_OMIT, /* --omit names no exercise of the plan */
	PLAN_UNKNOWN_DOSE, /* --dose names no exercise of the plan */
	PLAN_DOSE_OMITTED, /* --dose names an exercise --omit leaves out */
	PLAN_ALL_OMITTED,  /* --omit leaves no exercise */
	PLAN_OUT_OF_MEMORY
};

/*
 * Builds the plan for request from catalog into *plan, which borrows
 * from both: they must outlive it.  Free the result with plan_free,
 * whatever it returned.
 */
enum plan_problem plan_build(const struct catalog *,
			     const struct plan_request *, struct plan *);

/* Frees what plan_build allocated; a zeroed plan is allowed. */
void plan_free(struct plan *);

/*
 * Fills f with what problem means to whoever asked for request from
 * catalog, and returns its status: STATUS_OK for PLAN_BUILT (f
 * untouched), STATUS_USAGE when the request asks for what the catalog
 * cannot give (the message names the option), STATUS_SOFTWARE when
 * memory ran out.
 */
enum status plan_failure(enum plan_problem problem, const struct catalog *,
			 const struct plan_request *request, struct failure *f);

#endif
