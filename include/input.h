/* SPDX-License-Identifier: ISC */
/*
 * input.h: reading a whole file or standard input into memory, and
 * knowing afterwards which files were read.
 *
 * heelrx reads the catalog itself rather than through libyaml's FILE
 * reader, so that it can refuse what is not a regular file or a pipe,
 * cap the size before parsing, and report the operating system's reason
 * for a failure.  A figure must be a regular file: it is opened without
 * waiting, so that a FIFO or a device named as one is refused at once
 * instead of blocking heelrx.
 */
#ifndef HEELRX_INPUT_H
#define HEELRX_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "failure.h"

/*
 * A file by what it is rather than by what names it: a symbolic link
 * or a hard link to a file is that file.  What heelrx read is kept so,
 * and -o refuses to replace any of it (output.h).
 */
struct input_file {
	dev_t device;
	ino_t inode;
};

/*
 * Reads all of path ("-": standard input) into a new buffer that the
 * caller frees.  Fails with STATUS_NO_INPUT when the file cannot be
 * opened or is not a regular file or pipe, STATUS_DATA when it holds
 * more than max_bytes, and STATUS_IO when reading fails.  name is what
 * messages call the file.  With file, *file says what was read, as
 * fstat saw it (standard input's file, or its pipe).
 */
enum status input_read(const char *path, const char *name, size_t max_bytes,
		       char **bytes, size_t *len, struct input_file *file,
		       struct failure *);

/* A regular file opened by input_open_regular, not yet read. */
struct input_opened {
	int fd;
	struct input_file file;
	size_t size; /* as fstat gave it */
};

/*
 * Opens path to read without blocking (O_NONBLOCK) and checks that it
 * is a regular file of at most max_bytes: a FIFO, a device, a socket
 * or a folder is refused with STATUS_NO_INPUT ("NAME: not a regular
 * file", or the system's word for a folder), a larger file with
 * STATUS_DATA, before a byte is read.  On success the caller reads it
 * with input_read_opened or gives it up with input_close.
 */
enum status input_open_regular(const char *path, const char *name,
			       size_t max_bytes, struct input_opened *,
			       struct failure *);

/* Reads all of an opened file, as input_read does, and closes it. */
enum status input_read_opened(struct input_opened *, const char *name,
			      size_t max_bytes, char **bytes, size_t *len,
			      struct failure *);

/* Closes an opened file without reading it. */
void input_close(struct input_opened *);

/*
 * Reads all of path, as input_read does, when it must be a regular
 * file, such as a settings file: anything else (a FIFO, a device, a
 * folder) is refused with STATUS_NO_INPUT before a byte is read, and
 * opening it never waits.
 * With is_optional a file that does not exist, or is in a folder that
 * may not be searched, is no fault: the status is STATUS_OK and *bytes
 * NULL.  Messages name the file by path.  *file says what was read.
 */
enum status input_read_regular(const char *path, bool is_optional,
			       size_t max_bytes, char **bytes, size_t *len,
			       struct input_file *file, struct failure *f);

#endif
