/* SPDX-License-Identifier: ISC */
/*
 * render_list.c: the catalog's exercises as tab-separated lines for
 * scripts.  A tab or newline inside a text would break the columns, so
 * each becomes a space.
 */
#include <stdio.h>

#include "render.h"

static void
put_field(FILE *out, const char *text)
{
	for (; *text != '\0'; text++)
		fputc(*text == '\t' || *text == '\n' ? ' ' : *text, out);
}

enum status
render_list(const struct catalog *catalog, FILE *out, struct failure *f)
{
	size_t i;

	for (i = 0; i < catalog->exercise_count; i++) {
		const struct exercise *ex = &catalog->exercises[i];
		put_field(out, ex->id);
		fputc('\t', out);
		put_field(out, ex->name);
		fputc('\t', out);
		put_field(out, ex->target);
		fputc('\n', out);
	}
	(void)f;
	return STATUS_OK;
}
