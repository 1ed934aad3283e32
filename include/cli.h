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
