/* SPDX-License-Identifier: ISC */
/*
 * expat.c: libexpat's functions for one parse, opened with dlopen by
 * the soname the build read, or, built with HEELRX_STATIC_EXPAT, the
 * functions linked in from its archive.  svg_parse.h says why heelrx
 * does not simply link the shared library.
 */
#include "i18n.h"
#include "library.h"
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

/* Without libexpat (a broken installation) no figure can be read: an
 * internal error, as for memory. */
enum status
svg_expat_open(struct expat *x, struct failure *f)
{
	const struct library_function functions[] = {
#define EXPAT_SLOT(name) {#name, &x->name, sizeof x->name},
		EXPAT_FUNCTIONS(EXPAT_SLOT)
#undef EXPAT_SLOT
	};
	const char *missing, *why;

	x->library = library_open(HEELRX_EXPAT_SONAME, functions,
				  sizeof functions / sizeof functions[0],
				  &missing, &why);
	if (x->library != NULL)
		return STATUS_OK;
	if (missing == NULL)
		failure_set(f, STATUS_SOFTWARE,
			    _("cannot load %s to read figures: %s"),
			    HEELRX_EXPAT_SONAME, why);
	else
		failure_set(f, STATUS_SOFTWARE, _("%s has no function %s"),
			    HEELRX_EXPAT_SONAME, missing);
	return STATUS_SOFTWARE; /* a constant the analyzer follows */
}
#endif

void
svg_expat_close(struct expat *x)
{
	library_close(x->library);
}
