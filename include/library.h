/* SPDX-License-Identifier: ISC */
/*
 * library.h: a shared library that heelrx opens with dlopen when a
 * request first needs it, by the soname the build read, instead of
 * being linked with it.  A linked library costs every run its mapping,
 * relocation and binding, whether the run calls it or not; libexpat
 * (figures read from a file) and libqrencode (video codes) are called
 * by few runs.  Opened, each is still the distribution's library, whose
 * fixes reach heelrx with its updates.
 */
#ifndef HEELRX_LIBRARY_H
#define HEELRX_LIBRARY_H

#include <stddef.h>

/*
 * A function to find in the library: its name, and the function
 * pointer of size bytes it goes into.
 */
struct library_function {
	const char *name;
	void *slot;
	size_t size;
};

/*
 * Opens soname, binding every symbol at once, and fills the count
 * functions' slots.  Returns the handle to close with library_close,
 * or NULL when the library cannot be loaded (*why is the loader's
 * reason, *missing NULL) or lacks a function (*missing names the
 * first, *why is NULL; the library is closed again).
 */
void *library_open(const char *soname, const struct library_function *functions,
		   size_t count, const char **missing, const char **why);

/* Lets go of what library_open opened; NULL does nothing. */
void library_close(void *handle);

#endif
