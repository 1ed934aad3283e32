# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
83a\
\    last: " or "
