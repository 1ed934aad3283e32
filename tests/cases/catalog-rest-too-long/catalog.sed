# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
7c\
\  rest_seconds: {min: 45, max: 601}
