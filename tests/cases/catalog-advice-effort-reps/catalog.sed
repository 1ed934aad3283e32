# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
s/^    reps_min: 1$/    reps_min: 3/
