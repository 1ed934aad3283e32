# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
52c\
\    left: {word: left, a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x}
