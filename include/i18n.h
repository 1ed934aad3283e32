/* SPDX-License-Identifier: ISC */
/*
 * i18n.h: program messages in the user's language, the GNU way.
 *
 * Every message heelrx prints on standard error or in --help is marked
 * here so that xgettext collects it into po/heelrx.pot, and translated
 * at run time by gettext in the text domain "heelrx" that main() binds
 * (see po/README).  Only messages are translated: the handout's words
 * come from the catalog in the language --lang names, never from the
 * locale.  Without a translation, and in the C locale, gettext returns
 * the English text as it is, at the cost of a function call, and only
 * when a message is made.
 */
#ifndef HEELRX_I18N_H
#define HEELRX_I18N_H

#include <libintl.h>

/* A message, translated now.  "_" is reserved to the implementation,
 * but it is the name xgettext and every GNU program use. */
/* NOLINTNEXTLINE(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp) */
#define _(msgid) gettext(msgid)

/* A message in a table, translated where it is used (argp does so for
 * option help). */
#define N_(msgid) msgid

/* The text domain of heelrx's messages. */
#define HEELRX_TEXT_DOMAIN "heelrx"

#endif
