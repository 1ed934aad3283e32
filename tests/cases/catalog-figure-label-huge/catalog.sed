# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# A huge anchor is outside any figure.
1c\
schema_version: 2
37a\
\    figures:\
\      - file: figures/start.svg\
\        caption: Start.\
\        labels:\
\          door: [999999999, 20]
