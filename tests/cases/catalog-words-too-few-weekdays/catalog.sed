# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
121c\
\    weekdays: [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday]
