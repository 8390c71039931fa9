#!/usr/bin/python3
"""The package files of the platforms that cannot be built here (macOS, iOS, Android, Windows)
parse and carry what the code needs; the icons are rendered from the current SVG at every size
the platforms ask for.
Usage: check_platform_files.py <source dir> <build dir>
"""
import hashlib
import pathlib
import plistlib
import struct
import sys
import xml.etree.ElementTree as ET

ANDROID = "{http://schemas.android.com/apk/res/android}"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def png_size(path):
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        fail(f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


def check_icons(src):
    icons = src / "packaging/icons"
    svg = icons / "org.rollwise.Rollwise.svg"
    ET.parse(svg)  # well-formed
    recorded = (icons / "rendered-from.sha256").read_text().strip()
    if hashlib.sha256(svg.read_bytes()).hexdigest() != recorded:
        fail("the SVG changed since the icons were rendered: run packaging/icons/render.sh")
    wanted = [(icons / f"hicolor/{s}x{s}/org.rollwise.Rollwise.png", s)
              for s in (16, 22, 24, 32, 48, 64, 128, 256, 512)]
    wanted += [(src / f"packaging/android/res/mipmap-{d}/ic_launcher.png", s)
               for d, s in (("mdpi", 48), ("hdpi", 72), ("xhdpi", 96), ("xxhdpi", 144),
                            ("xxxhdpi", 192))]
    wanted.append((src / "packaging/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png", 1024))
    for path, size in wanted:
        if not path.exists():
            fail(f"missing icon {path.relative_to(src)}")
        if png_size(path) != (size, size):
            fail(f"{path.relative_to(src)} is {png_size(path)}, not {size}x{size}")
    ico = (src / "packaging/windows/rollwise.ico").read_bytes()
    if ico[:4] != b"\x00\x00\x01\x00" or struct.unpack("<H", ico[4:6])[0] < 6:
        fail("rollwise.ico is not a multi-size Windows icon")
    if (src / "packaging/macos/rollwise.icns").read_bytes()[:4] != b"icns":
        fail("rollwise.icns is not an Apple icon file")
    return len(wanted) + 2


def check_plists(build):
    for platform in ("macos", "ios"):
        path = build / f"packaging/{platform}/Info.plist"
        with path.open("rb") as f:
            plist = plistlib.load(f)
        # The Qt Bluetooth code (platform/src/bluetooth) is refused without it on Apple systems.
        if len(plist.get("NSBluetoothAlwaysUsageDescription", "")) < 20:
            fail(f"{platform} Info.plist lacks a Bluetooth usage description")
        for key in ("CFBundleIdentifier", "CFBundleExecutable", "CFBundleShortVersionString"):
            if not plist.get(key):
                fail(f"{platform} Info.plist lacks {key}")
        if platform == "macos" and plist.get("CFBundleIconFile") != "rollwise.icns":
            fail("the macOS bundle names no icon")
        if platform == "ios" and "UIInterfaceOrientationPortrait" not in plist.get(
                "UISupportedInterfaceOrientations", []):
            fail("the iOS app must allow portrait")


def check_android(src, build):
    root = ET.parse(build / "packaging/android/AndroidManifest.xml").getroot()
    perms = {p.get(ANDROID + "name").rsplit(".", 1)[-1]: p for p in root.iter("uses-permission")}
    for name in ("BLUETOOTH_SCAN", "BLUETOOTH_CONNECT", "POST_NOTIFICATIONS"):
        if name not in perms:
            fail(f"the Android manifest lacks {name}")
    if perms["BLUETOOTH_SCAN"].get(ANDROID + "usesPermissionFlags") != "neverForLocation":
        fail("BLUETOOTH_SCAN must be neverForLocation (no location from scans)")
    for legacy in ("BLUETOOTH", "BLUETOOTH_ADMIN", "ACCESS_FINE_LOCATION"):
        if legacy not in perms or perms[legacy].get(ANDROID + "maxSdkVersion") != "30":
            fail(f"{legacy} must be asked for only up to Android 11 (maxSdkVersion 30)")
    application = root.find("application")
    if application.get(ANDROID + "allowBackup") != "false":
        fail("the Android app must not back health data up to the cloud")
    icon = application.get(ANDROID + "icon")
    if icon != "@mipmap/ic_launcher" or not (src / "packaging/android/res/mipmap-mdpi/ic_launcher.png").exists():
        fail("the Android manifest's icon does not resolve")


def check_windows(build):
    rc = (build / "packaging/windows/rollwise.rc").read_text()
    for needle in ("ICON", "rollwise.ico", "VS_VERSION_INFO"):
        if needle not in rc:
            fail(f"the Windows resource lacks {needle}")
    ico = rc.split('ICON "', 1)[1].split('"', 1)[0]
    if not pathlib.Path(ico).exists():
        fail(f"the Windows resource points at a missing icon {ico}")


def main():
    src = pathlib.Path(sys.argv[1]).resolve()
    build = pathlib.Path(sys.argv[2]).resolve()
    count = check_icons(src)
    check_plists(build)
    check_android(src, build)
    check_windows(build)
    print(f"platform files ok: {count} icon files, macOS and iOS plists, Android manifest, Windows resource")


if __name__ == "__main__":
    main()
