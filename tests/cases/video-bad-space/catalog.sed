# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f):
# a blank inside the address.
37a\
\    video: 'https://clinic.example/side step'
