/* SPDX-License-Identifier: ISC */
/*
 * handout.h: the plan as a document of blocks, in the catalog's words.
 *
 * This is the one place that decides what a handout says and in which
 * order: the sections, what appears for one leg or for both, "on each
 * leg", the key exercise's mark, the log's headings and cells, and
 * every phrase built around a number or a date.  Renderers lay the
 * blocks out (text, Markdown, HTML, the calendar's descriptions) and
 * decide nothing: a new format is a new layout, a new heading is an
 * edit of the catalog.
 *
 * Blocks come in document order.  depth says how deep a block sits: 0
 * at the top, 1 within an exercise (after its HANDOUT_EXERCISE block),
 * 2 in what a HANDOUT_SUBHEADING introduces: a list, and for a set-up
 * its figures.
 */
#ifndef HEELRX_HANDOUT_H
#define HEELRX_HANDOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "plan.h"

enum handout_kind {
	HANDOUT_TITLE,	    /* text: the document's title */
	HANDOUT_FIELDS,	    /* items: the header's labelled fields */
	HANDOUT_BANNER,	    /* text: the line that says which legs work */
	HANDOUT_WARNING,    /* label and text, to stand out */
	HANDOUT_HEADING,    /* text: a section */
	HANDOUT_PARAGRAPH,  /* text */
	HANDOUT_FACTS,	    /* items: labelled facts; a label may be NULL */
	HANDOUT_EXERCISE,   /* number, text (its title) and label (a mark) */
	HANDOUT_SUBHEADING, /* text: introduces the list after it */
	/* items: a list; an item's label, when it has one, is a mark
	 * (such as URGENT) that a layout shows before it, to stand out */
	HANDOUT_BULLETS,
	HANDOUT_NUMBERED, /* items: a list of steps, numbered from 1 */
	HANDOUT_TABLE,	  /* table: the log sheet; label: its name */
	/*
	 * figures: the drawings of a set-up, for its leg, between its
	 * subheading and its list.  A layout that cannot show drawings
	 * skips the block: the words never refer to it.
	 */
	HANDOUT_FIGURES,
	/*
	 * label (its heading) and items: the clinician's notes to the
	 * patient, each a paragraph without a label, to stand out near
	 * the top.
	 */
	HANDOUT_NOTE,
	/*
	 * label and items: the clinic's contact, one line each: its name
	 * and address lines without labels, then the labelled ways to
	 * reach it.  It belongs to the header, after the fields.
	 */
	HANDOUT_CONTACT,
	/*
	 * label (its heading), items and text: what the drawings' shades
	 * and marks mean, once, before the first exercise with figures
	 * (issue 20).  The items come in the order of enum handout_legend,
	 * so that a layout can draw a sample of each beside it; text says
	 * how a front view is seen.  Like figures, a layout that cannot
	 * show drawings skips it.
	 */
	HANDOUT_LEGEND
};

/* The items of a HANDOUT_LEGEND block, in order. */
enum handout_legend {
	HANDOUT_LEGEND_WORKING,	 /* the working leg's shade */
	HANDOUT_LEGEND_STANDING, /* the standing leg's */
	HANDOUT_LEGEND_ARROW,	 /* the arrow of the movement */
	HANDOUT_LEGEND_START,	 /* the start position, grey and dashed */
	HANDOUT_LEGEND_COUNT
};

/*
 * A word to write over a figure (issue 20), in the patient's language,
 * upright: where, in the figure's viewBox units, for the leg it is
 * shown for.  A layout writes it outside the figure's mirrored drawing.
 */
struct handout_label {
	enum figure_mark mark; /* what it names */
	const char *text;
	double x, y; /* y: the baseline */
	enum figure_align align;
};

/* A figure as the handout shows it for one leg. */
struct handout_figure {
	const char *caption;
	const char *svg; /* svg.h's markup, drawn for the leg */
	const struct handout_label *labels;
	size_t label_count;
	double label_size; /* the letters' height, in viewBox units */
};

struct handout_item {
	const char *label; /* NULL: none */
	/*
	 * NULL in a FIELDS block: a field the handout has no value for.
	 * It is not shown, but a layout that lines values up keeps room
	 * for its label, so the header looks the same either way.
	 */
	const char *text;
};

/* How a column's cells sit, and how much room a pen needs in them. */
struct handout_column {
	const char *heading;
	bool is_right_aligned; /* numbers */
	/* Display columns to leave for writing in, at least: a colour,
	 * "2 of 3", a pain score. */
	int room;
	/* Texts that get written in, such as the band colours; NULL:
	 * none. */
	const struct text_list *samples;
	/* Kept beside the column before it when a layout must split the
	 * table, as one exercise's legs are. */
	bool is_joined;
	/* Each of its cells is a box to tick, which the layout draws; the
	 * cells' texts are "". */
	bool is_tick_box;
};

struct handout_row {
	/* The group the row starts, such as "Week 2"; NULL: it goes on
	 * with the one before. */
	const char *group;
	const char *const *cells; /* one per column; "" to fill in */
};

struct handout_table {
	const struct handout_column *columns;
	size_t column_count;
	const struct handout_row *rows;
	size_t row_count;
};

/*
 * The index after the group of joined columns (is_joined) that starts
 * at column first: what a layout that splits a table keeps together.
 */
size_t handout_group_end(const struct handout_table *, size_t first);

struct handout_block {
	enum handout_kind kind;
	unsigned depth;
	const char *text;
	const char *label;
	unsigned number;
	const struct handout_item *items;
	size_t item_count;
	const struct handout_table *table;
	const struct handout_figure *figures; /* in the order to show them */
	size_t figure_count;
	/*
	 * HANDOUT_EXERCISE: the address of a video of it, which its facts
	 * give too (labelled, as text); NULL: none.  A layout that draws
	 * figures may show it as a code to scan beside them.
	 */
	const char *video;
};

/* A calendar event's words: its title and its description's blocks. */
struct handout_event {
	const char *title;
	size_t first; /* its blocks are blocks[first] to blocks[first + count)
		       */
	size_t count;
};

/* One exercise for one leg, as a health record's order carries it. */
struct handout_order {
	size_t exercise; /* index into plan.exercises */
	enum side side;
	const char *leg;     /* the leg in words: "Left leg" */
	size_t first, count; /* its blocks, as for an event */
};

/* What handout_record adds: the plan's notes and each order. */
struct handout_record {
	/* The plan-wide notes are blocks[0] to blocks[note_count). */
	size_t note_count;
	const struct handout_order *orders; /* per exercise and leg */
	size_t order_count;
	const char *reason;   /* "Left heel pain" */
	const char *schedule; /* "3 sessions a week, ..." */
	const char *review;   /* "Review appointment"; NULL: none */
};

struct handout {
	const struct handout_block *blocks;
	size_t count;
	/* handout_calendar's events, one per session; NULL otherwise. */
	const struct handout_event *events;
	size_t event_count;
	/* handout_calendar's event of the review appointment, when the
	 * plan has one; NULL otherwise. */
	const struct handout_event *review;
	/* handout_record's parts; all zero otherwise. */
	struct handout_record record;
	const char *language; /* the words' language tag, such as "en" */
	/* What a layout writes after a label (": ") and before an
	 * exercise's mark (" - "): the words' punctuation. */
	const char *label_end, *mark_before;
	struct arena *arena; /* owns what the handout made */
};

/*
 * The whole handout of a plan, which must outlive it.  Returns false
 * when memory is exhausted; free the handout with handout_free either
 * way.
 */
bool handout_build(const struct plan *, struct handout *);

/* What a layout writes after a label: h->label_end, else ": ". */
const char *handout_label_end(const struct handout *h);

/* The same without its trailing blanks, for a label that ends its line
 * (":", "：", " :"), into buf of size bytes. */
void handout_label_alone(const struct handout *h, char *buf, size_t size);

/* What a layout writes before an exercise's mark: h->mark_before, else
 * " - ". */
const char *handout_mark_before(const struct handout *h);

/*
 * What the calendar event of each session says: who and when, the
 * banner and warning, the clinician's notes, each exercise with its
 * legs and dose, the band, the schedule's note, and the pain rule and
 * when to stop in a line each; and the review appointment's event,
 * with who and the clinic's contact.  Without shows_patient, "who" is
 * only the clinician: a calendar may be kept by a cloud service.  The
 * events share the words they have in common, so a long plan costs
 * little more than a short one.
 */
bool handout_calendar(const struct plan *, bool shows_patient,
		      struct handout *);

/*
 * What a health record keeps of the plan: the notes that hold for the
 * whole plan (the clinician's notes, the warning, the pain rule, the
 * signs to stop for, the safe set-up, why, the schedule's note, the
 * resistance and effort, the bands, the routine, when to make it
 * harder) and, for each exercise and working leg, everything the
 * patient reads to do it with that leg.
 */
bool handout_record(const struct plan *, struct handout *);

/* Frees what a handout function made; a zeroed handout is allowed. */
void handout_free(struct handout *);

#endif
