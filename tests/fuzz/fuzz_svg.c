/* SPDX-License-Identifier: ISC */
/*
 * fuzz_svg.c: the figure parser on arbitrary bytes.  Whatever the input,
 * parsing ends in a figure or a one-line diagnostic.  A figure, written
 * as drawn and mirrored, parses again and writes out the same; and what
 * is written holds only the whitelisted elements, no event attribute,
 * and no javascript: or url() in any attribute.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "svg.h"

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

/* Whether s[0..len) holds what (lower case), ignoring case and spaces. */
static bool
holds_folded(const char *s, size_t len, const char *what)
{
	size_t i, j, k;

	for (i = 0; i < len; i++) {
		for (j = i, k = 0; what[k] != '\0' && j < len; j++) {
			if (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' ||
			    s[j] == '\r')
				continue;
			if (lower((unsigned char)s[j]) != what[k])
				break;
			k++;
		}
		if (what[k] == '\0')
			return true;
	}
	return false;
}

static bool
is_allowed_element(const char *s, size_t len)
{
	static const char *const names[] = {
		"svg",	   "g",	    "path",   "line",	 "polyline",
		"polygon", "rect",  "circle", "ellipse", "text",
		"tspan",   "title", "desc"};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0)
			return true;
	return false;
}

/* Reads every tag of the output: an allowed name, then name="value"
 * pairs, none an event attribute, no value with javascript: or url(. */
static void
require_clean_markup(const char *out, size_t len)
{
	size_t i = 0, start;

	fuzz_require(!holds_folded(out, len, "<script"));
	fuzz_require(!holds_folded(out, len, "<style"));
	fuzz_require(!holds_folded(out, len, "<foreignobject"));
	while (i < len) {
		if (out[i] != '<') {
			/* Text: escaped, so no markup starts in it. */
			fuzz_require(out[i] != '>');
			i++;
			continue;
		}
		i++;
		if (i < len && out[i] == '/')
			i++;
		start = i;
		while (i < len && out[i] != ' ' && out[i] != '>' &&
		       out[i] != '/')
			i++;
		fuzz_require(is_allowed_element(out + start, i - start));
		for (;;) {
			size_t name, value;

			fuzz_require(i < len);
			if (out[i] == '>')
				break;
			if (out[i] == '/') {
				fuzz_require(i + 1 < len && out[i + 1] == '>');
				i++;
				break;
			}
			fuzz_require(out[i] == ' ');
			name = ++i;
			while (i < len && out[i] != '=')
				i++;
			fuzz_require(i + 1 < len && out[i + 1] == '"');
			fuzz_require(
				!(i - name >= 2 &&
				  lower((unsigned char)out[name]) == 'o' &&
				  lower((unsigned char)out[name + 1]) == 'n'));
			i += 2;
			value = i;
			while (i < len && out[i] != '"') {
				fuzz_require(out[i] != '<' && out[i] != '>');
				i++;
			}
			fuzz_require(i < len);
			fuzz_require(!holds_folded(out + value, i - value,
						   "javascript:"));
			fuzz_require(
				!holds_folded(out + value, i - value, "url("));
			i++;
		}
		i++;
	}
}

static void
check_emitted(const struct svg *svg, bool is_mirrored)
{
	struct failure failure;
	struct svg *again = NULL;
	char *out, *out_again;
	size_t len, len_again;

	fuzz_require(svg_emit(svg, is_mirrored, &out, &len, &failure) ==
		     STATUS_OK);
	fuzz_require(strlen(out) == len);
	require_clean_markup(out, len);
	/* What heelrx writes is a figure heelrx reads, and writes the same
	 * way again (a mirrored one as it now stands). */
	fuzz_require(len > SVG_MAX_BYTES ||
		     svg_parse(out, len, &again, &failure) == STATUS_OK);
	if (again != NULL) {
		fuzz_require(svg_emit(again, false, &out_again, &len_again,
				      &failure) == STATUS_OK);
		fuzz_require(len_again == len &&
			     memcmp(out_again, out, len) == 0);
		free(out_again);
		svg_free(again);
	}
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct failure failure;
	struct svg *svg = NULL;
	enum status status;

	status = svg_parse((const char *)data, size, &svg, &failure);
	if (status != STATUS_OK) {
		fuzz_require(svg == NULL);
		fuzz_require(status == STATUS_DATA);
		fuzz_require(failure.file == NULL);
		fuzz_require((failure.line == 0) == (failure.column == 0));
		fuzz_require(fuzz_is_one_line(failure.message));
		return 0;
	}
	fuzz_require(svg_view_box(svg).width > 0 &&
		     svg_view_box(svg).height > 0);
	check_emitted(svg, false);
	check_emitted(svg, true);
	svg_free(svg);
	return 0;
}
