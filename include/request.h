/* SPDX-License-Identifier: ISC */
/*
 * request.h: what the user asked for, once the command line and the
 * environment have been read.  cli fills it; the engine and main read
 * it.  Nothing here knows about argp.
 */
#ifndef HEELRX_REQUEST_H
#define HEELRX_REQUEST_H

#include <stdbool.h>

#include "array.h"
#include "person_key.h"
#include "types.h"

struct format; /* format.h */

/* How --format=fhir packs its resources (--fhir-bundle). */
enum fhir_bundle {
	FHIR_BUNDLE_COLLECTION, /* resources that belong together */
	FHIR_BUNDLE_TRANSACTION /* each with the request that files it */
};

enum action {
	ACTION_PLAN,	     /* print the plan */
	ACTION_LIST,	     /* print the catalog's exercises, one a line */
	ACTION_CHECK,	     /* validate the catalog, print nothing */
	ACTION_LIST_LANGS,   /* print the handout languages, one a line */
	ACTION_LIST_FORMATS, /* print the output formats, one a line */
	ACTION_HELP,	     /* print --help */
	ACTION_USAGE,	     /* print --usage */
	ACTION_VERSION	     /* print --version */
};

/* Where the catalog comes from. */
enum catalog_origin {
	CATALOG_BUILT_IN,    /* the copy compiled into the binary */
	CATALOG_ENVIRONMENT, /* HEELRX_EXERCISES */
	CATALOG_OPTION	     /* -e FILE */
};

struct request {
	enum action action;
	enum pain pain;
	const struct format *format; /* an entry of format_table */
	int width;	/* wrap width of text output, in display columns */
	bool has_width; /* --width was given: the settings' does not apply */

	/* The handout's language (--lang, HEELRX_LANG, the settings
	 * file's lang), a tag; NULL: the catalog's own, English for the
	 * built-in one. */
	const char *language;
	bool is_language_from_clinic; /* the settings file's */

	enum catalog_origin catalog_origin;
	const char *catalog_path; /* NULL for the built-in copy; "-" is stdin */

	/* Where the output goes: NULL or "-" for standard output.  With
	 * batch_path, a template over the list's columns (batch.h). */
	const char *output_path;

	/* --batch: the CSV list with a row per handout, or NULL. */
	const char *batch_path;

	/* Handout header.  patient and clinician may be NULL. */
	const char *patient;
	const char *clinician;
	/* How a health record knows them (-f fhir only). */
	struct person_key patient_key, clinician_key;
	struct date date;
	bool has_date; /* --date was given: date is not today's */

	/*
	 * The sessions to lay out: weeks is 0 when none were asked for.
	 * Without has_start they are numbered rather than dated.
	 */
	unsigned weeks;
	bool has_weeks; /* --weeks was given: weeks is not a default */
	bool has_start;
	struct date start;

	enum fhir_bundle fhir_bundle;
	/* --json-schema: the JSON schema version to print; 0: the current
	 * one. */
	unsigned json_version;

	/*
	 * The calendar's (-f ics; other formats ignore them): --remind's
	 * time of day, in minutes after midnight, when has_remind; and
	 * whether the patient's name stays out of its texts
	 * (--no-patient-name, or the settings file's
	 * patient_name_in_calendar: false).
	 */
	bool has_remind;
	unsigned remind_minutes;
	bool hides_patient_name;

	bool wants_log; /* print an adherence log after the plan */
	/*
	 * --large-print (or the settings file's large_print: true): the
	 * HTML handout, and so its PDF, in type of 16 pt or more with its
	 * figures one to a row; the other formats ignore it (a printed
	 * text's type size is the printer's).
	 */
	bool is_large_print;
	const char *band; /* the patient's band colour now; NULL: not given */

	/*
	 * What the clinician tailors for this patient, in the order the
	 * options came; cli_free frees the lists.
	 */
	struct array doses;   /* of struct tailored_dose: --dose */
	struct array omitted; /* of const char *, exercise ids: --omit */
	struct array notes;   /* of const char *: --note */
	bool has_review;      /* --review gave review */
	struct date review;

	/*
	 * The clinic's settings file: --clinic's, or the default one that
	 * cli_environment finds (is_clinic_default), which may be missing;
	 * NULL: none (--no-clinic, or no folder to look in).
	 */
	const char *clinic_path;
	bool is_clinic_default;
	bool has_no_clinic;
	char *clinic_default; /* the default path, which cli_free frees */
};

#endif
