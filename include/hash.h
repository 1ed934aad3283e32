/* SPDX-License-Identifier: ISC */
/*
 * hash.h: the one hash heelrx uses, 64-bit FNV-1a.
 *
 * It indexes the catalog's exercise ids and derives the stable
 * identifiers of the calendar and FHIR outputs, where the same inputs
 * must give the same bytes on every machine.  It is not a cryptographic
 * hash: nothing relies on it being hard to invert.
 */
#ifndef HEELRX_HASH_H
#define HEELRX_HASH_H

#include <stdint.h>

/* The value to start from. */
#define HASH_START UINT64_C(14695981039346656037)

/* h continued over the bytes of the NUL-terminated string s. */
uint64_t hash_string(uint64_t h, const char *s);

/*
 * h continued over s and then a separator byte that no text holds
 * (0x1f, which the catalog and the command line refuse), so that
 * hashing "ab", "c" differs from hashing "a", "bc".
 */
uint64_t hash_field(uint64_t h, const char *s);

#endif
