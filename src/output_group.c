/* SPDX-License-Identifier: ISC */
/*
 * output_group.c: a batch's -o files committed together, so that a
 * group of them costs the disk about what one file does.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output_group.h"

bool
output_group_is_full(const struct output_group *g)
{
	return g->count == OUTPUT_PENDING_MAX;
}

enum status
output_group_add(struct output_group *g, struct output *out, size_t tag,
		 struct failure *f)
{
	enum status status;

	if ((status = output_finish(out, f)) != STATUS_OK)
		return status;
	g->members[g->count] = *out;
	g->tags[g->count] = tag;
	g->count++;
	return STATUS_OK;
}

/* The folder that holds out's target, by device and inode, so that a
 * folder named two ways is synced once; false when it cannot be found,
 * and then it is synced on its own. */
static bool
find_folder(const struct output *out, struct stat *st)
{
	const char *slash = strrchr(out->target, '/');
	char *folder;
	bool is_found;

	if (slash == NULL)
		folder = strdup(".");
	else if (slash == out->target)
		folder = strdup("/");
	else
		folder = strndup(out->target, (size_t)(slash - out->target));
	is_found = folder != NULL && stat(folder, st) == 0;
	free(folder);
	return is_found;
}

/*
 * Makes every temporary file of the group durable and closes it, each
 * failure told.  One syncfs(2) for each file system the files are on
 * does it: measured on ext4, a sync of the whole file system cost about
 * as much as one fsync, and an fsync of each file, even once the disk
 * had been asked to write them all, cost a cache flush each, three
 * times as long for a group.  syncfs writes what other programs left
 * to write on that file system too, and says only that something on it
 * failed; then each file of it is synced alone, and fsync says which.
 */
static void
sync_all(struct output_group *g, enum status *status,
	 void (*failed)(size_t, const struct failure *, void *), void *context)
{
	/* Zeroed, though each is written before it is read: clang's
	 * analyzer cannot tell that g->count bounds both loops. */
	dev_t device[OUTPUT_PENDING_MAX] = {0};
	bool has_device[OUTPUT_PENDING_MAX] = {false};
	int error[OUTPUT_PENDING_MAX] = {0};
	struct failure f;
	struct stat st;
	size_t i, j;

	for (i = 0; i < g->count; i++) {
		has_device[i] = fstat(g->members[i].fd, &st) == 0;
		if (!has_device[i]) {
			error[i] = errno; /* synced alone */
			continue;
		}
		device[i] = st.st_dev;
		for (j = 0; j < i; j++)
			if (has_device[j] && device[j] == device[i])
				break;
		if (j < i)
			error[i] = error[j];
		else
			error[i] = syncfs(g->members[i].fd) == 0 ? 0 : errno;
	}
	for (i = 0; i < g->count; i++) {
		status[i] = error[i] == 0 ? output_synced(&g->members[i], &f)
					  : output_sync(&g->members[i], &f);
		if (status[i] != STATUS_OK)
			failed(g->tags[i], &f, context);
	}
}

enum status
output_group_commit(struct output_group *g,
		    void (*failed)(size_t tag, const struct failure *,
				   void *context),
		    void *context)
{
	/* Zeroed for clang's analyzer, as in sync_all. */
	enum status status[OUTPUT_PENDING_MAX] = {STATUS_OK}, worst = STATUS_OK;
	int folder_error[OUTPUT_PENDING_MAX] = {0};
	struct stat folder[OUTPUT_PENDING_MAX] = {{0}};
	bool is_found[OUTPUT_PENDING_MAX] = {false};
	struct failure f;
	size_t i, j;

	/* Each file durable first, so that no rename can put in place a
	 * file that a power cut would leave empty. */
	sync_all(g, status, failed, context);
	for (i = 0; i < g->count; i++)
		if (status[i] == STATUS_OK &&
		    (status[i] = output_place(&g->members[i], &f)) != STATUS_OK)
			failed(g->tags[i], &f, context);
	/* Then each folder once, for all the renames in it. */
	for (i = 0; i < g->count; i++) {
		if (status[i] != STATUS_OK)
			continue;
		is_found[i] = find_folder(&g->members[i], &folder[i]);
		for (j = 0; is_found[i] && j < i; j++)
			if (status[j] == STATUS_OK && is_found[j] &&
			    folder[j].st_dev == folder[i].st_dev &&
			    folder[j].st_ino == folder[i].st_ino)
				break;
		folder_error[i] = is_found[i] && j < i
					  ? folder_error[j]
					  : output_sync_folder(&g->members[i]);
	}
	for (i = 0; i < g->count; i++)
		if (status[i] == STATUS_OK &&
		    (status[i] = output_done(&g->members[i], folder_error[i],
					     &f)) != STATUS_OK)
			failed(g->tags[i], &f, context);
	for (i = 0; i < g->count; i++)
		if (status[i] > worst)
			worst = status[i];
	g->count = 0;
	return worst;
}

void
output_group_abandon(struct output_group *g)
{
	size_t i;

	for (i = 0; i < g->count; i++)
		output_abandon(&g->members[i]);
	g->count = 0;
}
