/* SPDX-License-Identifier: ISC */
/*
 * library.c: dlopen and dlsym for the libraries heelrx opens when it
 * needs them (library.h).
 */
#include <dlfcn.h>
#include <stdbool.h>
#include <string.h>

#include "library.h"

/*
 * POSIX makes the void * that dlsym returns convertible to a function
 * pointer, which ISO C does not say, so its bytes are copied into the
 * slot.
 */
static bool
find(void *handle, const struct library_function *function)
{
	void *symbol = dlsym(handle, function->name);

	if (symbol == NULL || function->size != sizeof symbol)
		return false;
	memcpy(function->slot, &symbol, function->size);
	return true;
}

void *
library_open(const char *soname, const struct library_function *functions,
	     size_t count, const char **missing, const char **why)
{
	/* RTLD_NOW: nothing is left to bind after the process is
	 * narrowed (sandbox.h). */
	void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
	size_t i;

	*missing = NULL;
	*why = NULL;
	if (handle == NULL) {
		*why = dlerror();
		if (*why == NULL) /* which a failed dlopen always sets */
			*why = soname;
		return NULL;
	}
	for (i = 0; i < count; i++)
		if (!find(handle, &functions[i])) {
			*missing = functions[i].name;
			dlclose(handle);
			return NULL;
		}
	return handle;
}

void
library_close(void *handle)
{
	if (handle != NULL)
		dlclose(handle);
}
