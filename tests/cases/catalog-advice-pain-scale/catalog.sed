# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
s/^    limit: 6$/    limit: 11/
