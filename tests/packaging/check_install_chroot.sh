#!/usr/bin/env bash
# Installs the .deb as a consumer would, on a machine that never built Rollwise: a minimal
# Debian 12 root (debootstrap, bookworm-backports enabled, this machine's own mirror as
# scripts/setup.sh finds it), then `apt-get install ./rollwise_*.deb`, the installed app's
# self-test and demo, the desktop entry, icons and AppStream data, and a purge that must leave
# nothing of the package behind.
#
# The bootstrapped root and the packages apt downloads are cached outside the clone
# (ROLLWISE_CACHE_DIR, default ${XDG_CACHE_HOME:-$HOME/.cache}/rollwise), keyed by the ISO week,
# the mirror and this script, so the cached path skips the network entirely.
# Usage (as root): check_install_chroot.sh <build dir> <source dir> [--root-only]
# (--root-only: prepare and cache the root, nothing else)
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
log() { printf '[%4ss] %s\n' "$SECONDS" "$*"; }

if [ "$(id -u)" -ne 0 ]; then echo "SKIP: needs root (debootstrap, chroot, mounts)"; exit 77; fi
for tool in debootstrap zstd cpack chroot mount; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh --tests installs it)"
done

# shellcheck source=scripts/debian-mirror.sh
. "$src/scripts/debian-mirror.sh"
mirror=$(find_mirror bookworm | head -n 1)
[ -n "$mirror" ] || fail "no bookworm entry in this machine's apt sources to take the mirror from"
security=$(find_mirror bookworm-security | head -n 1)

cache=${ROLLWISE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rollwise}
# Bump the recipe when the way the root is made changes.
recipe="debootstrap minbase bookworm; updates, backports, security; v1"
key=$(date -u +%G-W%V)-$(printf '%s\n' "$recipe" "$mirror" "$security" | sha256sum | cut -c1-12)
root_tar=$cache/bookworm-root-$key.tar.zst
debs=$cache/bookworm-debs-$key
mkdir -p "$cache"

work=$(mktemp -d "${TMPDIR:-/tmp}/rollwise-chroot.XXXXXX")
root=$work/root
# Never leave a mount behind, and never delete through one. The whole root lives on a tmpfs
# (the machine has the memory): unpacking and removing it is then quick.
cleanup() {
    local m
    for m in "$root/dev" "$root/proc" "$work"; do
        if mountpoint -q "$m" 2>/dev/null; then umount "$m" || umount -l "$m" || true; fi
    done
    if mountpoint -q "$work" 2>/dev/null; then
        echo "warning: left $work in place, a mount is still there" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
mount -t tmpfs -o size=6G,mode=700 tmpfs "$work"

mkdir "$root"
if [ -f "$root_tar" ]; then
    log "using the cached root $root_tar"
    tar --zstd -xpf "$root_tar" -C "$root"
else
    log "bootstrapping a minimal bookworm root (not cached yet)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 30 "$work/debootstrap.log"; fail "debootstrap failed"; }
    {
        echo "deb $mirror bookworm main"
        echo "deb $mirror bookworm-updates main"
        echo "deb $mirror bookworm-backports main"
        if [ -n "$security" ]; then echo "deb $security bookworm-security main"; fi
    } >"$root/etc/apt/sources.list"
    chroot "$root" apt-get update -qq >"$work/update.log" 2>&1 \
        || { cat "$work/update.log"; fail "apt-get update in the root failed"; }
    chroot "$root" apt-get clean
    find "$cache" -maxdepth 1 -name 'bookworm-*' ! -name "*$key*" -exec rm -rf {} +
    tar --zstd -cpf "$root_tar.part" -C "$root" . && mv "$root_tar.part" "$root_tar"
    log "cached the root ($(du -h "$root_tar" | cut -f1))"
fi

[ "${3:-}" != --root-only ] || exit 0

log "building the package"
cpack --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/deb/rollwise_*.deb)
version=$(dpkg-deb -f "$deb" Version)

# /proc for apt and Qt; a private /dev with the few nodes programs open (never the host's).
mount -t proc proc "$root/proc"
mount -t tmpfs -o mode=755,nosuid tmpfs "$root/dev"
for node in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
    IFS=: read -r name major minor <<<"$node"
    mknod -m 666 "$root/dev/$name" c "$major" "$minor"
done
mkdir -p "$root/dev/shm" "$root/dev/pts" && chmod 1777 "$root/dev/shm"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# A throw-away root: dpkg need not sync every file to disk (the install takes half the time).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/rollwise-test-unsafe-io"
if [ -d "$debs" ]; then cp "$debs"/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true; fi
cp "$deb" "$root/tmp/"
log "installing $(basename "$deb") with apt, pulling its dependencies"
in_root DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "./tmp/$(basename "$deb")" >"$work/install.log" 2>&1 \
    || { tail -n 40 "$work/install.log"; fail "apt-get install ./$(basename "$deb") failed"; }
log "installed $(grep -c '^Setting up' "$work/install.log") packages"
mkdir -p "$debs"
cp -n "$root"/var/cache/apt/archives/*.deb "$debs/" 2>/dev/null || true

in_root dpkg -s rollwise | grep -q '^Status: install ok installed' || fail "rollwise is not installed"
in_root dpkg -L rollwise >"$work/files"
case "$(grep -c '^/usr/local' "$work/files")" in 0) ;; *) fail "files under /usr/local";; esac

# The installed app, as a user would start it (a normal user, offscreen, its own home).
in_root useradd --create-home --shell /bin/sh consumer
as_user() {
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/consumer LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/consumer-runtime \
        /usr/sbin/runuser -u consumer -- "$@"
}
mkdir -m 700 "$root/tmp/consumer-runtime" && in_root chown consumer: /tmp/consumer-runtime
as_user rollwise --version | grep -qx "Rollwise $version" || fail "rollwise --version is not $version"
as_user rollwise-cli --version | grep -qx "rollwise-cli $version" || fail "rollwise-cli --version is not $version"
as_user rollwise --self-test >"$work/selftest.log" 2>&1 || { cat "$work/selftest.log"; fail "installed rollwise --self-test failed"; }
log "self-test: $(tail -n 1 "$work/selftest.log")"
as_user rollwise --demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; fail "installed rollwise --demo failed"; }
grep -q 'Zones still healing from the synced sessions: 8 of 8' "$work/demo.log" \
    || { cat "$work/demo.log"; fail "the installed demo did not reach the guard"; }
log "demo: $(tail -n 1 "$work/demo.log")"

# Desktop integration: the menu entry starts an installed binary with an installed icon.
desktop=$root/usr/share/applications/org.rollwise.Rollwise.desktop
[ -f "$desktop" ] || fail "no desktop entry"
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_bin" ] || fail "the desktop entry starts '$exec_bin', which is not installed"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon $icon"
for size in 16 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not $size x $size"
done
metainfo=$root/usr/share/metainfo/org.rollwise.Rollwise.metainfo.xml
grep -q "<release version=\"$version\"" "$metainfo" || fail "the AppStream release is not $version"
grep -q '<launchable type="desktop-id">org.rollwise.Rollwise.desktop<' "$metainfo" || fail "metainfo lacks its launchable"
log "desktop entry, $icon icons and AppStream metadata in place"

# A purge leaves nothing of the package (directories other packages share may stay).
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y rollwise >"$work/remove.log" 2>&1 \
    || { cat "$work/remove.log"; fail "apt-get remove --purge rollwise failed"; }
if in_root dpkg -s rollwise >/dev/null 2>&1; then fail "rollwise is still known to dpkg after the purge"; fi
left=0
while read -r path; do
    [ -e "$root$path" ] || continue
    if [ -d "$root$path" ]; then
        [ -n "$(ls -A "$root$path")" ] && continue
        in_root dpkg -S "$path" >/dev/null 2>&1 && continue # another package's directory
    fi
    echo "left behind: $path" >&2
    left=1
done <"$work/files"
[ "$left" -eq 0 ] || fail "the purge left files of the package behind"
log "installed, ran and purged rollwise $version in a fresh bookworm root"
