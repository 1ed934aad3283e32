# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
2c\
title: "Test \\u2069plan \\u2067\\u0627\\u2069"
