/* SPDX-License-Identifier: ISC */
/*
 * input.c: whole-file reads with a size cap.  The buffer grows by
 * doubling from the size fstat reports, so a regular file is read with
 * one allocation and a pipe with a logarithmic number of them.  Each
 * read says which file it was, by device and inode.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "input.h"

static enum status
too_large(const char *name, size_t max_bytes, struct failure *f)
{
	return failure_set(f, STATUS_DATA,
			   ngettext("%s: larger than the limit of %zu byte",
				    "%s: larger than the limit of %zu bytes",
				    max_bytes),
			   name, max_bytes);
}

static enum status
read_all(int fd, const char *name, size_t max_bytes, size_t hint, char **bytes,
	 size_t *len, struct failure *f)
{
	size_t cap, used = 0;
	char *buf, *grown;
	ssize_t n;

	/* Keeps max_bytes + 1 and cap * 2 below overflow. */
	if (max_bytes > SIZE_MAX / 4)
		max_bytes = SIZE_MAX / 4;
	if (hint > max_bytes)
		hint = max_bytes;
	cap = hint + 1;
	if (cap > max_bytes + 1)
		cap = max_bytes + 1;
	if (cap < 4096)
		cap = 4096;
	buf = malloc(cap);
	if (buf == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"),
				   name);
	for (;;) {
		if (used == cap) {
			/* One byte past the cap is enough to know the
			 * input is too large. */
			size_t want = cap > (max_bytes + 1) / 2 ? max_bytes + 1
								: cap * 2;
			if (used > max_bytes)
				break;
			grown = realloc(buf, want);
			if (grown == NULL) {
				free(buf);
				return failure_set(f, STATUS_SOFTWARE,
						   _("%s: out of memory"),
						   name);
			}
			buf = grown;
			cap = want;
		}
		n = read(fd, buf + used, cap - used);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			free(buf);
			return failure_set(f, STATUS_IO, "%s: %s", name,
					   strerror(errno));
		}
		if (n == 0)
			break;
		used += (size_t)n;
	}
	if (used > max_bytes) {
		free(buf);
		return too_large(name, max_bytes, f);
	}
	*bytes = buf;
	*len = used;
	return STATUS_OK;
}

/* What fstat says the open file is. */
static struct input_file
file_of(const struct stat *st)
{
	return (struct input_file){st->st_dev, st->st_ino};
}

enum status
input_read(const char *path, const char *name, size_t max_bytes, char **bytes,
	   size_t *len, struct input_file *file, struct failure *f)
{
	int fd;
	struct stat st;
	enum status status;
	int is_stdin = strcmp(path, "-") == 0;

	*bytes = NULL;
	*len = 0;
	if (is_stdin) {
		fd = STDIN_FILENO;
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
		if (fd < 0)
			return failure_set(f, STATUS_NO_INPUT, "%s: %s", name,
					   strerror(errno));
	}
	if (fstat(fd, &st) != 0) {
		status = failure_set(f, STATUS_NO_INPUT, "%s: %s", name,
				     strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		status = failure_set(f, STATUS_NO_INPUT, "%s: %s", name,
				     strerror(EISDIR));
	} else if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) &&
		   !S_ISSOCK(st.st_mode) &&
		   !(is_stdin && S_ISCHR(st.st_mode))) {
		status = failure_set(f, STATUS_NO_INPUT,
				     _("%s: not a regular file or a pipe"),
				     name);
	} else if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_bytes) {
		status = too_large(name, max_bytes, f);
	} else {
		status = read_all(fd, name, max_bytes,
				  S_ISREG(st.st_mode) ? (size_t)st.st_size : 0,
				  bytes, len, f);
		if (status == STATUS_OK && file != NULL)
			*file = file_of(&st);
	}
	if (!is_stdin)
		close(fd);
	return status;
}

/* Checks that the open file in->fd is a regular file of at most
 * max_bytes; else closes it. */
static enum status
check_regular(struct input_opened *in, const char *name, size_t max_bytes,
	      struct failure *f)
{
	struct stat st;
	enum status status;

	if (fstat(in->fd, &st) != 0) {
		status = failure_set(f, STATUS_NO_INPUT, "%s: %s", name,
				     strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		status = failure_set(f, STATUS_NO_INPUT, "%s: %s", name,
				     strerror(EISDIR));
	} else if (!S_ISREG(st.st_mode)) {
		status = failure_set(f, STATUS_NO_INPUT,
				     _("%s: not a regular file"), name);
	} else if ((uintmax_t)st.st_size > max_bytes) {
		status = too_large(name, max_bytes, f);
	} else {
		in->file = file_of(&st);
		in->size = (size_t)st.st_size;
		return STATUS_OK;
	}
	input_close(in);
	return status;
}

/*
 * O_NONBLOCK: opening a FIFO to read would otherwise wait for a writer,
 * for ever, before fstat could tell what it is.  Reading a regular file
 * ignores the flag.
 */
#define OPEN_REGULAR (O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)

enum status
input_open_regular(const char *path, const char *name, size_t max_bytes,
		   struct input_opened *in, struct failure *f)
{
	in->fd = open(path, OPEN_REGULAR);
	if (in->fd < 0)
		return failure_set(f, STATUS_NO_INPUT, "%s: %s", name,
				   strerror(errno));
	return check_regular(in, name, max_bytes, f);
}

/*
 * Whether the file at path, which open refused with error, is not
 * there to be read: missing, or in a folder that may not be searched
 * (another user's home, under su or setpriv).  A file that is there
 * but may not be read is a fault to report.
 */
static bool
is_absent(const char *path, int error)
{
	struct stat st;

	if (error == ENOENT || error == ENOTDIR)
		return true;
	return error == EACCES && stat(path, &st) != 0;
}

enum status
input_read_regular(const char *path, bool is_optional, size_t max_bytes,
		   char **bytes, size_t *len, struct input_file *file,
		   struct failure *f)
{
	struct input_opened in = {-1, {0, 0}, 0};
	enum status status;

	*bytes = NULL;
	*len = 0;
	in.fd = open(path, OPEN_REGULAR);
	if (in.fd < 0 && is_optional && is_absent(path, errno))
		return STATUS_OK;
	if (in.fd < 0)
		return failure_set(f, STATUS_NO_INPUT, "%s: %s", path,
				   strerror(errno));
	if ((status = check_regular(&in, path, max_bytes, f)) != STATUS_OK)
		return status;
	*file = in.file;
	return input_read_opened(&in, path, max_bytes, bytes, len, f);
}

enum status
input_read_opened(struct input_opened *in, const char *name, size_t max_bytes,
		  char **bytes, size_t *len, struct failure *f)
{
	enum status status;

	*bytes = NULL;
	*len = 0;
	status = read_all(in->fd, name, max_bytes, in->size, bytes, len, f);
	input_close(in);
	return status;
}

void
input_close(struct input_opened *in)
{
	if (in->fd >= 0)
		close(in->fd);
	in->fd = -1;
}
