#!/bin/bash
# Runs as root inside the fresh Debian 12 root that check-package-in-debian-root.sh makes, with the
# packages in /tmp/ldn-check: ldn-tracker_0.0.9_ARCH.deb (this build, repackaged as older) and the
# package itself. Each step says what it shows; the first failure stops the check. The pictures
# of the window go to /tmp/ldn-check/out for the host to look at.
set -euo pipefail
cd /tmp/ldn-check
export DEBIAN_FRONTEND=noninteractive
id=io.github.ldntracker.LdnTracker
old=
new=
for deb in ldn-tracker_*.deb; do
    case $deb in
    ldn-tracker_0.0.9_*) old=$deb ;;
    *) new=$deb ;;
    esac
done
if [ -z "$old" ] || [ -z "$new" ]; then
    echo "FAILED: the two packages are not both in /tmp/ldn-check" >&2
    exit 1
fi
new_version=$(dpkg-deb --field "$new" Version)

step() { printf '\n-- %s\n' "$*"; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
# Runs a command as USER, with the environment a login gives (HOME, PATH), as a patient would.
as() {
    local user=$1
    shift
    setpriv --reuid="$user" --regid="$user" --init-groups --reset-env env LC_ALL=C.UTF-8 "$@"
}
data_of() { echo "/home/$1/.local/share/ldn-tracker"; }
# Runs a command as USER that must fail with one of the exit codes CODES ("2|3") and say MESSAGE
# on stderr.
expect_refusal() {
    local user=$1 codes=$2 message=$3
    shift 3
    local status=0
    as "$user" "$@" >/tmp/ldn-check/stdout 2>/tmp/ldn-check/stderr || status=$?
    cat /tmp/ldn-check/stderr
    [[ "|$codes|" == *"|$status|"* ]] || fail "$* as $user exited with $status, not $codes"
    grep -qF -- "$message" /tmp/ldn-check/stderr || fail "$* as $user did not say \"$message\""
}

step "apt-get installs the older package on a minimal Debian 12 and pulls in what it needs"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "./$old" >/tmp/ldn-check/apt-old.log
[ "$(dpkg-query -W -f='${Version}' ldn-tracker)" = 0.0.9 ] || fail "version 0.0.9 is not installed"
grep -c '^Setting up' /tmp/ldn-check/apt-old.log | sed 's/^/packages set up: /'

step "A patient keeps a diary with the older package's ldn-tracker-cli, as a normal user"
useradd --create-home --shell /bin/bash patient
as patient ldn-tracker-cli profile add Alex --condition "ME/CFS"
as patient ldn-tracker-cli demo --profile Alex --days 120 --seed 3
as patient ldn-tracker-cli log --profile Alex --date "$(date +%F)" --dose 3 --time 22:00 --score fatigue=4 \
    --note "written before the upgrade"
diary=$(data_of patient)/diary.sqlite
[ "$(stat -c '%U %a' "$diary")" = "patient 600" ] || fail "the diary is not owned by the patient alone"
sha256sum "$diary" >/tmp/ldn-check/diary.sha256

step "A carer's diary was cut short mid-write, and a friend's is not a diary at all"
useradd --create-home --shell /bin/bash carer
useradd --create-home --shell /bin/bash friend
as carer ldn-tracker-cli demo --profile Sam --days 60 --seed 5 >/dev/null
carer_diary=$(data_of carer)/diary.sqlite
as carer truncate --size=$(($(stat -c %s "$carer_diary") / 2)) "$carer_diary"
as friend mkdir -p "$(data_of friend)"
as friend sh -c "head -c 3000 /dev/urandom > '$(data_of friend)/diary.sqlite'"
sha256sum "$carer_diary" "$(data_of friend)/diary.sqlite" >/tmp/ldn-check/broken.sha256

step "The package installs over the older one"
apt-get install -y -qq --no-install-recommends "./$new" >/tmp/ldn-check/apt-new.log
grep -q "over (0.0.9)" /tmp/ldn-check/apt-new.log || fail "apt-get did not upgrade from 0.0.9"
[ "$(dpkg-query -W -f='${Version}' ldn-tracker)" = "$new_version" ] || fail "$new_version is not installed"

step "The patient's diary is byte-for-byte untouched by the upgrade, and opens"
sha256sum --check /tmp/ldn-check/diary.sha256
as patient ldn-tracker-cli check
as patient ldn-tracker-cli profile list | tee /tmp/ldn-check/profiles
grep -q Alex /tmp/ldn-check/profiles || fail "profile list does not show Alex"
sha256sum --check /tmp/ldn-check/diary.sha256

step "Both programs run"
as patient ldn-tracker-cli --help | grep -q '^Commands:' || fail "ldn-tracker-cli --help shows no commands"
as patient ldn-tracker-cli --version | grep -qx "ldn-tracker-cli $new_version" || fail "wrong version"
as patient ldn-tracker --version | grep -qx "ldn-tracker $new_version" || fail "wrong version"
as patient ldn-tracker --help >/dev/null
as patient mkdir -p /home/patient/try
as patient ldn-tracker-cli --db /home/patient/try/demo.sqlite demo --profile Demo --days 90 --seed 1
as patient ldn-tracker-cli --db /home/patient/try/demo.sqlite check
as patient ldn-tracker-cli report --profile Alex --out /home/patient/try/alex.pdf
[ "$(head -c 5 /home/patient/try/alex.pdf)" = "%PDF-" ] || fail "the GP report is not a PDF"
for tab in today chart; do
    as patient env QT_QPA_PLATFORM=offscreen ldn-tracker --screenshot "/home/patient/try/window-$tab.png" --size 1280x800 \
        --tab "$tab"
    cp "/home/patient/try/window-$tab.png" /tmp/ldn-check/out/
done

step "A damaged diary found at first start after the upgrade is refused, and left as it was"
# The programs' help promises exit code 2 for a damaged diary; today a cut-short one gives 3 (an
# SQLite "malformed" error is not counted as bad data). Either is a refusal; the message is the point.
expect_refusal carer "2|3" "diary.sqlite: the file is damaged" ldn-tracker-cli check
expect_refusal carer "2|3" "diary.sqlite: the file is damaged" env QT_QPA_PLATFORM=offscreen ldn-tracker \
    --screenshot /tmp/ldn-check/carer.png
expect_refusal friend 2 "is not an LDN Tracker diary (not an SQLite database)" ldn-tracker-cli profile list
expect_refusal friend 2 "is not an LDN Tracker diary (not an SQLite database)" env QT_QPA_PLATFORM=offscreen \
    ldn-tracker --screenshot /tmp/ldn-check/friend.png
if [ -e /tmp/ldn-check/carer.png ] || [ -e /tmp/ldn-check/friend.png ]; then
    fail "a refused diary was drawn"
fi
sha256sum --check /tmp/ldn-check/broken.sha256
ls -A "$(data_of carer)" "$(data_of friend)"

step "The files are where desktops, man and bash look for them"
for file in /usr/bin/ldn-tracker /usr/bin/ldn-tracker-cli "/usr/share/applications/$id.desktop" \
    "/usr/share/metainfo/$id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$id.svg" \
    /usr/share/man/man1/ldn-tracker.1.gz /usr/share/man/man1/ldn-tracker-cli.1.gz \
    /usr/share/bash-completion/completions/ldn-tracker-cli /usr/share/doc/ldn-tracker/copyright \
    /usr/share/doc/ldn-tracker/changelog.gz; do
    [ -f "$file" ] || fail "$file is missing"
done
for size in 16 22 24 32 48 64 128 256; do
    [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" ] || fail "no ${size}px icon"
done
as patient bash -c 'source /usr/share/bash-completion/completions/ldn-tracker-cli
    COMP_WORDS=(ldn-tracker-cli pro); COMP_CWORD=1; _ldn_tracker_cli; [ "${COMPREPLY[*]}" = profile ]' ||
    fail "the bash completion does not complete \"pro\" to \"profile\""
[ -z "$(ls /var/lib/dpkg/info/ldn-tracker.{preinst,postinst,prerm,postrm} 2>/dev/null)" ] ||
    fail "the package has maintainer scripts"

step "The validators Debian and the desktops use accept the installed files and the package"
apt-get install -y -qq --no-install-recommends desktop-file-utils appstream lintian >/dev/null
desktop-file-validate "/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml"
lintian_status=0
as patient lintian --fail-on error --display-info "/tmp/ldn-check/$new" >/tmp/ldn-check/lintian.txt ||
    lintian_status=$?
cat /tmp/ldn-check/lintian.txt
[ "$lintian_status" = 0 ] || fail "lintian found errors"
! grep -q '^E: ' /tmp/ldn-check/lintian.txt || fail "lintian found errors"
echo "lintian: no errors; $(grep -c '^W: ' /tmp/ldn-check/lintian.txt || true) warnings"
