# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
35c\
\      - Loop on the {side:f} ankle; door on the {other} side.
