/* SPDX-License-Identifier: ISC */
/*
 * i18n_message.c: messages made from translated parts, printed
 * escaped: a list of labels joined for a message, and one line on a
 * stream.  Apart from i18n.c, so that modules which only mark their
 * messages (the figure grammars) link without the escaping code.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buffer.h"
#include "i18n.h"
#include "printable.h"

bool
i18n_list(struct buffer *out, size_t n,
	  void (*label)(struct buffer *, const void *context, size_t i),
	  const void *context, const char *last)
{
	struct buffer *labels = calloc(n > 0 ? n : 1, sizeof *labels);
	const char **items = calloc(n > 0 ? n : 1, sizeof *items);
	bool ok = labels != NULL && items != NULL;
	size_t i;

	for (i = 0; ok && i < n; i++) {
		label(&labels[i], context, i);
		ok = buffer_append(&labels[i], "", 0);
		items[i] = buffer_text(&labels[i]);
	}
	ok = ok && buffer_join(out, items, n, ", ", last);
	for (i = 0; labels != NULL && i < n; i++)
		buffer_free(&labels[i]);
	free(labels);
	free(items);
	return ok;
}

void
i18n_print_line(FILE *out, const char *format, ...)
{
	char line[512], shown[sizeof line * 4];
	va_list ap;
	size_t len;

	va_start(ap, format);
	vsnprintf(line, sizeof line, format, ap);
	va_end(ap);
	len = strlen(line);
	if (len > 0 && line[len - 1] == '\n')
		len--;
	printable(shown, sizeof shown, line, len, sizeof shown, false);
	fprintf(out, "%s\n", shown);
}
