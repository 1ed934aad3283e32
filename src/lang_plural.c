/* SPDX-License-Identifier: ISC */
/*
 * lang_plural.c: which plural form a language uses for a number, by
 * the rules of Unicode CLDR (plurals.xml), for whole numbers only: a
 * handout counts sets, sessions, weeks and days.  A small table rather
 * than a translation's Plural-Forms header, since the catalog's words
 * name their forms by CLDR's categories (one, few, many...), which the
 * header's numbered forms do not say.
 */
#include <stddef.h>

#include "lang.h"

/* Languages whose rule is English's: one for 1 only. */
static enum lang_plural
one_other(unsigned long n)
{
	return n == 1 ? LANG_PLURAL_ONE : LANG_PLURAL_OTHER;
}

/* Chinese, Japanese, Korean...: one form for every number. */
static enum lang_plural
other_only(unsigned long n)
{
	(void)n;
	return LANG_PLURAL_OTHER;
}

/* Spanish and Italian: one for 1, many for a whole number of
 * millions ("1 millón de sesiones"). */
static enum lang_plural
one_many_millions(unsigned long n)
{
	if (n == 1)
		return LANG_PLURAL_ONE;
	if (n != 0 && n % 1000000 == 0)
		return LANG_PLURAL_MANY;
	return LANG_PLURAL_OTHER;
}

/* French and Portuguese: one for 0 and 1, many for millions. */
static enum lang_plural
zero_one_many_millions(unsigned long n)
{
	if (n <= 1)
		return LANG_PLURAL_ONE;
	return one_many_millions(n);
}

/* Whether n ends in 2, 3 or 4, but not in 12, 13 or 14. */
static bool
is_slavic_few(unsigned long n)
{
	return n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14);
}

/* Polish: 1 seria, 2 serie, 5 serii, 22 serie. */
static enum lang_plural
polish(unsigned long n)
{
	if (n == 1)
		return LANG_PLURAL_ONE;
	return is_slavic_few(n) ? LANG_PLURAL_FEW : LANG_PLURAL_MANY;
}

/* Russian and Ukrainian: 1 and 21 one, 2 to 4 few, the rest many. */
static enum lang_plural
east_slavic(unsigned long n)
{
	if (n % 10 == 1 && n % 100 != 11)
		return LANG_PLURAL_ONE;
	return is_slavic_few(n) ? LANG_PLURAL_FEW : LANG_PLURAL_MANY;
}

/* Arabic: all six, by the number and its last two digits. */
static enum lang_plural
arabic(unsigned long n)
{
	if (n <= 2)
		return n == 0	? LANG_PLURAL_ZERO
		       : n == 1 ? LANG_PLURAL_ONE
				: LANG_PLURAL_TWO;
	if (n % 100 >= 3 && n % 100 <= 10)
		return LANG_PLURAL_FEW;
	if (n % 100 >= 11)
		return LANG_PLURAL_MANY;
	return LANG_PLURAL_OTHER;
}

static const struct {
	const char *language;
	enum lang_plural (*rule)(unsigned long);
} rules[] = {
	{"en", one_other},
	{"de", one_other},
	{"nl", one_other},
	{"es", one_many_millions},
	{"it", one_many_millions},
	{"fr", zero_one_many_millions},
	{"pt", zero_one_many_millions},
	{"zh", other_only},
	{"ja", other_only},
	{"ko", other_only},
	{"pl", polish},
	{"ru", east_slavic},
	{"uk", east_slavic},
	{"ar", arabic},
};

enum lang_plural
lang_plural_category(const char *tag, unsigned long n)
{
	size_t i;

	for (i = 0; tag != NULL && i < sizeof rules / sizeof rules[0]; i++)
		if (lang_compatible(tag, rules[i].language))
			return rules[i].rule(n);
	return one_other(n);
}
