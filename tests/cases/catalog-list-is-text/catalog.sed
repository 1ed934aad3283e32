# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
12,13c\
progression: Harder when easy.
