# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
52,53c\
\    left: {word: left, f: lefty}\
\    right: {word: right, g: righty}
