# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f):
# a script for an address.
37a\
\    video: javascript:alert(1)
