# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
71c\
\    dose: The amount of work that each session asks of the working leg
65c\
\    schedule: How often you do the whole workout, week after week
