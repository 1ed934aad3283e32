/* SPDX-License-Identifier: ISC */
/*
 * hash.c: 64-bit FNV-1a (Fowler, Noll and Vo), a byte at a time.
 */
#include "hash.h"

/* The 64-bit FNV prime. */
#define FNV_PRIME UINT64_C(1099511628211)

static uint64_t
hash_byte(uint64_t h, unsigned char byte)
{
	return (h ^ byte) * FNV_PRIME;
}

uint64_t
hash_string(uint64_t h, const char *s)
{
	while (*s != '\0')
		h = hash_byte(h, (unsigned char)*s++);
	return h;
}

uint64_t
hash_field(uint64_t h, const char *s)
{
	return hash_byte(hash_string(h, s), 0x1f);
}
