/* SPDX-License-Identifier: ISC */
/*
 * probe.c: a stand-in for a parser's bug that has taken heelrx over.
 * Preloaded into heelrx (LD_PRELOAD), it replaces two C library
 * functions that heelrx calls only once its input is read and the
 * process is narrowed (sandbox.h): fsync, which -o calls before its
 * rename, and __fpending, which the check of standard output calls at
 * exit.  Before doing their work, they do what HEELRX_PROBE names,
 * as the taken-over process would: run a program, open a socket,
 * create a file, start a process, or nothing (to show that the probe
 * alone changes nothing).
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Does what HEELRX_PROBE says, once. */
static void
misbehave(void)
{
	static int done;
	const char *what = getenv("HEELRX_PROBE");
	char *argv[] = {"touch", "ran-a-program", NULL}, *envp[] = {NULL};

	if (done++ || what == NULL)
		return;
	if (strcmp(what, "exec") == 0)
		execve("/usr/bin/touch", argv, envp);
	else if (strcmp(what, "socket") == 0)
		socket(AF_INET, SOCK_STREAM, 0);
	else if (strcmp(what, "create") == 0)
		open("created-a-file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	else if (strcmp(what, "fork") == 0 && fork() == 0)
		_exit(0);
}

int
fsync(int fd)
{
	int (*real)(int);

	/* POSIX's way to take a function from dlsym (its rationale). */
	*(void **)&real = dlsym(RTLD_NEXT, "fsync");
	misbehave();
	return real(fd);
}

size_t
__fpending(FILE *stream)
{
	size_t (*real)(FILE *);

	*(void **)&real = dlsym(RTLD_NEXT, "__fpending");
	misbehave();
	return real(stream);
}
