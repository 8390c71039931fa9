#!/usr/bin/env bash
# Installs everything Rollwise needs to build, run and test on Debian 12 (bookworm).
# Idempotent. Works as root, or as a user with sudo. Adds bookworm-backports (for Catch2 3 and
# SQLCipher 4) by reusing the mirror of the machine's own Debian source entry, so no mirror
# address is ever written into the project.
set -euo pipefail

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    die "run this as root, or install sudo and run it as a user allowed to use it"
fi

[ -r /etc/os-release ] || die "cannot read /etc/os-release; this script supports Debian 12 (bookworm)"
# shellcheck disable=SC1091
. /etc/os-release
[ "${ID:-}" = debian ] || die "this script supports Debian (found '${ID:-unknown}')"
codename=${VERSION_CODENAME:-}
[ -n "$codename" ] || die "cannot tell the Debian release from /etc/os-release"

# The mirror this machine already uses for its main suite (shared with the packaging tests).
# shellcheck source=scripts/debian-mirror.sh
. "$(dirname "$0")/debian-mirror.sh"

backports_list=/etc/apt/sources.list.d/rollwise-backports.list
stamp=/var/lib/apt/periodic/rollwise-update-stamp
backports_suffix=""
if [ "$codename" = bookworm ]; then
    backports_suffix=/bookworm-backports
    if ! grep -rqsE "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
        mirror=$(find_mirror "$codename" | head -n 1)
        [ -n "$mirror" ] || die "found no 'bookworm' entry in /etc/apt/sources.list or /etc/apt/sources.list.d/ to take the mirror from; add bookworm-backports by hand and run again"
        log "adding bookworm-backports from this machine's mirror"
        echo "deb $mirror bookworm-backports main" | "${SUDO[@]}" tee "$backports_list" >/dev/null
        "${SUDO[@]}" rm -f "$stamp"
    fi
fi

# One 'apt-get update' a day is enough for repeated runs.
if [ -z "$(find "$stamp" -mmin -1440 2>/dev/null)" ]; then
    log "updating package lists"
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" mkdir -p "$(dirname "$stamp")"
    "${SUDO[@]}" touch "$stamp"
fi

base_packages=(
    build-essential cmake ninja-build pkg-config ca-certificates
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-connectivity-dev qt6-l10n-tools qt6-tools-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qttest qml6-module-qtquick-shapes qml6-module-qtquick-dialogs qt6-qpa-plugins qt6-wayland qml6-module-qtqml
    qtkeychain-qt6-dev libgl-dev fonts-dejavu-core libical-dev tzdata
    qml6-module-qtmultimedia
)
backport_packages=(libcatch2-dev libsqlcipher-dev sqlcipher)
test_packages=(
    clang-format xvfb xauth dbus python3 python3-dbus python3-dbusmock gnome-keyring
    desktop-file-utils appstream dpkg-dev file clang libclang-rt-14-dev python3-icalendar
    lintian debootstrap zstd python3-yaml systemd
)

wanted=("${base_packages[@]}")
for p in "${backport_packages[@]}"; do wanted+=("$p$backports_suffix"); done
if [ "${1:-}" = --tests ]; then wanted+=("${test_packages[@]}"); fi

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "${p%/*}" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${#missing[@]} packages: ${missing[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    log "all packages present"
fi

# Catch2 3 and SQLCipher 4 must come from backports on bookworm: check, so a stale package
# from bookworm itself is not silently used.
catch_version=$(dpkg-query -W -f='${Version}' libcatch2-dev 2>/dev/null || true)
case "$catch_version" in 3.*) ;; *) die "libcatch2-dev $catch_version is installed; Rollwise needs Catch2 3 (bookworm-backports)";; esac
sqlcipher_version=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
case "$sqlcipher_version" in 4.*) ;; *) die "libsqlcipher-dev $sqlcipher_version is installed; Rollwise needs SQLCipher 4 (bookworm-backports)";; esac
log "ready"
