# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
13a\
bands: [red, Green, RED]
