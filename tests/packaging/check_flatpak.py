#!/usr/bin/python3
"""Keeps the Flatpak manifest consistent with the CMake build (no Flatpak runtime can be
fetched here, so the manifest is never built on the project's machines).

Every dependency the shipped build finds (find_package, pkg_check_modules outside tests/) must
be built as a module of the manifest or be declared below as coming from the KDE runtime; no
module may be left over; the sandbox gets BlueZ and no broad file system or notification
access; ids and the command agree with the desktop file, AppStream and the executable.
Usage: check_flatpak.py <source dir>
"""
import pathlib
import re
import sys

import yaml

# What org.kde.Platform / org.kde.Sdk 6.x provide (Qt 6 with Qt Bluetooth and Qt D-Bus, OpenSSL,
# pkg-config). A dependency not listed here needs a module.
# LinguistTools (lupdate, lrelease) is part of the KDE SDK's Qt tools.
RUNTIME_QT_COMPONENTS = {"Core", "Gui", "Qml", "Quick", "QuickControls2", "Test", "DBus", "Bluetooth",
                         "LinguistTools"}
RUNTIME_PACKAGES = {"PkgConfig"}
# Dependency (CMake package or pkg-config module) -> the manifest module that builds it.
MODULE_FOR = {"SQLCipher": "sqlcipher", "sqlcipher": "sqlcipher", "Qt6Keychain": "qtkeychain",
              "libical": "libical"}
APP_MODULE = "rollwise"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def cmake_dependencies(src):
    """(kind, name) for every dependency the shipped build looks for."""
    found = set()
    files = [p for p in src.rglob("*") if p.name == "CMakeLists.txt" or p.suffix == ".cmake"]
    for path in files:
        rel = path.relative_to(src)
        if rel.parts[0] in ("tests", "build", "build-asan") or rel.parts[0].startswith("build"):
            continue  # the Flatpak build turns the tests off (ROLLWISE_BUILD_TESTS=OFF)
        text = re.sub(r"#[^\n]*", "", path.read_text())
        for args in re.findall(r"\bfind_package\(([^)]*)\)", text):
            words = args.split()
            name = words[0]
            if name == "Qt6" and "COMPONENTS" in words:
                tail = words[words.index("COMPONENTS") + 1:]
                for component in tail:
                    if component.isupper():
                        break  # a keyword such as OPTIONAL_COMPONENTS
                    found.add(("qt", component))
            else:
                found.add(("package", name))
        for args in re.findall(r"\bpkg_(?:check|search)_modules?\(([^)]*)\)", text):
            words = args.split()[1:]
            for word in words:
                if word.isupper() or word.startswith("$"):
                    continue
                found.add(("pkg-config", re.split(r"[<>=]", word)[0]))
    return found


def main():
    src = pathlib.Path(sys.argv[1]).resolve()
    manifest_path = src / "packaging/flatpak/org.rollwise.Rollwise.yml"
    manifest = yaml.safe_load(manifest_path.read_text())
    modules = {m["name"]: m for m in manifest["modules"]}

    # Dependencies: each from the runtime or from a module.
    needed_modules = set()
    deps = cmake_dependencies(src)
    if ("package", "SQLCipher") not in deps or ("package", "Qt6Keychain") not in deps:
        fail(f"the dependency scan found too little ({sorted(deps)}); is the CMake layout changed?")
    for kind, name in sorted(deps):
        if kind == "qt":
            if name not in RUNTIME_QT_COMPONENTS:
                fail(f"Qt6 {name} is found by CMake but not known to come with the KDE runtime")
        elif name in RUNTIME_PACKAGES:
            continue
        elif name in MODULE_FOR:
            if MODULE_FOR[name] not in modules:
                fail(f"{name} is found by CMake but the manifest has no '{MODULE_FOR[name]}' module")
            needed_modules.add(MODULE_FOR[name])
        else:
            fail(f"{kind} dependency '{name}' has no Flatpak module and is not declared as runtime")
    leftover = set(modules) - needed_modules - {APP_MODULE}
    if leftover:
        fail(f"modules nothing in the build needs: {sorted(leftover)}")
    if list(modules)[-1] != APP_MODULE:
        fail("the app must be the last module, built on top of its dependencies")
    for name in needed_modules:
        for source in modules[name].get("sources", []):
            if source.get("type") == "git" and not (source.get("tag") or source.get("commit")):
                fail(f"module {name} builds an unpinned git source")
            if source.get("type") == "archive" and not source.get("sha256"):
                fail(f"module {name} downloads an archive without sha256")

    # The runtime: KDE, Qt 6.
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        fail("the manifest must use the KDE runtime and SDK")
    if not str(manifest.get("runtime-version", "")).startswith("6."):
        fail("the KDE runtime must be a 6.x (Qt 6) one")

    # The sandbox: BlueZ, portals, nothing broad.
    args = manifest.get("finish-args", [])
    if "--system-talk-name=org.bluez" not in args:
        fail("Bluetooth needs --system-talk-name=org.bluez")
    broad = [a for a in args if a.startswith(("--filesystem", "--socket=system-bus",
                                              "--socket=session-bus", "--device=all"))]
    if broad:
        fail(f"broad access: {broad} (backups go through the file chooser portal)")
    if any("org.freedesktop.Notifications" in a for a in args):
        fail("notifications go through the portal, not org.freedesktop.Notifications")
    if not (src / "platform/src/portal_notifier.cpp").exists():
        fail("the manifest relies on the portal notifier, and platform/ has none")

    # Ids, command and the app module agree with the build.
    app_id = manifest["app-id"]
    if not (src / f"packaging/linux/{app_id}.desktop").exists():
        fail(f"no desktop file named after the app id {app_id}")
    metainfo = (src / f"packaging/linux/{app_id}.metainfo.xml.in").read_text()
    if f"<id>{app_id}</id>" not in metainfo:
        fail("the AppStream id differs from the app id")
    app_cmake = (src / "app/CMakeLists.txt").read_text()
    if not re.search(rf"\bqt_add_executable\({re.escape(manifest['command'])}\b", app_cmake):
        fail(f"command '{manifest['command']}' is not the executable app/CMakeLists.txt builds")
    app = modules[APP_MODULE]
    if "-DROLLWISE_BUILD_TESTS=OFF" not in app.get("config-opts", []):
        fail("the app module must turn the tests off (they need tools the SDK lacks)")
    source_dir = (manifest_path.parent / app["sources"][0]["path"]).resolve()
    if source_dir != src:
        fail(f"the app module builds {source_dir}, not the repository")
    print(f"flatpak manifest ok: {len(deps)} dependencies, modules {sorted(needed_modules)}")


if __name__ == "__main__":
    main()
