/* SPDX-License-Identifier: ISC */
/*
 * output.h: writing the plan to a file so that the file is either the
 * old one or the complete new one, never half of either.
 *
 * The plan goes to a temporary file in the target's folder, which is
 * flushed to disk and then renamed over the target; the folder is
 * flushed too, so the rename survives a power cut.  On any failure the
 * temporary file is removed and the target is left as it was; so it is
 * when heelrx is interrupted, once output_remove_on_signals has run.
 *
 * output_commit does all of it for one file.  Its steps are exported
 * too, so that a batch can take each of them for many files at once
 * (output_group.h): a sync costs a disk about as much for one file as
 * for many.
 */
#ifndef HEELRX_OUTPUT_H
#define HEELRX_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "failure.h"
#include "input.h"

/* How many outputs may exist at once, written or being written, and not
 * yet in place: each has a slot that a signal handler reads. */
enum { OUTPUT_PENDING_MAX = 64 };

/*
 * The stream's writes remember why the first of them failed, so an
 * output must stay at its address from output_open to output_commit or
 * output_abandon.
 */
struct output {
	FILE *stream;	  /* write the plan here */
	char *temporary;  /* the file being written */
	const char *path; /* as the user gave it, for messages */
	char *target;	  /* the regular file to replace */
	int fd;		  /* the temporary file, under stream */
	int write_error;  /* errno of the first failed write, or 0 */
	size_t slot;	  /* where a signal handler finds temporary */
};

/*
 * Creates a temporary file beside path, with path's mode when it exists
 * and 0666 less the umask when it does not.  A path that exists but may
 * not be written is refused (STATUS_CANT_CREATE).
 * When path is a symbolic link, the file it points to is the one
 * replaced.  Fails with STATUS_CANT_CREATE when path exists and is not
 * a regular file or a link to a missing file, or when the temporary
 * file cannot be created.
 */
enum status output_open(struct output *, const char *path, struct failure *);

/*
 * Flushes, syncs and renames the temporary file over path.  On failure
 * (STATUS_IO, "PATH: No space left on device" or "PATH: File too
 * large" when the disk or a file-size limit is full) the temporary file
 * is gone and path is untouched; the one exception is a failure to
 * sync the folder after the rename, when path already holds the new
 * plan, as the message says, but may not survive a power cut.
 */
enum status output_commit(struct output *, struct failure *);

/*
 * output_commit's steps, in its order; each of the first three abandons
 * the output when it fails, with output_commit's message.
 * output_finish writes what the stream holds and closes it: the
 * temporary file is whole, and the output may move in memory from now
 * on.  output_sync makes the temporary file durable and closes it;
 * output_synced closes it when its whole file system has been synced
 * since it was written (syncfs).
 * output_place renames it over the target, which then holds the new
 * plan.  output_sync_folder makes the rename durable, and returns 0 or
 * why it could not; a caller that syncs a folder once for many outputs
 * in it passes that to output_done for each of them, which frees the
 * output and fails, as output_commit would, when the sync did.
 */
enum status output_finish(struct output *, struct failure *);
enum status output_sync(struct output *, struct failure *);
enum status output_synced(struct output *, struct failure *);
enum status output_place(struct output *, struct failure *);
int output_sync_folder(const struct output *);
enum status output_done(struct output *, int folder_error, struct failure *);

/*
 * Which of the count files the plan read (input.h) path would replace,
 * as an index into files, or count when none: path is an existing file
 * that is one of them, by device and inode, whether it names it or a
 * symbolic or hard link to it.  An output must never replace what it
 * is made from: the catalog, its figures, a message catalog, the
 * settings.
 */
size_t output_find_read(const char *path, const struct input_file *files,
			size_t count);

/* Removes the temporary file, if any, and frees what output_open made;
 * path is untouched. */
void output_abandon(struct output *);

/*
 * Makes every signal whose default action ends a program (SIGHUP,
 * SIGINT, SIGTERM, SIGPIPE, the real-time ones...: output.c lists them)
 * remove the temporary file of an output being written, if there is
 * one, and then kill heelrx by the same signal, as it would have without
 * this, so that a shell loop calling heelrx still sees the signal.  A
 * signal the parent left ignored (nohup, a background job's SIGINT)
 * stays ignored, and one that already has a handler (a sanitizer's)
 * keeps it.  Call it once, before output_open.
 */
void output_remove_on_signals(void);

#endif
