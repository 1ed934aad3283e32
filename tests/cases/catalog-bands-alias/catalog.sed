# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
13a\
bands: [tan, {name: red, aliases: [crimson, scarlet]}, green]
