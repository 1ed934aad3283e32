# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# A label heelrx has no word for is refused, naming those it has.
1c\
schema_version: 2
37a\
\    figures:\
\      - file: figures/start.svg\
\        caption: Start.\
\        labels:\
\          toe: [10, 20]
