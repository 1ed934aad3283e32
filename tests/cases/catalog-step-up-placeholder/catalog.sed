# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# The rule without --band names no band.
13a\
step_up: {easy_sessions: 2, rule: "Go to {next}.", next: N, strongest: S}
