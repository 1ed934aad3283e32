# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f):
# a control character (YAML's \\t escape).
37a\
\    video: "https://clinic.example/\tvideo"
