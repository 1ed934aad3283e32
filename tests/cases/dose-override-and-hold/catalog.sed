# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
46a\
\    equipment: A chair and a band.
48c\
\      sets: 1\
\      hold_seconds: 5
