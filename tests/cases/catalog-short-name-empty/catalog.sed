# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
30a\
\    short_name: ""
