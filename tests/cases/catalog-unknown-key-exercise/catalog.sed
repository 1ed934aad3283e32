# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
22c\
\    key_exercise: bridge
