/* SPDX-License-Identifier: ISC */
/*
 * lang.h: language tags, as a catalog's `language` and --lang give
 * them.
 *
 * heelrx compares tags the way people write them, not byte for byte:
 * case does not matter and '-' and '_' are the same ("zh-CN", "zh_cn"
 * and "zh_CN" are one language).  A tag with a region is compatible
 * with its bare language ("es-MX" and "es"), since the words of one
 * read well enough in the other; two different regions are not ("zh_CN"
 * and "zh_TW" are written differently).
 *
 * It also chooses among the handout languages heelrx has built in
 * (builtin.h) for a --lang: the catalog to print from, and the words a
 * catalog file without its own may borrow.
 */
#ifndef HEELRX_LANG_H
#define HEELRX_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "failure.h"

struct builtin_language; /* builtin.h */
struct catalog;		 /* catalog.h */
struct words;		 /* catalog.h */

/*
 * The plural categories of Unicode CLDR, which a word's forms are named
 * by: English says "1 set" (one) and "3 sets" (other); Polish "1 seria"
 * (one), "2 serie" (few), "5 serii" (many); Arabic has all six.
 */
enum lang_plural {
	LANG_PLURAL_ZERO,
	LANG_PLURAL_ONE,
	LANG_PLURAL_TWO,
	LANG_PLURAL_FEW,
	LANG_PLURAL_MANY,
	LANG_PLURAL_OTHER
};

/*
 * The category of the whole number n in the language of tag, by CLDR's
 * rule for that language (its bare language: "es-MX" is "es"); a
 * language heelrx has no rule for, or NULL, takes English's (one for
 * 1, other for the rest).
 */
enum lang_plural lang_plural_category(const char *tag, unsigned long n);

/*
 * Whether the language of tag is written right to left (Arabic,
 * Hebrew, Persian, Urdu and the like), which an HTML handout says with
 * dir="rtl"; NULL is English.
 */
bool lang_is_right_to_left(const char *tag);

/* Whether a and b name the same language, region included. */
bool lang_same(const char *a, const char *b);

/* Whether a and b are the same, or one is the other's bare language. */
bool lang_compatible(const char *a, const char *b);

/*
 * Whether s is a language tag heelrx accepts: letters, digits, '-' and
 * '_', 1 to 35 bytes (the longest BCP 47 allows).
 */
bool lang_is_tag(const char *s);

/* At most this many built-in languages are offered to a catalog. */
enum { LANG_MAX = 64 };

/* What a --lang chooses among the built-in languages. */
struct lang_choice {
	/* The built-in catalog in that language: English's without a
	 * --lang. */
	const struct catalog *catalog;
	/*
	 * The words a catalog file without its own may borrow: the
	 * language's when --lang names one; else every language's, for
	 * the catalog to take those of the language it is written in
	 * (catalog_options in catalog.h).
	 */
	const struct words *words[LANG_MAX];
	size_t word_count;
};

/*
 * Fills *choice for tag (--lang; NULL: none) among the count languages,
 * the source language first.  tag names the language with the same tag,
 * else the bare language of a tag with a region ("es" for "es-MX").
 * STATUS_USAGE, with f naming the languages there are, when heelrx has
 * none for tag.
 */
enum status lang_choose(const struct builtin_language *languages, size_t count,
			const char *tag, struct lang_choice *choice,
			struct failure *f);

/* The count languages for --list-langs, one a line: the code --lang
 * takes, a tab, and the language's name in itself. */
void lang_list(const struct builtin_language *languages, size_t count,
	       FILE *out);

#endif
