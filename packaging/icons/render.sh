#!/usr/bin/env bash
# Renders the one icon source, org.rollwise.Rollwise.svg, to every size the platforms ask for,
# and records the SVG's hash in rendered-from.sha256 so a test notices a stale rendering.
# Run after changing the SVG, then commit the results. Needs librsvg2-bin, icoutils, icnsutils.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pkg=$(dirname "$here")
svg=$here/org.rollwise.Rollwise.svg
render() { rsvg-convert --width "$1" --height "$1" "$svg" -o "$2"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Linux: the hicolor theme (the SVG itself goes to scalable/).
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$here/hicolor/${size}x${size}"
    render "$size" "$here/hicolor/${size}x${size}/org.rollwise.Rollwise.png"
done
# Android launcher icons, one per density bucket.
for entry in mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192; do
    mkdir -p "$pkg/android/res/mipmap-${entry%%:*}"
    render "${entry##*:}" "$pkg/android/res/mipmap-${entry%%:*}/ic_launcher.png"
done
# iOS: one 1024 px icon; Xcode 14+ derives the other sizes from it.
mkdir -p "$pkg/ios/Assets.xcassets/AppIcon.appiconset"
render 1024 "$pkg/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png"
# Windows: a multi-size .ico for the executable and the installer.
for size in 16 24 32 48 64 128 256; do render "$size" "$tmp/$size.png"; done
icotool --create --output "$pkg/windows/rollwise.ico" "$tmp"/{16,24,32,48,64,128}.png --raw="$tmp/256.png"
# macOS: an .icns for the bundle.
for size in 16 32 48 128 256 512 1024; do render "$size" "$tmp/mac-$size.png"; done
png2icns "$pkg/macos/rollwise.icns" "$tmp"/mac-{16,32,48,128,256,512,1024}.png >/dev/null
sha256sum "$svg" | cut -d' ' -f1 >"$here/rendered-from.sha256"
echo "rendered $(basename "$svg") for every platform"
