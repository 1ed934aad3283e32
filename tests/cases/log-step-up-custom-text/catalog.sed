# The case's catalog: tests/catalogs/base.yaml with these edits (sed -f).
# A clinic's own log with boxes to tick, next-morning pain and a step
# up a band after 3 easy sessions; one exercise has a short name.
13a\
bands: [Light, Medium, Heavy]\
log:\
\  pain: "{Side} heel now"\
\  morning_pain: "{Side} heel tomorrow"\
\  rate_pain: Rate it twice.\
\  easy: Easy?\
\  easy_note: Tick when easy.\
step_up:\
\  easy_sessions: 3\
\  rule: {one: "After one easy session, step up.", other: "After {count} easy sessions, step up."}\
\  next: "After {count} easy sessions, go from {band} to {next}."\
\  strongest: "{band} is the last; after {count} easy sessions, call us."
30a\
\    short_name: Abd
