/* SPDX-License-Identifier: ISC */
/*
 * command.h: one request, from its catalog to its output.
 *
 * A single command is one request; a batch (batch_run.h) is one request
 * a row, with the catalog and the clinic's settings read once for all
 * of them.  Both run the same steps here, so that a row's file is byte
 * for byte what the single command writes.  Nothing here prints a
 * diagnostic or exits: each function returns a status and fills a
 * failure, which main tells.
 */
#ifndef HEELRX_COMMAND_H
#define HEELRX_COMMAND_H

#include <stdbool.h>
#include <stddef.h>

#include "failure.h"
#include "request.h"

struct batch;	     /* batch.h */
struct catalog;	     /* catalog.h */
struct clinic;	     /* clinic.h */
struct output_group; /* output_group.h */
struct qr;	     /* qr.h */

/*
 * A batch's row as command_write writes it: the list, which no -o file
 * may replace, and the group its -o file waits in, with the tag the
 * group gives back should committing it fail.  qr is the batch's
 * libqrencode: *qr is NULL until a row draws a code and loads it, and
 * the batch lets it go (qr_close) after its last row.
 */
struct command_row {
	const struct batch *list;
	struct output_group *group;
	size_t tag;
	struct qr **qr;
};

/* Whether the action needs a catalog: the lists of what heelrx itself
 * offers do not. */
bool command_needs_catalog(enum action);

/*
 * The clinic's settings, read for what makes or checks a plan (a batch
 * reads them once, for all its rows); *clinic is NULL without any, and
 * what clinic_free frees otherwise.
 */
enum status command_settings(const struct request *, struct clinic **clinic,
			     struct failure *);

/*
 * The catalog the request names, in *catalog.  The built-in ones were
 * checked when heelrx was built and are never freed; *loaded is what
 * the caller frees (catalog_free), NULL for a built-in one.
 * is_check_only loads a file for --check without a plan, which keeps
 * nothing of it.
 */
enum status command_load(const struct request *, bool is_check_only,
			 const struct catalog **catalog,
			 struct catalog **loaded, struct failure *);

/*
 * Builds what the request asks for from catalog and writes it to
 * standard output or -o's file: at once for a single command (row is
 * NULL), which narrows itself first (sandbox.h); into row's group for a
 * batch's row.  Everything that can fail on bad input happens before
 * the output file is created, so a bad request never touches it, and
 * an -o that would replace a file the plan read is refused.
 */
enum status command_write(const struct request *, const struct clinic *,
			  const struct catalog *, const struct command_row *row,
			  struct failure *);

/* A single command: its settings, its catalog, its output. */
enum status command_run(struct request *, struct failure *);

#endif
