/* SPDX-License-Identifier: ISC */
/*
 * output.c: atomic replacement of the output file with mkstemp, fsync
 * and rename, the way careful editors and package managers save, and
 * removal of the temporary file when a signal ends heelrx half way,
 * as GNU sort and install do.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "output.h"

/*
 * Every signal whose default action ends a program (signal(7): "Term"
 * and "Core"), and so would leave a temporary file behind: more than GNU
 * sort's list, which forgets SIGPWR, SIGSTKFLT, the real-time signals
 * (added in fatal_set, as their numbers are known only at run time) and
 * those a fault raises, which kill(1) can send too.  Not SIGKILL, which
 * no program can catch, nor SIGXFSZ, which main ignores so that a
 * file-size limit is a write error like any other.  SIGIO and SIGPOLL
 * are one signal on Linux.
 */
static const int fatal_signals[] = {
	SIGHUP,	   SIGINT,  SIGQUIT,   SIGILL,	SIGTRAP, SIGABRT, SIGBUS,
	SIGFPE,	   SIGUSR1, SIGSEGV,   SIGUSR2, SIGPIPE, SIGALRM, SIGTERM,
	SIGXCPU,   SIGIO,   SIGVTALRM, SIGPROF, SIGSYS,
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
};

/* The fatal signals as a set. */
static void
fatal_set(sigset_t *set)
{
	size_t i;
	int signo;

	sigemptyset(set);
	for (i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++)
		sigaddset(set, fatal_signals[i]);
	for (signo = SIGRTMIN; signo <= SIGRTMAX; signo++)
		sigaddset(set, signo);
}

/*
 * The temporary files that a signal handler removes, each slot NULL or
 * one name: the one piece of global state in heelrx, because a handler
 * is given nothing but the signal's number.  A single command writes
 * one output at a time; a batch keeps up to OUTPUT_PENDING_MAX written
 * and not yet in place (output_group.h).  A slot is set and cleared
 * only with the fatal signals blocked, so that a handler never sees a
 * name while mkostemp is still filling it in, nor after rename has
 * given the file its real name or free has taken the string away.  C11
 * lets a handler read only volatile sig_atomic_t and lock-free atomic
 * objects; a pointer is lock-free on every platform heelrx builds on.
 */
static _Atomic(const char *) removable[OUTPUT_PENDING_MAX];
_Static_assert(ATOMIC_POINTER_LOCK_FREE == 2,
	       "a signal handler must be able to read a pointer");

/*
 * Removes the temporary files, then dies by the signal with its default
 * action, so that the parent sees the signal and not an exit status.
 * The signal is blocked while its handler runs: raise makes it pending,
 * and it kills heelrx as soon as the handler returns.  unlink, signal
 * and raise are async-signal-safe.
 */
static void
remove_and_die(int signo)
{
	const char *path;
	size_t i;

	for (i = 0; i < OUTPUT_PENDING_MAX; i++)
		if ((path = atomic_load(&removable[i])) != NULL)
			unlink(path);
	signal(signo, SIG_DFL);
	raise(signo);
}

void
output_remove_on_signals(void)
{
	struct sigaction action, old;
	int signo;

	memset(&action, 0, sizeof action);
	action.sa_handler = remove_and_die;
	fatal_set(&action.sa_mask);
	for (signo = 1; signo < NSIG; signo++) {
		/*
		 * nohup's SIGHUP and a background job's SIGINT stay
		 * ignored: the parent meant heelrx to outlive them.  A
		 * handler already there (a sanitizer's for SIGSEGV) stays
		 * too: it reports the fault, which matters more.
		 */
		if (sigismember(&action.sa_mask, signo) == 1 &&
		    sigaction(signo, NULL, &old) == 0 &&
		    old.sa_handler == SIG_DFL)
			sigaction(signo, &action, NULL);
	}
}

/* Blocks the fatal signals, keeping the old mask in *old. */
static void
hold_signals(sigset_t *old)
{
	sigset_t set;

	fatal_set(&set);
	sigprocmask(SIG_BLOCK, &set, old);
}

/* Restores the mask hold_signals kept; a signal that came in between is
 * handled now, and sees removable as it is now. */
static void
release_signals(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

/* The folder that holds path, as a new string, or NULL. */
static char *
folder_of(const char *path)
{
	char *copy = path != NULL ? strdup(path) : NULL, *name, *folder;

	if (copy == NULL)
		return NULL;
	name = dirname(copy);
	folder = name != NULL ? strdup(name) : NULL;
	free(copy);
	return folder;
}

/*
 * The file to replace: path itself, or the file a symbolic link at path
 * points to, so that replacing it keeps the link.  Anything but a
 * regular file (a device, a pipe, a folder) is refused: renaming over
 * it would be wrong, and the shell's > already writes to it.
 */
static char *
resolve_target(const char *path, struct failure *f)
{
	struct stat st;
	char *target;

	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) &&
	    stat(path, &st) != 0 && errno == ENOENT) {
		failure_set(f, STATUS_CANT_CREATE,
			    _("%s: a symbolic link to a missing file"), path);
		return NULL;
	}
	if (stat(path, &st) != 0) {
		if (errno != ENOENT) {
			failure_set(f, STATUS_CANT_CREATE, "%s: %s", path,
				    strerror(errno));
			return NULL;
		}
		target = strdup(path);
	} else if (!S_ISREG(st.st_mode)) {
		failure_set(f, STATUS_CANT_CREATE,
			    _("%s: not a regular file; use the shell's > to "
			      "write to it"),
			    path);
		return NULL;
	} else {
		target = realpath(path, NULL);
	}
	if (target == NULL)
		failure_set(f, STATUS_CANT_CREATE, "%s: %s", path,
			    strerror(errno != 0 ? errno : ENOMEM));
	return target;
}

/*
 * The stream's write function.  glibc drops what a failed write could
 * not write and keeps only an error flag, and by the time main learns
 * of it, errno may say anything; so the reason is kept here, from the
 * first write that failed (EFBIG past ulimit -f, ENOSPC on a full
 * disk).  A short count tells stdio that the write failed.
 */
static ssize_t
write_temporary(void *cookie, const char *buf, size_t size)
{
	struct output *out = cookie;
	size_t done = 0;
	ssize_t n;

	while (done < size) {
		n = write(out->fd, buf + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (out->write_error == 0)
				out->write_error = n < 0 ? errno : EIO;
			break;
		}
		done += (size_t)n;
	}
	return (ssize_t)done;
}

enum status
output_open(struct output *out, const char *path, struct failure *f)
{
	static const cookie_io_functions_t io = {.write = write_temporary};
	static const char suffix[] = "/.heelrx-XXXXXX";
	struct stat st;
	char *folder;
	mode_t mask, mode;
	sigset_t signals;
	int fd, error;

	out->stream = NULL;
	out->temporary = NULL;
	out->path = path;
	out->target = NULL;
	out->fd = -1;
	out->write_error = 0;
	out->slot = 0;
	if ((out->target = resolve_target(path, f)) == NULL)
		return f->status;
	/*
	 * A file that may not be written keeps its contents, as it would
	 * for any program that writes files: renaming over it would
	 * replace a handout its owner made read-only to keep it.
	 */
	if (access(out->target, F_OK) == 0 && access(out->target, W_OK) != 0) {
		error = errno;
		output_abandon(out);
		return failure_set(f, STATUS_CANT_CREATE, "%s: %s", path,
				   strerror(error));
	}
	folder = folder_of(out->target);
	if (folder == NULL ||
	    asprintf(&out->temporary, "%s%s", folder, suffix) < 0) {
		out->temporary = NULL;
		free(folder);
		output_abandon(out);
		return failure_set(f, STATUS_SOFTWARE, _("out of memory"));
	}
	free(folder);

	/* From the moment the file exists, a signal removes it. */
	hold_signals(&signals);
	fd = -1;
	error = EMFILE; /* more outputs pending than a handler can see */
	for (out->slot = 0; out->slot < OUTPUT_PENDING_MAX; out->slot++)
		if (atomic_load(&removable[out->slot]) == NULL)
			break;
	if (out->slot < OUTPUT_PENDING_MAX) {
		fd = mkostemp(out->temporary, O_CLOEXEC);
		error = errno;
	}
	if (fd >= 0)
		atomic_store(&removable[out->slot], out->temporary);
	release_signals(&signals);
	if (fd < 0) {
		free(out->temporary);
		out->temporary = NULL; /* never created: nothing to remove */
		output_abandon(out);
		return failure_set(f, STATUS_CANT_CREATE, "%s: %s", path,
				   strerror(error));
	}
	/*
	 * mkstemp makes the file private.  A replaced file keeps its mode
	 * (and its owner and group, where we may set them): a handout kept
	 * private stays private.  A new file gets the mode any newly
	 * created file would have; umask can only be read by setting it.
	 */
	if (stat(out->target, &st) == 0) {
		mode = st.st_mode & 07777;
		/* Only root may give a file away; others keep their own. */
		if (fchown(fd, st.st_uid, st.st_gid) != 0)
			errno = 0;
	} else {
		mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	out->fd = fd;
	if (fchmod(fd, mode) != 0 ||
	    (out->stream = fopencookie(out, "w", io)) == NULL) {
		error = errno;
		output_abandon(out);
		return failure_set(f, STATUS_CANT_CREATE, "%s: %s", path,
				   strerror(error));
	}
	return STATUS_OK;
}

/* Flushes the folder holding path, so that a rename in it is durable. */
static int
sync_folder(const char *path)
{
	char *folder = folder_of(path);
	int fd, result;

	if (folder == NULL)
		return -1;
	fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(folder);
	if (fd < 0)
		return -1;
	result = fsync(fd);
	close(fd);
	return result;
}

enum status
output_finish(struct output *out, struct failure *f)
{
	int failed, error;

	failed = fflush(out->stream) != 0 || ferror(out->stream);
	error = out->write_error != 0 ? out->write_error : EIO;
	fclose(out->stream); /* it has nothing left to write */
	out->stream = NULL;
	if (!failed)
		return STATUS_OK;
	output_abandon(out);
	return failure_set(f, STATUS_IO, "%s: %s", out->path, strerror(error));
}

/* Closes the temporary file; error is why it could not be synced, or
 * 0. */
static enum status
close_temporary(struct output *out, int error, struct failure *f)
{
	if (close(out->fd) != 0 && error == 0)
		error = errno;
	out->fd = -1;
	if (error == 0)
		return STATUS_OK;
	output_abandon(out);
	return failure_set(f, STATUS_IO, "%s: %s", out->path, strerror(error));
}

enum status
output_sync(struct output *out, struct failure *f)
{
	return close_temporary(out, fsync(out->fd) != 0 ? errno : 0, f);
}

enum status
output_synced(struct output *out, struct failure *f)
{
	return close_temporary(out, 0, f);
}

enum status
output_place(struct output *out, struct failure *f)
{
	sigset_t signals;
	int error, renamed;

	/* Once renamed, the file is the target: no signal may remove it. */
	hold_signals(&signals);
	renamed = rename(out->temporary, out->target) == 0;
	error = errno;
	if (renamed)
		atomic_store(&removable[out->slot], NULL);
	release_signals(&signals);
	if (!renamed) {
		output_abandon(out);
		return failure_set(f, STATUS_CANT_CREATE, "%s: %s", out->path,
				   strerror(error));
	}
	free(out->temporary);
	out->temporary = NULL;
	return STATUS_OK;
}

int
output_sync_folder(const struct output *out)
{
	return sync_folder(out->target) == 0 ? 0 : (errno != 0 ? errno : EIO);
}

enum status
output_done(struct output *out, int folder_error, struct failure *f)
{
	output_abandon(out); /* frees the target's name */
	if (folder_error == 0)
		return STATUS_OK;
	/* The plan is in place now; only its durability is in doubt. */
	return failure_set(f, STATUS_IO,
			   _("%s: written, but its folder could not be "
			     "synced, so it may not survive a power cut: %s"),
			   out->path, strerror(folder_error));
}

enum status
output_commit(struct output *out, struct failure *f)
{
	enum status status;

	if ((status = output_finish(out, f)) != STATUS_OK ||
	    (status = output_sync(out, f)) != STATUS_OK ||
	    (status = output_place(out, f)) != STATUS_OK)
		return status;
	return output_done(out, output_sync_folder(out), f);
}

size_t
output_find_read(const char *path, const struct input_file *files, size_t count)
{
	struct stat st;
	size_t i;

	if (stat(path, &st) != 0)
		return count;
	for (i = 0; i < count; i++)
		if (files[i].device == st.st_dev && files[i].inode == st.st_ino)
			return i;
	return count;
}

void
output_abandon(struct output *out)
{
	if (out->stream != NULL) {
		fclose(out->stream);
		out->stream = NULL;
	}
	if (out->fd >= 0) {
		close(out->fd);
		out->fd = -1;
	}
	if (out->temporary != NULL) {
		sigset_t signals;

		hold_signals(&signals);
		unlink(out->temporary);
		atomic_store(&removable[out->slot], NULL);
		release_signals(&signals);
		free(out->temporary);
		out->temporary = NULL;
	}
	free(out->target);
	out->target = NULL;
}
