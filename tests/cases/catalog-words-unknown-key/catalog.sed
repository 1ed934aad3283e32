# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
81i\
\  note: A word no handout prints
