# SPDX-License-Identifier: ISC
# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
1c\
schema_version: 2
37a\
\    figures:\
\      - {file: figures/start.svg, caption: "0."}\
\      - {file: figures/start.svg, caption: "1."}\
\      - {file: figures/start.svg, caption: "2."}\
\      - {file: figures/start.svg, caption: "3."}\
\      - {file: figures/start.svg, caption: "4."}\
\      - {file: figures/start.svg, caption: "5."}\
\      - {file: figures/start.svg, caption: "6."}\
\      - {file: figures/start.svg, caption: "7."}\
\      - {file: figures/start.svg, caption: "8."}
