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
 */
#ifndef HEELRX_LANG_H
#define HEELRX_LANG_H

#include <stdbool.h>

/* Whether a and b name the same language, region included. */
bool lang_same(const char *a, const char *b);

/* Whether a and b are the same, or one is the other's bare language. */
bool lang_compatible(const char *a, const char *b);

/*
 * Whether s is a language tag heelrx accepts: letters, digits, '-' and
 * '_', 1 to 35 bytes (the longest BCP 47 allows).
 */
bool lang_is_tag(const char *s);

#endif
