# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f):
# no host after the scheme.
37a\
\    video: https:///videos/side-step
