# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
46a\
    precautions:\
      - Sit on a steady chair.
