/* SPDX-License-Identifier: ISC */
/*
 * batch_run.h: --batch, a handout for each row of a list.
 *
 * The list is read and checked as a whole first: a file that is not
 * CSV, a column that is no option a row may set, a bad -o template, a
 * bad settings file or two rows that would write the same file stop the
 * batch before anything is written.  Then each row is a command of its
 * own (command.h), with the command line's options as its defaults: a
 * bad row is told at the line where it starts, with the message the
 * single command would give, and the others are still written.  The
 * catalog is loaded once for each handout language the rows ask for,
 * the settings file once.
 *
 * Each row's -o file is written whole to a temporary file, and the
 * files are committed in groups (output_group.h): every file is either
 * the old one or the whole new one at any moment, and every file is in
 * place and on disk when batch_run returns.  A signal removes the
 * temporary files of the group being written.
 */
#ifndef HEELRX_BATCH_RUN_H
#define HEELRX_BATCH_RUN_H

#include <stdio.h>

#include "failure.h"
#include "request.h"

/* What a batch tells while it runs; main says it. */
struct batch_run_report {
	/*
	 * Called for each failure as it happens: a row's, with the list's
	 * name and the line where the row starts, or the whole batch's.
	 */
	void (*failed)(const struct failure *, void *context);
	void *context;
	/* A terminal where a long list shows its progress, or NULL. */
	FILE *progress;
};

/*
 * Runs the batch that command asks for (its batch_path), whose command
 * line argc and argv give each row's defaults; each failure goes to
 * report.  Returns the worst status, of the whole batch or of its worst
 * row.
 */
enum status batch_run(int argc, char **argv, const struct request *command,
		      const struct batch_run_report *report);

#endif
