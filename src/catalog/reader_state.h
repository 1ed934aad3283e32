/* SPDX-License-Identifier: ISC */
/*
 * reader_state.h: the reader's state, shared by the files that make
 * the reader of reader.h (reader.c, reader_values.c, reader_document.c)
 * and by no other: the only header that includes <yaml.h>.
 */
#ifndef HEELRX_CATALOG_READER_STATE_H
#define HEELRX_CATALOG_READER_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include <yaml.h>

#include "reader.h"

/* A path has a step per level of nesting; reader_next() caps the levels. */
enum { PATH_MAX_STEPS = READER_MAX_DEPTH + 1 };

/* One step of a key path: a mapping's key, or an index in a list. */
struct path_step {
	const char *key; /* a field name, static; NULL: an index */
	size_t index;
	/* An index's name in a translation's key paths (an exercise's
	 * id), and whether one is to come: see reader_name_item. */
	const char *name;
	bool wants_name;
};

struct reader {
	yaml_parser_t parser;
	yaml_event_t event; /* the current event */
	bool has_event;
	unsigned depth;

	const char *name; /* the file, for messages */
	const char *bytes;
	size_t len;
	struct arena *arena;
	struct failure *failure;

	struct path_step path[PATH_MAX_STEPS];
	size_t path_depth;

	const struct catalog_translation *translation; /* NULL: none */
	/* The last text read, as used: the translation when there is one,
	 * and then where that was written. */
	const char *text;
	size_t text_len;
	bool is_translated;
	struct catalog_place origin;
	/* A reader of a replacement marks everything where the value it
	 * replaces is; NULL for a document. */
	const struct reader_mark *fixed_mark;
};

/* Moves to the next event, refusing what a catalog never needs. */
enum status reader_next(struct reader *);

/* Steps into a mapping's key or a list's index; returns what
 * reader_pop takes to step out again. */
size_t reader_push_key(struct reader *, const char *key);
size_t reader_push_index(struct reader *, size_t index);
void reader_pop(struct reader *, size_t saved);

/* The key path, with named items by name when is_named. */
void reader_put_path(const struct reader *, char *buf, size_t size,
		     bool is_named);

#endif
