#!/usr/bin/env bash
# Builds the Debian package with CPack and checks what a user would install.
# Usage: check_deb.sh <build dir> <source dir> [--hardened]  (--hardened: release builds, whose
# packaged binaries must pass check_hardening.sh after stripping)
set -euo pipefail
build=$1
src=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack failed"; }
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
wanted=(./usr/bin/rollwise ./usr/bin/rollwise-cli ./usr/share/applications/org.rollwise.Rollwise.desktop
    ./usr/share/metainfo/org.rollwise.Rollwise.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/org.rollwise.Rollwise.svg
    ./usr/share/doc/rollwise/copyright ./usr/share/doc/rollwise/changelog.gz
    ./usr/share/man/man1/rollwise.1.gz ./usr/share/man/man1/rollwise-cli.1.gz)
for size in 16 22 24 32 48 64 128 256 512; do
    wanted+=("./usr/share/icons/hicolor/${size}x${size}/apps/org.rollwise.Rollwise.png")
done
for f in "${wanted[@]}"; do
    grep -qF " $f" <<<"$contents" || fail "the package lacks $f"
done
if grep -q ' \./usr/local' <<<"$contents"; then fail "the package installs under /usr/local"; fi
# Sane permissions: nothing writable by group or others, no set-id bits, root-owned.
if awk '$1 ~ /^.....w|^........w|s|S/ || $2 != "root/root"' <<<"$contents" | grep -q .; then
    awk '$1 ~ /^.....w|^........w|s|S/ || $2 != "root/root"' <<<"$contents" >&2
    fail "the package has writable, set-id or non-root entries"
fi
version=$(sed -n 's/^project(Rollwise VERSION \([0-9.]*\) .*/\1/p' "$src/CMakeLists.txt")
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
# Computed by dpkg-shlibdeps (SQLCipher, QtKeychain, libical, Qt) plus the QML modules.
for d in libsqlcipher1 libqt6keychain1 libical3 libqt6quick6 libqt6bluetooth6 qml6-module-qtquick-controls \
         qml6-module-qtquick-layouts qml6-module-qtquick-window qt6-qpa-plugins; do
    grep -q "$d" <<<"$depends" || fail "the package does not depend on $d (Depends: $depends)"
done
if grep -q "libsqlite3" <<<"$depends"; then fail "the package pulls in libsqlite3"; fi
# The binary links SQLCipher and never plain SQLite.
dpkg-deb -x "$deb" "$out/root"
needed=$(readelf -d "$out/root/usr/bin/rollwise" | grep NEEDED)
grep -q libsqlcipher <<<"$needed" || fail "rollwise does not link libsqlcipher"
if grep -q "libsqlite3" <<<"$needed"; then fail "rollwise links libsqlite3"; fi

# Stripped: no debug sections left in what users download.
for bin in rollwise rollwise-cli; do
    if readelf -S "$out/root/usr/bin/$bin" | grep -q '\.debug_'; then fail "$bin is not stripped"; fi
done
# Stripping keeps the hardening: check what users get, not only the build tree.
if [ "${3:-}" = --hardened ]; then
    bash "$src/tests/packaging/check_hardening.sh" "$out/root/usr/bin/rollwise" "$out/root/usr/bin/rollwise-cli"
fi

desktop-file-validate "$out/root/usr/share/applications/org.rollwise.Rollwise.desktop"
appstreamcli validate --no-net --explain "$out/root/usr/share/metainfo/org.rollwise.Rollwise.metainfo.xml" >"$out/appstream.log" 2>&1 \
    || { cat "$out/appstream.log"; fail "appstreamcli found problems"; }
# Debian's own checks: no errors and no warnings (informational tags are allowed).
command -v lintian >/dev/null || fail "lintian is missing (scripts/setup.sh --tests installs it)"
lintian --tag-display-limit 0 --fail-on error,warning "$deb" >"$out/lintian.log" 2>&1 \
    || { cat "$out/lintian.log"; fail "lintian reports errors or warnings"; }
echo "lintian: no errors or warnings"
echo "package ok: $(basename "$deb")"
