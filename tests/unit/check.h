/* SPDX-License-Identifier: ISC */
/*
 * check.h: the few assertions the unit tests need.  A failed check
 * prints where and what, and the test program exits non-zero at the end.
 */
#ifndef HEELRX_CHECK_H
#define HEELRX_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, \
				__LINE__, #cond);                              \
			check_failures++;                                      \
		}                                                              \
	} while (0)

#define CHECK_STR(got, want)                                                   \
	do {                                                                   \
		const char *got_ = (got), *want_ = (want);                     \
		if (got_ == NULL || strcmp(got_, want_) != 0) {                \
			fprintf(stderr,                                        \
				"%s:%d: %s is \"%s\", expected \"%s\"\n",      \
				__FILE__, __LINE__, #got,                      \
				got_ ? got_ : "(null)", want_);                \
			check_failures++;                                      \
		}                                                              \
	} while (0)

/* What main returns: 0 when every check passed, else 1, having said
 * which of the two it is. */
static inline int
check_report(const char *program)
{
	if (check_failures > 0) {
		fprintf(stderr, "%s: %d check(s) failed\n", program,
			check_failures);
		return 1;
	}
	printf("%s: all checks passed\n", program);
	return 0;
}

#endif
