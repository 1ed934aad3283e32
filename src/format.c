/* SPDX-License-Identifier: ISC */
/*
 * format.c: the table of output formats and the look-ups on it.
 */
#include <string.h>
#include <strings.h>

#include "buffer.h"
#include "format.h"
#include "i18n.h"
#include "printable.h"
#include "render.h"

const struct format format_table[] = {
	{
		.name = "text",
		/* TRANSLATORS: --help's words for the text format, in
		 * "text (default), markdown (md), ...". */
		.note = N_("default"),
		.summary = N_("plain text, for a printer or a terminal (the "
			      "default)"),
		.lays_out_handout = true,
		.render = render_text,
	},
	{
		.name = "markdown",
		.aliases = (const char *const[]){"md", NULL},
		.summary = N_("CommonMark, for a notes file"),
		.lays_out_handout = true,
		.render = render_markdown,
	},
	{
		.name = "html",
		.note = N_("a handout with figures, for a browser or a PDF"),
		.summary = N_("a handout with figures, for a browser or a PDF"),
		.lays_out_handout = true,
		.draws_codes = true,
		.render = render_html,
	},
	{
		.name = "json",
		.summary = N_("the plan as data, for scripts"),
		.render = render_json,
	},
	{
		.name = "ics",
		.note = N_("iCalendar, needs --start"),
		.summary = N_("an iCalendar file, one event a session (needs "
			      "--start)"),
		.start_reason = N_("a calendar needs the date of the first "
				   "session"),
		.render = render_ics,
	},
	{
		.name = "fhir",
		.note = N_("an HL7 FHIR R4 Bundle"),
		.summary = N_("an HL7 FHIR R4 Bundle, for a health record"),
		.reads_fhir_bundle = true,
		.render = render_fhir,
	},
};

const size_t format_count = sizeof format_table / sizeof format_table[0];

const struct format *
format_find(const char *name)
{
	const char *const *alias;
	size_t i;

	for (i = 0; i < format_count; i++) {
		if (strcasecmp(name, format_table[i].name) == 0)
			return &format_table[i];
		for (alias = format_table[i].aliases;
		     alias != NULL && *alias != NULL; alias++)
			if (strcasecmp(name, *alias) == 0)
				return &format_table[i];
	}
	return NULL;
}

/* A format's name, then its aliases and note in parentheses: "markdown
 * (md)", "text (default)"; without has_note, the aliases alone. */
static void
label(struct buffer *b, const struct format *format, bool has_note)
{
	const char *const *alias;
	const char *separator = " (";

	buffer_puts(b, format->name);
	for (alias = format->aliases; alias != NULL && *alias != NULL;
	     alias++) {
		buffer_puts(b, separator);
		buffer_puts(b, *alias);
		separator = ", ";
	}
	if (has_note && format->note != NULL) {
		buffer_puts(b, separator);
		buffer_puts(b, _(format->note));
		separator = ", ";
	}
	if (*separator == ',')
		buffer_puts(b, ")");
}

static void
label_with_note(struct buffer *b, const void *context, size_t i)
{
	(void)context;
	label(b, &format_table[i], true);
}

static void
label_without_note(struct buffer *b, const void *context, size_t i)
{
	(void)context;
	label(b, &format_table[i], false);
}

bool
format_names(struct buffer *out, bool has_notes, const char *last)
{
	return i18n_list(out, format_count,
			 has_notes ? label_with_note : label_without_note, NULL,
			 last);
}

/* A name, a tab and the summary, escaped: a translation is not trusted
 * to be free of control characters. */
static void
list_line(FILE *out, const char *name, const char *summary)
{
	const char *text = _(summary);
	char shown[512];

	printable(shown, sizeof shown, text, strlen(text), sizeof shown, false);
	fprintf(out, "%s\t%s\n", name, shown);
}

void
format_list(FILE *out)
{
	const char *const *alias;
	size_t i;

	for (i = 0; i < format_count; i++) {
		list_line(out, format_table[i].name, format_table[i].summary);
		for (alias = format_table[i].aliases;
		     alias != NULL && *alias != NULL; alias++)
			list_line(out, *alias, format_table[i].summary);
	}
}
