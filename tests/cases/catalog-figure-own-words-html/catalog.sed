# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
# A clinic's catalog written before issue 20, with words of its own and
# a start and an end figure without labels: still valid, shown as two
# frames, each an image named by its caption, without labels or legend.
37a\
\    figures:\
\      - {file: figures/start.svg, caption: "Start, the {side} leg."}\
\      - {file: figures/start.svg, caption: "End, the {side} leg."}
