/* SPDX-License-Identifier: ISC */
/*
 * bands.c: the resistance band ladder, whose colours --band names in
 * any case, and the adherence log that records the band used.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>

#include "arena.h"
#include "buffer.h"
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

/* The ladder as read, to find a colour or an alias given twice. */
struct band_builder {
	struct loader *ld;
	const char *items[CATALOG_MAX_BANDS];
	struct reader_mark marks[CATALOG_MAX_BANDS];
	size_t count;
	struct catalog_band_alias aliases[CATALOG_MAX_BAND_ALIASES];
	struct reader_mark alias_marks[CATALOG_MAX_BAND_ALIASES];
	size_t alias_count;
	/* The band being read: its name, and its first alias. */
	const char *name;
	size_t first_alias;
};

/* A colour or an alias: one line, and no other band's name. */
static enum status
take_band_name(struct reader *r, struct band_builder *b, const char **out)
{
	enum status status;
	size_t i;

	/* Kept even by --check: colours are compared with each other.
	 * A translation replaces a band whole, aliases and all:
	 * read_band. */
	if ((status = reader_fixed_text(r, out)) != STATUS_OK)
		return status;
	/* A colour is a cell of the log and a word of --band. */
	if (strpbrk(*out, "\n\t") != NULL)
		return reader_fail_expected(r, _("a band colour on one line"));
	for (i = 0; i < b->count; i++)
		if (catalog_same_band(b->items[i], *out))
			return reader_fail(
				r, reader_mark(r),
				_("band \"%s\" given twice, first at "
				  "%lu:%lu"),
				*out, b->marks[i].line, b->marks[i].column);
	for (i = 0; i < b->alias_count; i++)
		if (catalog_same_band(b->aliases[i].name, *out))
			return reader_fail(
				r, reader_mark(r),
				_("band \"%s\" given twice, first at "
				  "%lu:%lu"),
				*out, b->alias_marks[i].line,
				b->alias_marks[i].column);
	if (b->name != NULL && catalog_same_band(b->name, *out))
		return reader_fail(r, reader_mark(r),
				   _("band \"%s\" given twice"), *out);
	return STATUS_OK;
}

/* The band's colour, its name in the ladder. */
static enum status
take_colour(struct reader *r, struct band_builder *b)
{
	const char *name = NULL;
	enum status status = take_band_name(r, b, &name);

	if (status == STATUS_OK) {
		b->name = name;
		catalog_note_filler(r, b->ld, FILLER_BAND);
	}
	return status;
}

static enum status
read_alias(struct reader *r, void *context, size_t index)
{
	struct band_builder *b = context;
	const char *name = NULL;
	enum status status;

	(void)index;
	if (b->alias_count == CATALOG_MAX_BAND_ALIASES)
		return reader_fail(r, reader_mark(r),
				   ngettext("a ladder has at most %d alias",
					    "a ladder has at most %d aliases",
					    CATALOG_MAX_BAND_ALIASES),
				   CATALOG_MAX_BAND_ALIASES);
	if ((status = take_band_name(r, b, &name)) != STATUS_OK)
		return status;
	b->alias_marks[b->alias_count] = reader_mark(r);
	b->aliases[b->alias_count++] =
		(struct catalog_band_alias){name, b->count};
	return STATUS_OK;
}

/* One key of a band's mapping: "name" or "aliases". */
static enum status
read_band_key(struct reader *r, void *context, const char *key, size_t len)
{
	struct band_builder *b = context;

	(void)len;
	if (strcmp(key, "name") == 0) {
		if (b->name != NULL)
			return reader_fail(r, reader_mark(r),
					   _("key given twice"));
		return take_colour(r, b);
	}
	if (strcmp(key, "aliases") == 0) {
		if (b->alias_count > b->first_alias)
			return reader_fail(r, reader_mark(r),
					   _("key given twice"));
		return reader_list(r, 1, read_alias, b);
	}
	return reader_fail(r, reader_mark(r), _("expected name or aliases"));
}

/*
 * A band's value: its colour, or a mapping of its colour and the other
 * names --band takes for it ("{name: roja, aliases: [rojo]}").
 */
static enum status
read_band_value(struct reader *r, void *context, void *slot,
		const struct reader_field *field)
{
	struct band_builder *b = context;
	struct reader_mark start = reader_mark(r);
	enum status status;

	(void)slot;
	(void)field;
	b->name = NULL;
	b->alias_count = b->first_alias;
	if (!reader_is_mapping(r))
		return take_colour(r, b);
	status = reader_open_mapping(r, read_band_key, b);
	if (status == STATUS_OK && b->name == NULL)
		return reader_fail(r, start, _("missing key \"name\""));
	return status;
}

/* Appends s to *out quoted for a YAML flow collection. */
static bool
put_quoted(struct buffer *out, const char *s)
{
	bool ok = buffer_append(out, "\"", 1);

	for (; ok && *s != '\0'; s++)
		ok = (*s != '"' && *s != '\\' ? true
					      : buffer_append(out, "\\", 1)) &&
		     buffer_append(out, s, 1);
	return ok && buffer_append(out, "\"", 1);
}

/*
 * The band as a catalog writes it, for a translation: its colour, or
 * "{name: "red", aliases: ["crimson"]}" with its aliases.
 */
static const char *
band_source(struct band_builder *b)
{
	struct buffer s = BUFFER_INIT;
	const char *copy;
	bool ok;
	size_t i;

	if (b->alias_count == b->first_alias)
		return b->name;
	ok = buffer_puts(&s, "{name: ") && put_quoted(&s, b->name) &&
	     buffer_puts(&s, ", aliases: [");
	for (i = b->first_alias; ok && i < b->alias_count; i++)
		ok = (i == b->first_alias || buffer_puts(&s, ", ")) &&
		     put_quoted(&s, b->aliases[i].name);
	ok = ok && buffer_puts(&s, "]}");
	copy = ok ? arena_memdup(b->ld->arena, buffer_text(&s), s.len + 1, 1)
		  : NULL;
	buffer_free(&s);
	return copy;
}

static enum status
read_band(struct reader *r, void *context, size_t index)
{
	struct band_builder *b = context;
	const char *source, *replacement = NULL;
	struct reader_mark mark = reader_mark(r);
	enum status status;

	if (index >= CATALOG_MAX_BANDS)
		return reader_fail(r, reader_mark(r),
				   ngettext("a ladder has at most %d band",
					    "a ladder has at most %d bands",
					    CATALOG_MAX_BANDS),
				   CATALOG_MAX_BANDS);
	b->first_alias = b->alias_count;
	status = read_band_value(r, b, NULL, NULL);
	if (status == STATUS_OK && reader_translates(r)) {
		if ((source = band_source(b)) == NULL)
			return reader_fail_memory(r);
		status = reader_translate(r, source, &replacement);
	}
	if (status == STATUS_OK && replacement != NULL) {
		mark = reader_mark(r);
		status = reader_read_replacement(
			r, replacement, strlen(replacement), read_band_value, b,
			NULL, NULL);
	}
	if (status != STATUS_OK)
		return status;
	b->marks[b->count] = mark;
	b->items[b->count++] = b->name;
	b->name = NULL;
	return STATUS_OK;
}

enum status
catalog_read_bands(struct reader *r, void *context, void *slot,
		   const struct reader_field *field)
{
	struct loader *ld = context;
	struct band_builder *b;
	struct text_list *bands = slot;
	struct catalog *c = ld->catalog;
	enum status status;

	(void)field;
	/* Some kilobytes: on the heap rather than the stack. */
	if ((b = calloc(1, sizeof *b)) == NULL)
		return reader_fail_memory(r);
	b->ld = ld;
	if ((status = reader_list(r, 1, read_band, b)) != STATUS_OK) {
		free(b);
		return status;
	}
	bands->items =
		arena_memdup(ld->arena, b->items, b->count, sizeof *b->items);
	bands->count = b->count;
	if (b->alias_count > 0 && c != NULL) {
		c->listed_aliases =
			arena_memdup(ld->arena, b->aliases, b->alias_count,
				     sizeof *b->aliases);
		c->listed_alias_count = b->alias_count;
		if (c->listed_aliases == NULL)
			bands->items = NULL;
	}
	free(b);
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
