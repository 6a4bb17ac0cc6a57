#!/usr/bin/env bash
# Installs the Debian package in a fresh Debian 12 root, as on a patient's new computer, and checks
# it there (the steps are in inside-debian-root.sh). CI runs it after scripts/package (.ci/run).
#   tests/package/check-package-in-debian-root.sh dist/ldn-tracker_VERSION_ARCH.deb [PICTURES]
# PICTURES: a folder to keep the pictures of the window the installed app drew (to look at them).
# Needs root and this machine's Debian mirror (/etc/apt/sources.list.d/debian.sources); installs
# debootstrap and what else it needs when missing. Nothing is cached: debootstrap --variant=minbase
# makes the root each time, which takes a few minutes.
#
# The root has its own mount and pid namespaces (unshare), so nothing mounted for it is seen
# outside or outlives it; its /dev is a fresh tmpfs holding only null, zero, full, random, urandom
# and tty, and a devpts of its own (apt logs through a pseudo-terminal), never the host's /dev. It
# is removed at the end with rm -rf --one-file-system.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
started=$(date +%s)

say() { printf '\n== %s (%ss)\n' "$*" $(($(date +%s) - started)); }
fail() {
    echo "check-package-in-debian-root: $*" >&2
    exit 1
}

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    fail "usage: $0 dist/ldn-tracker_VERSION_ARCH.deb [PICTURES]"
fi
deb=$(realpath "$1")
pictures=${2:-}
[ -f "$deb" ] || fail "$1 does not exist; build it with scripts/package"
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, unshare and chroot); run it with sudo"

source "$source_dir/scripts/debian-packages.sh"
ldn_install_missing_packages check-package-in-debian-root debootstrap util-linux dpkg python3 || exit 1

# The Debian mirror this machine's apt uses for bookworm (deb822 or one-line sources), so the root
# comes from the same place as everything else here.
debian_mirror() {
    local sources=/etc/apt/sources.list.d/debian.sources
    if [ -f "$sources" ]; then
        awk '
            /^[[:space:]]*$/ { if (uri != "" && suites ~ /(^| )bookworm( |$)/ && types ~ /(^| )deb( |$)/) { print uri; exit } uri = suites = types = ""; next }
            /^URIs:/ { uri = $2 }
            /^Suites:/ { $1 = ""; suites = $0 " " }
            /^Types:/ { $1 = ""; types = $0 " " }
            END { if (uri != "" && suites ~ /(^| )bookworm( |$)/ && types ~ /(^| )deb( |$)/) print uri }
        ' "$sources" | head -n 1
    fi
    if [ -f /etc/apt/sources.list ]; then
        sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) bookworm .*/\2/p' /etc/apt/sources.list | head -n 1
    fi
}
mirror=$(debian_mirror | head -n 1)
[ -n "$mirror" ] || fail "no Debian 12 (bookworm) mirror in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"

work=$(mktemp -d "${TMPDIR:-/var/tmp}/ldn-package-root.XXXXXX")
root=$work/root
remove_root() {
    # Every mount was made in the namespaces, which ended with their processes; refuse to delete
    # through anything still mounted rather than risk the host's files.
    if findmnt -rn -o TARGET | grep -qF "$work"; then
        echo "check-package-in-debian-root: something is still mounted under $work; not removing it" >&2
        return
    fi
    rm -rf --one-file-system "$work"
}
trap remove_root EXIT

# The older package: this build repackaged as version 0.0.9, so the upgrade is a real one.
say "Repackaging $(basename "$deb") as version 0.0.9"
mkdir -p "$work/old" "$work/debs"
dpkg-deb --raw-extract "$deb" "$work/old"
sed -i 's/^Version: .*/Version: 0.0.9/' "$work/old/DEBIAN/control"
old_deb=$work/debs/ldn-tracker_0.0.9_$(dpkg-deb --field "$deb" Architecture).deb
dpkg-deb --root-owner-group --build "$work/old" "$old_deb" >/dev/null
cp "$deb" "$work/debs/"

say "debootstrap --variant=minbase bookworm from $mirror"
unshare --mount --pid --fork --mount-proc \
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 30 "$work/debootstrap.log" >&2; fail "debootstrap failed (the log's end is above)"; }

check=$root/tmp/ldn-check
mkdir -p "$check/out"
cp "$work"/debs/*.deb "$here/inside-debian-root.sh" "$check/"
chmod 755 "$check" "$check/out"
chmod 644 "$check"/*.deb

say "Checks inside the root (own mount and pid namespaces, fresh /dev)"
unshare --mount --pid --fork --mount-proc="$root/proc" /bin/bash -euc '
    root=$1
    mount -t tmpfs -o mode=0755,nosuid,size=1m ldn-dev "$root/dev"
    for node in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0"; do
        read -r name major minor <<<"$node"
        mknod -m 666 "$root/dev/$name" c "$major" "$minor"
    done
    mkdir -m 755 "$root/dev/pts"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 ldn-devpts "$root/dev/pts"
    ln -s pts/ptmx "$root/dev/ptmx"
    mkdir -m 1777 "$root/dev/shm"
    ln -s /proc/self/fd "$root/dev/fd"
    ln -s /proc/self/fd/0 "$root/dev/stdin"
    ln -s /proc/self/fd/1 "$root/dev/stdout"
    ln -s /proc/self/fd/2 "$root/dev/stderr"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        /bin/bash /tmp/ldn-check/inside-debian-root.sh
' _ "$root"

say "The window as the installed app drew it"
for picture in "$check"/out/window-*.png; do
    python3 "$here/png-is-picture.py" "$picture" 1280 800
done
if [ -n "$pictures" ]; then
    mkdir -p "$pictures"
    cp "$check"/out/window-*.png "$pictures/"
fi

say "Package check passed"
