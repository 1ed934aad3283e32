/* SPDX-License-Identifier: ISC */
/*
 * json_build.c: the jansson helpers of json_build.h.
 */
#include <stdio.h>

#include "json_build.h"

bool
json_build_set(json_t *object, const char *key, json_t *value)
{
	/* Checked here so that the promise of json_build.h is ours, not
	 * a detail of jansson's. */
	if (object == NULL) {
		json_decref(value);
		return false;
	}
	return json_object_set_new(object, key, value) == 0;
}

bool
json_build_append(json_t *array, json_t *value)
{
	if (array == NULL) {
		json_decref(value);
		return false;
	}
	return json_array_append_new(array, value) == 0;
}

json_t *
json_build_one(json_t *value)
{
	json_t *array = json_array();

	return json_build_finish(array, json_build_append(array, value));
}

json_t *
json_build_array(size_t n, json_t *(*item)(const void *context, size_t i),
		 const void *context)
{
	json_t *array = json_array();
	bool ok = array != NULL;
	size_t i;

	for (i = 0; ok && i < n; i++)
		ok = json_build_append(array, item(context, i));
	return json_build_finish(array, ok);
}

json_t *
json_build_finish(json_t *value, bool ok)
{
	if (ok)
		return value;
	json_decref(value);
	return NULL;
}

json_t *
json_build_count(unsigned n)
{
	return json_integer((json_int_t)n);
}

void
json_build_iso_date(const struct date *d, char *buf, size_t size)
{
	snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
}

json_t *
json_build_date(const struct date *d)
{
	char buf[JSON_BUILD_DATE_SIZE];

	json_build_iso_date(d, buf, sizeof buf);
	return json_string(buf);
}

const char *
json_build_side(enum side side)
{
	return side == SIDE_LEFT ? "left" : "right";
}
