/* SPDX-License-Identifier: ISC */
/*
 * test_sandbox.c: what heelrx may still do once sandbox_narrow has run,
 * and what kills it.  Each call runs in a child that narrows itself
 * first, so that one call's death does not end the test; the parent
 * reads how the child ended.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "sandbox.h"

/* A folder of the test's own, with one file in it, named here. */
static char folder[] = "/tmp/heelrx-sandbox-XXXXXX";
static char file[sizeof folder + 16];
static char other[sizeof folder + 16];
static char removable[sizeof folder + 16];

/* How a child that ran call after narrowing ended: its exit status,
 * or 128 plus the signal that killed it. */
static int
after_narrowing(int (*call)(void))
{
	pid_t pid;
	int status;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (!sandbox_narrow())
			_exit(100);
		/* _exit: a sanitizer's checks at exit are not this
		 * test's subject (test_sandbox runs them in main). */
		_exit(call());
	}
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

/* What heelrx does after loading, each of which must still work. */
static int
write_to_standard_error(void)
{
	return write(STDERR_FILENO, "", 0) == 0 ? 0 : 1;
}

static int
read_a_file(void)
{
	char buf[4];
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return 1;
	n = read(fd, buf, sizeof buf);
	close(fd);
	return n == 4 && memcmp(buf, "plan", 4) == 0 ? 0 : 1;
}

/* What -o does last: rename the temporary file and sync the folder;
 * or remove it, when a signal comes. */
static int
rename_sync_and_remove(void)
{
	int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0 || fsync(fd) != 0 || close(fd) != 0)
		return 1;
	if (rename(file, other) != 0 || rename(other, file) != 0)
		return 2;
	return unlink(removable) == 0 ? 0 : 3;
}

static int
allocate_memory(void)
{
	size_t size = 64u << 20; /* beyond brk: mmap and munmap */
	char *big = malloc(size);
	int ok = big != NULL;

	if (ok)
		memset(big, 1, size);
	free(big);
	return ok ? 0 : 1;
}

static int
raise_a_signal(void)
{
	/* The -o handler re-raises the signal that ends heelrx. */
	signal(SIGUSR1, SIG_DFL);
	raise(SIGUSR1);
	return 0;
}

/* What a compromised parser would do next, each of which kills. */
static int
open_to_write(void)
{
	return open(file, O_WRONLY | O_APPEND | O_CLOEXEC) >= 0 ? 0 : 1;
}

static int
create_a_file(void)
{
	char name[sizeof folder + 16];

	snprintf(name, sizeof name, "%s/new", folder);
	return open(name, O_WRONLY | O_CREAT | O_CLOEXEC, 0600) >= 0 ? 0 : 1;
}

static int
truncate_a_file(void)
{
	return open(file, O_RDONLY | O_TRUNC | O_CLOEXEC) >= 0 ? 0 : 1;
}

static int
run_a_program(void)
{
	char *argv[] = {"true", NULL}, *envp[] = {NULL};

	execve("/bin/true", argv, envp);
	return 1;
}

static int
open_a_socket(void)
{
	return socket(AF_INET, SOCK_STREAM, 0) >= 0 ? 0 : 1;
}

static int
start_a_process(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	return pid > 0 ? 0 : 1;
}

#ifndef __SANITIZE_ADDRESS__
static int
trace_a_process(void)
{
	return ptrace(PTRACE_TRACEME, 0, NULL, NULL) == 0 ? 0 : 1;
}
#endif

static int
change_a_mode(void)
{
	return chmod(file, 0777) == 0 ? 0 : 1;
}

int
main(void)
{
	static const struct {
		const char *what;
		int (*call)(void);
	} allowed[] =
		{
			{"write to standard error", write_to_standard_error},
			{"read a file", read_a_file},
			{"rename, sync a folder, remove",
			 rename_sync_and_remove},
			{"allocate memory", allocate_memory},
		},
	  forbidden[] = {
		  {"open a file to write", open_to_write},
		  {"create a file", create_a_file},
		  {"truncate a file", truncate_a_file},
		  {"run a program", run_a_program},
		  {"open a socket", open_a_socket},
		  {"start a process", start_a_process},
#ifndef __SANITIZE_ADDRESS__
		  /* LeakSanitizer traces the process at exit (sandbox.c) */
		  {"trace a process", trace_a_process},
#endif
		  {"change a mode", change_a_mode},
	  };
	size_t i;
	int fd, got;

	if (mkdtemp(folder) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(file, sizeof file, "%s/plan", folder);
	snprintf(other, sizeof other, "%s/renamed", folder);
	snprintf(removable, sizeof removable, "%s/.heelrx-test", folder);
	fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || write(fd, "plan", 4) != 4 || close(fd) != 0) {
		perror(file);
		return 1;
	}

	for (i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
		fd = open(removable, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
		if (fd >= 0)
			close(fd);
		got = after_narrowing(allowed[i].call);
		if (got != 0)
			fprintf(stderr, "%s: ended with %d, expected 0\n",
				allowed[i].what, got);
		CHECK(got == 0);
	}
	got = after_narrowing(raise_a_signal);
	CHECK(got == 128 + SIGUSR1);
	for (i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++) {
		got = after_narrowing(forbidden[i].call);
		if (got != 128 + SIGSYS)
			fprintf(stderr,
				"%s: ended with %d, expected %d "
				"(killed by SIGSYS)\n",
				forbidden[i].what, got, 128 + SIGSYS);
		CHECK(got == 128 + SIGSYS);
	}
	/* Nothing a killed call tried was done. */
	CHECK(access(file, F_OK) == 0);
	{
		struct stat st;
		CHECK(stat(file, &st) == 0 && st.st_size == 4 &&
		      (st.st_mode & 0777) == 0600);
	}
	unlink(file);
	unlink(removable);
	{
		char name[sizeof folder + 16];
		snprintf(name, sizeof name, "%s/new", folder);
		CHECK(access(name, F_OK) != 0 && errno == ENOENT);
	}
	rmdir(folder);
	return check_report("test_sandbox");
}
