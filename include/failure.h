/* SPDX-License-Identifier: ISC */
/*
 * failure.h: how every stage reports what went wrong.
 *
 * No module prints or exits.  A function that can fail returns an
 * enum status and fills a struct failure; main() alone prints the one
 * diagnostic line and turns the status into an exit code.
 */
#ifndef HEELRX_FAILURE_H
#define HEELRX_FAILURE_H

#include <stddef.h>

/* Values follow <sysexits.h> so that main() can return them as they are. */
enum status {
	STATUS_OK = 0,
	STATUS_USAGE = 64,	 /* EX_USAGE: bad command line */
	STATUS_DATA = 65,	 /* EX_DATAERR: the catalog is invalid */
	STATUS_NO_INPUT = 66,	 /* EX_NOINPUT: the catalog cannot be opened */
	STATUS_SOFTWARE = 70,	 /* EX_SOFTWARE: a bug or out of memory */
	STATUS_CANT_CREATE = 73, /* EX_CANTCREAT: output cannot be created */
	STATUS_IO = 74		 /* EX_IOERR: reading or writing failed */
};

/*
 * Where a message points.  file is NULL when the message is about the
 * command line; line and column are 0 when there is no position.  Both
 * count from 1.
 */
struct failure {
	enum status status;
	const char *file;
	unsigned long line;
	unsigned long column;
	char message[512];
};

/* Fills f and returns status, so that callers can write
 * "return failure_set(f, STATUS_DATA, ...)". */
enum status failure_set(struct failure *f, enum status status,
			const char *format, ...)
	__attribute__((format(printf, 3, 4)));

/* Like failure_set, with a position in file. */
enum status failure_at(struct failure *f, enum status status, const char *file,
		       unsigned long line, unsigned long column,
		       const char *format, ...)
	__attribute__((format(printf, 6, 7)));

#endif
