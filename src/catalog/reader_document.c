/* SPDX-License-Identifier: ISC */
/*
 * reader_document.c: a reader's life: one document read from its
 * stream's start to its end, or a translation's replacement read as
 * one value in the place of the value it replaces.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "reader_state.h"

/* Stream and document framing around the root mapping. */
static enum status
read_stream(struct reader *r, reader_read *read, void *context, void *slot,
	    const struct reader_field *field)
{
	enum status status;

	if ((status = reader_next(r)) != STATUS_OK) /* stream start */
		return status;
	if ((status = reader_next(r)) != STATUS_OK)
		return status;
	if (r->event.type == YAML_STREAM_END_EVENT)
		return reader_fail_plain(r, reader_mark(r),
					 _("the file is empty; expected a "
					   "catalog"));
	if ((status = reader_next(r)) != STATUS_OK) /* the root node */
		return status;
	if (r->fixed_mark == NULL && r->event.type != YAML_MAPPING_START_EVENT)
		return reader_fail_expected(r, _("a mapping of catalog keys"));
	if ((status = read(r, context, slot, field)) != STATUS_OK)
		return status;
	if ((status = reader_next(r)) != STATUS_OK) /* document end */
		return status;
	if ((status = reader_next(r)) != STATUS_OK)
		return status;
	if (r->event.type != YAML_STREAM_END_EVENT)
		return reader_fail_plain(
			r, reader_mark(r),
			_("a second document; a catalog is one document"));
	return STATUS_OK;
}

/* A reader over len bytes, or NULL with f filled. */
static struct reader *
reader_new(const char *name, const char *bytes, size_t len, struct arena *arena,
	   struct failure *f)
{
	struct reader *r = calloc(1, sizeof *r);

	if (r == NULL) {
		failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"), name);
		return NULL;
	}
	r->name = name;
	r->bytes = bytes;
	r->len = len;
	r->arena = arena;
	r->failure = f;
	if (!yaml_parser_initialize(&r->parser)) {
		free(r);
		failure_set(f, STATUS_SOFTWARE, _("%s: out of memory"), name);
		return NULL;
	}
	yaml_parser_set_input_string(&r->parser, (const unsigned char *)bytes,
				     len);
	return r;
}

static void
reader_delete(struct reader *r)
{
	if (r->has_event)
		yaml_event_delete(&r->event);
	yaml_parser_delete(&r->parser);
	free(r);
}

enum status
reader_read_document(const char *name, const char *bytes, size_t len,
		     struct arena *arena,
		     const struct catalog_translation *translation,
		     reader_read *read, void *context, struct failure *f)
{
	struct reader *r = reader_new(name, bytes, len, arena, f);
	enum status status;

	if (r == NULL)
		return f->status;
	r->translation = translation;
	status = read_stream(r, read, context, NULL, NULL);
	reader_delete(r);
	return status;
}

enum status
reader_read_replacement(struct reader *parent, const char *bytes, size_t len,
			reader_read *read, void *context, void *slot,
			const struct reader_field *field)
{
	struct reader_mark mark = reader_mark(parent);
	struct reader *r;
	enum status status;

	if (mark.file == NULL)
		mark.file = parent->name;
	r = reader_new(mark.file, bytes, len, parent->arena, parent->failure);
	if (r == NULL)
		return parent->failure->status;
	r->fixed_mark = &mark;
	memcpy(r->path, parent->path, sizeof r->path);
	r->path_depth = parent->path_depth;
	status = read_stream(r, read, context, slot, field);
	reader_delete(r);
	return status;
}
