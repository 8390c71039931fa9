#!/usr/bin/env bash
# One version everywhere: the number in the top-level CMakeLists.txt project(VERSION) is the one
# both binaries print and every configured package file carries (AppStream release, Debian
# changelog and manual pages, macOS and iOS Info.plist, Windows resource, Android manifest).
# Usage: check_versions.sh <source dir> <build dir> <rollwise> <rollwise-cli>
set -euo pipefail
src=$1
build=$2
app=$3
cli=$4
fail() { echo "FAIL: $*" >&2; exit 1; }

version=$(sed -n 's/^project(Rollwise VERSION \([0-9][0-9.]*\) .*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] || fail "no project(Rollwise VERSION x.y.z ...) line in $src/CMakeLists.txt"
IFS=. read -r major minor patch <<<"$version"
expect() { # what, actual
    [ "$2" = "$version" ] || fail "$1 says '$2', the project is $version"
    echo "ok: $1 = $version"
}

expect "rollwise --version" "$(QT_QPA_PLATFORM=offscreen "$app" --version | sed -n 's/^Rollwise //p')"
expect "rollwise-cli --version" "$("$cli" --version | sed -n 's/^rollwise-cli //p')"
expect "the generated version.h" \
    "$(sed -n 's/^#define ROLLWISE_VERSION "\(.*\)"$/\1/p' "$build/generated/include/rollwise/version.h")"

pkg=$build/packaging
expect "AppStream release" \
    "$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$pkg/org.rollwise.Rollwise.metainfo.xml")"
for plist in macos ios; do
    for key in CFBundleShortVersionString CFBundleVersion; do
        expect "$plist Info.plist $key" \
            "$(sed -n "s|.*<key>$key</key><string>\\([^<]*\\)</string>.*|\\1|p" "$pkg/$plist/Info.plist")"
    done
done
expect "Windows resource ProductVersion" \
    "$(sed -n 's/.*VALUE "ProductVersion", *"\([^"]*\)".*/\1/p' "$pkg/windows/rollwise.rc")"
[ "$(sed -n 's/^PRODUCTVERSION *//p' "$pkg/windows/rollwise.rc")" = "$major,$minor,$patch,0" ] \
    || fail "Windows resource PRODUCTVERSION is not $major,$minor,$patch,0"
expect "Android versionName" \
    "$(sed -n 's/.*android:versionName="\([^"]*\)".*/\1/p' "$pkg/android/AndroidManifest.xml")"
[ "$(sed -n 's/.*android:versionCode="\([^"]*\)".*/\1/p' "$pkg/android/AndroidManifest.xml")" \
    = "$((major * 10000 + minor * 100 + patch))" ] || fail "Android versionCode does not follow $version"
if [ -f "$pkg/debian/changelog" ]; then
    expect "Debian changelog" "$(sed -n '1s/^rollwise (\([^)]*\)).*/\1/p' "$pkg/debian/changelog")"
    grep -q "\"Rollwise $version\"" "$pkg/debian/rollwise.1" || fail "rollwise.1 does not say $version"
fi
# Nothing configured may keep an unreplaced @VARIABLE@.
if grep -l '@[A-Z_]*@' "$pkg"/org.rollwise.Rollwise.metainfo.xml "$pkg"/*/Info.plist \
        "$pkg"/windows/rollwise.rc "$pkg"/android/AndroidManifest.xml; then
    fail "a configured package file kept a @VARIABLE@"
fi
