# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f):
# a video on plain http, which anyone on the way can change.
37a\
\    video: http://clinic.example/videos/side-step
