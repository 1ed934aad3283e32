# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
37c\
\      - "Ünïcödé 10° – 漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字 café tab\\there"
