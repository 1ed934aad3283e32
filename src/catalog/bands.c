/* SPDX-License-Identifier: ISC */
/*
 * bands.c: the resistance band ladder, whose colours --band names in
 * any case, and the adherence log that records the band used.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>

#include "arena.h"
#include "i18n.h"
#include "loader.h"

static bool
is_ascii(const char *s)
{
	while (*s != '\0' && (unsigned char)*s < 0x80)
		s++;
	return *s == '\0';
}

bool
catalog_same_band(const char *a, const char *b)
{
	int result;

	/* ASCII names, the usual ones, need no Unicode case folding. */
	if (strcasecmp(a, b) == 0)
		return true;
	if (is_ascii(a) && is_ascii(b))
		return false;
	return u8_casecmp((const uint8_t *)a, strlen(a), (const uint8_t *)b,
			  strlen(b), NULL, NULL, &result) == 0 &&
	       result == 0;
}

/* The ladder as read, to find a colour given twice. */
struct band_builder {
	struct loader *ld;
	const char *items[CATALOG_MAX_BANDS];
	struct reader_mark marks[CATALOG_MAX_BANDS];
	size_t count;
};

static enum status
read_band(struct reader *r, void *context, size_t index)
{
	struct band_builder *b = context;
	const char *name = NULL;
	enum status status;
	size_t i;

	if (index >= CATALOG_MAX_BANDS)
		return reader_fail(r, reader_mark(r),
				   _("a ladder has at most %d bands"),
				   CATALOG_MAX_BANDS);
	/* Kept even by --check: colours are compared with each other. */
	if ((status = reader_text(r, NULL, &name)) != STATUS_OK)
		return status;
	/* A colour is a cell of the log and a word of --band. */
	if (strpbrk(name, "\n\t") != NULL)
		return reader_fail_expected(r, _("a band colour on one line"));
	for (i = 0; i < b->count; i++)
		if (catalog_same_band(b->items[i], name))
			return reader_fail(
				r, reader_mark(r),
				_("band \"%s\" given twice, first at "
				  "%lu:%lu"),
				name, b->marks[i].line, b->marks[i].column);
	catalog_note_filler(r, b->ld, FILLER_BAND);
	b->marks[b->count] = reader_mark(r);
	b->items[b->count++] = name;
	return STATUS_OK;
}

enum status
catalog_read_bands(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	struct loader *ld = context;
	struct band_builder b;
	struct text_list *bands = slot;
	enum status status;

	(void)field;
	b.ld = ld;
	b.count = 0;
	if ((status = reader_list(r, 1, read_band, &b)) != STATUS_OK)
		return status;
	bands->items =
		arena_memdup(ld->arena, b.items, b.count, sizeof *b.items);
	bands->count = b.count;
	if (bands->items == NULL)
		return reader_fail_memory(r);
	return STATUS_OK;
}

static const struct reader_field log_fields[] = {
	CATALOG_KEY(log_sheet, pain, SIDE_TEXT, REQUIRED, NULL, 0, 0),
	CATALOG_KEY(log_sheet, note, TEXT, OPTIONAL, NULL, 0, 0),
	/* Issue 19, section 3. */
	CATALOG_KEY(log_sheet, morning_pain, SIDE_TEXT, OPTIONAL, NULL, 0, 0),
	CATALOG_KEY(log_sheet, rate_pain, TEXT, OPTIONAL, NULL, 0, 0),
	CATALOG_KEY(log_sheet, easy, TEXT, OPTIONAL, NULL, 0, 0),
	CATALOG_KEY(log_sheet, easy_note, TEXT, OPTIONAL, NULL, 0, 0),
};

enum status
catalog_read_log(struct reader *r, void *context, void *slot,
		 const struct reader_field *field)
{
	(void)field;
	return reader_mapping(r, log_fields,
			      sizeof log_fields / sizeof log_fields[0], slot,
			      context);
}

/* Issue 19, section 3: when an exercise moves to the next band. */
static const struct reader_field step_up_fields[] = {
	CATALOG_KEY(step_up, easy_sessions, NUMBER, REQUIRED, NULL, 1, 20),
	CATALOG_KEY(step_up, rule, PLURAL, REQUIRED, "count", 0, 0),
	CATALOG_KEY(step_up, next, PLURAL, REQUIRED, "count band next", 0, 0),
	CATALOG_KEY(step_up, strongest, PLURAL, REQUIRED, "count band", 0, 0),
};

enum status
catalog_read_step_up(struct reader *r, void *context, void *slot,
		     const struct reader_field *field)
{
	(void)field;
	return reader_mapping(r, step_up_fields,
			      sizeof step_up_fields / sizeof step_up_fields[0],
			      slot, context);
}
