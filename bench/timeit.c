/* SPDX-License-Identifier: ISC */
/*
 * timeit.c: run a command once and say what it cost, for bench/measure.py.
 *
 * The command's standard input is /dev/null and its standard output
 * goes to /dev/null.  Prints one line: wall nanoseconds from spawn to
 * reaping, the child's peak resident set in KiB (ru_maxrss), and its
 * exit status.  The peak is why this is C and small: a child spawned
 * from Python starts life in Python's address space, and the kernel
 * counts that address space's peak as the child's.
 *
 * usage: timeit COMMAND [ARG]...
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

int
main(int argc, char **argv)
{
	posix_spawn_file_actions_t actions;
	struct timespec start, end;
	struct rusage usage;
	int status;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: timeit COMMAND [ARG]...\n");
		return 2;
	}
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
	clock_gettime(CLOCK_MONOTONIC, &start);
	if (posix_spawn(&pid, argv[1], &actions, NULL, argv + 1, environ) !=
	    0) {
		perror(argv[1]);
		return 2;
	}
	if (wait4(pid, &status, 0, &usage) != pid) {
		perror("wait4");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &end);
	printf("%lld %ld %d\n",
	       (long long)(end.tv_sec - start.tv_sec) * 1000000000LL +
		   (end.tv_nsec - start.tv_nsec),
	       usage.ru_maxrss,
	       WIFEXITED(status) ? WEXITSTATUS(status)
				 : 128 + WTERMSIG(status));
	return 0;
}
