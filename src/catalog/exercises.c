/* SPDX-License-Identifier: ISC */
/*
 * exercises.c: the catalog's exercises, each read into the loader's
 * list and named by its id for a translation.
 */
#include "loader.h"

enum status
catalog_read_id(struct reader *r, void *context, void *slot,
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

#define SCHEMA_LIST  "catalog_exercise.def"
#define SCHEMA_TABLE exercise_fields
#include "schema_table.h"

static enum status
read_exercise(struct reader *r, void *context, size_t index)
{
	struct loader *ld = context;
	struct exercise *ex;

	(void)index;
	/* Its id's mark is filled by catalog_read_id; both are pushed first, as
	 * the exercise is read into the one pushed last. */
	if ((ex = array_push(&ld->exercises)) == NULL ||
	    array_push(&ld->id_marks) == NULL)
		return reader_fail_memory(r);
	/* A translation names an exercise's texts by its id. */
	if (reader_translates(r))
		reader_expect_name(r);
	return reader_mapping(r, exercise_fields,
			      sizeof exercise_fields /
				      sizeof exercise_fields[0],
			      ex, context);
}

enum status
catalog_read_exercises(struct reader *r, void *context, void *slot,
		       const struct reader_field *field)
{
	(void)slot;
	(void)field;
	return reader_list(r, 1, read_exercise, context);
}
