# SPDX-License-Identifier: ISC
# Bash completion for heelrx(1).
#
# Plain bash, with no helper from the bash-completion package, so that
# ". heelrx.bash" works in any bash from 4.4 on.  Installed as
# share/bash-completion/completions/heelrx, it is loaded by
# bash-completion the first time heelrx is completed.

# One line per option: its spellings, then what follows it: @none for
# nothing, @file for a file name, @text for free text (nothing to offer),
# @langs for the handout languages heelrx --list-langs names, @formats
# for the output formats heelrx --list-formats names, @exercises for the
# exercise ids heelrx --list names, or else the values to offer.  Adding an option or a value is changing
# one line; a new format or language needs none.  "-?" (argp's short --help) is left out: offered on a command
# line, the shell would expand it as a pattern.
_heelrx_options=(
	'-p --pain        left right both'
	'-f --format      @formats'
	'--json-schema    1 2'
	'--fhir-bundle    collection transaction'
	'-w --width       @text'
	'--large-print    @none'
	'-L --lang        @langs'
	'--patient        @text'
	'--clinician      @text'
	'--patient-id     @text'
	'--patient-ref    @text'
	'--clinician-id   @text'
	'--clinician-ref  @text'
	'--date           @text'
	'--start          @text'
	'--weeks          @text'
	'--log            @none'
	'--band           @text'
	'--dose           @text'
	'--omit           @exercises'
	'--note           @text'
	'--review         @text'
	'--remind         @text'
	'--no-patient-name @none'
	'--clinic         @file'
	'--no-clinic      @none'
	'-e --exercises   @file'
	'-o --output      @file'
	'--batch          @file'
	'--list           @none'
	'--check          @none'
	'--list-langs     @none'
	'--list-formats   @none'
	'--help           @none'
	'--usage          @none'
	'-V --version     @none'
)

# Splits table line $1 into _heelrx_names, its spellings, and
# _heelrx_spec, what follows them.
_heelrx_split()
{
	local word
	local -a words
	read -r -a words <<<"$1"
	_heelrx_names=()
	for word in "${words[@]}"; do
		[[ $word == -* ]] || break
		_heelrx_names+=("$word")
	done
	_heelrx_spec=${words[*]:${#_heelrx_names[@]}}
}

# Sets _heelrx_spec to what follows option $1, a spelling or, for a long
# option, a prefix that only one option starts with, as getopt accepts.
# Fails for an unknown or ambiguous option.
_heelrx_lookup()
{
	local line word found='' n_found=0
	[[ $1 == -?* ]] || return 1
	for line in "${_heelrx_options[@]}"; do
		_heelrx_split "$line"
		for word in "${_heelrx_names[@]}"; do
			if [[ $word == "$1" ]]; then
				found=$line n_found=1
				break 2
			elif [[ $1 == --* && $word == "$1"* ]]; then
				found=$line n_found=$((n_found + 1))
			fi
		done
	done
	((n_found == 1)) && _heelrx_split "$found"
}

# Offers the values for _heelrx_spec that start with $2, each after the
# prefix $1; values match in any case, as heelrx reads them.
_heelrx_values()
{
	local prefix=$1 value=$2 word
	local -a words
	case $_heelrx_spec in
	@none | @text) ;;
	@langs | @formats | @exercises)
		# The languages, formats or exercise ids this heelrx has, as it
		# lists them itself ("--lang=help" lists the languages too).
		while IFS=$'\t' read -r word _; do
			[[ ${word,,} == "${value,,}"* ]] && COMPREPLY+=("$prefix$word")
		done < <(if [[ $_heelrx_spec == @exercises ]]; then
				"${COMP_WORDS[0]:-heelrx}" --list 2>/dev/null
			else
				"${COMP_WORDS[0]:-heelrx}" "--list-${_heelrx_spec#@}" 2>/dev/null
			fi
			[[ $_heelrx_spec == @langs ]] && printf 'help\t\n')
		;;
	@file)
		compopt -o filenames
		while IFS= read -r word; do
			COMPREPLY+=("$prefix$word")
		done < <(compgen -f -- "$value")
		;;
	*)
		read -r -a words <<<"$_heelrx_spec"
		for word in "${words[@]}"; do
			[[ ${word,,} == "${value,,}"* ]] && COMPREPLY+=("$prefix$word")
		done
		;;
	esac
	return 0
}

# Offers the options that start with $1; a long option that takes a value
# is offered with its "=", and no space after it when it is the only one.
_heelrx_option_names()
{
	local line word
	for line in "${_heelrx_options[@]}"; do
		_heelrx_split "$line"
		for word in "${_heelrx_names[@]}"; do
			[[ $word == --* && $_heelrx_spec != @none ]] && word+='='
			[[ $word == "$1"* ]] && COMPREPLY+=("$word")
		done
	done
	if ((${#COMPREPLY[@]} == 1)) && [[ ${COMPREPLY[0]} == *= ]]; then
		compopt -o nospace
	fi
	return 0
}

_heelrx()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev='' before i word _heelrx_spec
	local -a _heelrx_names
	COMPREPLY=()
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

	# Complete only the part of the word before the cursor; "before" is
	# the line up to that part.
	if [[ -n ${COMP_LINE+set} && -n ${COMP_POINT+set} ]]; then
		before=${COMP_LINE:0:COMP_POINT}
		for ((i = ${#cur}; i > 0; i--)); do
			[[ $before == *"${cur:0:i}" ]] && break
		done
		cur=${cur:0:i}
		before=${before:0:${#before}-${#cur}}
	else
		before="${COMP_WORDS[*]:0:COMP_CWORD} $cur"
		before=${before:0:${#before}-${#cur}}
	fi

	# heelrx takes no operands, so nothing follows "--".
	for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
		[[ $word == -- ]] && return 0
	done

	# With "=" in COMP_WORDBREAKS, as by default, bash splits
	# --pain=VALUE into the words "--pain", "=" and "VALUE".
	if [[ $cur == = && $before == *"$prev" ]]; then
		_heelrx_lookup "$prev" && _heelrx_values '' ''
	elif [[ $prev == = && $before == *= ]] && ((COMP_CWORD >= 2)); then
		_heelrx_lookup "${COMP_WORDS[COMP_CWORD - 2]}" &&
			_heelrx_values '' "$cur"
	# --pain VALUE or -p VALUE: the value may start with "-".
	elif _heelrx_lookup "$prev" && [[ $_heelrx_spec != @none ]]; then
		_heelrx_values '' "$cur"
	# --pain=VALUE as one word.
	elif [[ $cur == --*=* ]]; then
		_heelrx_lookup "${cur%%=*}" && _heelrx_values "${cur%%=*}=" "${cur#*=}"
	# -pVALUE.
	elif [[ $cur == -[!-]?* ]]; then
		_heelrx_lookup "${cur:0:2}" && _heelrx_values "${cur:0:2}" "${cur:2}"
	else
		_heelrx_option_names "$cur"
	fi
	return 0
}

complete -F _heelrx heelrx
