# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
52,53c\
\    left: {word: left, f: a, f: b}\
\    right: {word: right, f: c, g: d}
