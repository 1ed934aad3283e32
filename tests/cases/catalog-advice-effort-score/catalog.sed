# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
s/^    score_max: 7$/    score_max: 11/
