/* SPDX-License-Identifier: ISC */
/*
 * charclass.c: finding the characters of charclass.h.  Catalog texts
 * are nearly all printable ASCII, so the search skips eight such bytes
 * at a time and looks at the rest one by one.
 */
#include <stdint.h>
#include <string.h>

#include "charclass.h"

size_t
charclass_unsafe_length(const unsigned char *s, size_t len)
{
	if (len == 0)
		return 0;
	if (s[0] < 0x20 || s[0] == 0x7f)
		return 1;
	/* U+0080 to U+009F */
	if (s[0] == 0xc2 && len > 1 && s[1] >= 0x80 && s[1] <= 0x9f)
		return 2;
	/* U+2028 to U+202E, and U+2066 to U+2069 */
	if (s[0] == 0xe2 && len > 2 &&
	    ((s[1] == 0x80 && s[2] >= 0xa8 && s[2] <= 0xae) ||
	     (s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9)))
		return 3;
	return 0;
}

/* The bidirectional formatting characters, U+202A to U+202E and
 * U+2066 to U+2069, by their third UTF-8 byte less 0xaa and 0xa6. */
static const char *const embedding_names[] = {
	"U+202A LEFT-TO-RIGHT EMBEDDING",    "U+202B RIGHT-TO-LEFT EMBEDDING",
	"U+202C POP DIRECTIONAL FORMATTING", "U+202D LEFT-TO-RIGHT OVERRIDE",
	"U+202E RIGHT-TO-LEFT OVERRIDE",
};
static const char *const isolate_faults[] = {
	"U+2066 LEFT-TO-RIGHT ISOLATE with no U+2069 POP DIRECTIONAL "
	"ISOLATE to close it",
	"U+2067 RIGHT-TO-LEFT ISOLATE with no U+2069 POP DIRECTIONAL "
	"ISOLATE to close it",
	"U+2068 FIRST STRONG ISOLATE with no U+2069 POP DIRECTIONAL "
	"ISOLATE to close it",
	"U+2069 POP DIRECTIONAL ISOLATE that closes no isolate",
};

/* What the character of the set at s is, in the words of a message;
 * an isolate is named by the caller, which knows whether it is
 * balanced. */
static const char *
unsafe_name(const unsigned char *s, size_t len)
{
	if (s[0] == 0)
		return "a NUL character";
	if (len > 2 && s[0] == 0xe2 && s[1] == 0x80 &&
	    (s[2] == 0xa8 || s[2] == 0xa9))
		return "a line or paragraph separator";
	if (len > 2 && s[0] == 0xe2 && s[1] == 0x80)
		return embedding_names[s[2] - 0xaa];
	return "a control character";
}

/* Whether s starts with an isolate, U+2066 to U+2069. */
static bool
is_isolate(const unsigned char *s, size_t len)
{
	return len > 2 && s[0] == 0xe2 && s[1] == 0x81 && s[2] >= 0xa6 &&
	       s[2] <= 0xa9;
}

/*
 * Whether the eight bytes at s are all printable ASCII, 0x20 to 0x7e.
 * A byte below 0x20 sets its top bit when 0x20 is taken from it, 0x7f
 * when 1 is added, and bytes from 0x80 have it already.  A borrow or
 * carry into the next byte can only make a good byte look bad, never
 * the reverse, and the caller then looks at the bytes one by one.
 */
static bool
is_printable_ascii8(const unsigned char *s)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	uint64_t w;

	memcpy(&w, s, sizeof w);
	return (((w - 0x20 * ones) | (w + ones) | w) & (0x80 * ones)) == 0;
}

bool
charclass_check_text(const unsigned char *s, size_t len,
		     struct charclass_fault *fault)
{
	size_t i, depth = 0, outermost = 0;

	for (i = 0; i < len; i++) {
		while (len - i >= 8 && is_printable_ascii8(s + i))
			i += 8;
		if (i == len)
			break;
		if (charclass_is_printable_ascii(s[i]) || s[i] == '\t' ||
		    s[i] == '\n' ||
		    charclass_unsafe_length(s + i, len - i) == 0)
			continue;
		if (!is_isolate(s + i, len - i)) {
			fault->offset = i;
			fault->what = unsafe_name(s + i, len - i);
			return false;
		}
		if (s[i + 2] < 0xa9) {
			if (depth++ == 0)
				outermost = i;
		} else if (depth == 0) {
			fault->offset = i;
			fault->what = isolate_faults[3];
			return false;
		} else
			depth--;
		i += 2;
	}
	if (depth > 0) {
		fault->offset = outermost;
		fault->what = isolate_faults[s[outermost + 2] - 0xa6];
		return false;
	}
	return true;
}
