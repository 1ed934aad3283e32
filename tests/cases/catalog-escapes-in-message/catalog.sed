# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
6c\
\  reps: "\\u202e10\\x1b[2J\\"\\\\"
