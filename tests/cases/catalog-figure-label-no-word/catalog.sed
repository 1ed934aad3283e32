# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
# A catalog with words of its own, written before issue 20, that gives a
# figure a label: its words must say what the label writes.
37a\
\    figures:\
\      - file: figures/start.svg\
\        caption: Start.\
\        labels:\
\          door: [15, 4]
