# The case's catalog: tests/catalogs/words.yaml without its words (sed -f).
/^words:/,$d
