# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
86c\
\      one: "{sets} set of {rep}"
