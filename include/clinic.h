/* SPDX-License-Identifier: ISC */
/*
 * clinic.h: the clinic's settings file, what a clinic would otherwise
 * type on every command line.
 *
 * It is a YAML mapping, every key optional: the clinic's contact
 * (name, phone, email, web, and address as a list of lines), printed
 * on every handout, and defaults for --clinician, --lang and --width,
 * which the command line overrides (cli_settings), and for
 * --no-patient-name and --large-print.  It is read with
 * the catalog's YAML reader, so a fault is reported as FILE:LINE:COL
 * with the key, and refused the same way: unknown keys, texts with
 * control characters, anchors, a second document.  Only a regular
 * file is read, at most CLINIC_MAX_BYTES of it: a settings file is
 * read on every run, and a FIFO or a device there must not hang or
 * flood heelrx.
 */
#ifndef HEELRX_CLINIC_H
#define HEELRX_CLINIC_H

#include <stdbool.h>

#include "failure.h"
#include "input.h"
#include "types.h"

/* Largest settings file read, in bytes: a few lines are expected. */
enum { CLINIC_MAX_BYTES = 64 * 1024 };

/* Most lines an address may have. */
enum { CLINIC_MAX_ADDRESS_LINES = 8 };

struct clinic {
	/* Its contact; has_contact when any part of it was given. */
	struct contact contact;
	bool has_contact;
	/* Defaults for the command line; NULL or 0 when not given. */
	const char *clinician;
	const char *language; /* a language tag, as --lang takes it */
	int width;	      /* TEXT_WIDTH_MIN to TEXT_WIDTH_MAX */
	/* patient_name_in_calendar: false, --no-patient-name's default. */
	bool hides_patient_name;
	/* large_print: true, --large-print's default. */
	bool is_large_print;

	struct input_file file; /* what was read, which -o may not replace */
	struct arena *arena;	/* owns everything above */
};

/*
 * Reads the settings file at path.  A file the user named must exist
 * (STATUS_NO_INPUT otherwise, as for a catalog); the default one
 * (is_default) may be missing, and then *out is NULL and the status
 * STATUS_OK: no settings.  A path that is not a regular file fails
 * with STATUS_NO_INPUT, an invalid file with STATUS_DATA naming path,
 * line and column (f borrows path).  Free *out with clinic_free.
 */
enum status clinic_read(const char *path, bool is_default, struct clinic **out,
			struct failure *f);

/* Frees what clinic_read made; NULL is allowed. */
void clinic_free(struct clinic *);

#endif
