# SPDX-License-Identifier: ISC
# fish completion for heelrx(1).  Installed as
# share/fish/vendor_completions.d/heelrx.fish, where Debian's fish looks;
# in a clone, "source completion/heelrx.fish" tries it out.
#
# One line per option, as in heelrx.bash: its spellings, what follows it
# (-x a value, from the words of -a when it has them; -r -F a file name)
# and what it does.  The values of --pain are the words of its -a: a
# new value is a new word there, and tests/completion-fish fails until
# it is.  The languages and formats are heelrx's own lists.  "-?" (argp's short --help) is left out, as in bash.

# File names only where a file goes.
complete -c heelrx -f
complete -c heelrx -s p -l pain -x -a 'left right both' -d 'Which heel hurts'
complete -c heelrx -s f -l format -x -a '(heelrx --list-formats 2>/dev/null)' -d 'Output format'
complete -c heelrx -s w -l width -x -d 'Wrap text output at N columns, 40 to 200'
complete -c heelrx -s L -l lang -x -a '(heelrx --list-langs 2>/dev/null; printf "help\tList the languages\n")' -d "The handout's language"
complete -c heelrx -s e -l exercises -r -F -d 'Read the catalog from FILE'
complete -c heelrx -s o -l output -r -F -d 'Write to FILE once complete'
complete -c heelrx -l batch -r -F -d 'A handout for each row of a CSV list'
complete -c heelrx -l patient -x -d "The patient's name"
complete -c heelrx -l clinician -x -d "The clinician's name"
complete -c heelrx -l patient-id -x -d "The patient's identifier, SYSTEM|VALUE"
complete -c heelrx -l patient-ref -x -d 'A Patient the FHIR server holds, Patient/ID'
complete -c heelrx -l clinician-id -x -d "The clinician's identifier, SYSTEM|VALUE"
complete -c heelrx -l clinician-ref -x -d 'A Practitioner the FHIR server holds, Practitioner/ID'
complete -c heelrx -l date -x -d "The plan's date, YYYY-MM-DD"
complete -c heelrx -l start -x -d 'Date the sessions, the first on this day'
complete -c heelrx -l weeks -x -d 'The sessions of N weeks, 1 to 52'
complete -c heelrx -l log -d 'Add a log sheet'
complete -c heelrx -l large-print -d 'The HTML handout in large print'
complete -c heelrx -l band -x -d 'The band the patient uses now'
complete -c heelrx -l json-schema -x -a '2 1' -d 'The JSON schema version'
complete -c heelrx -l fhir-bundle -x -a 'collection transaction' -d 'The FHIR Bundle type'
complete -c heelrx -l dose -x -d 'The dose of every exercise, or of one: [ID:]SETSxREPS'
complete -c heelrx -l omit -x -a '(heelrx --list 2>/dev/null | cut -f1,2)' -d 'Leave an exercise out'
complete -c heelrx -l note -x -d 'A note to the patient'
complete -c heelrx -l review -x -d 'The day of the review appointment, YYYY-MM-DD'
complete -c heelrx -l remind -x -d "Remind at this time on each session's day, HH:MM"
complete -c heelrx -l no-patient-name -d "Leave the patient's name out of the calendar"
complete -c heelrx -l clinic -r -F -d "Read the clinic's settings from FILE"
complete -c heelrx -l no-clinic -d 'Read no settings file'
complete -c heelrx -l list -d "List the catalog's exercises"
complete -c heelrx -l check -d 'Validate the catalog'
complete -c heelrx -l list-langs -d 'List the handout languages'
complete -c heelrx -l list-formats -d 'List the output formats'
complete -c heelrx -l help -d 'Print help'
complete -c heelrx -l usage -d 'Print a short usage message'
complete -c heelrx -s V -l version -d 'Print the version'
