/* SPDX-License-Identifier: ISC */
/*
 * sandbox.h: narrowing what heelrx may do once its input is read, the
 * habit OpenBSD's pledge stands for.  The catalog, its figures and its
 * translations are parsed from files anyone may send a clinic; should a
 * parser's bug let such a file take heelrx over, what it could do next
 * is what the process may still do after sandbox_narrow.
 *
 * That is: read and write the files already open, read files (message
 * catalogs, which gettext opens when a message is made), rename and
 * remove a file (-o's temporary file), sync, allocate memory, handle
 * and raise signals, and exit.  Any other system call, among them
 * opening a file to write or create it, running a program, starting a
 * process or thread, opening a socket, tracing a process and changing a
 * file's mode or owner, kills heelrx with SIGSYS before it is made.
 */
#ifndef HEELRX_SANDBOX_H
#define HEELRX_SANDBOX_H

#include <stdbool.h>

/*
 * Narrows the process for the rest of its life.  Returns false, and
 * leaves the process as it was, where the kernel has no seccomp filters
 * (or a container forbids them): heelrx then works as before, only
 * without this second line of defence.
 */
bool sandbox_narrow(void);

#endif
