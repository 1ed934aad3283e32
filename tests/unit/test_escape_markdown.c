/* SPDX-License-Identifier: ISC */
/*
 * test_escape_markdown.c: the one Markdown escaper.  Its bytes for
 * each rule, then a round trip: every text of a hostile list, escaped
 * and put where the layouts put texts (a paragraph, after a label, a
 * list item, a heading, a quote), is parsed back by libcmark as the
 * container it was put in holding text alone, and that text is the
 * original, line for line.
 *
 * With --gfm it prints instead, one JSON object a line, each text of
 * the list escaped in each of those places and in a table cell, with
 * the text a reader must see; tests/markdown-literal renders them with
 * cmark-gfm and its extensions, which libcmark does not have.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "buffer.h"
#include "check.h"
#include "escape_markdown.h"

enum {
	LINE_START = ESCAPE_MARKDOWN_LINE_START,
	ONE_LINE = ESCAPE_MARKDOWN_ONE_LINE
};

/* text escaped with flags after what b already holds; NULL on
 * exhaustion. */
static const char *
escaped(struct buffer *b, const char *text, unsigned flags)
{
	buffer_free(b);
	if (!escape_markdown(b, text, strlen(text), flags))
		return NULL;
	return buffer_text(b);
}

static void
test_bytes(void)
{
	struct buffer b = BUFFER_INIT;

	CHECK_STR(escaped(&b, "Plain words, 3 of them.", LINE_START),
		  "Plain words, 3 of them.");
	CHECK_STR(escaped(&b, "", LINE_START), "");
	CHECK(b.data != NULL);
	/* Everywhere. */
	CHECK_STR(escaped(&b, "a\\`*_[]<>#!&|~b", 0),
		  "a\\\\\\`\\*\\_\\[\\]\\<\\>\\#\\!\\&\\|\\~b");
	/* At the start of a line's content only. */
	CHECK_STR(escaped(&b, "- a", LINE_START), "\\- a");
	CHECK_STR(escaped(&b, "- a", 0), "- a");
	CHECK_STR(escaped(&b, "+ a", LINE_START), "\\+ a");
	CHECK_STR(escaped(&b, "===", LINE_START), "\\===");
	CHECK_STR(escaped(&b, ":-:", LINE_START), "\\:-:");
	CHECK_STR(escaped(&b, "a: b", LINE_START), "a: b");
	CHECK_STR(escaped(&b, "1. a", LINE_START), "1\\. a");
	CHECK_STR(escaped(&b, "12) a", LINE_START), "12\\) a");
	CHECK_STR(escaped(&b, "3.", LINE_START), "3\\.");
	CHECK_STR(escaped(&b, "1. a", 0), "1. a");
	CHECK_STR(escaped(&b, "1.5 kg", LINE_START), "1.5 kg");
	CHECK_STR(escaped(&b, "2026-12-01", LINE_START), "2026-12-01");
	CHECK_STR(escaped(&b, "a - b", LINE_START), "a - b");
	/* Every later line starts a line; with ONE_LINE none does. */
	CHECK_STR(escaped(&b, "a\n- b\n2. c", 0), "a\n\\- b\n2\\. c");
	CHECK_STR(escaped(&b, "a\n- b\n2. c", ONE_LINE), "a - b 2. c");
	/* Blanks around lines and empty lines go. */
	CHECK_STR(escaped(&b, "  a \t\n\n \t \n\tb  ", LINE_START), "a\nb");
	CHECK_STR(escaped(&b, " \n\t\n", LINE_START), "");
	/* Control characters as references. */
	CHECK_STR(escaped(&b, "a\tb\x01", 0), "a&#9;b&#1;");
	/* GFM's autolinks. */
	CHECK_STR(escaped(&b, "https://x.example www.x.example WWW.y", 0),
		  "https\\://x.example www\\.x.example WWW\\.y");
	CHECK_STR(escaped(&b, "a: //b wwwx.y", 0), "a: //b wwwx.y");
	CHECK_STR(escaped(&b, "a@b.example @c x @ y", 0),
		  "a\xe2\x81\xa0@b.example @c x @ y");
	/* UTF-8 passes as it is. */
	CHECK_STR(escaped(&b, "45–60 s · 左侧", LINE_START), "45–60 s · 左侧");

	/* It appends. */
	buffer_free(&b);
	buffer_puts(&b, "**L:** ");
	CHECK(escape_markdown(&b, "*x*", 3, 0));
	CHECK_STR(buffer_text(&b), "**L:** \\*x\\*");
	/* Only len bytes. */
	buffer_free(&b);
	CHECK(escape_markdown(&b, "ab*", 2, 0));
	CHECK_STR(buffer_text(&b), "ab");
	buffer_free(&b);
}

/*
 * Texts that mean something in CommonMark or GFM, at the start of a
 * line, within one, or across lines.
 */
static const char *const hostile[] = {
	"# heading",
	"###### six",
	"####### seven",
	"x #",
	"- item",
	"+ item",
	"* item",
	"-",
	"1. item",
	"1) item",
	"123456789. item",
	"1.",
	"> quote",
	"    code",
	"\tcode",
	"```",
	"```c\nx\n```",
	"~~~",
	"***",
	"---",
	"___",
	"- - -",
	"===",
	"<div>raw</div>",
	"<!-- c -->",
	"<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	"<http://evil.example>",
	"[x](javascript:alert(1))",
	"[x]: http://evil.example",
	"[x]\n\n[x]: http://evil.example",
	"![i](x.png)",
	"`code`",
	"``a ` b``",
	"*em* _em_ **strong** __strong__",
	"a*b*c",
	"~~struck~~ ~one~",
	"&amp; &#35; &#x23; &copy",
	"\\*not\\* \\",
	"a\\\nb",
	"trailing  \nbreak",
	"| a | b |\n| --- | --- |\n| c | d |",
	"x\n:-:",
	"x\n--:",
	"x\n===",
	"x\n---",
	"a\n\n- b",
	"a\n> b\n1. c\n# d",
	"[^1] and [^1]: note",
	"[ ] task [x] done",
	"https://evil.example/x ftp://y.example",
	"www.evil.example",
	"write to a.b+c_d-e@mail.example or @handle",
	"a\tb",
	"1.5 kg, 2026-12-01, 3 × 10",
	"{side} {{ }}",
	"Übung für das linke Bein · 左侧 · ¡Ojo!",
};

enum { N_HOSTILE = sizeof hostile / sizeof hostile[0] };

/* Where a text can land, as the layouts write it. */
enum place {
	PARAGRAPH,   /* a paragraph of its own */
	AFTER_LABEL, /* "**Label:** text" */
	ITEM,	     /* "- text", later lines lazy, as FHIR's notes */
	INDENTED,    /* "  - text", later lines indented, as cmark writes */
	HEADING,     /* "## text", one line */
	QUOTE,	     /* "> text" */
	PLACE_COUNT
};

static const char *const place_names[] = {
	"paragraph",	      "after a label", "list item",
	"indented list item", "heading",       "quote",
};

/* The flags a text gets in place. */
static unsigned
place_flags(enum place place)
{
	switch (place) {
	case AFTER_LABEL:
		return 0;
	case HEADING:
		return LINE_START | ONE_LINE;
	default:
		return LINE_START;
	}
}

/* The Markdown of a document with text escaped in place, into doc. */
static bool
document(struct buffer *doc, const char *text, enum place place)
{
	static const char *const opening[] = {"",     "**Label:** ", "- ",
					      "  - ", "## ",	     "> "};
	static const char *const continuation[] = {"\n",     "\n", "\n",
						   "\n    ", "\n", "\n> "};
	struct buffer b = BUFFER_INIT;
	const char *p;

	buffer_free(doc);
	buffer_puts(doc, opening[place]);
	if (!escape_markdown(&b, text, strlen(text), place_flags(place))) {
		buffer_free(&b);
		return false;
	}
	for (p = buffer_text(&b); *p != '\0'; p++)
		if (*p == '\n')
			buffer_puts(doc, continuation[place]);
		else
			buffer_append(doc, p, 1);
	buffer_puts(doc, "\n");
	buffer_free(&b);
	return !doc->is_failed;
}

/* Appends what a reader must see: the lines without their blanks, no
 * empty ones, one after another ("\n" between, or " " on one line),
 * and U+2060 before an "@" that would end an e-mail address's name. */
static void
literal(struct buffer *out, const char *text, bool is_one_line)
{
	const char *line = text, *end;
	size_t n, i;
	bool is_first = true;

	buffer_append(out, "", 0);
	for (;;) {
		end = strchr(line, '\n');
		n = end != NULL ? (size_t)(end - line) : strlen(line);
		while (n > 0 && (*line == ' ' || *line == '\t')) {
			line++;
			n--;
		}
		while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
			n--;
		if (n > 0) {
			if (!is_first)
				buffer_puts(out, is_one_line ? " " : "\n");
			for (i = 0; i < n; i++) {
				if (line[i] == '@' && i > 0 &&
				    (isalnum((unsigned char)line[i - 1]) ||
				     strchr(".+-_", line[i - 1]) != NULL))
					buffer_puts(out, "\xe2\x81\xa0");
				buffer_append(out, line + i, 1);
			}
			is_first = false;
		}
		if (end == NULL)
			break;
		line = end + 1;
	}
}

/*
 * Appends the text of node's children to out, a soft break as "\n";
 * false when a child is anything but text or a soft break.
 */
static bool
inline_text(cmark_node *node, struct buffer *out)
{
	cmark_node *child;

	for (child = cmark_node_first_child(node); child != NULL;
	     child = cmark_node_next(child))
		switch (cmark_node_get_type(child)) {
		case CMARK_NODE_TEXT:
			buffer_puts(out, cmark_node_get_literal(child));
			break;
		case CMARK_NODE_SOFTBREAK:
			buffer_puts(out, "\n");
			break;
		default:
			return false;
		}
	return true;
}

/*
 * The block that place puts a text in, from the parsed document: the
 * only child of the document, or of its only list item or quote.
 */
static cmark_node *
text_block(cmark_node *doc, enum place place)
{
	cmark_node *node = cmark_node_first_child(doc);
	cmark_node_type want = CMARK_NODE_PARAGRAPH;

	if (node == NULL || cmark_node_next(node) != NULL)
		return NULL;
	if (place == ITEM || place == INDENTED) {
		if (cmark_node_get_type(node) != CMARK_NODE_LIST)
			return NULL;
		node = cmark_node_first_child(node);
		if (node == NULL || cmark_node_next(node) != NULL)
			return NULL;
		node = cmark_node_first_child(node);
	} else if (place == QUOTE) {
		if (cmark_node_get_type(node) != CMARK_NODE_BLOCK_QUOTE)
			return NULL;
		node = cmark_node_first_child(node);
	} else if (place == HEADING) {
		want = CMARK_NODE_HEADING;
	}
	if (node == NULL || cmark_node_next(node) != NULL ||
	    cmark_node_get_type(node) != want)
		return NULL;
	return node;
}

/* Whether text, escaped in place, reads back as itself. */
static bool
reads_back(const char *text, enum place place)
{
	struct buffer doc = BUFFER_INIT, want = BUFFER_INIT, got = BUFFER_INIT;
	cmark_node *root = NULL, *block = NULL, *label;
	bool ok = document(&doc, text, place);

	/* After a label, a blank separates it from the text. */
	buffer_puts(&want, place == AFTER_LABEL ? " " : "");
	literal(&want, text, place == HEADING);
	buffer_append(&got, "", 0);
	if (ok) {
		root = cmark_parse_document(doc.data, doc.len,
					    CMARK_OPT_DEFAULT);
		ok = (block = text_block(root, place)) != NULL;
	}
	if (ok && place == AFTER_LABEL) {
		label = cmark_node_first_child(block);
		ok = label != NULL &&
		     cmark_node_get_type(label) == CMARK_NODE_STRONG;
		if (ok)
			cmark_node_free(label);
	}
	ok = ok && inline_text(block, &got) &&
	     strcmp(buffer_text(&got), buffer_text(&want)) == 0;
	if (!ok)
		fprintf(stderr, "%s: \"%s\" as\n%sreads back as \"%s\"\n",
			place_names[place], text, buffer_text(&doc),
			buffer_text(&got));
	if (root != NULL)
		cmark_node_free(root);
	buffer_free(&doc);
	buffer_free(&want);
	buffer_free(&got);
	return ok;
}

static void
test_round_trip(void)
{
	size_t i;
	int place;

	for (i = 0; i < N_HOSTILE; i++)
		for (place = 0; place < PLACE_COUNT; place++)
			CHECK(reads_back(hostile[i], (enum place)place));
}

/* s as a JSON string. */
static void
put_json(const char *s)
{
	putchar('"');
	for (; *s != '\0'; s++)
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", (unsigned)*s);
		else
			putchar(*s);
	putchar('"');
}

/*
 * For tests/markdown-literal: each text in each place, and in a table
 * cell ("table"), as {"place": ..., "markdown": ..., "text": ...}.
 */
static int
print_gfm_cases(void)
{
	struct buffer doc = BUFFER_INIT, want = BUFFER_INIT, b = BUFFER_INIT;
	size_t i;
	int place;

	for (i = 0; i < N_HOSTILE; i++) {
		for (place = 0; place <= PLACE_COUNT; place++) {
			if (place == PLACE_COUNT) {
				/* A table of one cell, as the log's. */
				buffer_free(&doc);
				buffer_puts(&doc, "| Head |\n| :-- |\n| ");
				if (!escaped(&b, hostile[i], ONE_LINE))
					return 1;
				buffer_puts(&doc, buffer_text(&b));
				buffer_puts(&doc, " |\n");
				buffer_free(&want);
				literal(&want, hostile[i], true);
			} else {
				if (!document(&doc, hostile[i],
					      (enum place)place))
					return 1;
				buffer_free(&want);
				literal(&want, hostile[i], place == HEADING);
			}
			printf("{\"place\": ");
			put_json(place == PLACE_COUNT ? "table"
						      : place_names[place]);
			printf(", \"markdown\": ");
			put_json(buffer_text(&doc));
			printf(", \"text\": ");
			put_json(buffer_text(&want));
			printf("}\n");
		}
	}
	buffer_free(&doc);
	buffer_free(&want);
	buffer_free(&b);
	return ferror(stdout) ? 1 : 0;
}

int
main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--gfm") == 0)
		return print_gfm_cases();
	test_bytes();
	test_round_trip();
	return check_report("test_escape_markdown");
}
