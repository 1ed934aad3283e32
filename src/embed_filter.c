/* SPDX-License-Identifier: ISC */
/*
 * embed_filter.c: the build step that writes heelrx's seccomp filter
 * (sandbox.h) as constant C data.  libseccomp, Debian's library for
 * seccomp filters, turns the list below into the kernel's BPF program,
 * with its checks of the architecture and of the x32 calls; heelrx then
 * only hands the program to the kernel when it narrows itself.  Built at
 * every run, the same filter cost about 470 K instructions, half of a
 * whole plan; loaded as data it costs two system calls.
 *
 * The filter is the build machine's: a cross build would need this
 * program built for the build machine and told the target's
 * architecture (seccomp_arch_add), as embed-catalog would.
 *
 * usage: embed-filter OUTPUT.c
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <linux/filter.h>
#include <seccomp.h>

/*
 * The calls heelrx makes after loading, with any argument: stdio and
 * the -o file (read, write, seek, sync, close, stat), malloc and
 * gettext's mapped message catalogs (brk, mmap and their kin), the
 * signal handling of output.c (its handler removes the temporary file,
 * restores the default action and raises the signal again), -o's rename
 * and removal of its temporary file, and the end of the process.
 *
 * mmap and mprotect keep PROT_EXEC: glibc's iconv loads a converter
 * with dlopen when a C library message is first translated into a
 * locale that is not UTF-8.  Code mapped so can make no call this list
 * denies, so the filter, not the memory's protection, is the boundary.
 * rename and unlink take any path (seccomp cannot read a path): a taken
 * over heelrx could move or remove a file its user may, but not create,
 * open to write, truncate or change one.
 */
static const int allowed[] = {
	SCMP_SYS(read),
	SCMP_SYS(readv),
	SCMP_SYS(pread64),
	SCMP_SYS(write),
	SCMP_SYS(writev),
	SCMP_SYS(lseek),
	SCMP_SYS(close),
	SCMP_SYS(fsync),
	SCMP_SYS(fdatasync),
	SCMP_SYS(fcntl),
	SCMP_SYS(fstat),
	SCMP_SYS(newfstatat),
	SCMP_SYS(stat),
	SCMP_SYS(lstat),
	SCMP_SYS(statx),
	SCMP_SYS(access),
	SCMP_SYS(faccessat),
	SCMP_SYS(faccessat2),
	SCMP_SYS(readlink),
	SCMP_SYS(readlinkat),
	SCMP_SYS(brk),
	SCMP_SYS(mmap),
	SCMP_SYS(munmap),
	SCMP_SYS(mremap),
	SCMP_SYS(mprotect),
	SCMP_SYS(madvise),
	SCMP_SYS(futex),
	SCMP_SYS(getrandom),
	SCMP_SYS(clock_gettime),
	SCMP_SYS(gettimeofday),
	SCMP_SYS(time),
	SCMP_SYS(rt_sigaction),
	SCMP_SYS(rt_sigprocmask),
	SCMP_SYS(rt_sigreturn),
	SCMP_SYS(restart_syscall),
	SCMP_SYS(getpid),
	SCMP_SYS(gettid),
	SCMP_SYS(tgkill),
	SCMP_SYS(rename),
	SCMP_SYS(renameat),
	SCMP_SYS(renameat2),
	SCMP_SYS(unlink),
	SCMP_SYS(unlinkat),
	SCMP_SYS(exit),
	SCMP_SYS(exit_group),
#ifdef __SANITIZE_ADDRESS__
	/*
	 * AddressSanitizer's own, in the sanitized build the tests also
	 * run: it frees its signal stack when a thread ends, and
	 * LeakSanitizer, at exit, stops the process to scan its memory
	 * from a thread that traces it (prctl, ptrace, waitpid; clone is
	 * in add_rules) and reads /proc/self/task.  Never in heelrx as
	 * released.
	 */
	SCMP_SYS(sigaltstack),
	SCMP_SYS(getppid),
	SCMP_SYS(prctl),
	SCMP_SYS(sched_yield),
	SCMP_SYS(getdents),
	SCMP_SYS(getdents64),
	SCMP_SYS(ptrace),
	SCMP_SYS(wait4),
#endif
};

/*
 * An open's flags may ask for no writing, creating, truncating or
 * appending: reading a message catalog, or the folder -o syncs.
 */
#define WRITE_FLAGS (O_ACCMODE | O_CREAT | O_TRUNC | O_APPEND)

/* Adds the rules; libseccomp's error (a negative errno), or 0. */
static int
add_rules(scmp_filter_ctx filter)
{
	size_t i;
	int rc;

	for (i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
		if ((rc = seccomp_rule_add(filter, SCMP_ACT_ALLOW, allowed[i],
					   0)) != 0)
			return rc;
	/* open(path, flags) and openat(dirfd, path, flags). */
	if ((rc = seccomp_rule_add(
		     filter, SCMP_ACT_ALLOW, SCMP_SYS(open), 1,
		     SCMP_A1_32(SCMP_CMP_MASKED_EQ, WRITE_FLAGS, 0))) != 0 ||
	    (rc = seccomp_rule_add(
		     filter, SCMP_ACT_ALLOW, SCMP_SYS(openat), 1,
		     SCMP_A2_32(SCMP_CMP_MASKED_EQ, WRITE_FLAGS, 0))) != 0)
		return rc;
#ifdef __SANITIZE_ADDRESS__
	/* LeakSanitizer's tracing thread; fork's flags differ, and a
	 * fork still kills. */
	if ((rc = seccomp_rule_add(
		     filter, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
		     SCMP_A0_64(SCMP_CMP_EQ, CLONE_VM | CLONE_FS | CLONE_FILES |
						     CLONE_UNTRACED))) != 0)
		return rc;
#endif
	/*
	 * stdio asks whether standard output is a terminal before its first
	 * write; no other ioctl (TIOCSTI could type into the terminal).
	 */
	return seccomp_rule_add(filter, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
				SCMP_A1_64(SCMP_CMP_EQ, TCGETS));
}

/* The filter as the kernel's BPF program, in *program (malloc'd) with
 * *length instructions; libseccomp's error, or 0. */
static int
build(struct sock_filter **program, size_t *length)
{
	/*
	 * SIGSYS rather than a silent kill: a refused call raises it, and
	 * output.c's handler removes -o's temporary file before heelrx
	 * dies of it, as it does for any fatal signal.
	 */
	scmp_filter_ctx filter = seccomp_init(SCMP_ACT_TRAP);
	FILE *bpf = tmpfile();
	long size;
	int rc;

	*program = NULL;
	if (filter == NULL || bpf == NULL) {
		seccomp_release(filter);
		if (bpf != NULL)
			fclose(bpf);
		return -ENOMEM;
	}
	rc = add_rules(filter);
	if (rc == 0)
		rc = seccomp_export_bpf(filter, fileno(bpf));
	seccomp_release(filter);
	if (rc == 0 &&
	    (fseek(bpf, 0, SEEK_END) != 0 || (size = ftell(bpf)) <= 0 ||
	     size % (long)sizeof **program != 0 ||
	     fseek(bpf, 0, SEEK_SET) != 0))
		rc = -EIO;
	if (rc == 0 && (size_t)size / sizeof **program > BPF_MAXINSNS)
		rc = -E2BIG;
	if (rc == 0) {
		*length = (size_t)size / sizeof **program;
		*program = malloc((size_t)size);
		if (*program == NULL)
			rc = -ENOMEM;
		else if (fread(*program, sizeof **program, *length, bpf) !=
			 *length)
			rc = -EIO;
	}
	fclose(bpf);
	if (rc != 0) {
		free(*program);
		*program = NULL;
	}
	return rc;
}

int
main(int argc, char **argv)
{
	struct sock_filter *program;
	size_t length, i;
	FILE *out;
	int rc;

	if (argc != 2) {
		fputs("usage: embed-filter OUTPUT.c\n", stderr);
		return 64;
	}
	if ((rc = build(&program, &length)) != 0) {
		fprintf(stderr, "embed-filter: libseccomp: %s\n",
			strerror(-rc));
		return 70;
	}
	out = fopen(argv[1], "w");
	if (out == NULL) {
		fprintf(stderr, "embed-filter: %s: %s\n", argv[1],
			strerror(errno));
		free(program);
		return 73;
	}
	fputs("/* Written by embed-filter from src/embed_filter.c; "
	      "do not edit. */\n"
	      "#include \"sandbox_filter.h\"\n\n"
	      "const struct sock_filter sandbox_filter[] = {\n",
	      out);
	for (i = 0; i < length; i++)
		fprintf(out, "\t{0x%04x, %u, %u, 0x%08lx},\n",
			(unsigned)program[i].code, (unsigned)program[i].jt,
			(unsigned)program[i].jf, (unsigned long)program[i].k);
	fprintf(out,
		"};\n\nconst unsigned short sandbox_filter_length = %zu;\n",
		length);
	free(program);
	if (fclose(out) != 0) {
		fprintf(stderr, "embed-filter: %s: %s\n", argv[1],
			strerror(errno));
		return 74;
	}
	return 0;
}
