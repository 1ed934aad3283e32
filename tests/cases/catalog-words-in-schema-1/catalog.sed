# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
1c\
schema_version: 1
