/* SPDX-License-Identifier: ISC */
/*
 * svg-check.c: a test-only front end to the figure parser, until the
 * catalog names figures: reads FILE as heelrx will read a figure, parses
 * it, and prints the one diagnostic line as heelrx prints its own, with
 * the exit status heelrx uses.
 *
 * usage: svg-check [-e | -m] [-r] FILE
 *   -e  print the figure as emitted, as drawn
 *   -m  print it mirrored
 *   -r  print "peak-rss KIB" (getrusage) on standard output at the end
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "input.h"
#include "svg.h"

static void
report(const struct failure *f)
{
	if (f->file != NULL && f->line > 0)
		fprintf(stderr, "heelrx: %s:%lu:%lu: %s\n", f->file, f->line,
			f->column, f->message);
	else if (f->file != NULL)
		fprintf(stderr, "heelrx: %s: %s\n", f->file, f->message);
	else
		fprintf(stderr, "heelrx: %s\n", f->message);
}

int
main(int argc, char **argv)
{
	struct failure failure;
	struct svg *svg = NULL;
	struct rusage usage;
	enum status status;
	char *bytes, *out;
	size_t len;
	int c, emit = 0, mirrored = 0, rss = 0;

	while ((c = getopt(argc, argv, "emr")) != -1) {
		switch (c) {
		case 'e':
			emit = 1;
			break;
		case 'm':
			emit = mirrored = 1;
			break;
		case 'r':
			rss = 1;
			break;
		default:
			return STATUS_USAGE;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: svg-check [-e | -m] [-r] FILE\n");
		return STATUS_USAGE;
	}
	status = input_read(argv[optind], argv[optind], SVG_MAX_BYTES, &bytes,
			    &len, &failure);
	if (status == STATUS_OK) {
		status = svg_parse(bytes, len, &svg, &failure);
		free(bytes);
		/* The figure's own positions are in the file. */
		failure.file = argv[optind];
	}
	if (status == STATUS_OK && emit) {
		status = svg_emit(svg, mirrored, &out, &len, &failure);
		if (status == STATUS_OK) {
			fwrite(out, 1, len, stdout);
			free(out);
		}
	}
	svg_free(svg);
	if (status != STATUS_OK)
		report(&failure);
	if (rss && getrusage(RUSAGE_SELF, &usage) == 0)
		printf("peak-rss %ld\n", usage.ru_maxrss);
	if (fflush(stdout) != 0 || ferror(stdout))
		return STATUS_IO;
	return (int)status;
}
