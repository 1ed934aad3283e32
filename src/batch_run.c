/* SPDX-License-Identifier: ISC */
/*
 * batch_run.c: --batch, from the list read and checked to each row's
 * handout written, its files committed a group at a time.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "batch.h"
#include "batch_run.h"
#include "catalog.h"
#include "cli.h"
#include "clinic.h"
#include "command.h"
#include "i18n.h"
#include "lang.h"
#include "output_group.h"
#include "printable.h"
#include "qr.h"

/* A catalog file is loaded once for each handout language the rows
 * ask for (most lists ask for one); a failure to load it is kept too,
 * and told again for each row that needs it. */
struct loaded_catalog {
	const char *language; /* --lang, or NULL */
	const struct catalog *catalog;
	struct catalog *loaded; /* freed at the end of the batch */
	enum status status;
	struct failure failure;
};

/* The clinic's settings of a whole batch, read once, and where from. */
struct batch_clinic {
	const struct clinic *clinic; /* NULL: none */
	const char *path;	     /* NULL: none */
	bool is_default;
};

/* A list read and checked, ready to run. */
struct batch_job {
	struct batch batch;
	struct cli_column *columns; /* one for each of the list's columns */
	const char **names;	    /* the columns' option names */
	const char **outputs;	    /* each row's file; NULL without -o */
};

/* A batch while its rows run. */
struct runner {
	int argc;
	char **argv;
	const struct batch_job *job;
	const struct batch_clinic *clinic;
	const struct batch_run_report *report;
	struct array catalogs; /* of struct loaded_catalog */
	struct output_group group;
	struct qr *qr; /* libqrencode, once a row has loaded it */
	enum status worst;
	bool has_progress;
	size_t shown_len; /* of the progress line on the terminal */
};

/* The list is long enough for a line of progress on a terminal. */
enum { PROGRESS_MIN_ROWS = 100 };

/* "heelrx: row 120 of 1000", over the last one, on the terminal; with
 * done == total, the line is cleared.  Returns the line's length. */
static size_t
progress(FILE *terminal, size_t done, size_t total, size_t shown_len)
{
	char line[128], shown[512];

	if (done < total) {
		snprintf(line, sizeof line, _("heelrx: row %zu of %zu"),
			 done + 1, total);
		printable(shown, sizeof shown, line, strlen(line), sizeof shown,
			  false);
		fprintf(terminal, "\r%s%*s", shown,
			(int)(shown_len > strlen(shown)
				      ? shown_len - strlen(shown)
				      : 0),
			"");
		fflush(terminal);
		return strlen(shown);
	}
	fprintf(terminal, "\r%*s\r", (int)shown_len, "");
	fflush(terminal);
	return 0;
}

/*
 * f with the file, line and column it names folded into its message,
 * so that it names none, and a row can tell it at its own line.  A
 * failure that names a file of its own (the catalog, with its line and
 * column) keeps it, after the row's.  A message cut short still says
 * the most of it that fits.
 */
static struct failure
folded(const struct failure *f)
{
	struct failure at = *f;
	int n = 0;

	if (f->file != NULL && f->line > 0 && f->column > 0)
		n = snprintf(at.message, sizeof at.message, "%s:%lu:%lu: %s",
			     f->file, f->line, f->column, f->message);
	else if (f->file != NULL && f->line > 0)
		n = snprintf(at.message, sizeof at.message, "%s:%lu: %s",
			     f->file, f->line, f->message);
	else if (f->file != NULL)
		n = snprintf(at.message, sizeof at.message, "%s: %s", f->file,
			     f->message);
	if (n < 0)
		at = *f;
	at.file = NULL;
	at.line = 0;
	at.column = 0;
	return at;
}

/* Tells a row's failure, at the line where the row starts. */
static void
tell_at(const struct batch_run_report *report, const struct batch *batch,
	unsigned long line, const struct failure *f)
{
	struct failure at = folded(f);

	at.file = batch->name;
	at.line = line;
	report->failed(&at, report->context);
}

/* tell_at while the rows run, clearing the progress line first. */
static void
tell_row(struct runner *run, unsigned long line, const struct failure *f)
{
	const struct batch *batch = &run->job->batch;

	if (run->shown_len > 0)
		run->shown_len =
			progress(run->report->progress, batch->row_count,
				 batch->row_count, run->shown_len);
	tell_at(run->report, batch, line, f);
}

/* A row whose file could not be committed: the group's tag is its
 * index. */
static void
commit_failed(size_t tag, const struct failure *f, void *context)
{
	struct runner *run = context;

	tell_row(run, run->job->batch.rows[tag].line, f);
}

/* Puts the files written so far in place, on disk. */
static void
commit(struct runner *run)
{
	enum status status =
		output_group_commit(&run->group, commit_failed, run);

	if (status > run->worst)
		run->worst = status;
}

/*
 * The catalog of r's language, loaded when no row has asked for it yet.
 * The files written so far are committed first, so that a row's file
 * is in place before any later reading, as it would be in a loop of
 * single commands.
 */
static enum status
batch_catalog(struct runner *run, const struct request *r,
	      const struct catalog **catalog, struct failure *f)
{
	struct loaded_catalog *c = run->catalogs.items;
	size_t i;

	for (i = 0; i < run->catalogs.count; i++)
		if (c[i].language == r->language ||
		    (c[i].language != NULL && r->language != NULL &&
		     lang_same(c[i].language, r->language)))
			break;
	if (i == run->catalogs.count) {
		commit(run);
		if ((c = array_push(&run->catalogs)) == NULL)
			return failure_set(f, STATUS_SOFTWARE,
					   _("out of memory"));
		c->language = r->language;
		c->status = command_load(r, false, &c->catalog, &c->loaded,
					 &c->failure);
		i = run->catalogs.count - 1;
	}
	c = (struct loaded_catalog *)run->catalogs.items + i;
	if (c->status != STATUS_OK)
		*f = c->failure;
	*catalog = c->catalog;
	return c->status;
}

/* A row's handout, from its request r, in the row's file (or on
 * standard output without -o). */
static enum status
write_row(struct runner *run, struct request *r, size_t row_index,
	  struct failure *f)
{
	const char *output =
		run->job->outputs != NULL ? run->job->outputs[row_index] : NULL;
	const struct command_row row = {&run->job->batch, &run->group,
					row_index, &run->qr};
	const struct catalog *catalog = NULL;
	enum status status;

	if (output != NULL && *output == '\0')
		return failure_set(f, STATUS_USAGE,
				   _("--output needs a file name"));
	r->output_path = output;
	/* The batch's settings file, which outlives the row's request, as
	 * a failure may name it after the row is done. */
	r->clinic_path = run->clinic->path;
	r->is_clinic_default = run->clinic->is_default;
	cli_settings(r, run->clinic->clinic);
	if ((status = batch_catalog(run, r, &catalog, f)) != STATUS_OK)
		return status;
	if (output_group_is_full(&run->group))
		commit(run);
	return command_write(r, run->clinic->clinic, catalog, &row, f);
}

/* One row: its request, its catalog, its handout. */
static enum status
run_row(struct runner *run, size_t row_index, struct failure *f)
{
	const struct batch *batch = &run->job->batch;
	const struct batch_row *row = &batch->rows[row_index];
	struct request r;
	enum status status;

	if (row->cell_count != batch->column_count)
		return failure_set(
			f, STATUS_DATA,
			ngettext("%zu value, but the first row names %zu "
				 "columns",
				 "%zu values, but the first row names %zu "
				 "columns",
				 row->cell_count),
			row->cell_count, batch->column_count);
	status = cli_parse_row(run->argc, run->argv, run->job->columns,
			       row->cells, row->cell_count, &r, f);
	if (status == STATUS_OK)
		status = cli_environment(&r, f);
	if (status == STATUS_OK)
		status = write_row(run, &r, row_index, f);
	cli_free(&r);
	return status;
}

/* The columns of the list, and their names for the -o template. */
static enum status
batch_columns(const struct batch *batch, struct cli_column *columns,
	      const char **names, struct failure *f)
{
	enum status status;
	size_t i, j;

	for (i = 0; i < batch->column_count; i++) {
		status = cli_column(batch->columns[i], &columns[i], f);
		for (j = 0; status == STATUS_OK && j < i; j++)
			if (columns[j].key == columns[i].key)
				status = failure_set(f, STATUS_DATA,
						     _("two columns set --%s"),
						     columns[i].name);
		if (status != STATUS_OK) {
			f->file = batch->name;
			f->line = batch->header_line;
			f->column = 0;
			return status;
		}
		names[i] = columns[i].name;
	}
	return STATUS_OK;
}

/* Each row's file from the -o template, refusing two rows that would
 * write the same file (each such row is told). */
static enum status
batch_outputs(const struct batch *batch, const char *template,
	      const char *const *names, const char **outputs,
	      const struct batch_run_report *report, struct failure *f)
{
	enum status status = STATUS_OK;
	struct failure twice;
	size_t *earlier, i;

	status = batch_check_output(template, names, batch->column_count, f);
	for (i = 0; status == STATUS_OK && i < batch->row_count; i++)
		if ((outputs[i] = batch_output(batch->arena, template, names,
					       batch->column_count,
					       &batch->rows[i])) == NULL)
			status = failure_set(f, STATUS_SOFTWARE,
					     _("out of memory"));
	if (status != STATUS_OK)
		return status;
	if ((earlier = calloc(batch->row_count + 1, sizeof *earlier)) == NULL ||
	    !batch_find_duplicates(outputs, batch->row_count, earlier)) {
		free(earlier);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	for (i = 0; i < batch->row_count; i++) {
		if (earlier[i] == i)
			continue;
		failure_set(&twice, STATUS_DATA,
			    _("%s: the row at line %lu writes this file too; "
			      "put a column that tells them apart in -o"),
			    outputs[i], batch->rows[earlier[i]].line);
		tell_at(report, batch, batch->rows[i].line, &twice);
		status = STATUS_DATA;
	}
	free(earlier);
	if (status != STATUS_OK)
		*f = (struct failure){.status = status};
	return status;
}

/* Everything that stops the whole batch, before anything is written. */
static enum status
batch_prepare(const struct request *command, struct batch_job *job,
	      const struct batch_run_report *report, struct failure *f)
{
	const struct batch *batch = &job->batch;
	enum status status;

	memset(job, 0, sizeof *job);
	if (strcmp(command->batch_path, "-") == 0 &&
	    command->catalog_path != NULL &&
	    strcmp(command->catalog_path, "-") == 0)
		return failure_set(f, STATUS_USAGE,
				   _("--batch and --exercises cannot both read "
				     "standard input"));
	if ((status = batch_read(command->batch_path, &job->batch, f)) !=
	    STATUS_OK)
		return status;
	job->columns = calloc(batch->column_count + 1, sizeof *job->columns);
	job->names = calloc(batch->column_count + 1, sizeof *job->names);
	if (job->columns == NULL || job->names == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	if ((status = batch_columns(batch, job->columns, job->names, f)) !=
		    STATUS_OK ||
	    command->output_path == NULL)
		return status;
	if ((job->outputs = calloc(batch->row_count + 1,
				   sizeof *job->outputs)) == NULL)
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	return batch_outputs(batch, command->output_path, job->names,
			     job->outputs, report, f);
}

/* Each row in turn, its file committed with its group's; the worst
 * row's status. */
static enum status
batch_run_rows(int argc, char **argv, const struct batch_job *job,
	       const struct batch_clinic *clinic,
	       const struct batch_run_report *report)
{
	const struct batch *batch = &job->batch;
	struct runner run = {
		.argc = argc,
		.argv = argv,
		.job = job,
		.clinic = clinic,
		.report = report,
		.catalogs = ARRAY_OF(struct loaded_catalog),
		.group = OUTPUT_GROUP_EMPTY,
		.worst = STATUS_OK,
		.has_progress = report->progress != NULL &&
				batch->row_count >= PROGRESS_MIN_ROWS,
	};
	enum status status;
	struct failure f;
	size_t i;

	for (i = 0; i < batch->row_count; i++) {
		if (run.has_progress)
			run.shown_len =
				progress(report->progress, i, batch->row_count,
					 run.shown_len);
		status = run_row(&run, i, &f);
		if (status == STATUS_OK)
			continue;
		tell_row(&run, batch->rows[i].line, &f);
		if (status > run.worst)
			run.worst = status;
	}
	commit(&run);
	if (run.has_progress)
		progress(report->progress, batch->row_count, batch->row_count,
			 run.shown_len);
	for (i = 0; i < run.catalogs.count; i++)
		catalog_free(((struct loaded_catalog *)run.catalogs.items)[i]
				     .loaded);
	array_free(&run.catalogs);
	qr_close(run.qr);
	return run.worst;
}

enum status
batch_run(int argc, char **argv, const struct request *command,
	  const struct batch_run_report *report)
{
	struct batch_clinic clinic = {NULL, command->clinic_path,
				      command->is_clinic_default};
	struct clinic *settings_read = NULL;
	struct batch_job job;
	struct failure f;
	enum status status;

	status = batch_prepare(command, &job, report, &f);
	/* A bad settings file stops the batch, as a bad list does. */
	if (status == STATUS_OK)
		status = command_settings(command, &settings_read, &f);
	/* Two rows for one file were told row by row. */
	if (status != STATUS_OK && f.message[0] != '\0')
		report->failed(&f, report->context);
	clinic.clinic = settings_read;
	if (status == STATUS_OK)
		status = batch_run_rows(argc, argv, &job, &clinic, report);
	clinic_free(settings_read);
	free(job.outputs);
	free(job.names);
	free(job.columns);
	batch_free(&job.batch);
	return status;
}
