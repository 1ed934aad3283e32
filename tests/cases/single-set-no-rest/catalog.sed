# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
5c\
\  sets: 1
7c\
\  rest_seconds: {min: 0, max: 0}
