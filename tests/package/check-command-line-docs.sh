#!/usr/bin/env bash
# The man pages and the bash completion (made at build time by cmake/tools/CommandLineDocs) say
# what the built programs' --help says: every command of ldn-tracker-cli and every option of it
# and of each command, the choices an option lists, and every option of ldn-tracker. The pages
# also format without a warning from groff.
#   check-command-line-docs.sh CLI APP MAN_FOLDER COMPLETION
set -euo pipefail
cli=$1
app=$2
man_folder=$3
completion=$(realpath "$4")
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The options a text names, one a line.
options_in() {
    { grep -oE -- '(^|[^A-Za-z0-9-])--[a-z][a-z0-9-]*' || true; } | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}
# A man page's text without the roff escapes for dashes and fonts.
plain() {
    sed -e 's/\\-/-/g' -e 's/\\f[BIR]//g' -e 's/\\://g' "$1"
}
# What the completion offers for the words given (the last is the one being completed).
completions() {
    # shellcheck disable=SC1090
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _ldn_tracker_cli; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$completion" "$@"
}

cli_page=$man_folder/ldn-tracker-cli.1
app_page=$man_folder/ldn-tracker.1
for page in "$cli_page" "$app_page"; do
    [ -s "$page" ] || fail "$page was not made"
    warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1 || true)
    [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
done

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "$cli --help lists no commands"
[ "$(completions ldn-tracker-cli '' | sort)" = "$(sort <<<"$commands")" ] ||
    fail "the completion does not offer exactly the commands of --help"
global_options=$("$cli" --help | sed -n '/^Options:/,/^$/p' | options_in)
[ "$(completions ldn-tracker-cli -- | sort)" = "$global_options" ] ||
    fail "the completion does not offer exactly the options of --help"
options_section=$(plain "$cli_page" | sed -n '/^\.SH OPTIONS/,/^\.SH /p')
for option in $global_options; do
    grep -qF -- "$option" <<<"$options_section" || fail "ldn-tracker-cli.1 has no $option under OPTIONS"
done

for command in $commands; do
    # From the command's name on: the global options before it are the program's, checked above.
    help=$("$cli" "$command" --help | sed -E "1s/^.*[[:space:]]$command([[:space:]]|\$)/$command\1/")
    section=$(plain "$cli_page" | awk -v name="$command" '$0 == ".SS " name { on = 1; next } /^\.S[SH] / { on = 0 } on')
    [ -n "$section" ] || fail "ldn-tracker-cli.1 has no section for the command $command"
    offered=$(completions ldn-tracker-cli "$command" --)
    for option in $(options_in <<<"$help"); do
        grep -qF -- "$option" <<<"$section" || fail "ldn-tracker-cli.1 does not name $option under $command"
        grep -qx -- "$option" <<<"$offered" || fail "the completion does not offer $option after $command"
    done
    # "--format json|csv|fhir": exactly those after the option.
    while read -r option choices; do
        [ -n "$option" ] || continue
        expected=$(tr '|' '\n' <<<"$choices" | sort)
        offered_choices=$(completions ldn-tracker-cli "$command" "$option" '' | sort)
        [ "$offered_choices" = "$expected" ] ||
            fail "after $command $option the completion offers \"$offered_choices\", not the choices of --help"
    done < <(grep -oE -- '--[a-z-]+ [a-z0-9][A-Za-z0-9-]*(\|[a-z0-9][A-Za-z0-9-]*)+' <<<"$help" | sort -u)
done

# Files where a file is wanted, and the actions of a command.
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
touch "$folder/alex-backup.json"
[ "$(cd "$folder" && completions ldn-tracker-cli import alex)" = alex-backup.json ] ||
    fail "the completion does not offer files after import"
[ "$(cd "$folder" && completions ldn-tracker-cli --db alex)" = alex-backup.json ] ||
    fail "the completion does not offer files after --db"
[ "$(completions ldn-tracker-cli profile '' | sort | tr '\n' ' ')" = "add edit list remove rename " ] ||
    fail "the completion does not offer profile's actions"
[ -z "$(completions ldn-tracker-cli log --profile '')" ] ||
    fail "the completion guesses a value for --profile"

app_options=$("$app" --help 2>/dev/null | options_in)
[ -n "$app_options" ] || fail "$app --help names no options"
for option in $app_options; do
    plain "$app_page" | grep -qF -- "$option" || fail "ldn-tracker.1 does not name $option"
done
echo "man pages and completion: $(wc -w <<<"$commands") commands, every option of --help"
