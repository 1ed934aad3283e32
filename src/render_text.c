/* SPDX-License-Identifier: ISC */
/*
 * render_text.c: the plan as a plain-text handout for a printer or a
 * terminal.  Every paragraph goes through wrap_paragraph, so the width
 * holds for any catalog text and no line ends in a blank.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "template.h"
#include "wrap.h"

/* The state of one rendering: where it goes and whether memory ran out. */
struct page {
	FILE *out;
	int width;
	bool is_out_of_memory;
};

static void
para(struct page *pg, const char *text, const char *first, const char *rest)
{
	if (!wrap_paragraph(pg->out, text, pg->width, first, rest))
		pg->is_out_of_memory = true;
}

/* A line of c as wide as text, at most the page width. */
static void
rule_under(struct page *pg, const char *text, char c)
{
	int i, n = wrap_width_of(text);

	if (n > pg->width)
		n = pg->width;
	for (i = 0; i < n; i++)
		fputc(c, pg->out);
	fputc('\n', pg->out);
}

static void
heading(struct page *pg, const char *text)
{
	fputc('\n', pg->out);
	para(pg, text, "", "");
	rule_under(pg, text, '-');
}

static void
bullets(struct page *pg, const struct text_list *list, const char *indent)
{
	char first[32], rest[32];
	size_t i;

	snprintf(first, sizeof first, "%s- ", indent);
	snprintf(rest, sizeof rest, "%s  ", indent);
	for (i = 0; i < list->count; i++)
		para(pg, list->items[i], first, rest);
}

static void
numbered(struct page *pg, const struct text_list *list, const char *indent)
{
	char first[48], rest[48];
	size_t i;
	int digits = list->count >= 10 ? 2 : 1;

	for (i = 0; i < list->count; i++) {
		snprintf(first, sizeof first, "%s%*zu. ", indent, digits,
			 i + 1);
		snprintf(rest, sizeof rest, "%s%*s  ", indent, digits, "");
		para(pg, list->items[i], first, rest);
	}
}

/* "Label: text", wrapped with the text's lines under its start. */
static void
labelled(struct page *pg, const char *indent, const char *label,
	 const char *text)
{
	char first[64], rest[64];

	snprintf(first, sizeof first, "%s%s: ", indent, label);
	snprintf(rest, sizeof rest, "%s%*s", indent, (int)strlen(label) + 2,
		 "");
	para(pg, text, first, rest);
}

static void
header(struct page *pg, const struct plan *plan)
{
	char date[16];

	para(pg, plan->title, "", "");
	rule_under(pg, plan->title, '=');
	if (plan->patient != NULL)
		para(pg, plan->patient, "Patient:   ", "           ");
	if (plan->clinician != NULL)
		para(pg, plan->clinician, "Clinician: ", "           ");
	render_date(&plan->date, date, sizeof date);
	para(pg, date, "Date:      ", "");
}

static void
exercise(struct page *pg, const struct plan *plan,
	 const struct plan_exercise *pe, size_t number)
{
	const struct exercise *ex = pe->exercise;
	char first[32], rest[32], dose[200];
	char *title;
	size_t i;

	if (number > 1)
		fputc('\n', pg->out);
	snprintf(first, sizeof first, "%zu. ", number);
	snprintf(rest, sizeof rest, "%*s", (int)strlen(first), "");
	if (asprintf(&title, "%s (%s)%s", ex->name, ex->target,
		     pe->is_key ? " - KEY EXERCISE" : "") < 0) {
		pg->is_out_of_memory = true;
		return;
	}
	para(pg, title, first, rest);
	free(title);

	render_dose_phrase(&pe->dose, dose, sizeof dose);
	if (plan->working_side_count > 1)
		strncat(dose, ", on each leg", sizeof dose - strlen(dose) - 1);
	labelled(pg, "   ", "Dose", dose);
	if (pe->equipment != NULL)
		labelled(pg, "   ", "Equipment", pe->equipment);
	labelled(pg, "   ", "Anchor", ex->anchor);
	labelled(pg, "   ", "Position", ex->position);
	for (i = 0; i < pe->setup_count; i++) {
		fprintf(pg->out, "   Set-up for your %s leg:\n",
			template_side_word(pe->setups[i].side));
		bullets(pg, &pe->setups[i].lines, "     ");
	}
	fputs("   Movement:\n", pg->out);
	numbered(pg, &ex->steps, "     ");
	if (ex->cues.count > 0) {
		fputs("   Remember:\n", pg->out);
		bullets(pg, &ex->cues, "     ");
	}
}

/* The ladder, and where the patient is on it. */
static void
bands(struct page *pg, const struct plan *plan)
{
	char *text;

	if (plan->bands->count == 0)
		return;
	if ((text = render_ladder_phrase(plan)) == NULL) {
		pg->is_out_of_memory = true;
		return;
	}
	labelled(pg, "", "- Bands", text);
	free(text);
	if (plan->band == NULL)
		return;
	if ((text = render_band_phrase(plan)) == NULL) {
		pg->is_out_of_memory = true;
		return;
	}
	labelled(pg, "", "- Your band now", text);
	free(text);
}

/* Each week's session days or dates, one line a week. */
static void
sessions(struct page *pg, const struct plan *plan)
{
	char intro[160], label[32], *days;
	size_t i, next;

	heading(pg, "Sessions");
	render_sessions_intro(plan, intro, sizeof intro);
	para(pg, intro, "", "");
	for (i = 0; i < plan->session_count; i = next) {
		if ((days = render_week_phrase(plan, i, &next)) == NULL) {
			pg->is_out_of_memory = true;
			return;
		}
		snprintf(label, sizeof label, "- Week %u",
			 plan->sessions[i].week);
		labelled(pg, "", label, days);
		free(days);
	}
}

/* The log's instructions, then its tables. */
static void
log_sheet(struct page *pg, const struct plan *plan, struct failure *f)
{
	char line[200];
	size_t i;

	heading(pg, "Log");
	para(pg, render_log_instructions(), "", "");
	for (i = 0; i < plan->exercise_count; i++) {
		snprintf(line, sizeof line, "%zu. ", i + 1);
		para(pg, plan->exercises[i].exercise->name, line, "   ");
	}
	if (plan->log->note != NULL) {
		fputc('\n', pg->out);
		para(pg, plan->log->note, "", "");
	}
	fputc('\n', pg->out);
	if (render_log_text(plan, pg->width, pg->out, f) != STATUS_OK)
		pg->is_out_of_memory = true;
}

enum status
render_text(const struct plan *plan, int width, FILE *out, struct failure *f)
{
	struct page pg = {out, width, false};
	char phrase[160];
	size_t i;

	header(&pg, plan);

	fputc('\n', out);
	rule_under(&pg, plan->headline, '*');
	para(&pg, plan->headline, "", "");
	rule_under(&pg, plan->headline, '*');
	if (plan->warning != NULL) {
		fputc('\n', out);
		para(&pg, plan->warning, "WARNING: ", "         ");
	}

	heading(&pg, "Why this plan");
	for (i = 0; i < plan->rationale.count; i++) {
		if (i > 0)
			fputc('\n', out);
		para(&pg, plan->rationale.items[i], "", "");
	}

	heading(&pg, "Dose and schedule");
	render_schedule_phrase(plan->schedule, phrase, sizeof phrase);
	labelled(&pg, "", "- Schedule", phrase);
	if (plan->schedule->note != NULL)
		para(&pg, plan->schedule->note, "- ", "  ");
	render_dose_phrase(plan->dose, phrase, sizeof phrase);
	labelled(&pg, "", "- Usual dose", phrase);
	labelled(&pg, "", "- Equipment", plan->equipment);
	labelled(&pg, "", "- Resistance", plan->load);
	bands(&pg, plan);
	if (plan->session_count > 0)
		sessions(&pg, plan);

	heading(&pg, "Exercises");
	for (i = 0; i < plan->exercise_count; i++)
		exercise(&pg, plan, &plan->exercises[i], i + 1);

	heading(&pg, "When to make it harder");
	bullets(&pg, plan->progression, "");
	if (plan->log != NULL)
		log_sheet(&pg, plan, f);

	if (pg.is_out_of_memory)
		return failure_set(f, STATUS_SOFTWARE, "out of memory");
	return STATUS_OK;
}
