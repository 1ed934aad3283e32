/* SPDX-License-Identifier: ISC */
/*
 * cli.h: the command line and environment, turned into a request.
 *
 * The only module that knows argp.  It neither prints nor exits: a
 * command line it refuses comes back as a failure with STATUS_USAGE
 * (64, EX_USAGE), which main reports; --help, --usage and --version
 * come back as actions that cli_inform prints.
 */
#ifndef HEELRX_CLI_H
#define HEELRX_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "clinic.h"
#include "failure.h"
#include "plan.h"
#include "request.h"

/*
 * Fills *request from argv alone; request borrows from argv.  Every
 * value is checked; the failure of a refused command line quotes what
 * was typed, escaped as printable() escapes.
 */
enum status cli_parse(int argc, char **argv, struct request *request,
		      struct failure *f);

/*
 * A column of a --batch file: the long option that its cells set.  Any
 * long option that is about one patient's handout is a column; those
 * about the whole command (--batch, --output, --exercises, --check,
 * the lists and --help) are not.
 */
struct cli_column {
	const char *name; /* the option's long name */
	int key;
	bool takes_value; /* else a flag, whose cell says yes or no */
};

/*
 * The column a batch file's heading names: a long option's name, in
 * any case.  STATUS_DATA when it names none, or one that is not set
 * per row.
 */
enum status cli_column(const char *heading, struct cli_column *column,
		       struct failure *f);

/*
 * Fills *request for one row of a batch: argv, which cli_parse read
 * with --batch, gives the defaults, and each of the count cells that is
 * not empty sets its column's option instead, as if "--NAME=CELL" came
 * last (a flag's cell is yes or no).  A value is checked, and refused
 * with the message the same option on the command line gets; so is
 * what the options ask for together (a missing --pain, ...).  The
 * request has no batch_path and no output_path, and borrows from argv
 * and cells.
 */
enum status cli_parse_row(int argc, char **argv,
			  const struct cli_column *columns, char *const *cells,
			  size_t count, struct request *request,
			  struct failure *f);

/* Whether action only prints something about heelrx itself. */
bool cli_is_informational(enum action action);

/* Prints what an informational action asks for (--help, --usage,
 * --version) to out. */
void cli_inform(enum action action, FILE *out);

/*
 * Completes *request from the environment, which only fills what the
 * command line left open: HEELRX_EXERCISES, HEELRX_LANG, without
 * --date today or SOURCE_DATE_EPOCH, and without --clinic or
 * --no-clinic the default settings file's path (XDG_CONFIG_HOME, else
 * HOME).  request borrows from environ.
 */
enum status cli_environment(struct request *request, struct failure *f);

/*
 * Completes *request from the clinic's settings (NULL: none), which
 * fill only what the command line and the environment left open: the
 * clinician, the handout's language and the width.  request borrows
 * from clinic.
 */
void cli_settings(struct request *request, const struct clinic *clinic);

/*
 * The plan request that *request makes, with the clinic's contact
 * (NULL: none); it borrows from both.
 */
struct plan_request cli_plan_request(const struct request *request,
				     const struct contact *contact);

/* Frees what cli_parse and cli_environment allocated in *request. */
void cli_free(struct request *request);

#endif
