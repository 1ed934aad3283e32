# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
5a\
\   reps: 10
