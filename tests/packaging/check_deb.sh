#!/usr/bin/env bash
# Builds the Debian package with CPack and checks what a user would install.
# Usage: check_deb.sh <build dir> <source dir>
set -euo pipefail
build=$1
src=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack failed"; }
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/rollwise ./usr/share/applications/org.rollwise.Rollwise.desktop \
         ./usr/share/metainfo/org.rollwise.Rollwise.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.rollwise.Rollwise.svg; do
    grep -qF " $f" <<<"$contents" || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libsqlcipher1 libqt6quick6 qml6-module-qtquick-controls qt6-qpa-plugins; do
    grep -q "$d" <<<"$depends" || fail "the package does not depend on $d (Depends: $depends)"
done
if grep -q "libsqlite3" <<<"$depends"; then fail "the package pulls in libsqlite3"; fi
# The binary links SQLCipher and never plain SQLite.
dpkg-deb -x "$deb" "$out/root"
needed=$(readelf -d "$out/root/usr/bin/rollwise" | grep NEEDED)
grep -q libsqlcipher <<<"$needed" || fail "rollwise does not link libsqlcipher"
if grep -q "libsqlite3" <<<"$needed"; then fail "rollwise links libsqlite3"; fi

desktop-file-validate "$src/packaging/linux/org.rollwise.Rollwise.desktop"
appstreamcli validate --no-net --explain "$src/packaging/linux/org.rollwise.Rollwise.metainfo.xml" >"$out/appstream.log" 2>&1 \
    || { cat "$out/appstream.log"; fail "appstreamcli found problems"; }
echo "package ok: $(basename "$deb")"
