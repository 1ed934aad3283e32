# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
13a\
step_up: {easy_sessions: 0, rule: R, next: N, strongest: S}
