# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
52c\
\    left: {word: left, f: lefty}
