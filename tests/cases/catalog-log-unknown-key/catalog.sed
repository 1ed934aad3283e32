# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
13a\
log: {pain: Pain, scale: 10}
