/* SPDX-License-Identifier: ISC */
/*
 * test_i18n.c: a translation is used as a printf format only when it
 * reads the English text's arguments: reordered by position is fine,
 * another type, another count, "%n" or an argument skipped is not.  And
 * every message heelrx ships passes, so that no German or Spanish
 * message falls back to English: each .mo file the build compiled from
 * po/ (HEELRX_LOCALE_BUILD/LL/LC_MESSAGES/heelrx.mo) is read here.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "i18n.h"

#ifndef HEELRX_LOCALE_BUILD
#error "the build must define HEELRX_LOCALE_BUILD"
#endif

static void
test_conversions(void)
{
	/* Accepted: the same arguments, whatever the words around them. */
	CHECK(i18n_same_conversions("no side given", "keine Seite"));
	CHECK(i18n_same_conversions("invalid width %s; from %d to %d",
				    "Breite %s ungültig: %d bis %d"));
	CHECK(i18n_same_conversions("%04d-%02d-%02d; %u weeks",
				    "%4d/%d/%d %u"));
	CHECK(i18n_same_conversions("%s: %zu items, %lu bytes",
				    "%s — %zu Einträge, %lu Bytes"));
	CHECK(i18n_same_conversions("a %s of %d", "%2$d: %1$s"));
	CHECK(i18n_same_conversions("a %s of %d", "%2$d %1$s (%1$s)"));
	CHECK(i18n_same_conversions("100%% of %s", "%s zu 100 %%"));
	CHECK(i18n_same_conversions("%x and %o", "%u and %X"));
	CHECK(i18n_same_conversions("%-8s|%+d", "%s|%d"));

	/* Refused: another type, count or width, or conversions heelrx
	 * never uses. */
	CHECK(!i18n_same_conversions("invalid side %s", "Seite %d"));
	CHECK(!i18n_same_conversions("%d", "%u"));
	CHECK(!i18n_same_conversions("%u", "%lu"));
	CHECK(!i18n_same_conversions("%zu", "%u"));
	CHECK(!i18n_same_conversions("%s", "%s %s"));
	CHECK(!i18n_same_conversions("%s %s", "%s"));
	CHECK(!i18n_same_conversions("out of memory", "%s"));
	CHECK(!i18n_same_conversions("invalid side %s", "%n%s"));
	CHECK(!i18n_same_conversions("invalid side %s", "%s%n"));
	CHECK(!i18n_same_conversions("invalid side %s", "%hhn%s"));
	CHECK(!i18n_same_conversions("no side", "%m"));
	CHECK(!i18n_same_conversions("%s", "%ls"));
	CHECK(!i18n_same_conversions("%d", "%*d"));
	CHECK(!i18n_same_conversions("%d", "%.*d"));
	CHECK(!i18n_same_conversions("%s %d", "%1$s %d"));
	CHECK(!i18n_same_conversions("%s %s", "%2$s"));
	CHECK(!i18n_same_conversions("%s %d", "%1$s %1$d %2$d"));
	CHECK(!i18n_same_conversions("%s", "%0$s"));
	CHECK(!i18n_same_conversions("%s", "%17$s"));
	CHECK(!i18n_same_conversions("%s", "%s %"));
	CHECK(!i18n_same_conversions("%s", "%s %y"));
	/* An English text with a conversion heelrx never uses is never
	 * replaced. */
	CHECK(!i18n_same_conversions("%n", "%n"));

	/* A '%' that starts no conversion makes a plain text, never a
	 * format: its translation may read nothing either. */
	CHECK(i18n_same_conversions("em, ex or %)", "em, ex oder %)"));
	CHECK(i18n_same_conversions("em, ex or %)", "em, ex oder Prozent"));
	CHECK(!i18n_same_conversions("em, ex or %)", "em, ex oder %s"));
	CHECK(!i18n_same_conversions("em, ex or %)", "%n %)"));

	/* Without a translation, the English text itself comes back. */
	CHECK_STR(i18n_text("invalid side %s"), "invalid side %s");
	CHECK_STR(i18n_plural("%u week", "%u weeks", 1), "%u week");
	CHECK_STR(i18n_plural("%u week", "%u weeks", 2), "%u weeks");
}

/* A 32-bit number of a .mo file, in the file's byte order. */
static uint32_t
word(const unsigned char *p, int is_swapped)
{
	return is_swapped ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
				    (uint32_t)p[2] << 8 | p[3]
			  : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
				    (uint32_t)p[1] << 8 | p[0];
}

/* The string of table entry i at table in a .mo file of size bytes. */
static const char *
mo_string(const unsigned char *mo, size_t size, uint32_t table, uint32_t i,
	  int is_swapped, uint32_t *len)
{
	uint32_t at = table + 8 * i, offset;

	if (at + 8 > size)
		return NULL;
	*len = word(mo + at, is_swapped);
	offset = word(mo + at + 4, is_swapped);
	if (offset > size || *len >= size - offset || mo[offset + *len] != 0)
		return NULL;
	return (const char *)mo + offset;
}

/*
 * Each translation of the .mo file at path against its English text:
 * a plural entry's first form against the singular, the others
 * against the plural, as German and Spanish use them.
 */
static void
test_mo(const char *path)
{
	FILE *in = fopen(path, "rb");
	static unsigned char mo[1 << 20];
	size_t size = in != NULL ? fread(mo, 1, sizeof mo, in) : 0;
	uint32_t n, originals, translations, i, n_len, t_len, checked = 0;
	const char *msgid, *msgstr, *plural, *form;
	int is_swapped;

	if (in != NULL)
		fclose(in);
	CHECK(size >= 28 && size < sizeof mo);
	if (size < 28 || size >= sizeof mo)
		return;
	is_swapped = word(mo, 0) != 0x950412de;
	CHECK(word(mo, is_swapped) == 0x950412de);
	n = word(mo + 8, is_swapped);
	originals = word(mo + 12, is_swapped);
	translations = word(mo + 16, is_swapped);
	for (i = 0; i < n; i++) {
		msgid = mo_string(mo, size, originals, i, is_swapped, &n_len);
		msgstr = mo_string(mo, size, translations, i, is_swapped,
				   &t_len);
		CHECK(msgid != NULL && msgstr != NULL);
		if (msgid == NULL || msgstr == NULL || *msgid == '\0')
			continue;
		plural = strlen(msgid) < n_len ? msgid + strlen(msgid) + 1
					       : NULL;
		for (form = msgstr; form < msgstr + t_len;
		     form += strlen(form) + 1) {
			const char *english = form == msgstr || plural == NULL
						      ? msgid
						      : plural;

			if (!i18n_same_conversions(english, form)) {
				fprintf(stderr,
					"%s: \"%s\" is translated as \"%s\", "
					"which heelrx would not use\n",
					path, english, form);
				check_failures++;
			}
			checked++;
		}
	}
	CHECK(checked > 100);
	printf("%s: %u translations checked\n", path, checked);
}

int
main(void)
{
	DIR *dir = opendir(HEELRX_LOCALE_BUILD);
	struct dirent *e;
	char path[4096];
	int n_languages = 0;

	test_conversions();
	CHECK(dir != NULL);
	while (dir != NULL && (e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s/LC_MESSAGES/heelrx.mo",
			 HEELRX_LOCALE_BUILD, e->d_name);
		test_mo(path);
		n_languages++;
	}
	if (dir != NULL)
		closedir(dir);
	CHECK(n_languages >= 2);
	return check_report("test_i18n");
}
