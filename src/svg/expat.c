/* SPDX-License-Identifier: ISC */
/*
 * expat.c: libexpat's functions for one parse, opened with dlopen by
 * the soname the build read, or, built with HEELRX_STATIC_EXPAT, the
 * functions linked in from its archive.  svg_parse.h says why heelrx
 * does not simply link the shared library.
 */
#include <dlfcn.h>
#include <string.h>

#include "i18n.h"
#include "svg_parse.h"

#ifdef HEELRX_STATIC_EXPAT
enum status
svg_expat_open(struct expat *x, struct failure *f)
{
	(void)f;
	x->library = NULL;
#define EXPAT_LINKED(name) x->name = name;
	EXPAT_FUNCTIONS(EXPAT_LINKED)
#undef EXPAT_LINKED
	return STATUS_OK;
}
#else
#ifndef HEELRX_EXPAT_SONAME
#error "the build must define HEELRX_EXPAT_SONAME, such as \"libexpat.so.1\""
#endif

/*
 * A function of the library into *slot, a function pointer of size
 * bytes: POSIX makes the void * that dlsym returns convertible to one,
 * which ISO C does not say, so the bytes are copied.
 */
static bool
expat_find(struct expat *x, const char *name, void *slot, size_t size)
{
	void *symbol = dlsym(x->library, name);

	if (symbol == NULL || size != sizeof symbol)
		return false;
	memcpy(slot, &symbol, size);
	return true;
}

/* Without libexpat (a broken installation) no figure can be read: an
 * internal error, as for memory. */
enum status
svg_expat_open(struct expat *x, struct failure *f)
{
	const char *missing = NULL;

	x->library = dlopen(HEELRX_EXPAT_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (x->library == NULL) {
		failure_set(f, STATUS_SOFTWARE,
			    _("cannot load %s to read figures: %s"),
			    HEELRX_EXPAT_SONAME, dlerror());
		return STATUS_SOFTWARE; /* a constant the analyzer follows */
	}
#define EXPAT_FIND(name)                                                       \
	if (missing == NULL &&                                                 \
	    !expat_find(x, #name, &x->name, sizeof x->name))                   \
		missing = #name;
	EXPAT_FUNCTIONS(EXPAT_FIND)
#undef EXPAT_FIND
	if (missing == NULL)
		return STATUS_OK;
	dlclose(x->library);
	failure_set(f, STATUS_SOFTWARE, _("%s has no function %s"),
		    HEELRX_EXPAT_SONAME, missing);
	return STATUS_SOFTWARE;
}
#endif

void
svg_expat_close(struct expat *x)
{
	if (x->library != NULL)
		dlclose(x->library);
}
