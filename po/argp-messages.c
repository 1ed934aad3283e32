/* SPDX-License-Identifier: ISC */
/*
 * argp-messages.c: the messages of glibc's argp that heelrx's --help
 * and --usage show.  (The help of --help, --usage and --version, the
 * line after a usage error and the one naming where bugs go are
 * heelrx's own now: cli.c and main.c.)  It is never compiled: xgettext reads
 * it (po/POTFILES lists it) so that po/heelrx.pot has them.  glibc's
 * argp looks its own words up in the program's text domain, not in
 * libc's, whenever the program's argp names no domain, so heelrx must
 * translate them itself.  They must match glibc's text exactly
 * (argp-help.c); a test compares them with libc's own
 * message catalog.
 */
#include "i18n.h"

static const char *const argp_messages[] = {
	N_("Usage:"),
	N_("  or: "),
	N_(" [OPTION...]"),
	N_("Mandatory or optional arguments to long options are also "
	   "mandatory or optional for any corresponding short options."),
};
