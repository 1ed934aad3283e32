# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# Issue 20: an exercise's frames, in order: one in the old form without
# labels; one with every label, at the viewBox's edges too and with a
# decimal; one drawn for a right working leg.  heelrx mirrors the anchors
# with the drawing for the other leg and writes the labels upright, in
# the built-in English words, after the mirrored group.
1c\
schema_version: 2
37a\
\    figures:\
\      - {file: figures/start.svg, caption: "Old form, the {side} leg."}\
\      - file: figures/start.svg\
\        caption: "Every label, the {side} leg."\
\        labels:\
\          working_foot: [40, 48, start]\
\          standing_foot: [20.5, 48, end]\
\          door: [15, 4]\
\          knot: [0, 30, start]\
\          movement_arrow: [100, 10, end]\
\          from_above: [50, 50, middle]\
\      - file: figures/start.svg\
\        caption: "Drawn for a right leg, the {side} leg."\
\        leg: right\
\        labels:\
\          working_foot: [80, 48, end]\
\          standing_foot: [60, 48]
