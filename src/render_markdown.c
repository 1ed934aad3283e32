/* SPDX-License-Identifier: ISC */
/*
 * render_markdown.c: the plan as CommonMark, for notes files.
 *
 * The document is built as a libcmark node tree and printed by cmark's
 * own CommonMark writer.  Catalog and command-line texts only ever
 * become text nodes, which the writer escapes, so no catalog string can
 * open a heading, a list, a link or raw HTML that the plan did not ask
 * for.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "render.h"
#include "template.h"

static cmark_node *
add(cmark_node *parent, cmark_node_type type)
{
	cmark_node *node = cmark_node_new(type);

	cmark_node_append_child(parent, node);
	return node;
}

static void
add_text(cmark_node *parent, const char *text)
{
	cmark_node_set_literal(add(parent, CMARK_NODE_TEXT), text);
}

/*
 * cmark's writer escapes what CommonMark gives meaning to, but not "~"
 * (a "~~~" line opens a fenced code block; "~~x~~" is struck through in
 * GFM) nor "|" (GFM tables).  Those two go out as backslash escapes in
 * custom nodes, which the writer prints as they are; the rest of the
 * text is a text node.
 */
static void
add_escaped(cmark_node *parent, char *text)
{
	cmark_node *escape;
	char *special, kept;

	while ((special = strpbrk(text, "~|")) != NULL) {
		kept = *special;
		*special = '\0';
		if (special > text)
			add_text(parent, text);
		escape = add(parent, CMARK_NODE_CUSTOM_INLINE);
		cmark_node_set_on_enter(escape, kept == '~' ? "\\~" : "\\|");
		text = special + 1;
	}
	if (*text != '\0')
		add_text(parent, text);
}

/*
 * Adds len bytes of text without the blanks around them.  A text node
 * is escaped by cmark's writer, but blanks are not: four leading spaces
 * would start a code block and two trailing ones a hard break.
 */
static void
add_segment(cmark_node *parent, const char *text, size_t len)
{
	char *segment;

	while (len > 0 && (*text == ' ' || *text == '\t')) {
		text++;
		len--;
	}
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
		len--;
	if (len == 0)
		return;
	segment = strndup(text, len);
	if (segment == NULL)
		abort(); /* as cmark itself does */
	add_escaped(parent, segment);
	free(segment);
}

/*
 * Catalog texts may hold newlines (YAML block scalars); inside a
 * paragraph they become soft breaks, which is what the author meant.
 */
static void
add_prose(cmark_node *parent, const char *text)
{
	const char *nl;

	while ((nl = strchr(text, '\n')) != NULL) {
		add_segment(parent, text, (size_t)(nl - text));
		if (nl[1] != '\0')
			add(parent, CMARK_NODE_SOFTBREAK);
		text = nl + 1;
	}
	add_segment(parent, text, strlen(text));
}

/* A heading is one line: newlines in its text become spaces. */
static void
add_line(cmark_node *parent, const char *text)
{
	char *line = strdup(text), *p;

	if (line == NULL)
		abort(); /* as cmark itself does */
	for (p = line; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	add_segment(parent, line, strlen(line));
	free(line);
}

static cmark_node *
add_heading(cmark_node *parent, int level, const char *text)
{
	cmark_node *h = add(parent, CMARK_NODE_HEADING);

	cmark_node_set_heading_level(h, level);
	add_line(h, text);
	return h;
}

static void
add_paragraph(cmark_node *parent, const char *text)
{
	add_prose(add(parent, CMARK_NODE_PARAGRAPH), text);
}

/* A paragraph "**label** text". */
static void
add_labelled(cmark_node *parent, const char *label, const char *text)
{
	cmark_node *p = add(parent, CMARK_NODE_PARAGRAPH);

	add_text(add(p, CMARK_NODE_STRONG), label);
	add_text(p, " ");
	add_prose(p, text);
}

static cmark_node *
add_list(cmark_node *parent, cmark_list_type type)
{
	cmark_node *list = add(parent, CMARK_NODE_LIST);

	cmark_node_set_list_type(list, type);
	cmark_node_set_list_tight(list, 1);
	if (type == CMARK_ORDERED_LIST) {
		cmark_node_set_list_start(list, 1);
		cmark_node_set_list_delim(list, CMARK_PERIOD_DELIM);
	}
	return list;
}

/* The list item's paragraph, to which callers add text. */
static cmark_node *
add_item(cmark_node *list)
{
	return add(add(list, CMARK_NODE_ITEM), CMARK_NODE_PARAGRAPH);
}

static void
add_texts(cmark_node *parent, const struct text_list *texts,
	  cmark_list_type type)
{
	cmark_node *list = add_list(parent, type);
	size_t i;

	for (i = 0; i < texts->count; i++)
		add_prose(add_item(list), texts->items[i]);
}

static void
add_labelled_item(cmark_node *list, const char *label, const char *text)
{
	cmark_node *p = add_item(list);

	add_text(add(p, CMARK_NODE_STRONG), label);
	add_text(p, " ");
	add_prose(p, text);
}

static void
add_exercise(cmark_node *doc, const struct plan *plan,
	     const struct plan_exercise *pe, size_t number)
{
	const struct exercise *ex = pe->exercise;
	char num[32], dose[200], label[64];
	cmark_node *h, *facts;
	size_t i;

	h = add(doc, CMARK_NODE_HEADING);
	cmark_node_set_heading_level(h, 3);
	snprintf(num, sizeof num, "%zu. ", number);
	add_text(h, num);
	add_line(h, ex->name);
	add_text(h, " (");
	add_line(h, ex->target);
	add_text(h, ")");
	if (pe->is_key) {
		add_text(h, " - ");
		add_text(add(h, CMARK_NODE_STRONG), "key exercise");
	}

	facts = add_list(doc, CMARK_BULLET_LIST);
	render_dose_phrase(&pe->dose, dose, sizeof dose);
	if (plan->working_side_count > 1)
		strncat(dose, ", on each leg", sizeof dose - strlen(dose) - 1);
	add_labelled_item(facts, "Dose:", dose);
	if (pe->equipment != NULL)
		add_labelled_item(facts, "Equipment:", pe->equipment);
	add_labelled_item(facts, "Anchor:", ex->anchor);
	add_labelled_item(facts, "Position:", ex->position);

	for (i = 0; i < pe->setup_count; i++) {
		snprintf(label, sizeof label, "Set-up for your %s leg:",
			 template_side_word(pe->setups[i].side));
		add_text(add(add(doc, CMARK_NODE_PARAGRAPH), CMARK_NODE_STRONG),
			 label);
		add_texts(doc, &pe->setups[i].lines, CMARK_BULLET_LIST);
	}
	add_text(add(add(doc, CMARK_NODE_PARAGRAPH), CMARK_NODE_STRONG),
		 "Movement:");
	add_texts(doc, &ex->steps, CMARK_ORDERED_LIST);
	if (ex->cues.count > 0) {
		add_text(add(add(doc, CMARK_NODE_PARAGRAPH), CMARK_NODE_STRONG),
			 "Remember:");
		add_texts(doc, &ex->cues, CMARK_BULLET_LIST);
	}
}

/* A phrase from render_phrase.c, which returns NULL only when memory is
 * exhausted. */
static void
add_owned_prose(cmark_node *parent, char *text)
{
	if (text == NULL)
		abort(); /* as cmark itself does */
	add_prose(parent, text);
	free(text);
}

static void
add_bands(cmark_node *list, const struct plan *plan)
{
	cmark_node *p;

	if (plan->bands->count == 0)
		return;
	p = add_item(list);
	add_text(add(p, CMARK_NODE_STRONG), "Bands:");
	add_text(p, " ");
	add_owned_prose(p, render_ladder_phrase(plan));
	if (plan->band == NULL)
		return;
	p = add_item(list);
	add_text(add(p, CMARK_NODE_STRONG), "Your band now:");
	add_text(p, " ");
	add_owned_prose(p, render_band_phrase(plan));
}

static void
add_sessions(cmark_node *doc, const struct plan *plan)
{
	char phrase[160];
	cmark_node *list, *p;
	size_t i, next;

	add_heading(doc, 2, "Sessions");
	render_sessions_intro(plan, phrase, sizeof phrase);
	add_paragraph(doc, phrase);
	list = add_list(doc, CMARK_BULLET_LIST);
	for (i = 0; i < plan->session_count; i = next) {
		p = add_item(list);
		snprintf(phrase, sizeof phrase,
			 "Week %u:", plan->sessions[i].week);
		add_text(add(p, CMARK_NODE_STRONG), phrase);
		add_text(p, " ");
		add_owned_prose(p, render_week_phrase(plan, i, &next));
	}
}

/*
 * The log's instructions, then its table.  libcmark has no table node,
 * so the table, built and escaped by render_log.c, goes in as a custom
 * block, which cmark's writer prints as it is between blank lines.
 */
static void
add_log(cmark_node *doc, const struct plan *plan)
{
	cmark_node *list, *table;
	char *text;
	size_t i;

	add_heading(doc, 2, "Log");
	add_paragraph(doc, render_log_instructions());
	list = add_list(doc, CMARK_ORDERED_LIST);
	for (i = 0; i < plan->exercise_count; i++)
		add_line(add_item(list), plan->exercises[i].exercise->name);
	if (plan->log->note != NULL)
		add_paragraph(doc, plan->log->note);
	if ((text = render_log_markdown(plan)) == NULL)
		abort(); /* as cmark itself does */
	table = add(doc, CMARK_NODE_CUSTOM_BLOCK);
	cmark_node_set_on_enter(table, text);
	free(text);
}

static cmark_node *
build_document(const struct plan *plan)
{
	cmark_node *doc = cmark_node_new(CMARK_NODE_DOCUMENT);
	cmark_node *list, *quote;
	char phrase[200];
	size_t i;

	add_heading(doc, 1, plan->title);
	list = add_list(doc, CMARK_BULLET_LIST);
	if (plan->patient != NULL)
		add_labelled_item(list, "Patient:", plan->patient);
	if (plan->clinician != NULL)
		add_labelled_item(list, "Clinician:", plan->clinician);
	render_date(&plan->date, phrase, sizeof phrase);
	add_labelled_item(list, "Date:", phrase);

	quote = add(doc, CMARK_NODE_BLOCK_QUOTE);
	add_prose(add(add(quote, CMARK_NODE_PARAGRAPH), CMARK_NODE_STRONG),
		  plan->headline);
	if (plan->warning != NULL)
		add_labelled(quote, "Warning:", plan->warning);

	add_heading(doc, 2, "Why this plan");
	for (i = 0; i < plan->rationale.count; i++)
		add_paragraph(doc, plan->rationale.items[i]);

	add_heading(doc, 2, "Dose and schedule");
	list = add_list(doc, CMARK_BULLET_LIST);
	render_schedule_phrase(plan->schedule, phrase, sizeof phrase);
	add_labelled_item(list, "Schedule:", phrase);
	if (plan->schedule->note != NULL)
		add_prose(add_item(list), plan->schedule->note);
	render_dose_phrase(plan->dose, phrase, sizeof phrase);
	add_labelled_item(list, "Usual dose:", phrase);
	add_labelled_item(list, "Equipment:", plan->equipment);
	add_labelled_item(list, "Resistance:", plan->load);
	add_bands(list, plan);
	if (plan->session_count > 0)
		add_sessions(doc, plan);

	add_heading(doc, 2, "Exercises");
	for (i = 0; i < plan->exercise_count; i++)
		add_exercise(doc, plan, &plan->exercises[i], i + 1);

	add_heading(doc, 2, "When to make it harder");
	add_texts(doc, plan->progression, CMARK_BULLET_LIST);
	if (plan->log != NULL)
		add_log(doc, plan);
	return doc;
}

/*
 * cmark's writer leaves a blank after the ">" of an empty line in a block
 * quote; drop trailing blanks so the output is clean in a notes file.
 * No line can end in a hard break, since texts are trimmed.
 */
static void
put_trimmed_lines(const char *text, FILE *out)
{
	const char *nl;
	size_t len;

	while (*text != '\0') {
		nl = strchr(text, '\n');
		len = nl != NULL ? (size_t)(nl - text) : strlen(text);
		while (len > 0 && text[len - 1] == ' ')
			len--;
		fwrite(text, 1, len, out);
		fputc('\n', out);
		if (nl == NULL)
			break;
		text = nl + 1;
	}
}

enum status
render_markdown(const struct plan *plan, FILE *out, struct failure *f)
{
	cmark_node *doc = build_document(plan);
	char *markdown = cmark_render_commonmark(doc, CMARK_OPT_DEFAULT, 0);

	cmark_node_free(doc);
	put_trimmed_lines(markdown, out);
	free(markdown);
	(void)f;
	return STATUS_OK;
}
