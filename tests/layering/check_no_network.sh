#!/usr/bin/env bash
# Usage: check_no_network.sh CLI_BINARY APP_BINARY WORK_DIR
# Runs the command-line tool and every tab of the desktop app under strace and fails if either
# opens an Internet (IPv4/IPv6) or raw packet socket. Local Unix sockets are allowed: glibc uses
# one to ask nscd for the user's name, which never leaves the machine.
set -u
cli=$1
app=$2
work=$3
rm -rf "$work" && mkdir -p "$work"
# LeakSanitizer stops threads with ptrace, which strace already holds; leaks are the other
# suites' concern, so the traced runs go without it in the sanitizer build.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
db="$work/diary.sqlite"
trace="$work/trace.txt"

if ! strace -f -e trace=socket -o "$work/probe.txt" true 2>/dev/null; then
    echo "strace cannot trace here (ptrace not permitted); skipping" >&2
    exit 77
fi

run() {
    strace -f -e trace=socket,connect -o "$trace.$1" "${@:2}" >/dev/null 2>&1
}
run 1 "$cli" --db "$db" demo --profile Net --days 60 || { echo "demo failed" >&2; exit 1; }
run 2 "$cli" --db "$db" analyze --profile Net --json
run 3 "$cli" --db "$db" log --profile Net --date "$(date +%F)" --dose 4.5
run 4 "$cli" --db "$db" check
run 5 "$cli" --db "$db" report --profile Net --out "$work/report.pdf" || { echo "report failed" >&2; exit 1; }
step=6
for tab in today diary chart plan evidence report; do
    run "$step" "$app" --db "$db" --screenshot "$work/$tab.png" --tab "$tab" || { echo "app failed on $tab" >&2; exit 1; }
    step=$((step + 1))
done

cat "$trace".* >"$trace"
if grep -E 'socket\((AF_INET|AF_INET6|AF_PACKET)' "$trace" >&2; then
    echo "PRIVACY: a network socket was opened (see above)" >&2
    exit 1
fi
sockets=$(grep -c 'socket(' "$trace" || true)
echo "no network sockets: $(ls "$trace".* | wc -l) runs traced, $sockets local socket calls (nscd)"
