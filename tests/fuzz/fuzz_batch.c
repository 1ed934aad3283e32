/* SPDX-License-Identifier: ISC */
/*
 * fuzz_batch.c: a --batch list on arbitrary bytes, and each of its rows
 * through the command line's parser, as main runs a batch but with no
 * process and no file per row.  The input is read by its path (a
 * memfd, file.c).  The header's cells name the columns; each row's
 * cells set them after a fixed command line; a row that parses is
 * built with the built-in catalog in its language and rendered in its
 * format as plans.c checks, so that the cells reach every option a row
 * may set: the tailoring (--dose, --omit, --note, --review), --log and
 * --band with the log's columns, the FHIR keys, --width and --lang.
 * Each row's name for an -o template of the columns is filled in too.
 * Whatever the input, every refusal is a data or usage error with a
 * one-line message, and nothing crashes, hangs or leaks.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "batch.h"
#include "buffer.h"
#include "builtin.h"
#include "cli.h"
#include "format.h"
#include "fuzz.h"
#include "lang.h"
#include "plan.h"
#include "render.h"

/* Rows past these are another of the same, and only slow a run. */
enum { MAX_ROWS = 32 };

/* A refusal: a data or usage error that says what is wrong. */
static void
require_refusal(enum status status, const struct failure *f)
{
	fuzz_require(status == STATUS_DATA || status == STATUS_USAGE);
	fuzz_require(fuzz_is_one_line(f->message));
}

/* One row, as main's run_row makes its handout, into memory. */
static void
run_row(int argc, char **argv, const struct cli_column *columns,
	const struct batch_row *row)
{
	struct request request;
	struct lang_choice choice;
	struct plan_request pr;
	struct render_input in;
	struct failure failure;
	struct plan plan = {0};
	enum status status;

	status = cli_parse_row(argc, argv, columns, row->cells, row->cell_count,
			       &request, &failure);
	if (status == STATUS_OK)
		status = cli_environment(&request, &failure);
	if (status == STATUS_OK)
		status = lang_choose(builtin_languages, builtin_language_count,
				     request.language, &choice, &failure);
	if (status == STATUS_OK) {
		fuzz_require(request.action == ACTION_PLAN);
		pr = cli_plan_request(&request, NULL);
		status = plan_failure(plan_build(choice.catalog, &pr, &plan),
				      choice.catalog, &pr, &failure);
	}
	if (status == STATUS_OK) {
		/* The format's needs were the command line's to check. */
		fuzz_require(request.format->start_reason == NULL ||
			     plan.has_start);
		in = (struct render_input){
			.plan = &plan,
			.width = request.width,
			.fhir = {.is_transaction = request.fhir_bundle ==
						   FHIR_BUNDLE_TRANSACTION,
				 .has_weeks = request.has_weeks,
				 .patient = request.patient_key,
				 .clinician = request.clinician_key}};
		fuzz_render(choice.catalog, request.format, &in);
	} else {
		require_refusal(status, &failure);
	}
	plan_free(&plan);
	cli_free(&request);
}

/*
 * Each row's file for an -o template of every column a template can
 * name: the cells are made safe, so no name climbs into a folder,
 * hides, or holds a control character; and the rows that would write
 * one file are found.
 */
static void
fill_outputs(const struct batch *batch, const char *const *names)
{
	struct buffer template = BUFFER_INIT;
	struct failure failure;
	const char **outputs;
	size_t *earlier, count = batch->row_count, i;
	const char *c;

	for (i = 0; i < batch->column_count; i++)
		if (strchr(names[i], '-') == NULL)
			fuzz_require(buffer_puts(&template, template.len > 0
								    ? "-{"
								    : "{") &&
				     buffer_puts(&template, names[i]) &&
				     buffer_puts(&template, "}"));
	if (template.len == 0)
		return;
	fuzz_require(batch_check_output(buffer_text(&template), names,
					batch->column_count,
					&failure) == STATUS_OK);
	fuzz_require((outputs = calloc(count + 1, sizeof *outputs)) != NULL);
	fuzz_require((earlier = calloc(count + 1, sizeof *earlier)) != NULL);
	for (i = 0; i < count; i++) {
		outputs[i] = batch_output(batch->arena, buffer_text(&template),
					  names, batch->column_count,
					  &batch->rows[i]);
		fuzz_require(outputs[i] != NULL && outputs[i][0] != '.');
		for (c = outputs[i]; *c != '\0'; c++)
			fuzz_require(*c != '/' && (unsigned char)*c >= 0x20 &&
				     *c != 0x7f);
	}
	fuzz_require(batch_find_duplicates(outputs, count, earlier));
	for (i = 0; i < count; i++)
		fuzz_require(earlier[i] <= i &&
			     earlier[earlier[i]] == earlier[i] &&
			     strcmp(outputs[earlier[i]], outputs[i]) == 0);
	free(earlier);
	free(outputs);
	buffer_free(&template);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The command line the rows' cells add to; argp takes words it
	 * may write to, and these are never written. */
	static char heelrx[] = "heelrx", list[] = "--batch=list.csv",
		    left[] = "--pain=left", date[] = "--date=2026-01-01";
	char *argv[] = {heelrx, list, left, date, NULL};
	struct cli_column *columns = NULL;
	const char **names = NULL;
	struct batch batch;
	struct failure failure;
	enum status status;
	char path[64];
	size_t i, j;
	int fd;

	fd = fuzz_file(data, size, path, sizeof path);
	status = batch_read(path, &batch, &failure);
	fuzz_require(close(fd) == 0);
	if (status != STATUS_OK) {
		fuzz_require(status == STATUS_DATA);
		fuzz_require(fuzz_is_one_line(failure.message));
		batch_free(&batch);
		return 0;
	}
	fuzz_require((columns = calloc(batch.column_count + 1,
				       sizeof *columns)) != NULL);
	fuzz_require((names = calloc(batch.column_count + 1, sizeof *names)) !=
		     NULL);
	/* The columns, refused as main refuses them: a heading that
	 * names no option a row sets, or a second column for one. */
	for (i = 0; i < batch.column_count; i++) {
		status = cli_column(batch.columns[i], &columns[i], &failure);
		if (status != STATUS_OK) {
			require_refusal(status, &failure);
			break;
		}
		for (j = 0; j < i; j++)
			if (columns[j].key == columns[i].key)
				break;
		if (j < i) {
			status = STATUS_DATA;
			break;
		}
		names[i] = columns[i].name;
	}
	if (status == STATUS_OK) {
		fill_outputs(&batch, names);
		for (i = 0; i < batch.row_count && i < MAX_ROWS; i++)
			if (batch.rows[i].cell_count == batch.column_count)
				run_row(sizeof argv / sizeof *argv - 1, argv,
					columns, &batch.rows[i]);
	}
	free(names);
	free(columns);
	batch_free(&batch);
	return 0;
}
