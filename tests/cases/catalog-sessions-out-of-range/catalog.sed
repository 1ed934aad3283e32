# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
9c\
\  sessions_per_week: 8
