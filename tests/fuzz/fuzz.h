/* SPDX-License-Identifier: ISC */
/*
 * fuzz.h: what the fuzz harnesses share.  A broken promise aborts, which
 * libFuzzer and the corpus replay both report as a failure.
 */
#ifndef HEELRX_FUZZ_H
#define HEELRX_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct catalog;
struct format;
struct render_input;

/* Plans of catalog for every side, rendered in every format and
 * checked (plans.c). */
void fuzz_plans(const struct catalog *catalog);

/*
 * The plan of options, a plan of catalog, rendered in format as heelrx
 * renders it (through its handout when the format lays one out) with
 * the width and FHIR options of options, and checked as fuzz_plans
 * checks it (plans.c).
 */
void fuzz_render(const struct catalog *catalog, const struct format *format,
		 const struct render_input *options);

/* Likewise in every format (iCalendar only for a plan with dates). */
void fuzz_render_all(const struct catalog *catalog,
		     const struct render_input *options);

/*
 * The size bytes at data as a regular file that no folder holds (a
 * memfd, file.c): its path, "/proc/self/fd/N", is written to path.
 * Returns the file's descriptor, which the caller closes.
 */
int fuzz_file(const uint8_t *data, size_t size, char *path, size_t path_size);

#define fuzz_require(cond)                                                     \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "%s:%d: broken promise: %s\n",         \
				__FILE__, __LINE__, #cond);                    \
			abort();                                               \
		}                                                              \
	} while (0)

/* A diagnostic is one non-empty line of printable bytes. */
static inline bool
fuzz_is_one_line(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}

#endif
