# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
2c\
title: "Test \\u2066\\u202Bplan\\u2069"
