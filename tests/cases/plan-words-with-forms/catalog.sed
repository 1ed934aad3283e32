# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
52,53c\
\    left: {word: izquierda, m: izquierdo}\
\    right: {word: derecha, m: derecho}
35c\
\      - Lazo en el tobillo {side:m}; la puerta del lado {other}.
55c\
\    why: Por qué este plan
74c\
\    setup: Preparación, pierna {side}
50c\
\  language: es
