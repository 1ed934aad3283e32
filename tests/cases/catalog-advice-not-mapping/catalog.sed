# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
/^advice:$/,/^words:$/c\
advice: [pain]\
words:
