# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# An anchor is a list, not a mapping.
1c\
schema_version: 2
37a\
\    figures:\
\      - file: figures/start.svg\
\        caption: Start.\
\        labels:\
\          working_foot: {x: 10, y: 20}
