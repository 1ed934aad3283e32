/* SPDX-License-Identifier: ISC */
/*
 * failure.c: filling a struct failure.  Messages longer than the buffer
 * are cut, never overflowed: a truncated diagnostic beats a crash.
 */
#include <stdarg.h>
#include <stdio.h>

#include "failure.h"

static enum status failure_vset(struct failure *f, enum status status,
				const char *file, unsigned long line,
				unsigned long column, const char *format,
				va_list ap)
	__attribute__((format(printf, 6, 0)));

static enum status
failure_vset(struct failure *f, enum status status, const char *file,
	     unsigned long line, unsigned long column, const char *format,
	     va_list ap)
{
	f->status = status;
	f->file = file;
	f->line = line;
	f->column = column;
	vsnprintf(f->message, sizeof f->message, format, ap);
	return status;
}

enum status
failure_set(struct failure *f, enum status status, const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	failure_vset(f, status, NULL, 0, 0, format, ap);
	va_end(ap);
	return status;
}

enum status
failure_at(struct failure *f, enum status status, const char *file,
	   unsigned long line, unsigned long column, const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	failure_vset(f, status, file, line, column, format, ap);
	va_end(ap);
	return status;
}
