/* SPDX-License-Identifier: ISC */
/*
 * value.c: the grammars of a figure's attribute values, and the checks
 * on its text, as pure functions of their bytes.  None admits '<', '&',
 * a double quote or a backslash, so no value can break out of the
 * attribute the emitter writes it into; the loader refuses url() and
 * javascript: before a grammar is tried, so that its message says why.
 * svg_tree.h says what each function promises.
 */
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "svg_tree.h"

/* ASCII classes; <ctype.h> would follow the locale. */
bool
svg_is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_hex(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

size_t
svg_scan_number(const char *s, size_t len)
{
	size_t i = 0, digits = 0, e;

	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	while (i < len && is_digit(s[i]))
		i++, digits++;
	if (i < len && s[i] == '.') {
		i++;
		while (i < len && is_digit(s[i]))
			i++, digits++;
	}
	if (digits == 0)
		return 0;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		e = i + 1;
		if (e < len && (s[e] == '+' || s[e] == '-'))
			e++;
		if (e < len && is_digit(s[e])) {
			while (e < len && is_digit(s[e]))
				e++;
			i = e;
		}
	}
	return i;
}

double
svg_number_value(const char *s, size_t len)
{
	char buf[64];
	locale_t c;
	double v;

	if (len >= sizeof buf)
		return HUGE_VAL;
	memcpy(buf, s, len);
	buf[len] = '\0';
	c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	if (c == (locale_t)0)
		return HUGE_VAL;
	v = strtod_l(buf, NULL, c);
	freelocale(c);
	return isfinite(v) ? v : HUGE_VAL;
}

static int
is_length(const char *s, size_t len)
{
	static const char *const units[] = {"px", "pt", "pc", "mm", "cm",
					    "in", "em", "ex", "%"};
	size_t n = svg_scan_number(s, len), u;

	if (n == 0)
		return 0;
	if (n == len)
		return 1;
	for (u = 0; u < sizeof units / sizeof units[0]; u++)
		if (strlen(units[u]) == len - n &&
		    memcmp(s + n, units[u], len - n) == 0)
			return 1;
	return 0;
}

/* Skips a separator of a list: spaces with at most one comma among
 * them.  Returns whether there was one. */
static int
skip_separator(const char *s, size_t len, size_t *i)
{
	size_t start = *i;
	int comma = 0;

	while (*i < len && (svg_is_space(s[*i]) || (s[*i] == ',' && !comma))) {
		if (s[*i] == ',')
			comma = 1;
		++*i;
	}
	return *i > start;
}

long
svg_scan_list(const char *s, size_t len, bool is_lengths, double *out,
	      size_t max)
{
	size_t i = 0, n, count = 0;

	while (i < len) {
		n = svg_scan_number(s + i, len - i);
		if (n == 0)
			return -1;
		if (is_lengths) {
			size_t end = i + n;
			while (end < len && (is_alpha(s[end]) || s[end] == '%'))
				end++;
			if (!is_length(s + i, end - i))
				return -1;
			n = end - i;
		}
		if (out != NULL && count < max)
			out[count] = svg_number_value(
				s + i, svg_scan_number(s + i, n));
		count++;
		i += n;
		if (i < len && !skip_separator(s, len, &i))
			return -1;
		if (i == len && (svg_is_space(s[i - 1]) || s[i - 1] == ','))
			return -1;
	}
	return count == 0 ? -1 : (long)count;
}

static int
is_transform(const char *s, size_t len)
{
	static const struct {
		const char *name;
		unsigned char min, max;
	} kinds[] = {{"matrix", 6, 6}, {"translate", 1, 2}, {"scale", 1, 2},
		     {"rotate", 1, 3}, {"skewX", 1, 1},	    {"skewY", 1, 1}};
	size_t i = 0, k, start, close;
	long count;

	while (i < len) {
		start = i;
		while (i < len && is_alpha(s[i]))
			i++;
		for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (strlen(kinds[k].name) == i - start &&
			    memcmp(s + start, kinds[k].name, i - start) == 0)
				break;
		if (k == sizeof kinds / sizeof kinds[0])
			return 0;
		while (i < len && svg_is_space(s[i]))
			i++;
		if (i == len || s[i] != '(')
			return 0;
		i++;
		while (i < len && svg_is_space(s[i]))
			i++;
		for (close = i; close < len && s[close] != ')'; close++)
			;
		if (close == len)
			return 0;
		while (close > i && svg_is_space(s[close - 1]))
			close--;
		count = svg_scan_list(s + i, close - i, false, NULL, 0);
		if (count < kinds[k].min || count > kinds[k].max ||
		    (kinds[k].max == 3 && count == 2))
			return 0;
		i = close;
		while (i < len && svg_is_space(s[i]))
			i++;
		i++; /* the ')' */
		if (i < len && !skip_separator(s, len, &i))
			return 0;
	}
	return len > 0;
}

/* Path data: only the characters its grammar uses, starting with a
 * move.  A renderer stops drawing at the first error of the grammar
 * itself, which can hide a line but not add anything. */
static int
is_path(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || (s[0] != 'M' && s[0] != 'm'))
		return 0;
	for (i = 0; i < len; i++)
		if (!is_digit(s[i]) && !svg_is_space(s[i]) &&
		    strchr("MmZzLlHhVvCcSsQqTtAaeE.+-,", s[i]) == NULL)
			return 0;
	return 1;
}

static int
is_paint(const char *s, size_t len)
{
	size_t i;

	if (len > 1 && s[0] == '#') {
		for (i = 1; i < len; i++)
			if (!is_hex(s[i]))
				return 0;
		return len == 4 || len == 5 || len == 7 || len == 9;
	}
	if (len > 5 && memcmp(s, "rgb(", 4) == 0 && s[len - 1] == ')') {
		for (i = 4; i < len - 1; i++)
			if (!is_digit(s[i]) && !svg_is_space(s[i]) &&
			    strchr(".,%", s[i]) == NULL)
				return 0;
		return 1;
	}
	if (len == 0 || len > 32)
		return 0;
	for (i = 0; i < len; i++)
		if (!is_alpha(s[i]))
			return 0;
	return 1;
}

static int
is_font_family(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 200)
		return 0;
	for (i = 0; i < len; i++)
		if (!is_alpha(s[i]) && !is_digit(s[i]) &&
		    strchr(" ,'-_", s[i]) == NULL)
			return 0;
	return 1;
}

/* Whether s is one of the comma-separated words. */
static int
is_word(const char *s, size_t len, const char *words)
{
	const char *w = words, *end;

	while (*w != '\0') {
		end = strchr(w, ',');
		if (end == NULL)
			end = w + strlen(w);
		if ((size_t)(end - w) == len && memcmp(w, s, len) == 0)
			return 1;
		w = *end == ',' ? end + 2 : end;
	}
	return 0;
}

static int
is_aspect_ratio(const char *s, size_t len)
{
	static const char *const aligns =
		"none, xMinYMin, xMidYMin, xMaxYMin, xMinYMid, xMidYMid, "
		"xMaxYMid, xMinYMax, xMidYMax, xMaxYMax";
	size_t i = 0;

	while (i < len && !svg_is_space(s[i]))
		i++;
	if (!is_word(s, i, aligns))
		return 0;
	while (i < len && svg_is_space(s[i]))
		i++;
	return i == len || is_word(s + i, len - i, "meet, slice");
}

bool
svg_value_is_valid(enum value grammar, const char *words, const char *s,
		   size_t len)
{
	double box[4];

	switch (grammar) {
	case V_LENGTH:
		return is_length(s, len);
	case V_COORD:
	case V_NUMBER:
		return len > 0 && svg_scan_number(s, len) == len;
	case V_OPACITY: {
		/* A number, then optionally one '%'; a lone '%' is not. */
		size_t n = svg_scan_number(s, len);
		return n > 0 && (n == len || (n + 1 == len && s[n] == '%'));
	}
	case V_POINTS: {
		long n = svg_scan_list(s, len, false, NULL, 0);
		return n >= 2 && n % 2 == 0;
	}
	case V_VIEW_BOX:
		return svg_scan_list(s, len, false, box, 4) == 4 &&
		       box[2] > 0 && box[3] > 0 && box[0] != HUGE_VAL &&
		       box[1] != HUGE_VAL && box[2] != HUGE_VAL &&
		       box[3] != HUGE_VAL;
	case V_PATH:
		return is_path(s, len);
	case V_TRANSFORM:
		return is_transform(s, len);
	case V_PAINT:
		return is_paint(s, len);
	case V_DASH_ARRAY:
		return (len == 4 && memcmp(s, "none", 4) == 0) ||
		       svg_scan_list(s, len, true, NULL, 0) > 0;
	case V_FONT_FAMILY:
		return is_font_family(s, len);
	case V_KEYWORD:
		return words != NULL && is_word(s, len, words);
	case V_TEXT_ANCHOR:
		return is_word(s, len, "start, middle, end");
	case V_ASPECT_RATIO:
		return is_aspect_ratio(s, len);
	case V_VALUE_COUNT:
		break;
	}
	return false;
}

bool
svg_contains_folded(const char *s, const char *what)
{
	size_t i, j, k;

	for (i = 0; s[i] != '\0'; i++) {
		for (j = i, k = 0; what[k] != '\0' && s[j] != '\0'; j++) {
			int c = (unsigned char)s[j];
			if (svg_is_space(c))
				continue;
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (c != what[k])
				break;
			k++;
		}
		if (what[k] == '\0')
			return true;
	}
	return false;
}

bool
svg_is_all_space(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!svg_is_space(s[i]))
			return false;
	return true;
}

bool
svg_is_clean_text(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == 0x7f || (s[i] < 0x20 && !svg_is_space(s[i])))
			return false;
		if (s[i] == 0xc2 && i + 1 < len && s[i + 1] >= 0x80 &&
		    s[i + 1] <= 0x9f)
			return false;
		if (s[i] == 0xe2 && i + 2 < len &&
		    ((s[i + 1] == 0x80 && s[i + 2] >= 0xa8 &&
		      s[i + 2] <= 0xae) ||
		     (s[i + 1] == 0x81 && s[i + 2] >= 0xa6 &&
		      s[i + 2] <= 0xa9)))
			return false;
	}
	return true;
}

size_t
svg_utf8_invalid_at(const unsigned char *s, size_t len)
{
	size_t i = 0, n, k;
	uint32_t c, min;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((s[i] & 0xe0) == 0xc0)
			n = 1, c = s[i] & 0x1fU, min = 0x80;
		else if ((s[i] & 0xf0) == 0xe0)
			n = 2, c = s[i] & 0x0fU, min = 0x800;
		else if ((s[i] & 0xf8) == 0xf0)
			n = 3, c = s[i] & 0x07U, min = 0x10000;
		else
			return i;
		if (len - i <= n)
			return i;
		for (k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return i;
			c = (c << 6) | (s[i + k] & 0x3fU);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return i;
		i += n + 1;
	}
	return len;
}

const char *
svg_value_expected(enum value grammar)
{
	switch (grammar) {
	case V_LENGTH:
		return _("a number with an optional unit (px, pt, pc, mm, cm, "
			 "in, em, ex or %)");
	case V_COORD:
		return _("a plain number (a text's x must be one number so "
			 "that it can be mirrored)");
	case V_NUMBER:
		return _("a number");
	case V_OPACITY:
		return _("a number or a percentage");
	case V_POINTS:
		return _(
			"pairs of numbers (x,y) separated by spaces or commas");
	case V_VIEW_BOX:
		return _("four numbers, min-x min-y width height, with a "
			 "positive width and height");
	case V_PATH:
		return _("path data: M, L, H, V, C, S, Q, T, A and Z (in "
			 "either case) with numbers, starting with M");
	case V_TRANSFORM:
		return _("matrix(), translate(), scale(), rotate(), skewX() or "
			 "skewY() with numbers");
	case V_PAINT:
		return _("none, currentColor, a colour name, #rgb, #rrggbb or "
			 "rgb()");
	case V_DASH_ARRAY:
		return _("none or a list of lengths");
	case V_FONT_FAMILY:
		return _("font names (letters, digits, spaces, hyphens, commas "
			 "and single quotes)");
	case V_KEYWORD:
		/* TRANSLATORS: followed by the words an attribute takes,
		 * as in "expected one of butt, round, square". */
		return _("one of");
	case V_TEXT_ANCHOR:
		return _("one of start, middle, end");
	case V_ASPECT_RATIO:
		return _("none or xMinYMin to xMaxYMax, then optionally meet "
			 "or slice");
	case V_VALUE_COUNT:
		break;
	}
	return _("a valid value");
}
