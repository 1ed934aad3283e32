/* SPDX-License-Identifier: ISC */
/*
 * embed_breaks.c: the build step that writes the table of wrap_ascii.h,
 * asking libunistring itself where a line may break between two
 * printable ASCII characters.  For each ordered pair it breaks "ab"
 * (a break between them: always) and "a b" (a break before b: only
 * after a blank; none: never).  The table is the build machine's
 * libunistring's, so heelrx's fast path follows whatever rules that
 * version implements; unit/wrap checks that the pair is all that
 * matters.
 *
 * usage: embed-breaks OUTPUT.c
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <unilbrk.h>

#include "wrap_ascii.h"

static int
pair(int a, int b)
{
	uint8_t s[3];
	char breaks[3];

	s[0] = (uint8_t)a;
	s[1] = (uint8_t)b;
	u8_possible_linebreaks(s, 2, "UTF-8", breaks);
	if (breaks[1] == UC_BREAK_POSSIBLE)
		return WRAP_ASCII_ALWAYS;
	s[1] = ' ';
	s[2] = (uint8_t)b;
	u8_possible_linebreaks(s, 3, "UTF-8", breaks);
	return breaks[2] == UC_BREAK_POSSIBLE ? WRAP_ASCII_AFTER_BLANK
					      : WRAP_ASCII_NEVER;
}

int
main(int argc, char **argv)
{
	FILE *out;
	int a, b;

	if (argc != 2) {
		fputs("usage: embed-breaks OUTPUT.c\n", stderr);
		return 64;
	}
	if ((out = fopen(argv[1], "w")) == NULL) {
		fprintf(stderr, "embed-breaks: %s: %s\n", argv[1],
			strerror(errno));
		return 73;
	}
	fputs("/* Written by embed-breaks from src/embed_breaks.c; "
	      "do not edit. */\n"
	      "#include \"wrap_ascii.h\"\n\n"
	      "const unsigned char wrap_ascii_pairs[WRAP_ASCII_COUNT]"
	      "[WRAP_ASCII_COUNT] = {\n",
	      out);
	for (a = 0; a < WRAP_ASCII_COUNT; a++) {
		fputs("\t{", out);
		for (b = 0; b < WRAP_ASCII_COUNT; b++)
			fprintf(out, "%s%d", b > 0 ? "," : "",
				pair(WRAP_ASCII_FIRST + a,
				     WRAP_ASCII_FIRST + b));
		fputs("},\n", out);
	}
	fputs("};\n", out);
	if (fclose(out) != 0) {
		fprintf(stderr, "embed-breaks: %s: %s\n", argv[1],
			strerror(errno));
		return 74;
	}
	return 0;
}
