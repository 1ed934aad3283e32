# SPDX-License-Identifier: ISC
# lib.sh: what the shell tests share.  A test sources it first:
#
#     . "$(dirname "$0")/lib.sh"
#
# It stops on an unset variable, fixes what every plan's bytes depend on
# (the date, the locale, no catalog, language or clinic's settings file
# from the environment), makes a
# scratch folder $scratch that is removed at exit, and keeps the tally
# that finish turns into the exit status.
set -u
export SOURCE_DATE_EPOCH=1764547200 # 2025-12-01
export LC_ALL=C.UTF-8
unset HEELRX_EXERCISES HEELRX_LANG LANGUAGE
tests_dir=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d) || exit 1
# No clinic's settings file: heelrx looks in XDG_CONFIG_HOME.
export XDG_CONFIG_HOME="$scratch/no-config"
trap 'chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
failures=0

# fail WHAT: counts a failure and says what failed.
fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# check WHAT COMMAND...: runs COMMAND, a failure if it fails.
check() {
	what=$1
	shift
	"$@" || fail "$what"
}

# finish: exits 0 when nothing failed, 1 otherwise.
finish() {
	[ "$failures" -eq 0 ]
	exit
}

# case_catalog DIR OUT: writes the catalog of golden case DIR to OUT:
# its catalog.yaml, or a catalog of tests/catalogs/ edited by its
# catalog.sed: base.yaml (schema 1), or the one its catalog.base names
# (words.yaml: the same in schema 2, with the handout's words).
# Returns 1 when the case has neither.
case_catalog() {
	if [ -f "$1/catalog.yaml" ]; then
		cp "$1/catalog.yaml" "$2"
	elif [ -f "$1/catalog.sed" ]; then
		base=base.yaml
		[ -f "$1/catalog.base" ] && base=$(cat "$1/catalog.base")
		# Bytes, not characters: some cases hold invalid UTF-8.
		LC_ALL=C sed -f "$1/catalog.sed" "$tests_dir/catalogs/$base" > "$2"
	else
		return 1
	fi
}
