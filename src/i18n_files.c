/* SPDX-License-Identifier: ISC */
/*
 * i18n_files.c: which message catalogs heelrx reads, by device and
 * inode, so that -o never replaces one.  gettext opens a catalog when
 * the first message of its domain is made and maps it for the rest of
 * the process; the kernel's list of the process's mappings is the one
 * place that says which file that was, whatever language list,
 * locale and folder led gettext to it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "input.h"

/* The path a line of /proc/self/maps ends with: after five fields. */
static const char *
mapped_path(const char *line)
{
	const char *p = line;
	int field;

	for (field = 0; field < 5; field++) {
		p += strcspn(p, " ");
		p += strspn(p, " ");
	}
	return p;
}

static bool
ends_with(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);

	return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

bool
i18n_files(struct input_file **files, size_t *count)
{
	struct input_file *list = NULL, *grown;
	size_t n = 0, cap = 0, len, i;
	char *line = NULL, *path;
	size_t line_cap = 0;
	struct stat st;
	bool ok = true;
	FILE *maps;

	*files = NULL;
	*count = 0;
	/* gettext maps heelrx.mo on the first message; make it now, so
	 * that the file is known before anything is written. */
	(void)dgettext(HEELRX_TEXT_DOMAIN, "");
	if ((maps = fopen("/proc/self/maps", "re")) == NULL)
		return true;
	while (ok && getline(&line, &line_cap, maps) > 0) {
		path = (char *)mapped_path(line);
		len = strcspn(path, "\n");
		path[len] = '\0';
		if (*path != '/' || !ends_with(path, len, ".mo") ||
		    stat(path, &st) != 0)
			continue;
		/* A catalog is mapped once; its line may repeat. */
		for (i = 0; i < n; i++)
			if (list[i].device == st.st_dev &&
			    list[i].inode == st.st_ino)
				break;
		if (i < n)
			continue;
		if (n == cap) {
			cap = cap == 0 ? 4 : cap * 2;
			if ((grown = realloc(list, cap * sizeof *list)) ==
			    NULL) {
				ok = false;
				break;
			}
			list = grown;
		}
		list[n++] = (struct input_file){st.st_dev, st.st_ino};
	}
	free(line);
	fclose(maps);
	if (!ok) {
		free(list);
		return false;
	}
	*files = list;
	*count = n;
	return true;
}
