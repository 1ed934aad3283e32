# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
24c\
\    headline: Work the {side} leg.
