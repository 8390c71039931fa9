#!/usr/bin/env python3
"""What can be checked here of the phone notifiers (docs/reminders.md), which cannot be built on
this machine (no Android SDK/NDK, no Xcode):

- Android, JNI: every `native` method of the Java class is registered by the C++ side under the
  same name and the JNI signature its Java declaration implies, with the class name of the Java
  file; every Java method the C++ side calls exists, is static, and has the signature C++ names
  (parameters and return type).
- Android, manifest: the permissions the Java code needs (POST_NOTIFICATIONS, asked at run time
  from API 33; RECEIVE_BOOT_COMPLETED), every BroadcastReceiver of the Java code declared, the
  boot receiver listening for BOOT_COMPLETED, no exact-alarm permission and no exact alarm.
- Both: the notifiers override every virtual of core's Notifier; iOS schedules at most 64, the
  nearest first, and asks for authorization; the factory picks each under its Q_OS_ macro.

`--self-test` breaks each kind of thing once in memory and checks that it is reported.
Usage: check_phone_sources.py SOURCE_DIR [--self-test]
"""
import pathlib
import re
import sys

PRIMITIVES = {"void": "V", "boolean": "Z", "byte": "B", "char": "C", "short": "S", "int": "I",
              "long": "J", "float": "F", "double": "D"}
JNI_RETURN = {"void": "V", "jboolean": "Z", "jint": "I", "jlong": "J"}
ANDROID_NS = "{http://schemas.android.com/apk/res/android}"


def load(root):
    android = root / "platform" / "android"
    java_dir = android / "java"
    return {
        "java": {str(p.relative_to(java_dir)): p.read_text() for p in java_dir.rglob("*.java")},
        "cpp": (android / "android_notifier.cpp").read_text(),
        "android_h": (android / "android_notifier.h").read_text(),
        "ios_h": (root / "platform" / "ios" / "ios_notifier.h").read_text(),
        "ios_mm": (root / "platform" / "ios" / "ios_notifier.mm").read_text(),
        "factory": (root / "platform" / "src" / "notifier_factory.cpp").read_text(),
        "core": (root / "core" / "include" / "rollwise" / "core" / "reminders.h").read_text(),
        "manifest": (root / "packaging" / "android" / "AndroidManifest.xml.in").read_text(),
    }


def java_type(name, imports):
    name = name.strip()
    dims = name.count("[]")
    base = name.replace("[]", "").strip()
    if base in PRIMITIVES:
        sig = PRIMITIVES[base]
    else:
        full = imports.get(base, "java.lang." + base if base in ("String", "Object") else None)
        if full is None:
            raise ValueError(f"cannot resolve Java type {base}")
        sig = "L" + full.replace(".", "/") + ";"
    return "[" * dims + sig


def java_methods(path, text):
    """{name: (modifiers, signature)} and the class's JNI name."""
    package = re.search(r"^package\s+([\w.]+);", text, re.M).group(1)
    imports = {m.group(1).split(".")[-1]: m.group(1)
               for m in re.finditer(r"^import\s+([\w.]+);", text, re.M)}
    cls = pathlib.PurePath(path).stem
    methods = {}
    pattern = (r"((?:(?:public|private|protected|static|final|native|synchronized)\s+)+)"
               r"([\w\[\]]+)\s+(\w+)\s*\(([^)]*)\)\s*[;{]")
    for m in re.finditer(pattern, text):
        mods, ret, name, params = m.group(1).split(), m.group(2), m.group(3), m.group(4)
        args = []
        for p in filter(None, (x.strip() for x in params.split(","))):
            args.append(java_type(p.rsplit(None, 1)[0], imports))
        methods[name] = (mods, "(" + "".join(args) + ")" + java_type(ret, imports))
    return package.replace(".", "/") + "/" + cls, methods


def check(src):
    problems = []
    classes = {}
    for path, text in src["java"].items():
        jni_name, methods = java_methods(path, text)
        classes[jni_name] = (text, methods)

    # The C++ side's class name.
    k = re.search(r'constexpr char kClass\[\] = "([\w/]+)";', src["cpp"])
    if not k or k.group(1) not in classes:
        problems.append(f"kClass {k.group(1) if k else '?'} is no Java class of platform/android/java")
        return problems
    text, methods = classes[k.group(1)]

    # Java native -> registered in C++ with the same name and signature.
    registered = dict(re.findall(r'\{\s*"(\w+)"\s*,\s*"([^"]+)"\s*,\s*reinterpret_cast', src["cpp"]))
    for name, (mods, sig) in methods.items():
        if "native" not in mods:
            continue
        if name not in registered:
            problems.append(f"native {name} is not registered in android_notifier.cpp")
        elif registered[name] != sig:
            problems.append(f"native {name}: Java says {sig}, C++ registers {registered[name]}")
        fn = re.search(r"void JNICALL " + name + r"\(JNIEnv\*[^,]*, jclass[^,]*((?:, \w+ \w+)*)\)",
                       src["cpp"])
        if not fn:
            problems.append(f"native {name}: no C++ function {name}(JNIEnv*, jclass, ...)")
        elif len(re.findall(r", \w+ \w+", fn.group(1))) != sig[1:sig.index(")")].count(";") + \
                len(re.sub(r"L[^;]*;", "", sig[1:sig.index(")")])):
            problems.append(f"native {name}: the C++ function's arguments do not match {sig}")
    for name in registered:
        if name not in methods or "native" not in methods[name][0]:
            problems.append(f"C++ registers {name}, which the Java class does not declare native")

    # C++ -> Java calls: the method exists, is static and public, and the signature matches.
    calls = re.findall(
        r'callStatic(?:Object)?Method(?:<(\w+)>)?\(\s*kClass,\s*"(\w+)",\s*"([^"]+)"', src["cpp"])
    if not calls:
        problems.append("no calls from C++ into the Java class were found")
    for ret, name, sig in calls:
        if name not in methods:
            problems.append(f"C++ calls {name}, which the Java class does not have")
            continue
        mods, java_sig = methods[name]
        if "static" not in mods or "public" not in mods:
            problems.append(f"C++ calls {name}, which is not public static in Java")
        if java_sig != sig:
            problems.append(f"C++ calls {name} as {sig}, Java declares {java_sig}")
        if ret and JNI_RETURN.get(ret) != sig[sig.index(")") + 1:]:
            problems.append(f"C++ calls {name} for a {ret}, the signature returns "
                            f"{sig[sig.index(')') + 1:]}")

    # The manifest.
    import xml.etree.ElementTree as ET
    manifest = ET.fromstring(src["manifest"])
    permissions = {e.get(ANDROID_NS + "name") for e in manifest.iter("uses-permission")}
    for needed in ("android.permission.POST_NOTIFICATIONS",
                   "android.permission.RECEIVE_BOOT_COMPLETED"):
        if needed not in permissions:
            problems.append(f"the manifest lacks {needed}")
    for exact in ("android.permission.SCHEDULE_EXACT_ALARM", "android.permission.USE_EXACT_ALARM"):
        if exact in permissions:
            problems.append(f"the manifest asks for {exact}; reminders use inexact alarms")
    receivers = {e.get(ANDROID_NS + "name"): e for e in manifest.iter("receiver")}
    for jni_name, (jtext, _) in classes.items():
        if "extends BroadcastReceiver" not in jtext:
            continue
        name = jni_name.replace("/", ".")
        if name not in receivers:
            problems.append(f"the manifest does not declare the receiver {name}")
            continue
        if "ACTION_BOOT_COMPLETED" in jtext:
            actions = {a.get(ANDROID_NS + "name") for a in receivers[name].iter("action")}
            if "android.intent.action.BOOT_COMPLETED" not in actions:
                problems.append(f"{name} handles BOOT_COMPLETED but the manifest does not route it")
            if receivers[name].get(ANDROID_NS + "exported") != "true":
                problems.append(f"{name} must be exported to receive BOOT_COMPLETED")
    if not any("ACTION_BOOT_COMPLETED" in t for t, _ in classes.values()):
        problems.append("no receiver sets the alarms again after a reboot")
    all_java = "\n".join(t for t, _ in classes.values())
    if ".setWindow(" not in all_java:
        problems.append("the Java code does not use AlarmManager.setWindow")
    if re.search(r"\.setExact\w*\(|\.setAlarmClock\(", all_java):
        problems.append("the Java code sets an exact alarm (needs SCHEDULE_EXACT_ALARM from 12)")
    if not re.search(r"SDK_INT >= 33[\s\S]{0,200}requestPermissions\(", all_java):
        problems.append("POST_NOTIFICATIONS is not requested at run time from API 33")

    # Both phone notifiers implement core's Notifier.
    notifier = re.search(r"class Notifier \{([\s\S]*?)\n\};", src["core"]).group(1)
    virtuals = re.findall(r"virtual [^;]*?(\w+)\(", notifier)
    virtuals = [v for v in virtuals if v != "Notifier"]
    for label, header in (("AndroidNotifier", src["android_h"]), ("IosNotifier", src["ios_h"])):
        for v in virtuals:
            if not re.search(r"\b" + v + r"\([^)]*\)[^;]*override;", header):
                problems.append(f"{label} does not override Notifier::{v}")
        if f"class {label} final : public Notifier" not in header:
            problems.append(f"{label} is not a Notifier")

    # iOS: the nearest 64, authorization asked.
    if not re.search(r"kMaxPending = 64;", src["ios_h"]):
        problems.append("IosNotifier does not keep iOS's limit of 64 pending requests")
    if "requestAuthorizationWithOptions" not in src["ios_mm"]:
        problems.append("IosNotifier never asks for authorization")
    if not re.search(r"std::sort\(ahead[\s\S]{0,200}->due < [\s\S]{0,200}resize\(kMaxPending\)",
                     src["ios_mm"]):
        problems.append("IosNotifier does not schedule the nearest reminders first")

    # The one factory.
    f = src["factory"]
    if not re.search(r"#if defined\(Q_OS_ANDROID\)[\s\S]*AndroidNotifier[\s\S]*"
                     r"#elif defined\(Q_OS_IOS\)[\s\S]*IosNotifier", f):
        problems.append("notifier_factory.cpp does not pick the phone notifiers by Q_OS_ANDROID "
                        "and Q_OS_IOS")
    return problems


def self_test(src):
    """Each breakage must be reported; returns the breakages that went unnoticed."""
    def broken(key, old, new, java_file=None):
        copy = {k: (dict(v) if isinstance(v, dict) else v) for k, v in src.items()}
        if java_file:
            assert old in copy["java"][java_file], old
            copy["java"][java_file] = copy["java"][java_file].replace(old, new, 1)
        else:
            assert old in copy[key], old
            copy[key] = copy[key].replace(old, new, 1)
        return copy

    notifier_java = next(p for p in src["java"] if p.endswith("ReminderNotifier.java"))
    cases = {
        "a native signature": broken("cpp", '"(Ljava/lang/String;Ljava/lang/String;)V"',
                                     '"(Ljava/lang/String;)V"'),
        "a native name": broken("cpp", '{"nativeOnAction"', '{"nativeOnActions"'),
        "a called method's parameters": broken("cpp", '"(Landroid/content/Context;I)V"',
                                               '"(Landroid/content/Context;J)V"'),
        "a called method's return type": broken(
            None, "public static boolean available(", "public static int available(",
            java_file=notifier_java),
        "a called method made private": broken(
            None, "public static void cancel(", "private static void cancel(",
            java_file=notifier_java),
        "a missing permission": broken("manifest", "android.permission.RECEIVE_BOOT_COMPLETED",
                                       "android.permission.VIBRATE"),
        "a missing receiver": broken("manifest",
                                     "org.rollwise.reminders.ReminderActionReceiver", "x.Y"),
        "the boot filter": broken("manifest", "android.intent.action.BOOT_COMPLETED",
                                  "android.intent.action.LOCKED_BOOT_COMPLETED"),
        "an exact alarm": broken(None, ".setWindow(AlarmManager.RTC_WAKEUP, start, WINDOW_MILLIS,",
                                 ".setExact(AlarmManager.RTC_WAKEUP, start,",
                                 java_file=notifier_java),
        "the 64 limit": broken("ios_h", "kMaxPending = 64;", "kMaxPending = 128;"),
        "an override": broken("android_h", "void withdraw(const std::string& uid) override;",
                              "void withdraw(const std::string& uid);"),
    }
    return [name for name, copy in cases.items() if not check(copy)]


def main():
    root = pathlib.Path(sys.argv[1])
    src = load(root)
    problems = check(src)
    for p in problems:
        print("FAIL:", p)
    if "--self-test" in sys.argv:
        for name in self_test(src):
            print("FAIL: the check misses a broken", name)
            problems.append(name)
    if not problems:
        print("ok: JNI names and signatures, manifest, Notifier overrides, iOS limit, factory")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
