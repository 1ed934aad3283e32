/* SPDX-License-Identifier: ISC */
/*
 * yaml-scan.c: the floor under any libyaml-based catalog reader.  It
 * reads the file as heelrx does (the whole file into one buffer, sized
 * by fstat) and runs libyaml's event loop over it, keeping nothing.
 * heelrx's loader can only add to this; bench/run compares the two.
 *
 * usage: yaml-scan FILE    exit status 0 when the YAML parses, else 1
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

static unsigned char *
read_file(const char *path, size_t *len)
{
	struct stat st;
	unsigned char *buf;
	size_t used = 0;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || fstat(fd, &st) != 0)
		return NULL;
	buf = malloc((size_t)st.st_size + 1);
	if (buf == NULL)
		return NULL;
	while ((n = read(fd, buf + used, (size_t)st.st_size + 1 - used)) > 0)
		used += (size_t)n;
	close(fd);
	if (n < 0) {
		free(buf);
		return NULL;
	}
	*len = used;
	return buf;
}

int
main(int argc, char **argv)
{
	yaml_parser_t parser;
	yaml_event_t event;
	unsigned char *bytes;
	size_t len, events = 0;
	int is_done = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: yaml-scan FILE\n");
		return 2;
	}
	if ((bytes = read_file(argv[1], &len)) == NULL) {
		perror(argv[1]);
		return 1;
	}
	if (!yaml_parser_initialize(&parser))
		return 1;
	yaml_parser_set_input_string(&parser, bytes, len);
	while (!is_done) {
		if (!yaml_parser_parse(&parser, &event)) {
			fprintf(stderr, "yaml-scan: %s: %s\n", argv[1],
				parser.problem != NULL ? parser.problem
						       : "error");
			yaml_parser_delete(&parser);
			free(bytes);
			return 1;
		}
		is_done = event.type == YAML_STREAM_END_EVENT;
		events++;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	free(bytes);
	return events > 0 ? 0 : 1;
}
