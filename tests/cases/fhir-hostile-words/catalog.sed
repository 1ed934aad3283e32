# The case's catalog: tests/catalogs/words.yaml with these edits (sed -f).
# Every word of the handout means something in markdown (FHIR's
# CarePlan.note) or in GFM's extensions (tables, struck text, autolinks,
# task lists, footnotes); each keeps the placeholders its text had.
/^load:/a\
bands: [yellow, red, green]
s/^    why: .*/    why: "# why <script>alert(1)<\/script>"/
s/^    dose_and_schedule: .*/    dose_and_schedule: "## dose"/
s/^    sessions: Sessions/    sessions: "### sessions"/
s/^    exercises: Exercises/    exercises: "- exercises"/
s/^    progression: .*/    progression: "1. harder [x](javascript:alert(1))"/
s/^    log: Log/    log: "> log"/
s/^    patient: .*/    patient: "+ patient"/
s/^    clinician: .*/    clinician: "2) clinician"/
s/^    date: Date/    date: "= date"/
s/^    schedule: Schedule/    schedule: "<b>schedule<\/b>"/
s/^    usual_dose: .*/    usual_dose: "*usual* _dose_"/
s/^    equipment: Equipment/    equipment: "`equipment`"/
s/^    resistance: .*/    resistance: "# HEAD <script>alert(1)<\/script>"/
s/^    bands: Bands/    bands: "[x](javascript:alert(1))"/
s/^    band_now: .*/    band_now: "<img src=x onerror=alert(1)>"/
s/^    dose: Dose/    dose: "![i](https:\/\/evil.example\/i.png)"/
s/^    anchor: Anchor/    anchor: "~~anchor~~ ~x~"/
s/^    position: Position/    position: "| position | x |"/
s/^    setup: .*/    setup: "- [ ] set-up {side} \&amp;"/
s/^    movement: .*/    movement: "--- movement"/
s/^    cues: .*/    cues: ":-- cues"/
s/^    week: .*/    week: "\&#35; week {week} \\\\"/
s/^  warning: .*/  warning: "# WARNING [x](javascript:alert(1)) <img src=x onerror=alert(1)>"/
s/^  key_exercise: .*/  key_exercise: "**KEY** [^1]"/
s/^  exercise_title: .*/  exercise_title: "{name} <i>({target})<\/i>"/
s/^    separator: .*/    separator: " | "/
s/^    last: " and "/    last: " ~~and~~ "/
s/^    lightest: .*/    lightest: "{band} [lightest](https:\/\/evil.example)"/
s/^    strongest: .*/    strongest: "{band} <strongest>"/
s/^    next: .*/    next: "{band}; *next* www.evil.example {next}"/
s/^    last: "{band}.*/    last: "{band} `last` https:\/\/evil.example\/x"/
s/^      one: "{count} session a week"/      one: "* {count} session"/
s/^      other: "{count} sessions a week"/      other: "* {count} sessions"/
s/^    each_leg: .*/    each_leg: "{dose} _each_"/
s/^    dated: .*/    dated: "> {sessions} in {weeks}, from {first}."/
s/^    short_date: .*/    short_date: "{weekday} _{date}_"/
s/^    instructions: >-/    instructions: "1. <u>fill<\/u> in"/
/^      Fill in one row/,/^      you used\./d
s/^    session: Session/    session: "| session"/
s/^    band: Band/    band: "~band~"/
s/^    sets: .*/    sets: "{number} *{side}*"/
s/^    sets_cell: .*/    sets_cell: "\\\\ of {sets}"/
s/^    one_heel: .*/    one_heel: "# {Side} <heel>"/
s/^    both_heels: .*/    both_heels: "[both](javascript:alert(1))"/
