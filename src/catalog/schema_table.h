/* SPDX-License-Identifier: ISC */
/*
 * schema_table.h: a schema list (catalog.h) made into a reader table
 * (reader.h).  Included, once per list, where the table is wanted,
 * after defining the list's file name and the table's name:
 *
 *	#define SCHEMA_LIST "catalog_words.def"
 *	#define SCHEMA_TABLE word_fields
 *	#include "schema_table.h"
 *
 * A group's entry says how many of the entries after it are its own,
 * so the list's positions come first, as an enum: an entry's is
 * CATALOG_AT_OWNER_NAME, and a group's end, the position after its
 * last entry, CATALOG_END_OWNER_NAME (CATALOG_LAST_ takes no room).
 * Each kind's reader is loader.h's CATALOG_READ_KIND.
 */
#ifndef CATALOG_POSITION
#define CATALOG_POSITION(owner, name, ...)  CATALOG_AT_##owner##_##name,
#define CATALOG_POSITION_GROUP(owner, name) CATALOG_AT_##owner##_##name,
#define CATALOG_POSITION_GROUP_END(owner, name)                                \
	CATALOG_END_##owner##_##name,                                          \
		CATALOG_LAST_##owner##_##name =                                \
			CATALOG_END_##owner##_##name - 1,
#define CATALOG_READER_FIELD(...) CATALOG_KEY(__VA_ARGS__),
#define CATALOG_READER_GROUP(owner, name)                                      \
	{#name,                                                                \
	 true,                                                                 \
	 reader_group,                                                         \
	 offsetof(struct owner, name),                                         \
	 0,                                                                    \
	 0,                                                                    \
	 NULL,                                                                 \
	 CATALOG_END_##owner##_##name - CATALOG_AT_##owner##_##name - 1},
#define CATALOG_READER_GROUP_END(owner, name)
#endif

enum {
#define CATALOG_FIELD	  CATALOG_POSITION
#define CATALOG_GROUP	  CATALOG_POSITION_GROUP
#define CATALOG_GROUP_END CATALOG_POSITION_GROUP_END
#include SCHEMA_LIST
};

static const struct reader_field SCHEMA_TABLE[] = {
#define CATALOG_FIELD	  CATALOG_READER_FIELD
#define CATALOG_GROUP	  CATALOG_READER_GROUP
#define CATALOG_GROUP_END CATALOG_READER_GROUP_END
#include SCHEMA_LIST
};

#undef SCHEMA_LIST
#undef SCHEMA_TABLE
