# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# A quoted number is a text, not a number.
1c\
schema_version: 2
37a\
\    figures:\
\      - file: figures/start.svg\
\        caption: Start.\
\        labels:\
\          knot: ["10", 20]
