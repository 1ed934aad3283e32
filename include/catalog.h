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

/*
 * Longest a text may be once its placeholders are filled, and longest a
 * side word (one of the words {side} writes, or one of its forms) may
 * be: the loader measures every template with the longest values the
 * catalog gives its placeholders, so that no plan, in any format, holds
 * a text longer than this.
 */
enum { CATALOG_MAX_FILLED = 64 * 1024, CATALOG_MAX_SIDE_WORD = 64 };

/*
 * Longest an exercise's video address may be, in bytes: its code to
 * scan then has at most 61 modules a side (QR version 11 at level M),
 * each still about half a millimetre wide when printed 35 mm wide.
 */
enum { CATALOG_MAX_URL = 256 };

/* Marks "no key exercise" in struct rule. */
#define CATALOG_NO_EXERCISE ((size_t)-1)

struct text_list {
	const char *const *items;
	size_t count;
};

/*
 * The most sets and repetitions a dose may have, in a catalog and on
 * the command line (--dose) alike; each is at least 1.
 */
enum { CATALOG_MAX_SETS = 20, CATALOG_MAX_REPS = 100 };

/* How hard and how long one exercise is done. */
struct dose {
	unsigned sets;		   /* 1 to CATALOG_MAX_SETS */
	unsigned reps;		   /* per set, 1 to CATALOG_MAX_REPS */
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
 * What a catalog's figures may cost.  A file is read, checked and
 * written out once however often it is named, and the drawings are
 * counted as written out for both legs: the catalog's files at most
 * CATALOG_MAX_FIGURE_BYTES, each counted once; what the exercises its
 * rules list show at most CATALOG_MAX_SHOWN_FIGURE_BYTES, each counted
 * as often as it is named; and the catalog names figures at most
 * CATALOG_MAX_FIGURE_USES times.
 */
enum {
	CATALOG_MAX_FIGURE_BYTES = 4 * 1024 * 1024,
	CATALOG_MAX_SHOWN_FIGURE_BYTES = 32 * 1024 * 1024,
	CATALOG_MAX_FIGURE_USES = 65536
};

/*
 * What a label over a figure names (issue 20): the frame's anchors, in
 * the order the catalog's key names them ("working_foot", ...), which
 * is the order a figure's labels are kept in.
 */
enum figure_mark {
	FIGURE_WORKING_FOOT,   /* the working leg's foot: its side */
	FIGURE_STANDING_FOOT,  /* the standing leg's foot: its side */
	FIGURE_DOOR,	       /* the door */
	FIGURE_KNOT,	       /* the knot, on the door's far side */
	FIGURE_MOVEMENT_ARROW, /* the arrow: the working leg's side */
	FIGURE_FROM_ABOVE,     /* a small picture of the feet from above */
	FIGURE_MARK_COUNT
};

/* How a label's text sits on its anchor, as SVG's text-anchor. */
enum figure_align { FIGURE_START, FIGURE_MIDDLE, FIGURE_END };

/*
 * Where a label goes over a figure, in the figure's viewBox units, for
 * each working leg: as the catalog gives it for the drawing's leg, and
 * mirrored with the drawing for the other (x about the middle of the
 * viewBox, start and end swapped), so that its text, written outside
 * the mirrored drawing, stays upright and readable.  y is the text's
 * baseline.
 */
struct figure_label {
	enum figure_mark mark;
	double x[SIDE_COUNT];
	enum figure_align align[SIDE_COUNT];
	double y;
};

/*
 * A drawing of an exercise (svg.h), as the handout shows it for each
 * working leg: the drawing is of leg working, and heelrx mirrors it for
 * the other leg, so that the door is on the patient's side of it.  An
 * exercise's figures are the frames of its movement, in order.
 */
struct figure {
	const char *caption; /* template: may name sides, filled per leg */
	enum side leg;	     /* the leg the drawing shows working */
	/*
	 * The figure as svg_emit wrote it for each working leg, inline
	 * SVG markup: as drawn for leg, mirrored for the other.  NULL in a
	 * catalog that was only checked, and for an exercise no rule
	 * lists, which no plan shows.
	 */
	const char *svg[SIDE_COUNT];
	/* Its labels, at most one of each mark, in the marks' order;
	 * count 0: none. */
	const struct figure_label *labels;
	size_t label_count;
	/* The height of a label's letters in viewBox units: 11/240 of the
	 * viewBox's smaller side (11 in the shipped figures' 240), so that
	 * labels look alike on any figure. */
	double label_size;
};

struct figure_list {
	const struct figure *items;
	size_t count;
};

/* A phrase that changes with a number: one for 1, other for the rest. */
struct plural {
	const char *one;
	const char *other;
	/* Issue 21: the other CLDR categories a language may need (see
	 * lang_plural_category); NULL: the language uses other. */
	const char *zero, *two, *few, *many;
};

/*
 * The form of p for the whole number n in language (a tag, NULL for
 * English's rule): the one its CLDR category names, else other.
 */
const char *catalog_plural_form(const struct plural *p, const char *language,
				unsigned long n);

/*
 * The schema, named once.  Each field of an exercise, of the advice
 * and of the words is one line of a schema list, catalog_exercise.def,
 * catalog_advice.def and catalog_words.def, and that line makes the
 * struct's member here, the loader's table that reads it
 * (src/catalog/) and the build step that compiles it in
 * (embed_emit.c).  Adding a field is a line there, then its use; the
 * loader offers each of its texts to a translation,
 * so --pot extracts them too.  A line is
 *
 *	CATALOG_FIELD(OWNER, NAME, KIND, PRESENCE, PLACEHOLDERS, MIN, MAX)
 *
 * OWNER	the struct it is a member of, struct OWNER
 * NAME		its YAML key, which is its member's name
 * KIND		what it holds, below
 * PRESENCE	REQUIRED or OPTIONAL: an optional field not given is
 *		NULL, an empty list or 0
 * PLACEHOLDERS	the named fields (template.h) its texts may use,
 *		separated by blanks, such as "sets reps"; NULL: none
 * MIN, MAX	a NUMBER's range; how many NAMES (both the same)
 *
 * and CATALOG_GROUP(OWNER, NAME) ... CATALOG_GROUP_END(OWNER, NAME)
 * make a nested mapping, the member NAME of struct OWNER, whose fields
 * are members of struct OWNER_NAME; a group is required, and may hold
 * groups.  The kinds, and their C types:
 *
 * TEXT		a text of any lines (const char *): a template when it
 *		names placeholders, else its "{{" is read as "{"
 * SIDE_TEXT	the same, a template that may also name legs
 * WORD		a template on one line: a heading, a label, a cell
 * SIDE_WORD	the same, which may name legs
 * PARAGRAPH	a template of any lines
 * TEXT_LIST	a list of at least one TEXT (struct text_list)
 * SIDE_TEXT_LIST	the same of SIDE_TEXTs
 * PRECAUTIONS	a TEXT_LIST whose presence the loader notes, since
 *		the handout needs a word to head it
 * PLURAL	a WORD for every number, or one and other (struct plural)
 * NAMES	exactly MAX names, each on one line (const char *[MAX])
 * NUMBER	a whole number from MIN to MAX (unsigned)
 * ID		an exercise's id, which names it in a translation's key
 *		paths: never translated (const char *)
 * LANGUAGE	a language tag, never translated (const char *)
 * DOSE_OVERRIDE	the dose keys an exercise changes (struct dose_override)
 * FIGURES	a list of figures, read and drawn (struct figure_list)
 * SIDES	the words {side} and {other} write (struct side_words)
 *
 * CATALOG_TYPE_KIND names the C type of each kind for those who write
 * members out: catalog.h here, the emitter and the tests.
 */
#define CATALOG_TYPE_TEXT	    text
#define CATALOG_TYPE_SIDE_TEXT	    text
#define CATALOG_TYPE_WORD	    text
#define CATALOG_TYPE_SIDE_WORD	    text
#define CATALOG_TYPE_PARAGRAPH	    text
#define CATALOG_TYPE_TEXT_LIST	    text_list
#define CATALOG_TYPE_SIDE_TEXT_LIST text_list
#define CATALOG_TYPE_PRECAUTIONS    text_list
#define CATALOG_TYPE_PLURAL	    plural
#define CATALOG_TYPE_NAMES	    names
#define CATALOG_TYPE_NUMBER	    number
#define CATALOG_TYPE_ID		    text
#define CATALOG_TYPE_URL	    text
#define CATALOG_TYPE_LANGUAGE	    text
#define CATALOG_TYPE_DOSE_OVERRIDE  dose_override
#define CATALOG_TYPE_FIGURES	    figure_list
#define CATALOG_TYPE_SIDES	    side_words

/* A schema list's lines as members of its struct. */
#define CATALOG_MEMBER(owner, name, kind, presence, placeholders, min, max)    \
	CATALOG_DECLARE(CATALOG_TYPE_##kind, name, max)
#define CATALOG_MEMBER_GROUP(owner, name) struct owner##_##name {
/* A member's name cannot be parenthesised. */
#define CATALOG_MEMBER_GROUP_END(owner, name)                                  \
	}                                                                      \
	name; /* NOLINT(bugprone-macro-parentheses) */
#define CATALOG_DECLARE(type, name, max)	 CATALOG_DECLARE_(type, name, max)
#define CATALOG_DECLARE_(type, name, max)	 CATALOG_DECLARE_##type(name, max)
#define CATALOG_DECLARE_text(name, max)		 const char *name;
#define CATALOG_DECLARE_text_list(name, max)	 struct text_list name;
#define CATALOG_DECLARE_plural(name, max)	 struct plural name;
#define CATALOG_DECLARE_names(name, max)	 const char *name[max];
#define CATALOG_DECLARE_number(name, max)	 unsigned name;
#define CATALOG_DECLARE_dose_override(name, max) struct dose_override name;
#define CATALOG_DECLARE_figure_list(name, max)	 struct figure_list name;
#define CATALOG_DECLARE_side_words(name, max)	 struct side_words name;

/* An exercise of the catalog (catalog_exercise.def). */
struct exercise {
#define CATALOG_FIELD	  CATALOG_MEMBER
#define CATALOG_GROUP	  CATALOG_MEMBER_GROUP
#define CATALOG_GROUP_END CATALOG_MEMBER_GROUP_END
#include "catalog_exercise.def"
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
	/*
	 * Issue 19, section 3, each NULL when the catalog has none: the
	 * heading of a second pain column per painful heel, for the next
	 * morning (a template as pain is); when to rate pain, printed
	 * above the log; the heading of a box to tick per exercise and
	 * leg when every set felt fairly easy, and how to tick it, printed
	 * after the log's instructions.
	 */
	const char *morning_pain;
	const char *rate_pain;
	const char *easy;
	const char *easy_note;
};

/*
 * When one exercise moves to the next band (issue 19, section 3): when
 * every set of it felt fairly easy at easy_sessions sessions in a row.
 * Each text is a plural by easy_sessions, {count}: rule says so;
 * next names the patient's band, {band}, and the next one, {next};
 * strongest says what to do at the strongest band, {band}.
 */
struct step_up {
	unsigned easy_sessions; /* 1 to 20; 0: the catalog has no rule */
	struct plural rule;
	struct plural next;
	struct plural strongest;
};

/*
 * The advice around the exercises (catalog_advice.def): the pain rule
 * and its numbers, the signs to stop and get help, a safe set-up, how
 * hard to work, the routine around the sessions and where bands come
 * from.  Texts that name numbers are templates.
 */
struct advice {
#define CATALOG_FIELD	  CATALOG_MEMBER
#define CATALOG_GROUP	  CATALOG_MEMBER_GROUP
#define CATALOG_GROUP_END CATALOG_MEMBER_GROUP_END
#include "catalog_advice.def"
};

/*
 * The handout's own words: every heading, label and phrase it prints
 * that is not clinical (catalog_words.def).
 */
struct words {
#define CATALOG_FIELD	  CATALOG_MEMBER
#define CATALOG_GROUP	  CATALOG_MEMBER_GROUP
#define CATALOG_GROUP_END CATALOG_MEMBER_GROUP_END
#include "catalog_words.def"
};

/* Most resistance bands a ladder may list, and aliases it may give. */
enum { CATALOG_MAX_BANDS = 32, CATALOG_MAX_BAND_ALIASES = 64 };

/*
 * Another name --band takes for a band of the ladder: a Spanish
 * catalog writes "roja", agreeing with "la banda", and lists "rojo".
 */
struct catalog_band_alias {
	const char *name;
	size_t band; /* its index in the ladder */
};

struct arena;
struct input_file; /* input.h */

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
	struct step_up step_up; /* issue 19, section 3 */
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
	/* What a patient needs around the exercises; NULL: the catalog
	 * gives none. */
	const struct advice *advice;
	/*
	 * The files it was read from, by device and inode: the catalog's
	 * own first, then each figure file once.  count 0: built in, or
	 * read from memory.
	 */
	const struct input_file *files;
	size_t file_count;
	/* The other names a band's `aliases` give, unique regardless of
	 * case among themselves and the ladder's colours. */
	const struct catalog_band_alias *listed_aliases;
	size_t listed_alias_count;
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

/*
 * The word a figure's label of mark writes, in w's language, when the
 * leg side works: a foot and the arrow by their leg's short side (the
 * arrow moves the working leg, or the body toward it), the door, the
 * knot and the feet seen from above by their words.  NULL: the words
 * have none.
 */
const char *catalog_label_word(const struct words *w, enum figure_mark mark,
			       enum side side);

/* Whether a and b name the same band: the same text in any case. */
bool catalog_same_band(const char *a, const char *b);

/* Frees a catalog returned by a catalog_load function; NULL is allowed. */
void catalog_free(struct catalog *);

#endif
