/* SPDX-License-Identifier: ISC */
/*
 * wrap.c: paragraph filling on top of libunistring's line breaker.
 *
 * libunistring says where a line may break; this file decides where
 * each printed line starts and ends, adds the prefixes and drops the
 * blanks a break leaves at the end of a line.
 */
#include <stdlib.h>
#include <string.h>

#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "charclass.h"
#include "numrange.h"
#include "wrap.h"
#include "wrap_ascii.h"

/*
 * Printable ASCII, nearly every byte a catalog holds, is one column a
 * byte; only other text is worth asking libunistring about.  Rendering
 * a plan measured every prefix and paragraph, and that cost more than
 * parsing the catalog.
 */
int
wrap_width_of(const char *s)
{
	size_t i = 0;

	while (charclass_is_printable_ascii((unsigned char)s[i]))
		i++;
	if (s[i] == '\0')
		return (int)i;
	return u8_strwidth((const uint8_t *)s, "UTF-8");
}

/* Writes prefix and the len bytes at s, less trailing blanks. */
static void
put_line(FILE *out, const char *prefix, const char *s, size_t len)
{
	size_t plen = strlen(prefix);

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0)
		while (plen > 0 && prefix[plen - 1] == ' ')
			plen--;
	fwrite(prefix, 1, plen, out);
	fwrite(s, 1, len, out);
	fputc('\n', out);
}

/*
 * Whether the len bytes at s fill at most width columns, counted as
 * u8_width_linebreaks counts them, and hold no tab, no line break and
 * no character without a width, which the line breaker would have to
 * handle.
 */
static bool
fits_on_a_line(const char *s, size_t len, int width)
{
	const uint8_t *u = (const uint8_t *)s;
	size_t i = 0;
	int columns = 0, w, n;
	ucs4_t c;

	while (i < len && columns <= width) {
		if (charclass_is_printable_ascii(u[i])) {
			columns++;
			i++;
			continue;
		}
		/* Tabs, controls and the Unicode line breaks. */
		if (charclass_unsafe_length(u + i, len - i) > 0)
			return false;
		n = u8_mbtouc(&c, u + i, len - i);
		if ((w = uc_width(c, "UTF-8")) < 0)
			return false;
		columns += w;
		i += (size_t)n;
	}
	return columns <= width;
}

/* U+200B ZERO WIDTH SPACE, a break opportunity of no width. */
static const char zwsp[] = "\342\200\213";
enum { ZWSP_LEN = sizeof zwsp - 1 };

/*
 * Whether the len bytes at s are wider than width columns.  Only a word
 * longer than a line makes one so, and only a line of more than width
 * bytes can be, since no character is wider than its UTF-8 bytes: one
 * comparison a line is all most paragraphs cost.
 */
static bool
is_too_wide(const char *s, size_t len, int width)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len > (size_t)width &&
	       u8_width((const uint8_t *)s, len, "UTF-8") > width;
}

/*
 * Whether a line that starts at start ends before byte i, by breaks
 * (libunistring's break at each byte): at a mandatory break, whose
 * newline the next line starts after, or at a possible one, where it
 * starts; *next is where.
 */
static bool
line_ends(const char *breaks, size_t i, size_t start, size_t *next)
{
	if (breaks[i] == UC_BREAK_MANDATORY) {
		*next = i + 1;
		return true;
	}
	if (i > start && (breaks[i] == UC_BREAK_POSSIBLE ||
			  breaks[i] == UC_BREAK_HYPHENATION)) {
		*next = i;
		return true;
	}
	return false;
}

/*
 * Where the n bytes at s must not break although the Unicode rules
 * allow it, as u8_width_linebreaks takes it: after the dash of a range
 * of numbers (numrange.h), so that a pain scale's "0–10" never loses
 * its end to the next line.  NULL when s has no such place (or memory
 * ran out, when the rules alone are the best there is); else the caller
 * frees it.
 */
static char *
no_breaks(const char *s, size_t n)
{
	struct numrange r;
	char *o = NULL;
	size_t from = 0, i;

	while (numrange_find(s, n, from, &r)) {
		if (o == NULL && (o = calloc(n, 1)) == NULL)
			return NULL;
		for (i = r.start + 1; i < r.end; i++)
			o[i] = UC_BREAK_PROHIBITED;
		from = r.end;
	}
	return o;
}

/*
 * u8_width_linebreaks over the n bytes at s, keeping ranges whole; from
 * the table of wrap_ascii.h when s is printable ASCII, which holds no
 * range (its dash is not ASCII).
 */
static void
width_linebreaks(const char *s, size_t n, int width, char *breaks)
{
	char *o = no_breaks(s, n);

	if (o != NULL || !wrap_ascii_linebreaks(s, n, width, breaks))
		u8_width_linebreaks((const uint8_t *)s, n, width, 0, 0, o,
				    "UTF-8", breaks);
	free(o);
}

/*
 * A copy of the n bytes at text, each tab a blank, into *s, and where
 * its lines may break within width columns into *breaks; the caller
 * frees both.  False (and nothing allocated) when memory ran out.
 */
static bool
find_breaks(const char *text, size_t n, int width, char **s, char **breaks)
{
	size_t i;

	*s = malloc(n + 1);
	*breaks = malloc(n + 1);
	if (*s == NULL || *breaks == NULL) {
		free(*s);
		free(*breaks);
		return false;
	}
	memcpy(*s, text, n);
	for (i = 0; i < n; i++)
		if ((*s)[i] == '\t')
			(*s)[i] = ' ';
	width_linebreaks(*s, n, width, *breaks);
	return true;
}

/*
 * A copy of the n bytes at s in which every run between break
 * opportunities that is wider than width is cut by zero width spaces
 * into pieces of at most width columns, so that the line breaker can
 * break a German compound that no line holds; *len is its length.
 * NULL when memory is exhausted.
 */
static char *
cut_long_words(const char *s, size_t n, int width, size_t *len)
{
	char *opportunities = malloc(n + 1);
	char *cut = malloc(n * (ZWSP_LEN + 1) + 1);
	size_t i = 0, used = 0;
	int columns = 0, w, k;
	ucs4_t c;

	if (opportunities == NULL || cut == NULL) {
		free(opportunities);
		free(cut);
		return NULL;
	}
	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", opportunities);
	while (i < n) {
		k = u8_mbtouc(&c, (const uint8_t *)s + i, n - i);
		w = uc_width(c, "UTF-8");
		if (w < 0)
			w = 0;
		if (opportunities[i] != UC_BREAK_PROHIBITED || c == ' ')
			columns = 0;
		if (columns > 0 && columns + w > width) {
			memcpy(cut + used, zwsp, ZWSP_LEN);
			used += ZWSP_LEN;
			columns = 0;
		}
		memcpy(cut + used, s + i, (size_t)k);
		used += (size_t)k;
		columns = c == ' ' ? 0 : columns + w;
		i += (size_t)k;
	}
	cut[used] = '\0';
	free(opportunities);
	*len = used;
	return cut;
}

/* put_line, less the zero width spaces cut_long_words added; buf has
 * room for the line. */
static void
put_cut_line(FILE *out, const char *prefix, const char *s, size_t len,
	     char *buf)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (i + ZWSP_LEN <= len && memcmp(s + i, zwsp, ZWSP_LEN) == 0) {
			i += ZWSP_LEN - 1;
			continue;
		}
		buf[n++] = s[i];
	}
	put_line(out, prefix, buf, n);
}

/*
 * Writes the rest of a paragraph, the n bytes at s, whose first line
 * holds a word longer than a line: cut by cut_long_words, broken again,
 * and written without the cuts.
 */
static bool
put_cut_lines(FILE *out, const char *s, size_t n, int width, const char *prefix,
	      const char *rest_prefix)
{
	size_t m, i, start = 0, next;
	char *cut = cut_long_words(s, n, width, &m);
	char *breaks = cut != NULL ? malloc(2 * m + 2) : NULL;

	if (breaks == NULL) {
		free(cut);
		return false;
	}
	width_linebreaks(cut, m, width, breaks);
	for (i = 0; i < m; i++)
		if (line_ends(breaks, i, start, &next)) {
			put_cut_line(out, prefix, cut + start, i - start,
				     breaks + m + 1);
			prefix = rest_prefix;
			start = next;
		}
	if (start < m)
		put_cut_line(out, prefix, cut + start, m - start,
			     breaks + m + 1);
	free(cut);
	free(breaks);
	return true;
}

bool
wrap_paragraph(FILE *out, const char *text, int width, const char *first_prefix,
	       const char *rest_prefix)
{
	size_t n = strlen(text), i, start = 0, next;
	int indent = wrap_width_of(first_prefix);
	const char *prefix = first_prefix;
	bool is_done = true;
	char *s, *breaks;

	if (wrap_width_of(rest_prefix) > indent)
		indent = wrap_width_of(rest_prefix);
	width -= indent;
	if (width < WRAP_MIN_COLUMNS)
		width = WRAP_MIN_COLUMNS;

	/*
	 * Most paragraphs fit on their first line.  The line breaker only
	 * breaks at a line break or where a line would overflow, so such
	 * a paragraph needs neither it nor a copy.
	 */
	if (fits_on_a_line(text, n, width)) {
		put_line(out, first_prefix, text, n);
		return true;
	}
	if (!find_breaks(text, n, width, &s, &breaks))
		return false;
	/*
	 * A line of more bytes than columns may hold a word longer than a
	 * line, which the breaker leaves whole: then the lines so far
	 * stand, and the rest is cut at the margin and broken again.
	 */
	for (i = 0; i < n; i++) {
		/* Nearly every byte: one comparison, not line_ends's three. */
		if (breaks[i] == UC_BREAK_PROHIBITED ||
		    !line_ends(breaks, i, start, &next))
			continue;
		if (i - start > (size_t)width &&
		    is_too_wide(s + start, i - start, width))
			break;
		put_line(out, prefix, s + start, i - start);
		prefix = rest_prefix;
		start = next;
	}
	if (n - start > (size_t)width &&
	    is_too_wide(s + start, i - start, width))
		is_done = put_cut_lines(out, s + start, n - start, width,
					prefix, rest_prefix);
	else if (start < n || n == 0)
		put_line(out, prefix, s + start, n - start);
	free(s);
	free(breaks);
	return is_done;
}

/* Appends the len bytes at s, less trailing blanks, and a newline. */
static size_t
put_fill_line(char *out, size_t used, const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	memcpy(out + used, s, len);
	used += len;
	out[used++] = '\n';
	return used;
}

char *
wrap_fill(const char *text, int width)
{
	size_t n = strlen(text), i, start = 0, used = 0, next;
	char *s, *breaks, *out;

	/* Lines end where a blank was or gain a '\n': at most 2n + 2. */
	if ((out = malloc(2 * n + 2)) == NULL)
		return NULL;
	if (!find_breaks(text, n, width < 1 ? 1 : width, &s, &breaks)) {
		free(out);
		return NULL;
	}
	for (i = 0; i < n; i++)
		if (line_ends(breaks, i, start, &next)) {
			used = put_fill_line(out, used, s + start, i - start);
			start = next;
		}
	if (start < n || used == 0)
		used = put_fill_line(out, used, s + start, n - start);
	out[used] = '\0';
	free(s);
	free(breaks);
	return out;
}
