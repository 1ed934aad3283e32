/* SPDX-License-Identifier: ISC */
/*
 * test_base.c: the growable array and buffer every module builds on:
 * elements and bytes kept in order across many growths, zeroed new
 * elements, lists joined as a reader expects, and a failed buffer that
 * stays failed.
 */
#include <stdint.h>
#include <string.h>

#include "array.h"
#include "buffer.h"
#include "check.h"

static void
test_array(void)
{
	struct array a = ARRAY_OF(unsigned);
	struct big {
		char bytes[100];
	};
	struct array b = ARRAY_OF(struct big);
	struct array huge = {NULL, 0, 0, SIZE_MAX / 4};
	unsigned i, *slot, is_in_order = 1;
	struct big *z;

	for (i = 0; i < 10000; i++) {
		slot = array_push(&a);
		CHECK(slot != NULL);
		if (slot == NULL)
			break;
		CHECK(*slot == 0);
		*slot = i * 3;
	}
	CHECK(a.count == 10000);
	CHECK(a.cap >= a.count);
	for (i = 0; i < a.count; i++)
		is_in_order &= ((unsigned *)a.items)[i] == i * 3;
	CHECK(is_in_order);
	array_free(&a);
	CHECK(a.items == NULL && a.count == 0 && a.cap == 0);
	CHECK(array_push(&a) != NULL && a.count == 1);
	array_free(&a);

	/* New elements are zeroed even where an earlier one was freed by
	 * nothing: the memory realloc gives back holds anything. */
	for (i = 0; i < 20; i++) {
		z = array_push(&b);
		CHECK(z != NULL && z->bytes[0] == 0 && z->bytes[99] == 0);
		if (z != NULL)
			memset(z->bytes, 'x', sizeof z->bytes);
	}
	array_free(&b);

	/* An array that would pass SIZE_MAX bytes refuses to grow. */
	CHECK(array_push(&huge) == NULL);
	CHECK(huge.count == 0 && huge.items == NULL);
}

static void
test_buffer(void)
{
	struct buffer b = BUFFER_INIT;
	const char *abc[] = {"a", NULL, "b", "c"};
	const char *one[] = {NULL, "only"};
	size_t i;

	CHECK_STR(buffer_text(&b), "");
	for (i = 0; i < 5000; i++)
		CHECK(buffer_append(&b, "0123456789", i % 11 == 10 ? 0 : 10));
	CHECK(b.len == (size_t)10 * (5000 - 5000 / 11));
	CHECK(b.data[b.len] == '\0');
	CHECK(memcmp(b.data + b.len - 10, "0123456789", 10) == 0);
	buffer_free(&b);

	CHECK(buffer_join(&b, abc, 4, ", ", " and "));
	CHECK_STR(buffer_text(&b), "a, b and c");
	buffer_free(&b);
	CHECK(buffer_join(&b, abc, 2, ", ", " and "));
	CHECK_STR(buffer_text(&b), "a");
	buffer_free(&b);
	CHECK(buffer_join(&b, abc, 3, "、", "和"));
	CHECK_STR(buffer_text(&b), "a和b");
	buffer_free(&b);
	CHECK(buffer_join(&b, one, 2, ", ", " and "));
	CHECK_STR(buffer_text(&b), "only");
	buffer_free(&b);
	CHECK(buffer_join(&b, abc, 0, ", ", " and "));
	CHECK(b.data != NULL);
	CHECK_STR(buffer_text(&b), "");
	buffer_free(&b);

	/* Too much to hold fails, and the failure sticks. */
	CHECK(buffer_puts(&b, "kept"));
	CHECK(!buffer_append(&b, "x", SIZE_MAX - 2));
	CHECK(b.is_failed);
	CHECK(!buffer_puts(&b, "more"));
	CHECK_STR(buffer_text(&b), "kept");
	buffer_free(&b);
	CHECK(!b.is_failed && buffer_puts(&b, "again"));
	CHECK_STR(buffer_text(&b), "again");
	buffer_free(&b);
}

int
main(void)
{
	test_array();
	test_buffer();
	return check_report("test_base");
}
