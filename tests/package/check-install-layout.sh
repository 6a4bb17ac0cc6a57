#!/usr/bin/env bash
# `cmake --install` of the build into a temporary prefix puts each file where desktops, man and
# bash look for it, and nothing else; the desktop entry and the AppStream metainfo pass their
# validators (desktop-file-utils and appstream, which quickstart installs).
#   check-install-layout.sh BUILD_DIR APP_ID VERSION SOURCE_DIR
set -euo pipefail
build=$1
id=$2
version=$3
source_dir=$4
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cmake --install "$build" --prefix "$prefix" >/dev/null

# Every file, and only these: a stray install rule (a test program, a static library) fails here.
man_suffix=.1
if grep -q '^LDN_COMPRESS_MAN_PAGES:BOOL=ON' "$build/CMakeCache.txt"; then
    man_suffix=.1.gz
fi
expected=(
    bin/ldn-tracker
    bin/ldn-tracker-cli
    "share/applications/$id.desktop"
    "share/metainfo/$id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$id.svg"
    "share/man/man1/ldn-tracker$man_suffix"
    "share/man/man1/ldn-tracker-cli$man_suffix"
    share/bash-completion/completions/ldn-tracker-cli
    share/doc/ldn-tracker/copyright
    share/doc/ldn-tracker/changelog.gz
)
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
actual=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
if [ "$actual" != "$wanted" ]; then
    diff <(echo "$wanted") <(echo "$actual") >&2 || true
    fail "cmake --install installed other files than expected (< expected, > installed)"
fi
for program in ldn-tracker ldn-tracker-cli; do
    [ -x "$prefix/bin/$program" ] || fail "bin/$program is not executable"
done

# The menu entry names the icon by the id (a name, not a path) and starts the installed program.
desktop=$prefix/share/applications/$id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $id.desktop"
grep -qx "Icon=$id" "$desktop" || fail "$id.desktop does not say Icon=$id"
grep -qx "Exec=ldn-tracker" "$desktop" || fail "$id.desktop does not start ldn-tracker"

metainfo=$prefix/share/metainfo/$id.metainfo.xml
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli refuses $id.metainfo.xml"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $id.desktop"
for program in ldn-tracker ldn-tracker-cli; do
    grep -q "<binary>$program</binary>" "$metainfo" || fail "the metainfo does not provide $program"
done
grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$metainfo" ||
    fail "the metainfo has no release $version"
if grep -q '^LDN_WEBSITE_URL:STRING=$' "$build/CMakeCache.txt"; then
    if grep -q '<screenshot\|<url' "$metainfo"; then
        fail "without LDN_WEBSITE_URL the metainfo must have no screenshots and no homepage"
    fi
fi
# With a web address (LDN_WEBSITE_URL), the same file gains the homepage and the README's
# screenshots under it, and still validates.
website=https://ldntracker.example.org/ldn-tracker
cmake -DTEMPLATE="$source_dir/resources/desktop/$id.metainfo.xml.in" -DOUTPUT="$prefix/with-website/$id.metainfo.xml" \
    -DAPP_ID="$id" -DWEBSITE="$website" -P "$source_dir/cmake/WriteMetainfo.cmake"
appstreamcli validate --no-net "$prefix/with-website/$id.metainfo.xml" ||
    fail "appstreamcli refuses the metainfo with LDN_WEBSITE_URL set"
grep -q "<url type=\"homepage\">$website</url>" "$prefix/with-website/$id.metainfo.xml" ||
    fail "the metainfo does not give LDN_WEBSITE_URL as its homepage"
for image in $(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$prefix/with-website/$id.metainfo.xml"); do
    [ -f "$source_dir/${image#"$website"/}" ] || fail "the screenshot $image is not a file of the repository"
done
[ "$(grep -c '<image>' "$prefix/with-website/$id.metainfo.xml")" -ge 3 ] || fail "too few screenshots"
rm -r "$prefix/with-website"

# Each PNG is the size its folder says (bytes 16-23 of a PNG: width and height), in RGBA, and has
# something drawn in it: a PNG of one transparent colour would be a few dozen bytes.
for size in "${sizes[@]}"; do
    png=$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png
    # shellcheck disable=SC2207
    header=($(od -An -tu1 -N26 "$png"))
    [ "${header[1]}${header[2]}${header[3]}" = 807871 ] || fail "$png is not a PNG"
    width=$(((header[16] << 24) + (header[17] << 16) + (header[18] << 8) + header[19]))
    height=$(((header[20] << 24) + (header[21] << 16) + (header[22] << 8) + header[23]))
    if [ "$width" != "$size" ] || [ "$height" != "$size" ]; then
        fail "$png is ${width}x$height, not ${size}x$size"
    fi
    [ "${header[25]}" = 6 ] || fail "$png is not RGBA (colour type ${header[25]})"
    [ "$(stat -c %s "$png")" -gt $((100 + size * 2)) ] || fail "$png looks empty"
done
grep -q '<svg' "$prefix/share/icons/hicolor/scalable/apps/$id.svg" || fail "the scalable icon is not an SVG"

# The changelog is Debian's format, newest release first, compressed without a time stamp.
changelog=$prefix/share/doc/ldn-tracker/changelog.gz
gzip -t "$changelog" || fail "changelog.gz is not gzip"
first=$(zcat "$changelog" | head -n 1)
[ "$first" = "ldn-tracker ($version) unstable; urgency=medium" ] ||
    fail "changelog.gz starts \"$first\", not with release $version"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' \
    "$prefix/share/doc/ldn-tracker/copyright" || fail "copyright is not machine-readable (DEP-5)"
bash -n "$prefix/share/bash-completion/completions/ldn-tracker-cli" || fail "the bash completion is not valid bash"
echo "cmake --install: ${#expected[@]} files where they belong"
