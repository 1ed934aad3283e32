# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
140,144d
