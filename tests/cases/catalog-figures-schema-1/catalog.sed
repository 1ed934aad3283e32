# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
37a\
\    figures:\
\      - {file: figures/start.svg, caption: Start.}
