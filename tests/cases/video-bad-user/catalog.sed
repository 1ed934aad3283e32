# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f):
# a user name before the host, which hides where the code leads.
37a\
\    video: https://clinic.example@evil.example/video
