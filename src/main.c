/* SPDX-License-Identifier: ISC */
/*
 * main.c: heelrx reads top to bottom.  Parse the request, load the
 * catalog, build the plan and its handout, render it, and turn the
 * outcome into an exit status.  This is the only file that prints
 * diagnostics or exits.
 */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <argp.h>

#include "array.h"
#include "batch.h"
#include "builtin.h"
#include "catalog.h"
#include "cli.h"
#include "clinic.h"
#include "format.h"
#include "handout.h"
#include "i18n.h"
#include "lang.h"
#include "output.h"
#include "plan.h"
#include "printable.h"
#include "render.h"
#include "sandbox.h"

#ifndef HEELRX_VERSION
#error "the build must define HEELRX_VERSION"
#endif
#if !defined HEELRX_LOCALE_DIR || !defined HEELRX_LOCALE_RELATIVE
#error "the build must define HEELRX_LOCALE_DIR and HEELRX_LOCALE_RELATIVE"
#endif

/*
 * The GNU layout, which help2man reads: name and version, then the
 * copyright (LICENSE's line), the licence and the absence of warranty.
 */
const char *argp_program_version =
	"heelrx " HEELRX_VERSION "\n"
	"Copyright (C) 2026 the heelrx authors.\n"
	"License ISC: <https://spdx.org/licenses/ISC.html>.\n"
	"This is free software: you are free to change and redistribute it.\n"
	"There is NO WARRANTY, to the extent permitted by law.";
/* heelrx has no mail address for bugs; --help names where they go, in
 * the user's language (cli_inform). */
/* TRANSLATORS: where --help says to report bugs: "Report bugs to %s." */
const char *argp_program_bug_address = N_("the heelrx issue tracker");

/*
 * heelrx: FILE:LINE:COL: message, with the parts that are known.  File
 * names come from the user and may hold anything, and messages repeat
 * them, so both are escaped like every value a message quotes.
 */
static void
report(const struct failure *f)
{
	char file[1024], message[sizeof f->message * 4];

	printable(message, sizeof message, f->message, strlen(f->message),
		  sizeof message, false);
	if (f->file != NULL)
		printable(file, sizeof file, f->file, strlen(f->file),
			  sizeof file, false);
	if (f->file != NULL && f->line > 0 && f->column > 0)
		fprintf(stderr, "heelrx: %s:%lu:%lu: %s\n", file, f->line,
			f->column, message);
	else if (f->file != NULL && f->line > 0)
		fprintf(stderr, "heelrx: %s:%lu: %s\n", file, f->line, message);
	else if (f->file != NULL)
		fprintf(stderr, "heelrx: %s: %s\n", file, message);
	else
		fprintf(stderr, "heelrx: %s\n", message);
}

/*
 * Messages in the user's language (see i18n.h), from the message
 * catalogs in HEELRX_LOCALEDIR, else in the folder installed beside the
 * program (bin/../share/locale, wherever the package put bin), else,
 * when there is no such folder, in the locale folder beside the program:
 * the build folder's, where the build compiles po/ (so ./build/heelrx
 * speaks the user's language too), else in the one the build was
 * configured with.  This costs one readlink, and a stat when the program
 * runs from its build folder; gettext opens heelrx.mo only when a
 * message is made, which main does before the sandbox narrows heelrx
 * (i18n_files).
 */
static void
bind_messages(void)
{
	char dir[4096];
	const char *env = getenv("HEELRX_LOCALEDIR");
	const size_t rel = sizeof HEELRX_LOCALE_RELATIVE;
	char *slash = NULL;
	struct stat st;
	ssize_t n;

	/* heelrx's messages are UTF-8 in every locale, as all it prints
	 * is; gettext would otherwise convert them to the locale's
	 * character set, and printable() would escape every such byte. */
	bind_textdomain_codeset(HEELRX_TEXT_DOMAIN, "UTF-8");
	if (env != NULL && *env != '\0') {
		bindtextdomain(HEELRX_TEXT_DOMAIN, env);
		textdomain(HEELRX_TEXT_DOMAIN);
		return;
	}
	n = readlink("/proc/self/exe", dir, sizeof dir - rel);
	if (n > 0 && (size_t)n < sizeof dir - rel) {
		dir[n] = '\0';
		slash = strrchr(dir, '/');
	}
	if (slash != NULL) {
		memcpy(slash + 1, HEELRX_LOCALE_RELATIVE, rel);
		/* The build folder has locale/ beside the program. */
		if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
			memcpy(slash + 1, "locale", sizeof "locale");
		bindtextdomain(HEELRX_TEXT_DOMAIN, dir);
	} else {
		bindtextdomain(HEELRX_TEXT_DOMAIN, HEELRX_LOCALE_DIR);
	}
	textdomain(HEELRX_TEXT_DOMAIN);
}

/*
 * Output that did not reach its file is a failure even when every
 * printf looked fine: buffered data is only written here, at exit.
 * Registered before argp runs, so "heelrx --help > /dev/full" fails too.
 */
static void
close_stdout(void)
{
	int failed = ferror(stdout), earlier = errno;
	bool is_pending = __fpending(stdout) > 0;

	/*
	 * Output longer than the stream's buffer (a long --help) fails as
	 * it is written, and fclose then has nothing left to fail with:
	 * the failed write's errno, the last one set, says why.
	 */
	if (!failed || (earlier != ENOSPC && earlier != EDQUOT &&
			earlier != EFBIG && earlier != EIO))
		earlier = EIO;
	errno = 0;
	if (fclose(stdout) != 0 || failed) {
		/*
		 * EBADF with nothing written: standard output was closed
		 * and heelrx had nothing to say (--check), which is fine.
		 * With output pending, the plan was lost: an error.
		 */
		if (errno == EBADF && !failed && !is_pending)
			return;
		i18n_print_line(stderr, _("heelrx: write error: %s\n"),
				strerror(errno != 0 ? errno : earlier));
		_exit(STATUS_IO);
	}
}

/*
 * The catalog the request names.  The built-in ones were checked when
 * heelrx was built and are never freed; *loaded is what the caller
 * frees.  --lang picks a built-in catalog; a catalog file is printed
 * in its own language, and one without words of its own borrows
 * built-in ones (lang.h says which).
 */
static enum status
load(const struct request *r, bool is_check_only,
     const struct catalog **catalog, struct catalog **loaded, struct failure *f)
{
	struct lang_choice choice;
	struct catalog_options o = {choice.words, 0, r->language, NULL, false};
	enum status status;

	*catalog = NULL;
	*loaded = NULL;
	if ((status = lang_choose(builtin_languages, builtin_language_count,
				  r->language, &choice, f)) != STATUS_OK) {
		/* A language the settings file gave is the file's fault. */
		if (status == STATUS_USAGE && r->is_language_from_clinic) {
			f->file = r->clinic_path;
			f->status = STATUS_DATA;
		}
		return f->status;
	}
	if (r->catalog_origin == CATALOG_BUILT_IN) {
		*catalog = choice.catalog;
		return STATUS_OK;
	}
	o.word_count = choice.word_count;
	o.is_check = is_check_only;
	status = catalog_load_with(r->catalog_path, &o, loaded, f);
	*catalog = *loaded;
	return status;
}

/*
 * Builds the plan the request asks for, with the clinic's contact;
 * a refusal says which option.
 */
static enum status
build(const struct request *r, const struct clinic *clinic,
      const struct catalog *catalog, struct plan *plan, struct failure *f)
{
	const struct plan_request pr = cli_plan_request(
		r, clinic != NULL && clinic->has_contact ? &clinic->contact
							 : NULL);

	return plan_failure(plan_build(catalog, &pr, plan), catalog, &pr, f);
}

/* Prints what the request asks for to out: a list, or the plan in its
 * format, through the handout when the format lays one out. */
static enum status
render(const struct request *r, const struct catalog *catalog,
       const struct plan *plan, FILE *out, struct failure *f)
{
	struct render_input in = {
		.plan = plan,
		.width = r->width,
		.fhir = {.is_transaction =
				 r->fhir_bundle == FHIR_BUNDLE_TRANSACTION,
			 .has_weeks = r->has_weeks,
			 .patient = r->patient_key,
			 .clinician = r->clinician_key},
		.json_version = r->json_version,
		.ics = {.has_alarm = r->has_remind,
			.alarm_minutes = r->remind_minutes,
			.hides_patient = r->hides_patient_name},
	};
	struct handout handout;
	enum status status;

	if (r->action == ACTION_LIST_LANGS) {
		lang_list(builtin_languages, builtin_language_count, out);
		return STATUS_OK;
	}
	if (r->action == ACTION_LIST_FORMATS) {
		format_list(out);
		return STATUS_OK;
	}
	if (r->action == ACTION_LIST)
		return render_list(catalog, out, f);
	if (!r->format->lays_out_handout)
		return r->format->render(&in, out, f);
	if (!handout_build(plan, &handout)) {
		status = failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	} else {
		in.handout = &handout;
		status = r->format->render(&in, out, f);
	}
	handout_free(&handout);
	return status;
}

/* The lists of what heelrx itself offers need no catalog. */
static bool
needs_catalog(enum action action)
{
	return action != ACTION_LIST_LANGS && action != ACTION_LIST_FORMATS;
}

/*
 * Renders what the request asks for to standard output or -o's file.
 * Everything heelrx reads is read by now, and what is left is to write
 * (sandbox.h): a single command narrows itself to that first, once -o's
 * temporary file exists, as no file may be created after.  A batch
 * (is_batch) does not: it reads the next row, and maybe a catalog, after
 * this one, so its parsers run unnarrowed whatever it does here, and a
 * process forked and narrowed for each row, which was tried, cost about
 * 4.5 ms of CPU a row, ten times a row's own work, to guard only the
 * rendering of what the batch had already read.
 */
static enum status
write_output(const struct request *r, const struct catalog *catalog,
	     const struct plan *plan, bool is_batch, struct failure *f)
{
	struct output out;
	enum status status;

	if (r->output_path == NULL) {
		if (!is_batch)
			sandbox_narrow();
		return render(r, catalog, plan, stdout, f);
	}
	if ((status = output_open(&out, r->output_path, f)) != STATUS_OK)
		return status;
	if (!is_batch)
		sandbox_narrow();
	status = render(r, catalog, plan, out.stream, f);
	if (status == STATUS_OK)
		return output_commit(&out, f);
	output_abandon(&out);
	return status;
}

/* Whether -o names the file read, by whatever name or link. */
static bool
is_output(const struct request *r, const struct input_file *file)
{
	return output_find_read(r->output_path, file, 1) == 0;
}

/*
 * Refuses an -o that would replace a file the plan read, links
 * included: the catalog ("-e - -o clinic.yaml < clinic.yaml" too: what
 * standard input is counts, not its name), a figure it names, the
 * clinic's settings file, the list of a batch (NULL: none), or a
 * message catalog heelrx's messages come from.
 */
static enum status
check_output(const struct request *r, const struct catalog *catalog,
	     const struct clinic *clinic, const struct batch *batch,
	     struct failure *f)
{
	struct input_file *messages;
	size_t count, i;

	if (r->output_path == NULL)
		return STATUS_OK;
	if (catalog != NULL && catalog->file_count > 0) {
		i = output_find_read(r->output_path, catalog->files,
				     catalog->file_count);
		if (i == 0)
			return failure_set(f, STATUS_USAGE,
					   _("%s: is the catalog being read; "
					     "write the plan to another file"),
					   r->output_path);
		if (i < catalog->file_count)
			return failure_set(f, STATUS_USAGE,
					   _("%s: is a figure the catalog "
					     "names; write the plan to another "
					     "file"),
					   r->output_path);
	}
	if (clinic != NULL && is_output(r, &clinic->file))
		return failure_set(f, STATUS_USAGE,
				   _("%s: is the clinic's settings file; write "
				     "the plan to another file"),
				   r->output_path);
	if (batch != NULL && is_output(r, &batch->file))
		return failure_set(f, STATUS_USAGE,
				   _("%s: is the list being read; write the "
				     "plan to another file"),
				   r->output_path);
	if (!i18n_files(&messages, &count))
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	i = output_find_read(r->output_path, messages, count);
	free(messages);
	if (i < count)
		return failure_set(f, STATUS_USAGE,
				   _("%s: is a message catalog heelrx reads; "
				     "write the plan to another file"),
				   r->output_path);
	return STATUS_OK;
}

/*
 * Builds what r asks for from catalog and writes it (a batch's list
 * is batch, else NULL).  Everything that can fail on bad input happens
 * before the output file is created, so a bad request never touches
 * it.
 */
static enum status
write_request(const struct request *r, const struct clinic *clinic,
	      const struct catalog *catalog, const struct batch *batch,
	      struct failure *f)
{
	struct plan plan = {0};
	enum status status = STATUS_OK;

	if (needs_catalog(r->action) &&
	    (r->action == ACTION_PLAN || r->pain != PAIN_NONE))
		status = build(r, clinic, catalog, &plan, f);
	if (status == STATUS_OK && r->action != ACTION_CHECK &&
	    (status = check_output(r, catalog, clinic, batch, f)) == STATUS_OK)
		status = write_output(r, catalog, &plan, batch != NULL, f);
	plan_free(&plan);
	return status;
}

/*
 * The clinic's settings, read for what makes or checks a plan (a batch
 * reads them once, for all its rows); *clinic is NULL without any.
 */
static enum status
settings(const struct request *r, struct clinic **clinic, struct failure *f)
{
	*clinic = NULL;
	if ((r->action != ACTION_PLAN && r->action != ACTION_CHECK) ||
	    r->clinic_path == NULL)
		return STATUS_OK;
	return clinic_read(r->clinic_path, r->is_clinic_default, clinic, f);
}

static enum status
run(struct request *r, struct failure *f)
{
	const struct catalog *catalog = NULL;
	struct catalog *loaded = NULL;
	struct clinic *clinic;
	enum status status;

	if ((status = settings(r, &clinic, f)) != STATUS_OK)
		return status;
	cli_settings(r, clinic);
	/* A check that builds no plan keeps nothing of the catalog. */
	if (needs_catalog(r->action))
		status = load(r,
			      r->action == ACTION_CHECK && r->pain == PAIN_NONE,
			      &catalog, &loaded, f);
	if (status == STATUS_OK &&
	    (catalog != NULL || !needs_catalog(r->action)))
		status = write_request(r, clinic, catalog, NULL, f);
	catalog_free(loaded);
	clinic_free(clinic);
	return status;
}

/*
 * --batch.  The list is read and checked as a whole first: a file that
 * is not CSV, a column that is no option a row may set, a bad -o
 * template or two rows that would write the same file stop the batch
 * before anything is written.  Then each row is a command of its own,
 * with the command line's options as its defaults: a bad row is
 * reported at the line where it starts, with the message the single
 * command would give, and the others are still written.  The exit
 * status is the worst row's.
 */

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

static enum status
batch_catalog(struct array *catalogs, const struct request *r,
	      const struct catalog **catalog, struct failure *f)
{
	struct loaded_catalog *c = catalogs->items;
	size_t i;

	for (i = 0; i < catalogs->count; i++)
		if (c[i].language == r->language ||
		    (c[i].language != NULL && r->language != NULL &&
		     lang_same(c[i].language, r->language)))
			break;
	if (i == catalogs->count) {
		if ((c = array_push(catalogs)) == NULL)
			return failure_set(f, STATUS_SOFTWARE,
					   _("out of memory"));
		c->language = r->language;
		c->status =
			load(r, false, &c->catalog, &c->loaded, &c->failure);
		i = catalogs->count - 1;
	}
	c = (struct loaded_catalog *)catalogs->items + i;
	if (c->status != STATUS_OK)
		*f = c->failure;
	*catalog = c->catalog;
	return c->status;
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

/* The clinic's settings of a whole batch, read once, and where from. */
struct batch_clinic {
	const struct clinic *clinic; /* NULL: none */
	const char *path;	     /* NULL: none */
	bool is_default;
};

/* A row's handout, from its request r, in output (or on standard output
 * when output is NULL). */
static enum status
write_row(struct request *r, const struct batch *batch,
	  const struct batch_clinic *clinic, const char *output,
	  struct array *catalogs, struct failure *f)
{
	const struct catalog *catalog = NULL;
	enum status status;

	if (output != NULL && *output == '\0')
		return failure_set(f, STATUS_USAGE,
				   _("--output needs a file name"));
	r->output_path = output;
	/* The batch's settings file, which outlives the row's request, as
	 * a failure may name it after the row is done. */
	r->clinic_path = clinic->path;
	r->is_clinic_default = clinic->is_default;
	cli_settings(r, clinic->clinic);
	if ((status = batch_catalog(catalogs, r, &catalog, f)) != STATUS_OK)
		return status;
	return write_request(r, clinic->clinic, catalog, batch, f);
}

/* One row: its request, its catalog, its handout in output (or on
 * standard output when output is NULL). */
static enum status
run_row(int argc, char **argv, const struct batch *batch,
	const struct cli_column *columns, size_t row_index, const char *output,
	const struct batch_clinic *clinic, struct array *catalogs,
	struct failure *f)
{
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
	status = cli_parse_row(argc, argv, columns, row->cells, row->cell_count,
			       &r, f);
	if (status == STATUS_OK)
		status = cli_environment(&r, f);
	if (status == STATUS_OK)
		status = write_row(&r, batch, clinic, output, catalogs, f);
	cli_free(&r);
	return status;
}

/* What a row's failure says, at the line where the row starts. */
static void
report_row(const struct batch *batch, unsigned long line,
	   const struct failure *f)
{
	struct failure at = folded(f);

	at.file = batch->name;
	at.line = line;
	report(&at);
}

/* The list is long enough for a line of progress on a terminal. */
enum { PROGRESS_MIN_ROWS = 100 };

/* "heelrx: row 120 of 1000", over the last one, on a terminal; with
 * done == total, the line is cleared.  Returns the line's length. */
static size_t
progress(size_t done, size_t total, size_t shown_len)
{
	char line[128], shown[512];

	if (done < total) {
		snprintf(line, sizeof line, _("heelrx: row %zu of %zu"),
			 done + 1, total);
		printable(shown, sizeof shown, line, strlen(line), sizeof shown,
			  false);
		fprintf(stderr, "\r%s%*s", shown,
			(int)(shown_len > strlen(shown)
				      ? shown_len - strlen(shown)
				      : 0),
			"");
		fflush(stderr);
		return strlen(shown);
	}
	fprintf(stderr, "\r%*s\r", (int)shown_len, "");
	fflush(stderr);
	return 0;
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
 * write the same file (each such row is reported). */
static enum status
batch_outputs(const struct batch *batch, const char *template,
	      const char *const *names, const char **outputs, struct failure *f)
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
		report_row(batch, batch->rows[i].line, &twice);
		status = STATUS_DATA;
	}
	free(earlier);
	if (status != STATUS_OK)
		*f = (struct failure){.status = status};
	return status;
}

/* A list read and checked, ready to run. */
struct batch_job {
	struct batch batch;
	struct cli_column *columns; /* one for each of the list's columns */
	const char **names;	    /* the columns' option names */
	const char **outputs;	    /* each row's file; NULL without -o */
};

/* Everything that stops the whole batch, before anything is written. */
static enum status
batch_prepare(const struct request *command, struct batch_job *job,
	      struct failure *f)
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
			     job->outputs, f);
}

/* Each row in turn; the worst row's status. */
static enum status
batch_run_rows(int argc, char **argv, const struct batch_job *job,
	       const struct batch_clinic *clinic)
{
	const struct batch *batch = &job->batch;
	struct array catalogs = ARRAY_OF(struct loaded_catalog);
	enum status status, worst = STATUS_OK;
	bool has_progress =
		batch->row_count >= PROGRESS_MIN_ROWS && isatty(STDERR_FILENO);
	size_t i, shown_len = 0;
	struct failure f;

	for (i = 0; i < batch->row_count; i++) {
		if (has_progress)
			shown_len = progress(i, batch->row_count, shown_len);
		status = run_row(argc, argv, batch, job->columns, i,
				 job->outputs != NULL ? job->outputs[i] : NULL,
				 clinic, &catalogs, &f);
		if (status == STATUS_OK)
			continue;
		if (has_progress)
			shown_len = progress(batch->row_count, batch->row_count,
					     shown_len);
		report_row(batch, batch->rows[i].line, &f);
		if (status > worst)
			worst = status;
	}
	if (has_progress)
		progress(batch->row_count, batch->row_count, shown_len);
	for (i = 0; i < catalogs.count; i++)
		catalog_free(
			((struct loaded_catalog *)catalogs.items)[i].loaded);
	array_free(&catalogs);
	return worst;
}

static enum status
run_batch(int argc, char **argv, const struct request *command)
{
	struct batch_clinic clinic = {NULL, command->clinic_path,
				      command->is_clinic_default};
	struct clinic *settings_read = NULL;
	struct batch_job job;
	struct failure f;
	enum status status;

	status = batch_prepare(command, &job, &f);
	/* A bad settings file stops the batch, as a bad list does. */
	if (status == STATUS_OK)
		status = settings(command, &settings_read, &f);
	/* Two rows for one file were reported row by row. */
	if (status != STATUS_OK && f.message[0] != '\0')
		report(&f);
	clinic.clinic = settings_read;
	if (status == STATUS_OK)
		status = batch_run_rows(argc, argv, &job, &clinic);
	clinic_free(settings_read);
	free(job.outputs);
	free(job.names);
	free(job.columns);
	batch_free(&job.batch);
	return status;
}

int
main(int argc, char **argv)
{
	struct request request;
	struct failure failure;
	enum status status;

	/*
	 * What heelrx prints is the same in every locale: the handout's
	 * language is --lang's.  The locale only translates messages,
	 * heelrx's and those of argp and libc (help, usage, system
	 * errors), which need these two categories.  Loading all of them
	 * opened a dozen files and cost half of what cat does in all.
	 */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	bind_messages();
	/* A reader that goes away (| head) ends heelrx quietly, even when
	 * the parent left SIGPIPE ignored. */
	signal(SIGPIPE, SIG_DFL);
	/* Past a file-size limit (ulimit -f) a write fails with EFBIG and
	 * is reported like a full disk, instead of SIGXFSZ killing heelrx
	 * with its output half written. */
	signal(SIGXFSZ, SIG_IGN);
	/* Ctrl-C, kill or a closed terminal while -o writes removes the
	 * temporary file before heelrx dies of the signal. */
	output_remove_on_signals();
	atexit(close_stdout);
	/* argp never exits here (cli parses with ARGP_NO_EXIT); should it
	 * ever, it says the command line was wrong. */
	argp_err_exit_status = STATUS_USAGE;

	status = cli_parse(argc, argv, &request, &failure);
	if (status != STATUS_OK) {
		report(&failure);
		if (status == STATUS_USAGE)
			i18n_print_line(stderr,
					_("Try `%s --help' or `%s --usage' for "
					  "more information.\n"),
					"heelrx", "heelrx");
		cli_free(&request);
		return (int)status;
	}
	if (cli_is_informational(request.action)) {
		cli_inform(request.action, stdout);
		cli_free(&request);
		return STATUS_OK;
	}
	status = cli_environment(&request, &failure);
	if (status == STATUS_OK && request.batch_path != NULL) {
		status = run_batch(argc, argv, &request);
		cli_free(&request);
		return (int)status;
	}
	if (status == STATUS_OK)
		status = run(&request, &failure);
	/* The failure may point into the request: the settings file's
	 * default path. */
	if (status != STATUS_OK)
		report(&failure);
	cli_free(&request);
	return (int)status;
}
