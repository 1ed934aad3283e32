/* SPDX-License-Identifier: ISC */
/*
 * input.h: reading a whole file or standard input into memory.
 *
 * heelrx reads the catalog itself rather than through libyaml's FILE
 * reader, so that it can refuse what is not a regular file or a pipe,
 * cap the size before parsing, and report the operating system's reason
 * for a failure.
 */
#ifndef HEELRX_INPUT_H
#define HEELRX_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "failure.h"

/*
 * Reads all of path ("-": standard input) into a new buffer that the
 * caller frees.  Fails with STATUS_NO_INPUT when the file cannot be
 * opened or is not a regular file or pipe, STATUS_DATA when it holds
 * more than max_bytes, and STATUS_IO when reading fails.  name is what
 * messages call the file.
 */
enum status input_read(const char *path, const char *name, size_t max_bytes,
		       char **bytes, size_t *len, struct failure *f);

/*
 * The same for a file that must be a regular one, such as a settings
 * file: anything else (a FIFO, a device, a folder) is refused with
 * STATUS_NO_INPUT before a byte is read, and opening it never waits.
 * With is_optional a file that does not exist, or is in a folder that
 * may not be searched, is no fault: the status is STATUS_OK and *bytes
 * NULL.  Messages name the file by path.
 */
enum status input_read_regular(const char *path, bool is_optional,
			       size_t max_bytes, char **bytes, size_t *len,
			       struct failure *f);

#endif
