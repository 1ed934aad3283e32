/* SPDX-License-Identifier: ISC */
/*
 * person_key.h: how a health record knows the patient and the
 * clinician, for the FHIR Bundle (--patient-id, --patient-ref and the
 * clinician's pair).  A person is named by an identifier, "SYSTEM|VALUE"
 * as FHIR's token search writes it (the system a URI such as a clinic's
 * record-number namespace), or by a reference, "Type/id", to a resource
 * the server already holds.  cli checks the text with these functions;
 * render_fhir splits and encodes it with them.  No I/O, no allocation
 * but the buffer's.
 */
#ifndef HEELRX_PERSON_KEY_H
#define HEELRX_PERSON_KEY_H

#include <stdbool.h>
#include <stddef.h>

#include "buffer.h"

/* The identifier and the reference of one person; NULL when not given. */
struct person_key {
	const char *identifier; /* "SYSTEM|VALUE", checked */
	const char *reference;	/* "Type/id", checked */
};

/* Why a text is not an identifier or a reference. */
enum person_key_fault {
	PERSON_KEY_OK,
	PERSON_KEY_NO_BAR,     /* no '|' between system and value */
	PERSON_KEY_NO_SYSTEM,  /* nothing before the '|' */
	PERSON_KEY_BAD_SYSTEM, /* the system is not an absolute URI */
	PERSON_KEY_NO_VALUE,   /* nothing after the '|' */
	PERSON_KEY_BAD_VALUE,  /* control characters or not UTF-8 */
	PERSON_KEY_WRONG_TYPE, /* a reference to another resource type */
	PERSON_KEY_BAD_ID      /* the id is not 1 to 64 of [A-Za-z0-9.-] */
};

/* Whether text is "SYSTEM|VALUE": a URI with a scheme and no spaces,
 * then a value of printable UTF-8; the first '|' separates them. */
enum person_key_fault person_key_check_identifier(const char *text);

/* Whether text is "type/id" with a FHIR id (R4: 1 to 64 characters of
 * letters, digits, '-' and '.'). */
enum person_key_fault person_key_check_reference(const char *text,
						 const char *type);

/* The length of an identifier's system: the text before its first '|'. */
size_t person_key_system_length(const char *identifier);

/*
 * Appends the search that finds a resource with this identifier, as a
 * transaction entry's request.ifNoneExist carries it:
 * "identifier=SYSTEM|VALUE", with FHIR's search escapes ('\' before
 * '|', ',', '$' and '\' inside system and value) and then every byte
 * but letters, digits and "-_.!~*'()" percent-encoded.  False when out
 * of memory (the buffer's flag).
 */
bool person_key_search(struct buffer *out, const char *identifier);

#endif
