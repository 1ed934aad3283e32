/* SPDX-License-Identifier: ISC */
/*
 * main.c: heelrx reads top to bottom.  Parse the request, run it as
 * one command (command.h) or as a batch (batch_run.h), and turn the
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

#include "batch_run.h"
#include "cli.h"
#include "command.h"
#include "i18n.h"
#include "output.h"
#include "printable.h"

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

/* A batch's failures are told as they happen. */
static void
report_batch(const struct failure *f, void *context)
{
	(void)context;
	report(f);
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
		/* Progress shows on a terminal only. */
		struct batch_run_report batch_report = {
			report_batch, NULL,
			isatty(STDERR_FILENO) ? stderr : NULL};

		status = batch_run(argc, argv, &request, &batch_report);
		cli_free(&request);
		return (int)status;
	}
	if (status == STATUS_OK)
		status = command_run(&request, &failure);
	/* The failure may point into the request: the settings file's
	 * default path. */
	if (status != STATUS_OK)
		report(&failure);
	cli_free(&request);
	return (int)status;
}
