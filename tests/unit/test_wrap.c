/* SPDX-License-Identifier: ISC */
/*
 * test_wrap.c: the ASCII line breaker (wrap_ascii.h) breaks every
 * paragraph where libunistring's u8_width_linebreaks does.  Its table
 * holds only pairs of characters; if libunistring's rules ever looked
 * further than the last character before a blank, or its choice of
 * where to fill a line changed, these comparisons would differ.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>

#include "check.h"
#include "wrap_ascii.h"

enum { MAX_LEN = 120, ROUNDS = 20000 };

/* A fixed sequence (xorshift32), so that a failure reproduces. */
static uint32_t
next(uint32_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 17;
	*state ^= *state << 5;
	return *state;
}

/* Compares the two breakers on the n bytes at s; prints s if they differ. */
static void
compare(const char *s, size_t n, int width)
{
	char want[MAX_LEN], got[MAX_LEN];

	u8_width_linebreaks((const uint8_t *)s, n, width, 0, 0, NULL, "UTF-8",
			    want);
	memset(got, 0x55, sizeof got);
	CHECK(wrap_ascii_linebreaks(s, n, width, got));
	if (memcmp(want, got, n) != 0) {
		fprintf(stderr, "breaks differ at width %d: \"%.*s\"\n", width,
			(int)n, s);
		check_failures++;
	}
}

/*
 * Random paragraphs: any printable ASCII, a blank in four, or a
 * paragraph from the characters a handout's sentences hold, where
 * numbers, units and punctuation meet.
 */
static void
test_random_paragraphs(void)
{
	static const char handout[] = "aeinost SRLx0123456789 .,;:!?()-/%'\"";
	uint32_t state = 20261206;
	char s[MAX_LEN];
	size_t n, i;
	int round, width;

	for (round = 0; round < ROUNDS; round++) {
		n = next(&state) % MAX_LEN;
		width = 1 + (int)(next(&state) % 72);
		for (i = 0; i < n; i++) {
			uint32_t r = next(&state);
			if (round % 2 == 0)
				s[i] = (char)(r % 4 == 0 ? 0x20
							 : 0x20 + r % 95);
			else
				s[i] = handout[r % (sizeof handout - 1)];
		}
		compare(s, n, width);
	}
}

/* Sentences as the handout has them, at the widths it fills. */
static void
test_sentences(void)
{
	static const char *const sentences[] = {
		"Stand side-on to a closed door, with the band's knot on the "
		"far side of the door and the loop around your RIGHT ankle.",
		"3 sets of 10 repetitions; rest 45-60 s between sets (about "
		"1 minute), 3 times a week.",
		"Pain up to 5/10 during the exercises is OK if it settles by "
		"the next morning: see \"How much pain is OK\".",
		"http://example.org/a-very-long-address/that/no/line/holds/"
		"whole?x=1&y=2",
		"",
		"     ",
		"a",
	};
	static const int widths[] = {1, 20, 40, 52, 72, 200};
	size_t i, k;

	for (i = 0; i < sizeof sentences / sizeof *sentences; i++)
		for (k = 0; k < sizeof widths / sizeof *widths; k++)
			compare(sentences[i], strlen(sentences[i]), widths[k]);
}

/* Anything but printable ASCII is libunistring's. */
static void
test_other_text_declined(void)
{
	/* A tab, a line end, "0-10" with an en dash, an eszett, DEL. */
	static const char *const others[] = {"a\tb", "a\nb", "0\342\200\22310",
					     "Fu\303\237", "\177"};
	char breaks[8];
	size_t i;

	for (i = 0; i < sizeof others / sizeof *others; i++)
		CHECK(!wrap_ascii_linebreaks(others[i], strlen(others[i]), 10,
					     breaks));
}

int
main(void)
{
	test_random_paragraphs();
	test_sentences();
	test_other_text_declined();
	return check_failures != 0;
}
