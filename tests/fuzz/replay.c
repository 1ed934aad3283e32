/* SPDX-License-Identifier: ISC */
/*
 * replay.c: runs a fuzz harness over saved inputs without libFuzzer, so
 * that the corpus is a regression test in every build, sanitized or not.
 * Arguments are files or folders of files (not of folders).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int
replay_file(const char *path)
{
	FILE *in = fopen(path, "rb");
	unsigned char *data;
	long size;

	if (in == NULL || fseek(in, 0, SEEK_END) != 0 ||
	    (size = ftell(in)) < 0 || fseek(in, 0, SEEK_SET) != 0) {
		perror(path);
		if (in != NULL)
			fclose(in);
		return 1;
	}
	data = malloc((size_t)size + 1);
	if (data == NULL || fread(data, 1, (size_t)size, in) != (size_t)size) {
		perror(path);
		free(data);
		fclose(in);
		return 1;
	}
	fclose(in);
	LLVMFuzzerTestOneInput(data, (size_t)size);
	free(data);
	return 0;
}

static int
replay(const char *path, size_t *count)
{
	struct dirent **entries;
	struct stat st;
	int n, i, failed = 0;
	char *child;

	if (stat(path, &st) != 0) {
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		++*count;
		return replay_file(path);
	}
	/* Sorted, so that a failure is found at the same place each run. */
	n = scandir(path, &entries, NULL, alphasort);
	if (n < 0) {
		perror(path);
		return 1;
	}
	for (i = 0; i < n; i++) {
		if (entries[i]->d_name[0] != '.' &&
		    asprintf(&child, "%s/%s", path, entries[i]->d_name) >= 0) {
			++*count;
			failed |= replay_file(child);
			free(child);
		}
		free(entries[i]);
	}
	free(entries);
	return failed;
}

int
main(int argc, char **argv)
{
	size_t count = 0;
	int i, failed = 0;

	for (i = 1; i < argc; i++)
		failed |= replay(argv[i], &count);
	if (count == 0) {
		fprintf(stderr, "replay: no inputs\n");
		return 1;
	}
	printf("replayed %zu inputs\n", count);
	return failed;
}
