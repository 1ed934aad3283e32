# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
20c\
\      - |-\
\        Line one of {side}.\
\        Line two.
