# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
s/^    safe: 3$/    safe: 6/
