/* SPDX-License-Identifier: ISC */
/*
 * exercises.c: the catalog's exercises, each read into the loader's
 * list and named by its id for a translation.
 */
#include "loader.h"

static enum status
read_id(struct reader *r, void *context, void *slot,
	const struct reader_field *field)
{
	struct loader *ld = context;
	enum status status;

	(void)field;
	if ((status = catalog_take_id(r, slot)) != STATUS_OK)
		return status;
	((struct reader_mark *)ld->id_marks.items)[ld->id_marks.count - 1] =
		reader_mark(r);
	reader_name_item(r, *(const char **)slot);
	return STATUS_OK;
}

static enum status
read_exercise(struct reader *r, void *context, size_t index)
{
	static const struct reader_field fields[] = {
		{"id", true, read_id, offsetof(struct exercise, id), 0, 0, NULL,
		 NULL, 0},
		{"name", true, catalog_read_text,
		 offsetof(struct exercise, name), 0, 0, NULL, NULL, 0},
		{"target", true, catalog_read_text,
		 offsetof(struct exercise, target), 0, 0, NULL, NULL, 0},
		{"equipment", false, catalog_read_text,
		 offsetof(struct exercise, equipment), 0, 0, NULL, NULL, 0},
		{"anchor", true, catalog_read_text,
		 offsetof(struct exercise, anchor), 0, 0, NULL, NULL, 0},
		{"position", true, catalog_read_text,
		 offsetof(struct exercise, position), 0, 0, NULL, NULL, 0},
		{"setup", true, catalog_read_side_template_list,
		 offsetof(struct exercise, setup), 0, 0, NULL, NULL, 0},
		{"steps", true, catalog_read_text_list,
		 offsetof(struct exercise, steps), 0, 0, NULL, NULL, 0},
		{"cues", false, catalog_read_text_list,
		 offsetof(struct exercise, cues), 0, 0, NULL, NULL, 0},
		{"dose", false, catalog_read_dose_override,
		 offsetof(struct exercise, dose), 0, 0, NULL, NULL, 0},
		{"figures", false, catalog_read_figures,
		 offsetof(struct exercise, figures), 0, 0, NULL, NULL, 0},
	};
	struct loader *ld = context;
	struct exercise *ex;

	(void)index;
	/* Its id's mark is filled by read_id; both are pushed before, as
	 * the exercise is read into the one pushed last. */
	if ((ex = array_push(&ld->exercises)) == NULL ||
	    array_push(&ld->id_marks) == NULL)
		return reader_fail_memory(r);
	/* A translation names an exercise's texts by its id. */
	if (reader_translates(r))
		reader_expect_name(r);
	return reader_mapping(r, fields, sizeof fields / sizeof fields[0], ex,
			      context);
}

enum status
catalog_read_exercises(struct reader *r, void *context, void *slot,
		       const struct reader_field *field)
{
	(void)slot;
	(void)field;
	return reader_list(r, 1, read_exercise, context);
}
