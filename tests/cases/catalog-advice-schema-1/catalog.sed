# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
s/^schema_version: 2$/schema_version: 1/
/^words:/,$d
