# The case's catalog: tests/catalogs/advice.yaml with these edits (sed -f).
/^    after: Gone by morning.$/d
