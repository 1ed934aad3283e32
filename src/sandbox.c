/* SPDX-License-Identifier: ISC */
/*
 * sandbox.c: hands heelrx's seccomp filter to the kernel.  The filter
 * lists what is allowed rather than what is not, as OpenSSH's
 * privilege-separated child and Chromium's renderers do, so a call
 * nobody thought of is refused; libseccomp made it when heelrx was
 * built (src/embed_filter.c), so narrowing costs two system calls.
 */
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "sandbox.h"
#include "sandbox_filter.h"

bool
sandbox_narrow(void)
{
	struct sock_fprog program = {
		.len = sandbox_filter_length,
		/* The kernel copies the program and never writes to it. */
		.filter = (struct sock_filter *)sandbox_filter,
	};

	/*
	 * A process may load a filter only if it can gain no privileges
	 * from now on (no set-user-ID program would raise them), which
	 * heelrx never needs.  The seccomp(2) call, Linux 3.17 and later,
	 * rather than prctl: valgrind does not pass it on, so heelrx under
	 * valgrind runs as before instead of having the filter, made for
	 * heelrx, kill valgrind's own calls.
	 */
	return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 &&
	       syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) == 0;
}
