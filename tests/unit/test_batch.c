/* SPDX-License-Identifier: ISC */
/*
 * test_batch.c: a day's list as spreadsheets write it, read back cell
 * for cell with the line each record starts on, whatever its line ends;
 * the faults of a file that is not CSV, at their lines; each row's file
 * name made safe; two rows for one file found.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "batch.h"
#include "check.h"

/* Reads the len bytes at bytes as a list, through a temporary file. */
static enum status
read_list(const char *bytes, size_t len, struct batch *batch, struct failure *f)
{
	char path[] = "/tmp/heelrx-test-batch-XXXXXX";
	int fd = mkstemp(path);
	enum status status;

	if (fd < 0 || write(fd, bytes, len) != (ssize_t)len) {
		perror("test_batch: cannot write a temporary file");
		exit(1);
	}
	close(fd);
	status = batch_read(path, batch, f);
	unlink(path);
	batch->name = "list.csv"; /* the path is gone */
	return status;
}

static void
test_lines(void)
{
	/* A BOM, CRLF, a lone CR, a blank line, a line of blanks, a quoted
	 * field over three lines, and no line end at the end. */
	static const char list[] = "\xef\xbb\xbfpatient,pain\r\n"
				   "\"Jones, A.\",left\r\n"
				   "\r\n"
				   "B. Smith,right\r"
				   "  \t\n"
				   "\"C.\r\nsays \"\"hi\"\"\nthere\",both\n"
				   "  D. Ng , l ";
	struct batch b;
	struct failure f;

	CHECK(read_list(list, sizeof list - 1, &b, &f) == STATUS_OK);
	CHECK(b.header_line == 1);
	CHECK(b.column_count == 2);
	CHECK_STR(b.columns[0], "patient");
	CHECK_STR(b.columns[1], "pain");
	CHECK(b.row_count == 4);
	if (b.row_count == 4) {
		CHECK(b.rows[0].line == 2);
		CHECK_STR(b.rows[0].cells[0], "Jones, A.");
		CHECK(b.rows[1].line == 4);
		CHECK_STR(b.rows[1].cells[0], "B. Smith");
		CHECK(b.rows[2].line == 6);
		CHECK_STR(b.rows[2].cells[0], "C.\r\nsays \"hi\"\nthere");
		CHECK_STR(b.rows[2].cells[1], "both");
		CHECK(b.rows[3].line == 9);
		CHECK_STR(b.rows[3].cells[0], "D. Ng");
		CHECK_STR(b.rows[3].cells[1], "l");
		CHECK(b.rows[3].cell_count == 2);
	}
	batch_free(&b);

	/* Blank lines before the header: it starts where its text does. */
	CHECK(read_list("\n\npain\nleft\n", 11, &b, &f) == STATUS_OK);
	CHECK(b.header_line == 3);
	CHECK(b.row_count == 1 && b.rows[0].line == 4);
	batch_free(&b);
}

/* The fault of a file that is not a list, and its line. */
static void
refused(const char *bytes, size_t len, unsigned long line, const char *message)
{
	struct batch b;
	struct failure f;

	CHECK(read_list(bytes, len, &b, &f) == STATUS_DATA);
	CHECK(f.line == line);
	CHECK_STR(f.message, message);
	batch_free(&b);
}

static void
test_faults(void)
{
	static const char nul[] = "pain\nleft\nri\0ght\n";

	refused("pain,patient\nleft,\"A\"x\n", 22, 2,
		"not CSV: a quote in a field must be doubled, and a field in "
		"quotes must end at a comma or a line end");
	refused("pain,patient\nleft,A\"B\n", 22, 2,
		"not CSV: a quote in a field must be doubled, and a field in "
		"quotes must end at a comma or a line end");
	refused("pain,patient\nleft,\"A\nB\nC\n", 24, 2,
		"not CSV: a field of the record that starts here opens a "
		"quote that never closes");
	refused(nul, sizeof nul - 1, 3,
		"a NUL byte in a field; a list is text");
}

/* A file with no record: the message names the file. */
static void
test_empty(void)
{
	struct batch b;
	struct failure f;
	const char *colon;

	CHECK(read_list("\r\n\n", 3, &b, &f) == STATUS_DATA);
	colon = strstr(f.message, ": ");
	CHECK_STR(colon != NULL ? colon : f.message,
		  ": empty; its first row names the columns, such as "
		  "pain,patient");
	batch_free(&b);
}

static void
test_output(void)
{
	static const char *const names[] = {"patient", "pain"};
	static char *cells[] = {"../x/.y\x01z", "left"};
	struct batch_row row = {2, cells, 2}, short_row = {3, cells, 1};
	struct arena *a = arena_new();
	struct failure f;

	CHECK(batch_check_output("out/{patient}-{pain}.txt", names, 2, &f) ==
	      STATUS_OK);
	CHECK(batch_check_output("{{x}}/{pain}", names, 2, &f) == STATUS_OK);
	CHECK(batch_check_output("{name}.txt", names, 2, &f) == STATUS_USAGE);
	CHECK_STR(f.message, "invalid --output \"{name}.txt\": unknown "
			     "placeholder; expected {patient} or {pain}, or "
			     "{{ for a literal brace");
	CHECK(batch_check_output("{x", names, 2, &f) == STATUS_USAGE);

	/* A leading dot, each slash and the control character become '_';
	 * the template's own slashes and dots stay. */
	CHECK_STR(batch_output(a, "out/{patient}-{pain}.txt", names, 2, &row),
		  "out/_._x_.y_z-left.txt");
	CHECK_STR(batch_output(a, "{{x}}/{pain}", names, 2, &row), "{x}}/left");
	/* A cell the row lacks is empty. */
	CHECK_STR(batch_output(a, "{patient}+{pain}", names, 2, &short_row),
		  "_._x_.y_z+");
	arena_free(a);
}

static void
test_duplicates(void)
{
	static const char *const paths[] = {"b", "a", "b", "c", "a", "b"};
	size_t earlier[6];

	CHECK(batch_find_duplicates(paths, 6, earlier));
	CHECK(earlier[0] == 0 && earlier[1] == 1 && earlier[2] == 0);
	CHECK(earlier[3] == 3 && earlier[4] == 1 && earlier[5] == 0);
	CHECK(batch_find_duplicates(paths, 0, earlier));
}

int
main(void)
{
	test_lines();
	test_faults();
	test_empty();
	test_output();
	test_duplicates();
	return check_report("test_batch");
}
