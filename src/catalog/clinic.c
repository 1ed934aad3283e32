/* SPDX-License-Identifier: ISC */
/*
 * clinic.c: the clinic's settings file (clinic.h), read with the
 * catalog's YAML reader: its keys are a table like the catalog's, so
 * that unknown, repeated and malformed keys are refused with the same
 * FILE:LINE:COL messages.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "clinic.h"
#include "i18n.h"
#include "input.h"
#include "lang.h"
#include "reader.h"

/* A text on one line: a name, a phone number, an address line. */
static enum status
read_line(struct reader *r, void *context, void *slot,
	  const struct reader_field *field)
{
	const char **out = slot;
	enum status status;

	(void)context;
	(void)field;
	if ((status = reader_text(r, NULL, out)) != STATUS_OK)
		return status;
	if (strpbrk(*out, "\n\t") != NULL)
		return reader_fail_expected(r, _("a text on one line"));
	return STATUS_OK;
}

/* The address's lines, as they are read. */
struct address_builder {
	const char *lines[CLINIC_MAX_ADDRESS_LINES];
	size_t count;
};

static enum status
read_address_line(struct reader *r, void *context, size_t index)
{
	struct address_builder *b = context;

	if (index >= CLINIC_MAX_ADDRESS_LINES)
		return reader_fail(r, reader_mark(r),
				   ngettext("an address has at most %d line",
					    "an address has at most %d lines",
					    CLINIC_MAX_ADDRESS_LINES),
				   CLINIC_MAX_ADDRESS_LINES);
	b->count = index + 1;
	return read_line(r, NULL, &b->lines[index], NULL);
}

static enum status
read_address(struct reader *r, void *context, void *slot,
	     const struct reader_field *field)
{
	struct clinic *c = context;
	struct contact *contact = slot;
	struct address_builder b = {{NULL}, 0};
	enum status status;

	(void)field;
	if ((status = reader_list(r, 1, read_address_line, &b)) != STATUS_OK)
		return status;
	contact->address =
		arena_memdup(c->arena, b.lines, b.count, sizeof *b.lines);
	if (contact->address == NULL)
		return reader_fail_memory(r);
	contact->address_count = b.count;
	return STATUS_OK;
}

static enum status
read_language(struct reader *r, void *context, void *slot,
	      const struct reader_field *field)
{
	const char **out = slot;
	enum status status;

	(void)context;
	(void)field;
	if ((status = reader_fixed_text(r, out)) != STATUS_OK)
		return status;
	if (!lang_is_tag(*out))
		return reader_fail_expected(
			r, _("a language code such as de or zh_CN"));
	return STATUS_OK;
}

static enum status
read_width(struct reader *r, void *context, void *slot,
	   const struct reader_field *field)
{
	unsigned width;
	enum status status;

	(void)context;
	status = reader_count(r, field->min, field->max, &width);
	if (status == STATUS_OK)
		*(int *)slot = (int)width;
	return status;
}

/*
 * true or false into *is_true.  YAML 1.1's yes and no are refused, as
 * YAML 1.2 reads them as texts.
 */
static enum status
read_flag(struct reader *r, bool *is_true)
{
	if (reader_is_word(r, "true"))
		*is_true = true;
	else if (reader_is_word(r, "false"))
		*is_true = false;
	else
		return reader_fail_expected(r, _("true or false"));
	return STATUS_OK;
}

/* patient_name_in_calendar: true (the default) or false. */
static enum status
read_name_in_calendar(struct reader *r, void *context, void *slot,
		      const struct reader_field *field)
{
	bool is_shown = true;
	enum status status;

	(void)context;
	(void)field;
	if ((status = read_flag(r, &is_shown)) == STATUS_OK)
		*(bool *)slot = !is_shown;
	return status;
}

/* large_print: true or false (the default). */
static enum status
read_large_print(struct reader *r, void *context, void *slot,
		 const struct reader_field *field)
{
	(void)context;
	(void)field;
	return read_flag(r, slot);
}

#define CONTACT(name)                                                          \
	offsetof(struct clinic, contact) + offsetof(struct contact, name)

/* The keys of the file, all optional. */
static const struct reader_field fields[] = {
	{"name", false, read_line, CONTACT(name), 0, 0, NULL, 0},
	{"phone", false, read_line, CONTACT(phone), 0, 0, NULL, 0},
	{"email", false, read_line, CONTACT(email), 0, 0, NULL, 0},
	{"web", false, read_line, CONTACT(web), 0, 0, NULL, 0},
	{"address", false, read_address, offsetof(struct clinic, contact), 0, 0,
	 NULL, 0},
	{"clinician", false, read_line, offsetof(struct clinic, clinician), 0,
	 0, NULL, 0},
	{"lang", false, read_language, offsetof(struct clinic, language), 0, 0,
	 NULL, 0},
	{"width", false, read_width, offsetof(struct clinic, width),
	 TEXT_WIDTH_MIN, TEXT_WIDTH_MAX, NULL, 0},
	{"patient_name_in_calendar", false, read_name_in_calendar,
	 offsetof(struct clinic, hides_patient_name), 0, 0, NULL, 0},
	{"large_print", false, read_large_print,
	 offsetof(struct clinic, is_large_print), 0, 0, NULL, 0},
};

static enum status
read_top(struct reader *r, void *context, void *slot,
	 const struct reader_field *field)
{
	struct clinic *c = context;
	const struct contact *k = &c->contact;
	enum status status;

	(void)slot;
	(void)field;
	status = reader_mapping(r, fields, sizeof fields / sizeof fields[0], c,
				c);
	if (status != STATUS_OK)
		return status;
	c->has_contact = k->name != NULL || k->phone != NULL ||
			 k->email != NULL || k->web != NULL ||
			 k->address_count > 0;
	return STATUS_OK;
}

/*
 * Whether the len bytes at s hold no YAML document: only blank lines
 * and comments.  A settings file that says nothing sets nothing.
 */
static bool
is_empty(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		i += strspn(s + i, " \t\r");
		if (i < len && s[i] == '#')
			while (i < len && s[i] != '\n')
				i++;
		if (i < len && s[i] != '\n')
			return false;
		i++;
	}
	return true;
}

enum status
clinic_read(const char *path, bool is_default, struct clinic **out,
	    struct failure *f)
{
	struct clinic *c;
	struct input_file file;
	enum status status;
	char *bytes;
	size_t len;

	*out = NULL;
	status = input_read_regular(path, is_default, CLINIC_MAX_BYTES, &bytes,
				    &len, &file, f);
	if (status != STATUS_OK || bytes == NULL)
		return status;
	c = calloc(1, sizeof *c);
	if (c == NULL || (c->arena = arena_new()) == NULL) {
		free(c);
		free(bytes);
		return failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"),
				   path);
	}
	c->file = file;
	if (!is_empty(bytes, len))
		status = reader_read_document(path, bytes, len, c->arena, NULL,
					      read_top, c, f);
	free(bytes);
	if (status != STATUS_OK) {
		clinic_free(c);
		return status;
	}
	*out = c;
	return STATUS_OK;
}

void
clinic_free(struct clinic *c)
{
	if (c == NULL)
		return;
	arena_free(c->arena);
	free(c);
}
