# shellcheck shell=bash
# Sourced by scripts/quickstart, scripts/package and tests/package/check-package-in-debian-root.sh;
# not a command of its own. The Debian 12 packages that building LDN Tracker needs, and a way to
# install the missing ones that says plainly why when it cannot.

# What building the two programs needs (quickstart adds what the tests need, package what
# packaging needs).
# shellcheck disable=SC2034 # used by the scripts that source this file
ldn_build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libgl-dev
    nlohmann-json3-dev libsqlite3-dev
)

# ldn_install_missing_packages SCRIPT [--no-install-recommends] PACKAGE...
# Installs with apt-get those PACKAGEs that are not installed, as root or through sudo (without
# their recommended packages when asked). When that is not possible it says which packages SCRIPT
# needs and why they could not be installed, and returns 1.
ldn_install_missing_packages() {
    local script=$1
    shift
    local apt_options=()
    if [ "${1:-}" = "--no-install-recommends" ]; then
        apt_options+=("$1")
        shift
    fi
    local missing=() package
    for package in "$@"; do
        if [[ " ${missing[*]} " == *" $package "* ]]; then
            continue
        fi
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "$script: needs the Debian packages ${missing[*]}, and cannot install them: apt-get is not" \
            "available (this is made for Debian 12)" >&2
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "$script: needs the Debian packages ${missing[*]}; run it as root or install sudo" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "$script: installing ${missing[*]}"
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
        ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_options[@]}" \
            "${missing[@]}"; then
        echo "$script: could not install ${missing[*]} (apt-get's message is above)" >&2
        return 1
    fi
}
