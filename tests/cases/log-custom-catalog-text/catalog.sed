# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
13a\
bands: [Light, Medium, Heavy]\
log:\
\  pain: How much does your {side} heel hurt, from 0 to 10?
47a\
\      sets: 12
