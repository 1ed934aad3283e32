# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
39c\
\    name: "Curl\\tbent\\nknee"
