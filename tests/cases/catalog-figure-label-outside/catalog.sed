# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# A label anchor outside the figure's viewBox (0 0 100 50) is refused.
1c\
schema_version: 2
37a\
\    figures:\
\      - file: figures/start.svg\
\        caption: Start.\
\        labels:\
\          door: [101, 20, start]
