/* SPDX-License-Identifier: ISC */
/*
 * argp-messages.c: the messages of glibc's argp that heelrx's --help,
 * --usage and usage errors show.  It is never compiled: xgettext reads
 * it (po/POTFILES lists it) so that po/heelrx.pot has them.  glibc's
 * argp looks its own words up in the program's text domain, not in
 * libc's, whenever the program's argp names no domain, so heelrx must
 * translate them itself.  They must match glibc's text exactly
 * (argp-help.c, argp-parse.c); a test compares them with libc's own
 * message catalog.
 */
#include "i18n.h"

static const char *const argp_messages[] = {
	N_("Usage:"),
	N_("  or: "),
	N_(" [OPTION...]"),
	N_("Try `%s --help' or `%s --usage' for more information.\n"),
	N_("Mandatory or optional arguments to long options are also "
	   "mandatory or optional for any corresponding short options."),
	N_("Report bugs to %s.\n"),
	N_("Give this help list"),
	N_("Give a short usage message"),
	N_("Print program version"),
};
