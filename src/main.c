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
 * Messages in the user's language (see i18n.h), from the message
 * catalogs in HEELRX_LOCALEDIR, else in the folder installed beside the
 * program (bin/../share/locale, wherever the package put bin), else in
 * the one the build was configured with.  This costs one readlink and
 * no file access: gettext opens heelrx.mo only when a message is made.
 */
static void
bind_messages(void)
{
	char dir[4096];
	const char *env = getenv("HEELRX_LOCALEDIR");
	const size_t rel = sizeof HEELRX_LOCALE_RELATIVE;
	char *slash = NULL;
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
load(const struct request *r, const struct catalog **catalog,
     struct catalog **loaded, struct failure *f)
{
	struct lang_choice choice;
	struct catalog_options o = {choice.words, 0, r->language, NULL, false};
	enum status status;

	*catalog = NULL;
	*loaded = NULL;
	if ((status = lang_choose(builtin_languages, builtin_language_count,
				  r->language, &choice, f)) != STATUS_OK)
		return status;
	if (r->catalog_origin == CATALOG_BUILT_IN) {
		*catalog = choice.catalog;
		return STATUS_OK;
	}
	o.word_count = choice.word_count;
	o.is_check = r->action == ACTION_CHECK && r->pain == PAIN_NONE;
	status = catalog_load_with(r->catalog_path, &o, loaded, f);
	*catalog = *loaded;
	return status;
}

/* Builds the plan the request asks for; a refusal says which option. */
static enum status
build(const struct request *r, const struct catalog *catalog, struct plan *plan,
      struct failure *f)
{
	const struct plan_request pr = {r->pain,  r->patient,	r->clinician,
					r->date,  r->weeks,	r->has_start,
					r->start, r->wants_log, r->band};

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
		.fhir = {r->fhir_bundle == FHIR_BUNDLE_TRANSACTION,
			 r->has_weeks},
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
 * (sandbox.h): the process is narrowed to that first, once -o's
 * temporary file exists, as no file may be created after.
 */
static enum status
write_output(const struct request *r, const struct catalog *catalog,
	     const struct plan *plan, struct failure *f)
{
	struct output out;
	enum status status;

	if (r->output_path == NULL) {
		sandbox_narrow();
		return render(r, catalog, plan, stdout, f);
	}
	if ((status = output_open(&out, r->output_path, f)) != STATUS_OK)
		return status;
	sandbox_narrow();
	status = render(r, catalog, plan, out.stream, f);
	if (status == STATUS_OK)
		return output_commit(&out, f);
	output_abandon(&out);
	return status;
}

/*
 * Refuses an -o that would replace a file the plan read, links
 * included: the catalog ("-e - -o clinic.yaml < clinic.yaml" too: what
 * standard input is counts, not its name), a figure it names, or a
 * message catalog heelrx's messages come from.
 */
static enum status
check_output(const struct request *r, const struct catalog *catalog,
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
 * Everything that can fail on bad input happens before the output file
 * is created, so a bad catalog never touches it.
 */
static enum status
run(const struct request *r, struct failure *f)
{
	const struct catalog *catalog;
	struct catalog *loaded;
	struct plan plan = {0};
	enum status status;

	catalog = NULL;
	loaded = NULL;
	status = STATUS_OK;
	/* A check that builds no plan keeps nothing of the catalog. */
	if (needs_catalog(r->action) &&
	    ((status = load(r, &catalog, &loaded, f)) != STATUS_OK ||
	     catalog == NULL))
		return status;
	if (needs_catalog(r->action) &&
	    (r->action == ACTION_PLAN || r->pain != PAIN_NONE))
		status = build(r, catalog, &plan, f);
	if (status == STATUS_OK && r->action != ACTION_CHECK &&
	    (status = check_output(r, catalog, f)) == STATUS_OK)
		status = write_output(r, catalog, &plan, f);
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
		return (int)status;
	}
	if (cli_is_informational(request.action)) {
		cli_inform(request.action, stdout);
		return STATUS_OK;
	}
	status = cli_environment(&request, &failure);
	if (status == STATUS_OK)
		status = run(&request, &failure);
	if (status != STATUS_OK)
		report(&failure);
	return (int)status;
}
