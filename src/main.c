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
#include <unistd.h>

#include <argp.h>

#include "builtin.h"
#include "catalog.h"
#include "cli.h"
#include "handout.h"
#include "output.h"
#include "plan.h"
#include "printable.h"
#include "render.h"

#ifndef HEELRX_VERSION
#error "the build must define HEELRX_VERSION"
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
/* heelrx has no mail address for bugs; --help names where they go. */
const char *argp_program_bug_address = "the heelrx issue tracker";

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
	if (f->file != NULL && f->line > 0)
		fprintf(stderr, "heelrx: %s:%lu:%lu: %s\n", file, f->line,
			f->column, message);
	else if (f->file != NULL)
		fprintf(stderr, "heelrx: %s: %s\n", file, message);
	else
		fprintf(stderr, "heelrx: %s\n", message);
}

/*
 * Output that did not reach its file is a failure even when every
 * printf looked fine: buffered data is only written here, at exit.
 * Registered before argp runs, so "heelrx --help > /dev/full" fails too.
 */
static void
close_stdout(void)
{
	int failed = ferror(stdout);
	bool is_pending = __fpending(stdout) > 0;

	errno = 0;
	if (fclose(stdout) != 0 || failed) {
		/*
		 * EBADF with nothing written: standard output was closed
		 * and heelrx had nothing to say (--check), which is fine.
		 * With output pending, the plan was lost: an error.
		 */
		if (errno == EBADF && !failed && !is_pending)
			return;
		fprintf(stderr, "heelrx: write error: %s\n",
			strerror(errno != 0 ? errno : EIO));
		_exit(STATUS_IO);
	}
}

/*
 * The catalog the request names.  The built-in one was checked when
 * heelrx was built and is never freed; *loaded is what the caller
 * frees.  A catalog without words of its own is printed with the
 * built-in catalog's.
 */
static enum status
load(const struct request *r, const struct catalog **catalog,
     struct catalog **loaded, struct failure *f)
{
	enum status status;

	*catalog = &builtin_catalog;
	*loaded = NULL;
	if (r->catalog_origin == CATALOG_BUILT_IN)
		return STATUS_OK;
	status = catalog_load_file(r->catalog_path, builtin_catalog.words,
				   loaded, f);
	*catalog = *loaded;
	return status;
}

/* "tan, yellow and red": a catalog's band ladder, for a message. */
static void
name_bands(const struct text_list *bands, char *buf, size_t size)
{
	size_t i, used = 0;
	int n;

	buf[0] = '\0';
	for (i = 0; i < bands->count && used < size; i++) {
		n = snprintf(buf + used, size - used, "%s%s",
			     i == 0		     ? ""
			     : i + 1 == bands->count ? " and "
						     : ", ",
			     bands->items[i]);
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

/* Builds the plan the request asks for; a refusal says which option. */
static enum status
build(const struct request *r, const struct catalog *catalog, struct plan *plan,
      struct failure *f)
{
	const struct plan_request pr = {r->pain,  r->patient,	r->clinician,
					r->date,  r->weeks,	r->has_start,
					r->start, r->wants_log, r->band};
	char names[400];

	switch (plan_build(catalog, &pr, plan)) {
	case PLAN_BUILT:
		return STATUS_OK;
	case PLAN_NO_PAIN:
		return failure_set(f, STATUS_USAGE, "no painful side given");
	case PLAN_NO_BANDS:
		return failure_set(f, STATUS_USAGE,
				   "--band needs a catalog with a list of "
				   "bands; this one has none");
	case PLAN_UNKNOWN_BAND:
		name_bands(&catalog->bands, names, sizeof names);
		return failure_set(f, STATUS_USAGE,
				   "invalid band '%s'; the catalog's bands "
				   "are %s",
				   r->band, names);
	case PLAN_NO_LOG:
		return failure_set(f, STATUS_USAGE,
				   "--log needs a catalog with a log "
				   "section; this one has none");
	case PLAN_OUT_OF_MEMORY:
		break;
	}
	return failure_set(f, STATUS_SOFTWARE, "out of memory");
}

/* Prints what the request asks for to out: a list, data, or a handout
 * laid out. */
static enum status
render(const struct request *r, const struct catalog *catalog,
       const struct plan *plan, FILE *out, struct failure *f)
{
	struct handout handout;
	enum status status;

	if (r->action == ACTION_LIST)
		return render_list(catalog, out, f);
	if (r->format == FORMAT_JSON)
		return render_json(plan, out, f);
	if (r->format == FORMAT_ICS)
		return render_ics(plan, out, f);
	if (r->format == FORMAT_FHIR) {
		const struct render_fhir_options fhir = {
			r->fhir_bundle == FHIR_BUNDLE_TRANSACTION,
			r->has_weeks};

		return render_fhir(plan, &fhir, out, f);
	}
	if (!handout_build(plan, &handout))
		status = failure_set(f, STATUS_SOFTWARE, "out of memory");
	else if (r->format == FORMAT_MARKDOWN)
		status = render_markdown(&handout, out, f);
	else if (r->format == FORMAT_HTML)
		status = render_html(&handout, out, f);
	else
		status = render_text(&handout, r->width, out, f);
	handout_free(&handout);
	return status;
}

/*
 * Everything that can fail on bad input happens before the output file
 * is created, so a bad catalog never touches it.
 */
static enum status
run(const struct request *r, struct failure *f)
{
	const struct catalog *catalog;
	struct catalog *loaded;
	struct plan plan = {0};
	struct output out;
	enum status status;

	/* The plan must not replace the catalog it is made from. */
	if (r->output_path != NULL && r->catalog_path != NULL &&
	    strcmp(r->catalog_path, "-") != 0 &&
	    output_is_same_file(r->output_path, r->catalog_path))
		return failure_set(f, STATUS_USAGE,
				   "%s: is the catalog being read; write the "
				   "plan to another file",
				   r->output_path);
	/* A check that builds no plan needs nothing kept of the catalog. */
	if (r->action == ACTION_CHECK && r->pain == PAIN_NONE &&
	    r->catalog_origin != CATALOG_BUILT_IN)
		return catalog_check_file(r->catalog_path,
					  builtin_catalog.words, f);
	if ((status = load(r, &catalog, &loaded, f)) != STATUS_OK)
		return status;
	if (r->action == ACTION_PLAN || r->pain != PAIN_NONE)
		status = build(r, catalog, &plan, f);
	if (status == STATUS_OK && r->action != ACTION_CHECK) {
		if (r->output_path == NULL) {
			status = render(r, catalog, &plan, stdout, f);
		} else if ((status = output_open(&out, r->output_path, f)) ==
			   STATUS_OK) {
			status = render(r, catalog, &plan, out.stream, f);
			if (status == STATUS_OK)
				status = output_commit(&out, f);
			else
				output_abandon(&out);
		}
	}
	plan_free(&plan);
	catalog_free(loaded);
	return status;
}

int
main(int argc, char **argv)
{
	struct request request;
	struct failure failure;
	enum status status;

	/*
	 * What heelrx prints is the same in every locale; the locale only
	 * translates the messages of argp and libc (help, usage, system
	 * errors), which need these two categories.  Loading all of them
	 * opened a dozen files and cost half of what cat does in all.
	 */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
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
	argp_err_exit_status = STATUS_USAGE;
	/* getopt names the program by argv[0]; every message of ours
	 * starts "heelrx:", wherever the binary was run from. */
	if (argc > 0)
		argv[0] = (char *)"heelrx";

	status = cli_parse(argc, argv, &request, &failure);
	if (status == STATUS_OK)
		status = run(&request, &failure);
	if (status != STATUS_OK)
		report(&failure);
	return (int)status;
}
