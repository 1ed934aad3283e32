# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
