/* SPDX-License-Identifier: ISC */
/*
 * file.c: an input as a file that no folder holds.  The settings file
 * and a batch's list are read by path, as heelrx reads them; a memfd
 * is a regular file by that path, in /proc/self/fd, so the harness
 * writes nothing to disk and leaves nothing behind, even when libFuzzer
 * ends the run without cleaning up.
 */
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"

int
fuzz_file(const uint8_t *data, size_t size, char *path, size_t path_size)
{
	int fd = memfd_create("heelrx-fuzz", MFD_CLOEXEC);
	size_t done = 0;
	ssize_t n;
	int len;

	fuzz_require(fd >= 0);
	while (done < size) {
		n = write(fd, data + done, size - done);
		fuzz_require(n > 0);
		done += (size_t)n;
	}
	len = snprintf(path, path_size, "/proc/self/fd/%d", fd);
	fuzz_require(len > 0 && (size_t)len < path_size);
	return fd;
}
