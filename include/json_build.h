/* SPDX-License-Identifier: ISC */
/*
 * json_build.h: the helpers with which the JSON and FHIR layouts build
 * their jansson value trees.
 *
 * A tree is built by chains such as
 *
 *     ok = json_build_set(o, "a", json_string(x)) &&
 *          json_build_set(o, "b", child(y));
 *     return json_build_finish(o, ok);
 *
 * in which any call may have run out of memory and returned NULL.  So
 * json_build_set and json_build_append take the value they are given
 * whatever happens: it is the container's, or freed, even when the
 * container is NULL or the call fails, and a value made in the argument
 * list is never lost.  Both return false when either is NULL.  A
 * builder keeps its own reference (json_incref) to a container it goes
 * on filling after handing it over.
 */
#ifndef HEELRX_JSON_BUILD_H
#define HEELRX_JSON_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "types.h"

/* Sets key of object to value, which object takes (see above). */
bool json_build_set(json_t *object, const char *key, json_t *value);

/* Appends value to array, which array takes (see above). */
bool json_build_append(json_t *array, json_t *value);

/* An array of the one value, or NULL (value freed). */
json_t *json_build_one(json_t *value);

/*
 * An array of the n values that item makes for context and each index
 * from 0, in order, or NULL when one is NULL (memory ran out).
 */
json_t *json_build_array(size_t n,
			 json_t *(*item)(const void *context, size_t i),
			 const void *context);

/* value when ok; otherwise frees value and returns NULL. */
json_t *json_build_finish(json_t *value, bool ok);

/* A count or an amount, such as sets or seconds, as a JSON integer. */
json_t *json_build_count(unsigned n);

/* "2026-12-01" into buf: data's dates are ISO 8601 whatever the
 * handout's words say.  size should be JSON_BUILD_DATE_SIZE. */
enum { JSON_BUILD_DATE_SIZE = 16 };
void json_build_iso_date(const struct date *, char *buf, size_t size);

/* The date as an ISO 8601 JSON string. */
json_t *json_build_date(const struct date *);

/* "left" or "right": the legs' names in data, which no language
 * changes. */
const char *json_build_side(enum side);

#endif
