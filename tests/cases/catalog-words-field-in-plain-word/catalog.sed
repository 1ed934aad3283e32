# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
55c\
\    why: Why {sets} sets
