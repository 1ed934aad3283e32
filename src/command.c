/* SPDX-License-Identifier: ISC */
/*
 * command.c: one request, from its catalog to its output, as a single
 * command runs it and as a batch runs each row: load, build, render,
 * write.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "batch.h"
#include "builtin.h"
#include "catalog.h"
#include "cli.h"
#include "clinic.h"
#include "command.h"
#include "format.h"
#include "handout.h"
#include "i18n.h"
#include "lang.h"
#include "output.h"
#include "output_group.h"
#include "plan.h"
#include "qr.h"
#include "render.h"
#include "sandbox.h"

/*
 * --lang picks a built-in catalog; a catalog file is printed in its own
 * language, and one without words of its own borrows built-in ones
 * (lang.h says which).
 */
enum status
command_load(const struct request *r, bool is_check_only,
	     const struct catalog **catalog, struct catalog **loaded,
	     struct failure *f)
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
       const struct plan *plan, const struct qr *qr, FILE *out,
       struct failure *f)
{
	struct render_input in = {
		.plan = plan,
		.width = r->width,
		.is_large_print = r->is_large_print,
		.qr = qr,
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
bool
command_needs_catalog(enum action action)
{
	return action != ACTION_LIST_LANGS && action != ACTION_LIST_FORMATS;
}

/*
 * Whether the request draws a QR code: its format draws an exercise's
 * video as one, and an exercise of the plan has a video (the built-in
 * catalog has none).
 */
static bool
draws_code(const struct request *r, const struct plan *plan)
{
	size_t i;

	if (r->action != ACTION_PLAN || !r->format->draws_codes)
		return false;
	for (i = 0; i < plan->exercise_count; i++)
		if (plan->exercises[i].exercise->video != NULL)
			return true;
	return false;
}

/* Renders to standard output or -o's file, narrowed first for a single
 * command (write_output). */
static enum status
write_loaded(const struct request *r, const struct catalog *catalog,
	     const struct plan *plan, const struct qr *qr,
	     const struct command_row *row, struct failure *f)
{
	struct output out;
	enum status status;

	if (r->output_path == NULL) {
		if (row == NULL)
			sandbox_narrow();
		return render(r, catalog, plan, qr, stdout, f);
	}
	if ((status = output_open(&out, r->output_path, f)) != STATUS_OK)
		return status;
	if (row == NULL)
		sandbox_narrow();
	status = render(r, catalog, plan, qr, out.stream, f);
	if (status != STATUS_OK) {
		output_abandon(&out);
		return status;
	}
	if (row == NULL)
		return output_commit(&out, f);
	return output_group_add(row->group, &out, row->tag, f);
}

/*
 * Renders what the request asks for to standard output or -o's file.
 * Everything heelrx reads is read by now, and what is left is to write
 * (sandbox.h): a single command narrows itself to that first, once -o's
 * temporary file exists, as no file may be created after.  A batch
 * (row not NULL) does not: it reads the next row, and maybe a catalog,
 * after this one, so its parsers run unnarrowed whatever it does here,
 * and a process forked and narrowed for each row, which was tried, cost
 * about 4.5 ms of CPU a row, ten times a row's own work, to guard only
 * the rendering of what the batch had already read.  A batch's -o file
 * waits in its group, whole, to be committed with the others.
 *
 * libqrencode, for a plan whose codes are drawn, is loaded before all
 * that: loading code is nothing a narrowed heelrx should still do, and
 * a broken installation must leave no -o file behind.  A batch keeps
 * it from the first row that loads it to its end (row->qr): loading it
 * again for each row cost about 107 K instructions a row, 4 % of an
 * HTML handout with a video.
 */
static enum status
write_output(const struct request *r, const struct catalog *catalog,
	     const struct plan *plan, const struct command_row *row,
	     struct failure *f)
{
	struct qr *own = NULL;
	struct qr **qr = row != NULL ? row->qr : &own;
	enum status status;

	if (*qr == NULL && draws_code(r, plan) &&
	    (status = qr_open(qr, f)) != STATUS_OK)
		return status;
	status = write_loaded(r, catalog, plan, *qr, row, f);
	qr_close(own);
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

enum status
command_write(const struct request *r, const struct clinic *clinic,
	      const struct catalog *catalog, const struct command_row *row,
	      struct failure *f)
{
	struct plan plan = {0};
	enum status status = STATUS_OK;

	if (command_needs_catalog(r->action) &&
	    (r->action == ACTION_PLAN || r->pain != PAIN_NONE))
		status = build(r, clinic, catalog, &plan, f);
	if (status == STATUS_OK && r->action != ACTION_CHECK &&
	    (status = check_output(r, catalog, clinic,
				   row != NULL ? row->list : NULL, f)) ==
		    STATUS_OK)
		status = write_output(r, catalog, &plan, row, f);
	plan_free(&plan);
	return status;
}

enum status
command_settings(const struct request *r, struct clinic **clinic,
		 struct failure *f)
{
	*clinic = NULL;
	if ((r->action != ACTION_PLAN && r->action != ACTION_CHECK) ||
	    r->clinic_path == NULL)
		return STATUS_OK;
	return clinic_read(r->clinic_path, r->is_clinic_default, clinic, f);
}

enum status
command_run(struct request *r, struct failure *f)
{
	const struct catalog *catalog = NULL;
	struct catalog *loaded = NULL;
	struct clinic *clinic;
	enum status status;

	if ((status = command_settings(r, &clinic, f)) != STATUS_OK)
		return status;
	cli_settings(r, clinic);
	/* A check that builds no plan keeps nothing of the catalog. */
	if (command_needs_catalog(r->action))
		status = command_load(
			r, r->action == ACTION_CHECK && r->pain == PAIN_NONE,
			&catalog, &loaded, f);
	if (status == STATUS_OK &&
	    (catalog != NULL || !command_needs_catalog(r->action)))
		status = command_write(r, clinic, catalog, NULL, f);
	catalog_free(loaded);
	clinic_free(clinic);
	return status;
}
