# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f):
# a video for each exercise, the first beside its figures, the second,
# which has none, after its facts.  tests/html-qr decodes both codes.
1c\
schema_version: 2
37a\
\    video: https://clinic.example/videos/side-step?lang=en&v=2\
\    figures:\
\      - {file: figures/start.svg, caption: "Drawn left, for your {side} leg."}\
\      - {file: figures/right.svg, caption: "Drawn right, for your {side} leg.", leg: right}
46a\
\    video: https://clinic.example:8443/videos/knee-bend
