/* SPDX-License-Identifier: ISC */
/*
 * sandbox_filter.h: the seccomp filter that embed-filter (built from
 * src/embed_filter.c, which lists what it allows and why) writes into
 * sandbox_filter.c at build time, as the kernel's BPF instructions.
 */
#ifndef HEELRX_SANDBOX_FILTER_H
#define HEELRX_SANDBOX_FILTER_H

#include <linux/filter.h>

extern const struct sock_filter sandbox_filter[];
extern const unsigned short sandbox_filter_length;

#endif
