/* SPDX-License-Identifier: ISC */
/*
 * plans.c: what the fuzz harnesses that load a catalog do with it: a
 * plan for every side, with sessions, a log and a band where the
 * catalog has words for them, rendered in every format and checked;
 * and how any harness that builds a plan renders and checks it.  Every
 * format must be valid UTF-8 with no NUL; the text handout must have
 * no control character other than the newline; the HTML handout must
 * hold only the markup heelrx writes, and the catalog's own figures;
 * JSON and FHIR must parse as JSON again.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <unistr.h>

#include "catalog.h"
#include "format.h"
#include "fuzz.h"
#include "handout.h"
#include "plan.h"
#include "qr.h"
#include "render.h"

/* Whether the len bytes at s are one of the words, separated by blanks. */
static bool
is_one_of(const char *s, size_t len, const char *words)
{
	const char *w = words, *end;

	while (*w != '\0') {
		end = strchr(w, ' ');
		if (end == NULL)
			end = w + strlen(w);
		if ((size_t)(end - w) == len && memcmp(w, s, len) == 0)
			return true;
		w = *end == ' ' ? end + 1 : end;
	}
	return false;
}

static size_t
name_length(const char *s)
{
	size_t n = 0;

	while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') ||
	       s[n] == '-')
		n++;
	return n;
}

/*
 * The HTML handout holds only render_html's markup: every tag one of
 * the elements it writes, closed in order; every attribute one of its
 * own, none an event handler, each value in double quotes with no
 * quote, '<', '>' or "javascript:" in it; text with no '<' or '>', each
 * '&' starting one of the references that put_text writes.  The one
 * markup of other origin is a figure: each <svg> must be, byte for
 * byte, one of the catalog's figures as svg_emit wrote it (fuzz_svg
 * checks what that may hold), made an image named by its caption, with
 * its labels after the drawing (issue 20); or a sample of the legend.
 */
static const char image[] = "<svg role=\"img\" aria-labelledby=\"";

/* The labels html_figures.c writes: a group of texts, each text with
 * no markup in it, then the end of the figure; its length, or 0. */
static size_t
labels_length(const char *p)
{
	const char *start = p, *end;

	if (strncmp(p, "<g class=\"labels\" ", 18) == 0) {
		fuzz_require((end = strchr(p, '>')) != NULL);
		for (p = end + 1; *p == '\n';) {
			p++;
			if (strncmp(p, "</g>\n", 5) == 0) {
				p += 5;
				break;
			}
			fuzz_require(strncmp(p, "<text class=\"", 13) == 0);
			fuzz_require((end = strchr(p, '>')) != NULL);
			for (p = end + 1; strncmp(p, "</text>", 7) != 0; p++)
				fuzz_require(*p != '\0' && *p != '<' &&
					     *p != '>');
			p += 7;
		}
	}
	return strncmp(p, "</svg>\n", 7) == 0 ? (size_t)(p - start) + 7 : 0;
}

static size_t
figure_length(const struct catalog *catalog, const char *p)
{
	const char *start = p, *end;
	size_t i, j, side, n, labels;

	fuzz_require(strncmp(p, image, sizeof image - 1) == 0);
	p += sizeof image - 1;
	/* A legend's sample: shapes only, no text. */
	if (strncmp(p, "key", 3) == 0) {
		fuzz_require((end = strstr(p, "</svg>")) != NULL);
		for (; p < end; p++)
			fuzz_require(strncmp(p, "<text", 5) != 0 &&
				     strncmp(p, "<foreign", 8) != 0 &&
				     strncmp(p, "<script", 7) != 0);
		return (size_t)(end - start) + 6;
	}
	fuzz_require(strncmp(p, "fig", 3) == 0);
	for (p += 3; *p >= '0' && *p <= '9';)
		p++;
	fuzz_require(*p++ == '"');
	for (i = 0; i < catalog->exercise_count; i++)
		for (j = 0; j < catalog->exercises[i].figures.count; j++)
			for (side = 0; side < SIDE_COUNT; side++) {
				const char *svg = catalog->exercises[i]
							  .figures.items[j]
							  .svg[side];

				/* The drawing without "<svg" and "</svg>\n". */
				n = svg != NULL ? strlen(svg) : 0;
				if (n < 11 || strncmp(p, svg + 4, n - 11) != 0)
					continue;
				labels = labels_length(p + n - 11);
				if (labels > 0)
					return (size_t)(p - start) + n - 11 +
					       labels;
			}
	return 0;
}

static void
check_html(const struct catalog *catalog, const char *html)
{
	static const char elements[] =
		"html head meta title style body header main section h1 h2 h3 "
		"h4 p strong span div dl dt dd ul ol li figure figcaption "
		"table thead tbody tr th td address br";
	static const char attributes[] = "lang charset name content media "
					 "class scope colspan tabindex id "
					 "aria-label";
	static const char *const references[] = {"&amp;", "&lt;", "&gt;",
						 "&quot;", "&#39;"};
	const char *open[64];
	const char *p, *end;
	size_t depth = 0, n, i;

	fuzz_require(strncmp(html, "<!DOCTYPE html>\n", 16) == 0);
	for (p = html + 16; *p != '\0';) {
		if (*p == '&') {
			for (i = 0; i < 5; i++)
				if (strncmp(p, references[i],
					    strlen(references[i])) == 0)
					break;
			fuzz_require(i < 5);
			p += strlen(references[i]);
			continue;
		}
		fuzz_require(*p != '>');
		if (*p != '<') {
			p++;
			continue;
		}
		if (p[1] == '/') {
			n = name_length(p + 2);
			fuzz_require(depth > 0 &&
				     strlen(open[depth - 1]) >= n &&
				     strncmp(open[depth - 1], p + 2, n) == 0 &&
				     !((open[depth - 1][n] >= 'a' &&
					open[depth - 1][n] <= 'z') ||
				       (open[depth - 1][n] >= '0' &&
					open[depth - 1][n] <= '9')) &&
				     p[2 + n] == '>');
			depth--;
			p += 3 + n;
			continue;
		}
		n = name_length(p + 1);
		if (n == 3 && strncmp(p + 1, "svg", 3) == 0) {
			n = figure_length(catalog, p);
			fuzz_require(n > 0);
			p += n;
			continue;
		}
		fuzz_require(n > 0 && is_one_of(p + 1, n, elements));
		fuzz_require(depth < sizeof open / sizeof open[0]);
		open[depth] = p + 1;
		for (p += 1 + n; *p == ' ';) {
			size_t a = name_length(++p);

			fuzz_require(a > 0 && is_one_of(p, a, attributes) &&
				     strncmp(p, "on", 2) != 0);
			fuzz_require(p[a] == '=' && p[a + 1] == '"');
			p += a + 2;
			end = strchr(p, '"');
			fuzz_require(end != NULL);
			for (; p < end; p++)
				fuzz_require(
					*p != '<' && *p != '>' &&
					strncasecmp(p, "javascript:", 11) != 0);
			p++;
		}
		fuzz_require(*p == '>');
		p++;
		/* The style sheets are render_html's own: no tag in them. */
		if (n == 5 && strncmp(open[depth], "style", 5) == 0) {
			end = strstr(p, "</style>");
			fuzz_require(end != NULL);
			for (; p < end; p++)
				fuzz_require(*p != '<');
			p += 8;
			continue;
		}
		/* Void elements have no end tag. */
		if (!(n == 4 && strncmp(open[depth], "meta", 4) == 0) &&
		    !(n == 2 && strncmp(open[depth], "br", 2) == 0))
			depth++;
	}
	fuzz_require(depth == 0);
}

/* The text handout: lines with no control character but the newline. */
static void
check_text(const char *text, size_t len)
{
	size_t i;

	fuzz_require(len > 0 && text[len - 1] == '\n');
	for (i = 0; i < len; i++)
		fuzz_require((unsigned char)text[i] >= 0x20 || text[i] == '\n');
}

/* The JSON plan, or the FHIR Bundle: one JSON object. */
static void
check_json(const char *text, size_t len)
{
	json_error_t error;
	json_t *value = json_loadb(text, len, 0, &error);

	fuzz_require(value != NULL && json_is_object(value));
	json_decref(value);
}

void
fuzz_render(const struct catalog *catalog, const struct format *format,
	    const struct render_input *options)
{
	struct render_input in = *options;
	struct failure failure;
	struct handout handout;
	struct qr *qr = NULL;
	char *text = NULL;
	size_t len = 0;
	FILE *out;

	in.handout = NULL;
	/* libqrencode for every plan, videos or not: one without any
	 * draws no code. */
	if (format->draws_codes)
		fuzz_require(qr_open(&qr, &failure) == STATUS_OK);
	in.qr = qr;
	if (format->lays_out_handout) {
		fuzz_require(handout_build(in.plan, &handout));
		in.handout = &handout;
	}
	out = open_memstream(&text, &len);
	fuzz_require(out != NULL);
	fuzz_require(format->render(&in, out, &failure) == STATUS_OK);
	fuzz_require(fclose(out) == 0);
	/* Every format is UTF-8 text, with no NUL in it. */
	fuzz_require(u8_check((const uint8_t *)text, len) == NULL);
	fuzz_require(strlen(text) == len);
	if (format->render == render_text)
		check_text(text, len);
	else if (format->render == render_html)
		check_html(catalog, text);
	else if (format->render == render_json || format->render == render_fhir)
		check_json(text, len);
	free(text);
	if (in.handout != NULL)
		handout_free(&handout);
	qr_close(qr);
}

void
fuzz_render_all(const struct catalog *catalog,
		const struct render_input *options)
{
	size_t i;

	for (i = 0; i < format_count; i++)
		if (format_table[i].start_reason == NULL ||
		    options->plan->has_start)
			fuzz_render(catalog, &format_table[i], options);
}

/* The catalog's list of exercises, which needs no plan. */
static void
render_checked_list(const struct catalog *catalog)
{
	struct failure failure;
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	fuzz_require(out != NULL);
	fuzz_require(render_list(catalog, out, &failure) == STATUS_OK);
	fuzz_require(fclose(out) == 0);
	free(text);
}

/*
 * Tailoring, on the last side: the first exercise of the rule gets a
 * dose of its own and the rest another, the last one is left out when
 * there are two or more, with a note with markup in it, a review and a
 * clinic's contact.
 */
static void
tailor(const struct catalog *catalog, struct plan_request *request,
       struct tailored_dose *doses, const char **omitted)
{
	static const char *const notes[] = {"Rest <b>*first*</b> & #1; \\n"};
	static const char *const address[] = {"1 [High] Street"};
	static const struct contact contact = {
		"Clinic | <Name>", address,	  1,
		"+1 (555) 0100",   "a@b.example", "https://c.example/?q=1&r=2"};
	const struct rule *rule = &catalog->both_sides;

	doses[0] = (struct tailored_dose){NULL, 0, 2, 8};
	doses[1] = (struct tailored_dose){
		catalog->exercises[rule->order[0]].id,
		strlen(catalog->exercises[rule->order[0]].id), 1, 100};
	request->doses = doses;
	request->dose_count = 2;
	if (rule->order_count > 1) {
		omitted[0] =
			catalog->exercises[rule->order[rule->order_count - 1]]
				.id;
		request->omitted = omitted;
		request->omitted_count = 1;
	}
	request->notes = notes;
	request->note_count = 1;
	request->has_review = true;
	request->review = (struct date){2026, 2, 28};
	request->contact = &contact;
}

void
fuzz_plans(const struct catalog *catalog)
{
	static const enum pain pains[] = {PAIN_LEFT, PAIN_RIGHT, PAIN_BOTH};
	struct plan_request request;
	struct tailored_dose doses[2];
	const char *omitted[1];
	struct render_input in = {.fhir = {.is_transaction = true}};
	struct plan plan;
	size_t i;

	memset(&request, 0, sizeof request);
	request.date.year = 2026;
	request.date.month = 1;
	request.date.day = 1;
	request.patient = "Patient";
	for (i = 0; i < sizeof pains / sizeof pains[0]; i++) {
		request.pain = pains[i];
		/* Dated sessions, a log and a band once every other side,
		 * when the catalog has what they need. */
		request.weeks = i == 1 ? 0 : 2;
		request.has_start = i == 2;
		request.start = request.date;
		request.wants_log = i != 1 && catalog->log.pain != NULL;
		request.band =
			i != 1 && catalog->bands.count > 0
				? catalog->bands
					  .items[i == 0 ? 0
							: catalog->bands.count -
								  1]
				: NULL;
		if (pains[i] == PAIN_BOTH)
			tailor(catalog, &request, doses, omitted);
		fuzz_require(plan_build(catalog, &request, &plan) ==
			     PLAN_BUILT);
		fuzz_require(plan.exercise_count > 0);
		in.plan = &plan;
		in.width = i == 0 ? 40 : 72;
		in.fhir.has_weeks = plan.weeks > 0;
		fuzz_render_all(catalog, &in);
		plan_free(&plan);
	}
	render_checked_list(catalog);
}
