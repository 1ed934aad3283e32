# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
17c\
\    headline: Work the {leg} leg.
