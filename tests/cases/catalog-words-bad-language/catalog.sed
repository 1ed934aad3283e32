# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
50c\
\  language: en us
