/* SPDX-License-Identifier: ISC */
/*
 * cli.h: the command line and environment, turned into a request.
 *
 * The only module that knows argp.  Bad values are reported by argp
 * itself on standard error with exit status 64 (EX_USAGE), as every
 * argp program does; --help and --version exit there too.  Problems
 * that argp does not see (the environment) come back as a failure.
 */
#ifndef HEELRX_CLI_H
#define HEELRX_CLI_H

#include "failure.h"
#include "request.h"

/*
 * Fills *request from argv and the environment (HEELRX_EXERCISES,
 * SOURCE_DATE_EPOCH).  request borrows from argv and environ.
 */
enum status cli_parse(int argc, char **argv, struct request *request,
		      struct failure *f);

#endif
