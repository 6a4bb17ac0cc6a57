#!/usr/bin/env bash
# scripts/package stops before building anything, with a message naming the tool and its Debian
# package, when a tool it needs is missing and cannot be installed: here dpkg-shlibdeps is hidden,
# and so are apt-get and sudo.
#   check-package-script-missing-tool.sh SOURCE_DIR
set -euo pipefail
source_dir=$1
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
# Every command of this machine, as symbolic links (the first of a name wins, as in PATH).
for folder in /usr/local/bin /usr/bin /bin /usr/sbin /sbin; do
    if [ -d "$folder" ] && [ ! -L "$folder" ]; then
        cp --symbolic-link --no-clobber "$folder"/* "$bin/" 2>/dev/null || true
    fi
done
rm -f "$bin/dpkg-shlibdeps" "$bin/apt-get" "$bin/sudo"

if output=$(PATH=$bin "$source_dir/scripts/package" 2>&1); then
    fail "scripts/package succeeded without dpkg-shlibdeps"
fi
echo "$output"
grep -qF "missing: dpkg-shlibdeps (Debian package dpkg-dev)" <<<"$output" ||
    fail "scripts/package does not say that dpkg-shlibdeps is missing"
# Why it cannot go on: dpkg-dev is not installed and apt-get is not there to install it, or
# dpkg-dev is installed and the tool was removed from it.
grep -qE "apt-get is not available|dpkg-shlibdeps is missing although its Debian package dpkg-dev is installed" \
    <<<"$output" || fail "scripts/package does not say why it cannot get dpkg-shlibdeps"
if grep -q -- "-- Configuring" <<<"$output"; then
    fail "scripts/package started building although a tool was missing"
fi
