/* SPDX-License-Identifier: ISC */
/*
 * loader.h: what the files of the catalog layer share while one
 * catalog is read: the loader's state, and the readers of the schema's
 * fields that more than one object uses.  Internal to src/catalog/.
 *
 * The schema is read top down by reader.h's tables: load.c reads the
 * document and its top level, each other file the objects of one idea
 * (texts, dose, bands, rules, exercises, figures, advice, words, side
 * words),
 * and check.c what only the whole catalog can tell.
 */
#ifndef HEELRX_CATALOG_LOADER_H
#define HEELRX_CATALOG_LOADER_H

#include <stdbool.h>
#include <stddef.h>

#include "array.h"
#include "catalog.h"
#include "input.h"
#include "reader.h"
#include "svg.h"
#include "template.h"

/* One entry of the id table, an open-addressing hash of exercise ids. */
struct id_slot {
	const char *id; /* NULL: empty */
	size_t index;
};

/* A reference to an exercise by id, resolved once all are read. */
struct reference {
	const char *id;
	struct reader_mark mark;
	size_t *slot;
	unsigned list; /* which rule's exercise list it is in; 0: the key */
	bool is_both_sides; /* in rules.both_sides, else rules.one_side */
	size_t index;	    /* the item of the list */
};

/* A side form a text asks for, checked once the side words are known. */
struct form_use {
	char form[TEMPLATE_MAX_FORM + 1];
	struct reader_mark mark;
	size_t offset; /* of its placeholder in the text */
	char path[READER_PATH_MAX];
};

/* Most grammatical forms a side word may have. */
enum { MAX_FORMS = 8 };

/* The side words as read, forms by name until both sides are known. */
struct sides_builder {
	bool has_side[SIDE_COUNT];
	struct reader_mark marks[SIDE_COUNT];
	const char *names[SIDE_COUNT][MAX_FORMS];
	const char *forms[SIDE_COUNT][MAX_FORMS];
	size_t count[SIDE_COUNT];
};

/* The two rules, read before the exercises they name may be known. */
struct rules {
	struct rule one_side, both_sides;
};

/* A figure file's two drawings: as drawn, and mirrored for the other
 * working leg. */
enum { FIGURE_AS_DRAWN = 0, FIGURE_MIRRORED = 1 };

/* A figure file, read once however often the catalog names it. */
struct figure_file {
	struct input_file file;
	/* As svg_emit wrote it, malloc'd; NULL in a check, which keeps
	 * none, and once the arena has it. */
	char *drawing[2];
	size_t length;	    /* of both drawings, in bytes */
	struct svg_box box; /* its viewBox, where its labels must be */
	/* The same, once an exercise a rule lists shows it: the arena's. */
	const char *kept[2];
};

/* A name the catalog gives a figure file, and which file it is. */
struct figure_name {
	char *name; /* as the catalog writes it, malloc'd */
	size_t file;
};

/* A table of indices into an array (figures.c). */
struct figure_table {
	size_t *slots;
	size_t cap;
};

/* One time the catalog names a figure file. */
struct figure_use {
	size_t file;	 /* in figure_files */
	size_t exercise; /* the exercise it is a figure of */
	size_t index;	 /* of the exercise's figures */
	struct reader_mark mark;
	struct figure *figure; /* in the exercise's list; NULL in a check */
};

/* The catalog's texts that fill the words' placeholders (filled.c). */
enum filler {
	FILLER_NAME,   /* an exercise's name: {name} */
	FILLER_TARGET, /* an exercise's target: {target} */
	FILLER_TITLE,  /* the catalog's title: {title} */
	FILLER_BAND,   /* a band's colour: {band}, {next} */
	FILLER_COUNT
};

/* The longest text of a filler so far, and where it is. */
struct longest_filler {
	size_t length;
	struct reader_mark mark;
};

/* Where a word with named fields was read, by its text. */
struct word_place {
	const char *text;
	struct reader_mark mark;
};

/* More places than the words have texts with named fields. */
enum { MAX_WORD_PLACES = 64 };

struct loader {
	struct arena *arena;
	struct catalog *catalog;
	struct rules rules;
	/* False for a check: texts are validated, then dropped. */
	bool is_keeping_texts;
	/* The caller's words and language (catalog_options). */
	const struct catalog_options *options;
	/* Where the catalog's figures are: its file's folder, without a
	 * trailing '/'.  NULL: the catalog has none (standard input). */
	const char *folder;

	struct array exercises; /* of struct exercise, as read */
	struct array id_marks;	/* of struct reader_mark: each one's id */

	struct id_slot *ids;
	size_t id_cap;

	struct array references; /* of struct reference */
	unsigned list_count;	 /* exercise lists read so far */

	/* One use of each side form the texts ask for: no side word has
	 * more forms than MAX_FORMS, so a text asking for more fails. */
	struct form_use form_uses[MAX_FORMS];
	size_t form_use_count;

	struct words *words; /* the catalog's own; NULL: none */
	struct sides_builder sides;
	struct reader_mark words_mark;
	/* The catalog's own file, when it was read from one. */
	bool has_catalog_file;
	struct input_file catalog_file;
	/* Each figure file once, found by name or by file (figures.c). */
	struct array figure_files; /* of struct figure_file */
	struct array figure_names; /* of struct figure_name */
	struct figure_table files_table, names_table;
	size_t figure_bytes;	  /* of all their drawings */
	struct array figure_uses; /* of struct figure_use, as named */
	/* What the words' placeholders are filled with, and where the
	 * words with named fields are (filled.c). */
	struct longest_filler longest[FILLER_COUNT];
	struct word_place word_places[MAX_WORD_PLACES];
	size_t word_place_count;
	/* Where the first label of each mark is: the words must give its
	 * text (check.c). */
	bool has_label[FIGURE_MARK_COUNT];
	struct reader_mark label_marks[FIGURE_MARK_COUNT];
	char label_paths[FIGURE_MARK_COUNT][READER_PATH_MAX];
	/* Where the first figures are, for a catalog older than them. */
	bool has_figures;
	struct reader_mark figures_mark;
	char figures_path[READER_PATH_MAX];
	struct reader_mark top_mark;
	/* Where the advice is, and the first exercise's precautions: the
	 * words must head them (check.c). */
	bool has_advice, has_precautions;
	struct reader_mark advice_mark, precautions_mark;
	char precautions_path[READER_PATH_MAX];
	/* The first exercise's video, which needs words.labels.video. */
	bool has_video;
	struct reader_mark video_mark;
	char video_path[READER_PATH_MAX];
	/* The top-level language, and where each language was given. */
	const char *language;
	struct reader_mark language_mark, words_language_mark;
};

/* ---- texts (texts.c) ----------------------------------------------- */

/*
 * Reads the current value as a text under rules into *out (which is
 * left NULL when the loader keeps no texts), noting the side forms a
 * side template uses.
 */
enum status catalog_take_text(struct reader *, struct loader *,
			      const struct template_rules *, const char **out);

/* An id, or a reference to one: kept always, as the final checks
 * resolve them. */
enum status catalog_take_id(struct reader *, const char **out);

/*
 * The readers of the schema's fields (reader_read), each for one kind
 * of value; context is the struct loader, and field->names the
 * placeholders its templates may use.
 */
reader_read catalog_read_text;
reader_read catalog_read_side_text;
/* A template that names neither placeholders nor sides. */
reader_read catalog_read_fixed_template;
reader_read catalog_read_number;
reader_read catalog_read_text_list;
reader_read catalog_read_side_text_list;
reader_read catalog_read_fixed_template_list;

/* The handout's words, which even a check keeps (words.c). */
reader_read catalog_read_word;
reader_read catalog_read_side_word;
reader_read catalog_read_paragraph;
reader_read catalog_read_plural;
reader_read catalog_read_names;

/* ---- the objects of the schema ------------------------------------- */

/* The catalog's dose and schedule (dose.c). */
reader_read catalog_read_dose;
/* An exercise's dose: the same keys, all optional. */
reader_read catalog_read_dose_override;
reader_read catalog_read_schedule;

/* The band ladder, the log and the step up a band (bands.c). */
reader_read catalog_read_bands;
reader_read catalog_read_log;
reader_read catalog_read_step_up;

/* The rules, into the loader (rules.c). */
reader_read catalog_read_rules;

/* "rules.one_side.exercises[2]": where a reference is, for a message. */
void catalog_reference_path(const struct reference *, char *buf, size_t size);

/* The exercises, into the loader (exercises.c). */
reader_read catalog_read_exercises;
/* An exercise's id, which names it for a translation (exercises.c). */
reader_read catalog_read_id;

/*
 * An exercise's video: an https:// address of at most
 * CATALOG_MAX_URL bytes, noted for check.c (video.c).
 */
reader_read catalog_read_url;

/* An exercise's precautions, noted for check.c (exercises.c). */
reader_read catalog_read_precautions;

/* The advice around the exercises, its numbers checked (advice.c). */
reader_read catalog_read_advice;

/* An exercise's figures, read, parsed and emitted (figures.c). */
reader_read catalog_read_figures;

/*
 * Once the rules are resolved: gives the figures of every exercise a
 * rule lists their drawings, within CATALOG_MAX_SHOWN_FIGURE_BYTES, and
 * lists the files the catalog was read from (figures.c).
 */
enum status catalog_show_figures(struct reader *, struct loader *);

/* Frees what the figures' reading kept outside the arena. */
void catalog_drop_figures(struct loader *);

/* The handout's words, into the loader (words.c). */
reader_read catalog_read_words;

/*
 * A language tag; field->min is 1 for the top-level language, 0 for the
 * words' (words.c).
 */
reader_read catalog_read_language;

/* words.sides: the left and right side words (sides.c). */
reader_read catalog_read_sides;

/* ---- schema lists as reader tables -------------------------------- */

/* The reader of each kind of field a schema list names (catalog.h),
 * for schema_table.h. */
#define CATALOG_READ_TEXT	    catalog_read_text
#define CATALOG_READ_SIDE_TEXT	    catalog_read_side_text
#define CATALOG_READ_WORD	    catalog_read_word
#define CATALOG_READ_SIDE_WORD	    catalog_read_side_word
#define CATALOG_READ_PARAGRAPH	    catalog_read_paragraph
#define CATALOG_READ_TEXT_LIST	    catalog_read_text_list
#define CATALOG_READ_SIDE_TEXT_LIST catalog_read_side_text_list
#define CATALOG_READ_PRECAUTIONS    catalog_read_precautions
#define CATALOG_READ_PLURAL	    catalog_read_plural
#define CATALOG_READ_NAMES	    catalog_read_names
#define CATALOG_READ_NUMBER	    catalog_read_number
#define CATALOG_READ_ID		    catalog_read_id
#define CATALOG_READ_URL	    catalog_read_url
#define CATALOG_READ_LANGUAGE	    catalog_read_language
#define CATALOG_READ_DOSE_OVERRIDE  catalog_read_dose_override
#define CATALOG_READ_FIGURES	    catalog_read_figures
#define CATALOG_READ_SIDES	    catalog_read_sides
#define CATALOG_IS_REQUIRED	    true
#define CATALOG_IS_OPTIONAL	    false

/*
 * The reader_field of a line of a schema list, which a table written
 * by hand uses too, for an object no list names: the key is the name
 * of the member of struct owner it fills, and a kind of the file's
 * own is named by defining its CATALOG_READ_KIND.
 */
#define CATALOG_KEY(owner, name, kind, presence, placeholders, min, max)       \
	{                                                                      \
#name, CATALOG_IS_##presence, CATALOG_READ_##kind,             \
			offsetof(struct owner, name), min, max, placeholders,  \
			0                                                      \
	}

/* ---- filled lengths (filled.c) -------------------------------------- */

/*
 * Refuses the template just read, under rules, when it can fill to
 * more than CATALOG_MAX_FILLED bytes; a word with named fields, whose
 * text is kept, is measured by catalog_check_words_filled, and only
 * its place is noted here.
 */
enum status catalog_check_text_filled(struct reader *, struct loader *,
				      const struct template_rules *,
				      const char *kept);

/* Notes the text just read as one that fills words' placeholders. */
void catalog_note_filler(struct reader *, struct loader *, enum filler);

/*
 * Once the words are chosen: refuses a word that, filled with the
 * longest values the catalog gives its fields, can be longer than
 * CATALOG_MAX_FILLED bytes.
 */
enum status catalog_check_words_filled(struct reader *, struct loader *);

/* ---- the whole catalog (check.c) ----------------------------------- */

/*
 * Cross-checks that need the whole catalog, once its top level is
 * read, then its final form.
 */
enum status catalog_finish(struct reader *, struct loader *);

#endif
