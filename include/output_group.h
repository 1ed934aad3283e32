/* SPDX-License-Identifier: ISC */
/*
 * output_group.h: many -o files made durable together (--batch).
 *
 * A single command syncs its file, renames it into place and syncs the
 * folder: two syncs a file, which on a disk cost far more than the
 * handout.  A group keeps up to OUTPUT_PENDING_MAX files written whole
 * in their temporary files, then commits them at once: it syncs each
 * (the first sync finds the others' data already on its way, as each
 * was handed to the disk when it was written), renames each over its
 * target, and syncs each folder they are in once.  So each file is
 * still either the old one or the whole new one, at any moment and
 * after a power cut; what a group gives up is only that a file is in
 * place as soon as it is written.  A signal before the commit removes
 * every temporary file of the group (output.h), leaving each target as
 * it was.
 */
#ifndef HEELRX_OUTPUT_GROUP_H
#define HEELRX_OUTPUT_GROUP_H

#include <stdbool.h>
#include <stddef.h>

#include "failure.h"
#include "output.h"

struct output_group {
	struct output members[OUTPUT_PENDING_MAX]; /* finished, pending */
	size_t tags[OUTPUT_PENDING_MAX];	   /* the caller's, for each */
	size_t count;
};

/* An empty group: struct output_group g = OUTPUT_GROUP_EMPTY; */
#define OUTPUT_GROUP_EMPTY                                                     \
	{                                                                      \
		.count = 0                                                     \
	}

/* Whether the group has room for no more; commit it first. */
bool output_group_is_full(const struct output_group *);

/*
 * Finishes out, an output opened (output_open) and written in full, and
 * keeps it in the group until the group is committed, with tag, which
 * output_group_commit gives back should it fail.  On failure (a failed
 * write: output_finish) out is abandoned and the group is unchanged.
 * The group must not be full.
 */
enum status output_group_add(struct output_group *, struct output *out,
			     size_t tag, struct failure *);

/*
 * Syncs, renames and syncs the folders of every file in the group, as
 * output_commit does for one, and empties it.  Each file that fails
 * (output_commit's messages) is given to failed with its tag and the
 * failure: those that could not be synced or renamed in the order they
 * were added, then those whose folder could not be synced, which are in
 * place but may not survive a power cut.  The others are in place.
 * Returns the worst status.
 */
enum status output_group_commit(struct output_group *,
				void (*failed)(size_t tag,
					       const struct failure *,
					       void *context),
				void *context);

/* Removes every temporary file of the group, leaving the targets as they
 * were, and empties it. */
void output_group_abandon(struct output_group *);

#endif
