# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
2c\
title: "Test \\u2067\\u0627 \\u20663\\u2013\\u2068x\\u2069\\u2069\\u2069 plan"
