/* SPDX-License-Identifier: ISC */
/*
 * catalog.h: the exercise catalog, everything clinical that heelrx knows.
 *
 * The catalog is data, not code: a clinic edits exercises.yaml and the
 * plan changes.  catalog_load() turns YAML bytes into a struct catalog
 * that has passed every check the schema asks for, so the engine can
 * trust it.  Unit tests may also build a catalog in C.
 *
 * Texts are NUL-terminated UTF-8 with no control characters other than
 * newline and tab.  Texts marked "template" may hold placeholders (see
 * template.h): side texts name legs with {side} and {other}, and the
 * handout's words name the numbers and phrases they are built around,
 * such as {sets}.  The engine and the handout fill them in.  Other
 * texts hold no placeholders, and the loader has already turned their
 * "{{" into "{".
 */
#ifndef HEELRX_CATALOG_H
#define HEELRX_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "failure.h"
#include "template.h"
#include "translation.h"

/*
 * The newest schema this build reads.  Version 2 adds the handout's
 * words; a version 1 catalog, or a version 2 one without words, is
 * printed with the words the caller gives (heelrx's built-in ones).
 */
enum { CATALOG_SCHEMA_VERSION = 2 };

/* Largest catalog read from a file or standard input, in bytes. */
enum { CATALOG_MAX_BYTES = 64 * 1024 * 1024 };

/* Deepest nesting of mappings and lists accepted; a catalog needs 4. */
enum { CATALOG_MAX_DEPTH = 16 };

/* Marks "no key exercise" in struct rule. */
#define CATALOG_NO_EXERCISE ((size_t)-1)

struct text_list {
	const char *const *items;
	size_t count;
};

/* How hard and how long one exercise is done. */
struct dose {
	unsigned sets;		   /* 1 to 20 */
	unsigned reps;		   /* repetitions per set, 1 to 100 */
	unsigned rest_min_seconds; /* rest between sets, 0 to 600 */
	unsigned rest_max_seconds; /* rest_min_seconds to 600 */
	unsigned hold_seconds;	   /* hold at the end of each rep; 0: none */
};

/* Which fields of an exercise's dose replace the catalog's. */
enum dose_field {
	DOSE_SETS = 1 << 0,
	DOSE_REPS = 1 << 1,
	DOSE_REST = 1 << 2,
	DOSE_HOLD = 1 << 3
};

struct dose_override {
	unsigned fields; /* a set of enum dose_field */
	struct dose dose;
};

/* Most figures one exercise may have: a handout shows them all. */
enum { CATALOG_MAX_FIGURES = 8 };

/*
 * A drawing of an exercise (svg.h), as the handout shows it for each
 * working leg: the drawing is of leg working, and heelrx mirrors it for
 * the other leg, so that the door is on the patient's side of it.
 */
struct figure {
	const char *caption; /* template: may name sides, filled per leg */
	enum side leg;	     /* the leg the drawing shows working */
	/*
	 * The figure as svg_emit wrote it for each working leg, inline
	 * SVG markup: as drawn for leg, mirrored for the other.  NULL in a
	 * catalog that was only checked.
	 */
	const char *svg[SIDE_COUNT];
};

struct figure_list {
	const struct figure *items;
	size_t count;
};

struct exercise {
	const char *id; /* lower-case letters, digits and '-' */
	const char *name;
	const char *target;	/* the muscle it strengthens */
	const char *equipment;	/* NULL: the catalog's equipment */
	const char *anchor;	/* where the band is fixed */
	const char *position;	/* the starting position */
	struct text_list setup; /* templates: filled per working leg */
	struct text_list steps;
	struct text_list cues;
	struct dose_override dose;
	struct figure_list figures; /* count 0: none */
};

/* Which leg or legs work when one heel hurts. */
enum work_rule {
	WORK_OPPOSITE, /* the leg opposite the pain */
	WORK_SAME,     /* the painful side's leg */
	WORK_BOTH      /* both legs */
};

/* What to do for one presentation: one painful heel, or both. */
struct rule {
	enum work_rule work;	    /* always WORK_BOTH for both heels */
	const char *headline;	    /* template */
	const char *warning;	    /* template; NULL: none */
	struct text_list rationale; /* templates */
	const size_t *order;	    /* indices into exercises, in plan order */
	size_t order_count;
	size_t key_exercise; /* index into exercises or CATALOG_NO_EXERCISE */
};

struct schedule {
	unsigned sessions_per_week; /* 1 to 7 */
	unsigned rest_days_between; /* 0 to 6 */
	const char *note;	    /* NULL: none */
};

/*
 * The adherence log's clinical words.  pain is a template: the log has
 * one pain column per painful heel, and {side} names that heel.
 */
struct log_sheet {
	const char *pain; /* a column heading; NULL: the catalog has no log */
	const char *note; /* printed above the log; NULL: none */
};

/* A phrase that changes with a number: one for 1, other for the rest. */
struct plural {
	const char *one;
	const char *other;
};

/*
 * The handout's own words: every heading, label and phrase it prints
 * that is not clinical, so that a clinic can reword them and a
 * translator can translate them without touching C.  All are
 * templates; the comment after each names the fields it may use.
 */
struct words {
	const char *language; /* a language tag, such as "en" or "de-CH" */
	struct side_words sides;

	struct {
		const char *why, *dose_and_schedule, *sessions, *exercises,
			*progression, *log;
	} headings;
	struct {
		const char *patient, *clinician, *date, *schedule, *usual_dose,
			*equipment, *resistance, *bands, *band_now, *dose,
			*anchor, *position;
		const char *setup; /* {side} */
		const char *movement, *cues;
		const char *week; /* {week} */
	} labels;
	const char *warning;
	const char *key_exercise;
	const char *exercise_title; /* {name} {target} */
	struct {
		const char *separator; /* between the items of a list */
		const char *last;      /* before its last item */
	} lists;
	struct {
		struct plural amount;	/* {sets} {reps} */
		const char *hold;	/* {hold} */
		const char *no_rest;	/* when the rest is 0 s */
		const char *rest;	/* {rest} */
		const char *rest_range; /* {min} {max} */
		const char *each_leg;	/* {dose}, for both legs */
	} dose;
	struct {
		struct plural sessions;	 /* {count} */
		struct plural rest_days; /* {count} */
	} schedule;
	struct {
		const char *lightest, *strongest; /* {band}, on the ladder */
		const char *next;		  /* {band} {next} */
		const char *last;		  /* {band}, the strongest */
	} bands;
	struct {
		struct plural count;	/* {count} sessions */
		struct plural weeks;	/* {count} weeks */
		const char *dated;	/* {sessions} {weeks} {first} */
		const char *numbered;	/* {sessions} {weeks} */
		struct plural days;	/* {days}: "1, 3 and 5" */
		const char *date;	/* {weekday} {date} */
		const char *short_date; /* {weekday} {date}, short names */
	} sessions;
	struct {
		const char *format; /* {year} {month} {day} {month_name} */
		const char *weekdays[7], *short_weekdays[7]; /* Monday first */
		const char *months[12];
	} dates;
	struct {
		const char *instructions, *session, *band;
		const char *sets;	      /* {number} {side} */
		const char *sets_cell;	      /* {sets} */
		const char *numbered_session; /* {number} {day} */
	} log;
	struct {
		const char *one_heel;	/* {side}: the painful heel */
		const char *both_heels; /* when both hurt */
	} record;
	struct {
		const char *summary; /* {title} {number} {count} */
		const char *plan; /* {date} {number} {count} {week} {weeks} */
		const char *one_leg;   /* {side} */
		const char *both_legs; /* {side} {other} */
	} calendar;
};

/* Most resistance bands a ladder may list. */
enum { CATALOG_MAX_BANDS = 32 };

struct arena;

struct catalog {
	unsigned schema_version;
	const char *title;
	const char *equipment;
	struct dose dose;
	struct schedule schedule;
	const char *load;	      /* how to choose the resistance */
	struct text_list progression; /* when and how to make it harder */
	struct rule one_side;
	struct rule both_sides;
	const struct exercise *exercises;
	size_t exercise_count;
	/* Resistance band colours, lightest first, unique regardless of
	 * case; count 0: the catalog has no ladder. */
	struct text_list bands;
	struct log_sheet log;
	/* The catalog's own words, or the ones its loader was given; never
	 * NULL (a catalog built in C must point it at some, such as the
	 * built-in catalog's). */
	const struct words *words;

	struct arena *arena; /* owns everything; NULL when built in C */

	/* The language of its texts: the top-level `language`, else the
	 * words' (a tag such as "en" or "es-MX"); NULL: not said. */
	const char *language;
	/* Other names of the same bands, index for index, that --band
	 * takes too: a translated catalog's English ones.  count 0: none. */
	struct text_list band_aliases;
};

/* How catalog_load_with reads a catalog. */
struct catalog_options {
	/*
	 * Words for a catalog without its own, which must outlive it: the
	 * first compatible with the catalog's language (lang.h), else,
	 * when the catalog names none, words[0].  count 0: the catalog
	 * must have its own.
	 */
	const struct words *const *words;
	size_t word_count;
	/*
	 * The handout language asked for (--lang), or NULL.  A catalog
	 * that says it is in another language is refused with
	 * STATUS_USAGE: heelrx prints a catalog in its own language.
	 */
	const char *language;
	const struct catalog_translation *translation; /* NULL: none */
	bool is_check; /* keep nothing: see catalog_check_file */
};

/*
 * Reads and validates the catalog at path as options say.  On success
 * *out owns a new catalog (NULL after a check); on failure *out is NULL
 * and f says why, naming path (or a translation), line and column.
 */
enum status catalog_load_with(const char *path,
			      const struct catalog_options *options,
			      struct catalog **out, struct failure *f);

/* The same for len bytes already in memory; name is used in messages. */
enum status catalog_load_bytes_with(const char *name, const char *bytes,
				    size_t len,
				    const struct catalog_options *options,
				    struct catalog **out, struct failure *f);

/*
 * Reads and validates the catalog in the file at path ("-": standard
 * input).  A catalog without words of its own gets words, which must
 * outlive it; with words NULL it must have its own.  The figures it
 * names are read from path's folder, each parsed and checked (svg.h);
 * a catalog on standard input can name none.  On success *out owns a
 * new catalog; on failure *out is NULL and f says why, naming path,
 * line and column, and for a figure's own fault the figure's line and
 * column too.
 */
enum status catalog_load_file(const char *path, const struct words *words,
			      struct catalog **out, struct failure *f);

/*
 * The same for len bytes already in memory; name is used in messages.
 * Such a catalog has no folder, so it can name no figures.
 */
enum status catalog_load_bytes(const char *name, const char *bytes, size_t len,
			       const struct words *words, struct catalog **out,
			       struct failure *f);

/*
 * Checks the catalog at path as catalog_load_file does, with the same
 * messages, but keeps none of it: for --check, which needs no catalog
 * afterwards.
 */
enum status catalog_check_file(const char *path, const struct words *words,
			       struct failure *f);

/* Whether a and b name the same band: the same text in any case. */
bool catalog_same_band(const char *a, const char *b);

/* Frees a catalog returned by a catalog_load function; NULL is allowed. */
void catalog_free(struct catalog *);

#endif
