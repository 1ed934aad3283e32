# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
s/^    scale: 10$/    scale: 101/
