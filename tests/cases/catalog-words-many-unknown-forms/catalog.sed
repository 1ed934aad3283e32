# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
35c\
\      - "{side:a} {side:b} {side:c} {side:d} {side:e} {side:f} {side:g} {side:h} {side:i}"
