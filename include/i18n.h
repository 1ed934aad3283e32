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
 *
 * A translation is data from a file heelrx does not control
 * (HEELRX_LOCALEDIR may name any folder), yet most messages are printf
 * formats.  So a translation is used only when its conversions are the
 * English text's: the same arguments, of the same types, in any order
 * its "%1$s" positions say.  Otherwise heelrx speaks English for that
 * message, rather than read arguments it was not given ("%s" for a
 * number) or write through one ("%n").  Whoever prints a message still
 * escapes it as it escapes a quoted value (printable.h), since a
 * translation may hold control characters too.
 */
#ifndef HEELRX_I18N_H
#define HEELRX_I18N_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <libintl.h>

/*
 * The translation of msgid when its printf conversions are msgid's,
 * else msgid itself.
 */
const char *i18n_text(const char *msgid) __attribute__((format_arg(1)));

/*
 * Like ngettext, with the translation checked against the English form
 * for n (msgid when n is 1, else plural).
 */
const char *i18n_plural(const char *msgid, const char *plural, unsigned long n)
	__attribute__((format_arg(1), format_arg(2)));

/*
 * Whether translation reads the same arguments as english, of the same
 * types, each conversion one heelrx may use.
 */
bool i18n_same_conversions(const char *english, const char *translation);

struct buffer; /* buffer.h */

/*
 * Appends to out a list for a message of n items, each written by
 * label(b, context, i) into its own buffer b: "a, b and c" (buffer_join)
 * with ", " between items and last before the last one, translated by
 * the caller.  False when memory ran out.
 */
bool i18n_list(struct buffer *out, size_t n,
	       void (*label)(struct buffer *, const void *context, size_t i),
	       const void *context, const char *last);

/*
 * Prints format, a message that is one line, filled with its arguments,
 * to out as one line: escaped as printable() escapes, the newline that
 * ends the format kept as the line's end.
 */
void i18n_print_line(FILE *out, const char *format, ...)
	__attribute__((format(printf, 2, 3)));

/* A message, translated now.  "_" is reserved to the implementation,
 * but it is the name xgettext and every GNU program use. */
/* NOLINTNEXTLINE(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp) */
#define _(msgid) i18n_text(msgid)

/* The plural forms, checked: every file that includes this header
 * gets the checked ngettext, under the name xgettext knows (libintl.h
 * may have made ngettext a macro of its own when optimising). */
#undef ngettext
#define ngettext(msgid, plural, n) i18n_plural(msgid, plural, n)

/* A message in a table, translated where it is used (argp does so for
 * option help). */
#define N_(msgid) msgid

struct input_file; /* input.h */

/*
 * The message catalogs heelrx reads, by device and inode: its own,
 * loaded now rather than when the first message is made, and any other
 * gettext has mapped so far.  A new array in *files that the caller
 * frees, of *count files; none in the C locale, without a translation,
 * or where /proc is not mounted.  False when memory ran out.
 */
bool i18n_files(struct input_file **files, size_t *count);

/* The text domain of heelrx's messages. */
#define HEELRX_TEXT_DOMAIN "heelrx"

#endif
