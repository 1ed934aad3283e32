/*
 * builtin.h: the copy of exercises.yaml compiled into heelrx, so that
 * the program works from any folder without being installed.  The
 * build generates its definition from the source tree's exercises.yaml.
 */
#ifndef HEELRX_BUILTIN_H
#define HEELRX_BUILTIN_H

#include <stddef.h>

extern const unsigned char builtin_catalog[];
extern const size_t builtin_catalog_size;

#endif
