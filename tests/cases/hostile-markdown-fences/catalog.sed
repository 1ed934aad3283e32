# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
20c\
\      - "~~~"\
\      - "x\\n| a | b |\\n|:--|:--|\\n| c | d | and ~~struck~~"
