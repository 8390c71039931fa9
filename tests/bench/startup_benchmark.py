#!/usr/bin/env python3
"""Startup benchmark: `rollwise` opening a ten-year journal (3,650 sessions) with the key from
the keychain, against a bare Qt Quick window in the same style, both offscreen. Prints the
median time to the first frame and peak memory of each, and their ratios (target: at most 1.5x
each; the journal opens after the first frame and its memory counts). Run it inside tests/support/with-keyring.sh (a private keychain). Usage:
    startup_benchmark.py BUILD_DIR [--quick]
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

FIRST = re.compile(r"first frame: (\d+) ms; peak memory: (\d+) KiB")
MEMORY = re.compile(r"peak memory: (\d+) KiB")


def run(command, env):
    """Wall time from launch to the first-frame line; the peak memory of the whole run (for the
    app: until its journal is open); the last line."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    wall = None
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if wall is None and FIRST.search(line):
            wall = (time.perf_counter() - started) * 1000.0
    code = process.wait(timeout=120)
    memory = [int(m.group(1)) for m in map(MEMORY.search, lines) if m]
    if code != 0 or wall is None or not memory:
        sys.exit(f"{command[0]} failed ({code}):\n" + "\n".join(lines))
    return wall, max(memory), lines[-1]


def main():
    build = sys.argv[1]
    quick = "--quick" in sys.argv
    sessions = 30 if quick else 3650
    runs = 1 if quick else 7
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as data:
        subprocess.run([f"{build}/tests/startup_fixture", data, str(sessions)], env=env, check=True,
                       capture_output=True)
        app = [f"{build}/app/rollwise", "--startup-probe", "--data-dir", data]
        base = [f"{build}/tests/startup_baseline"]
        results = {"app": [], "baseline": []}
        last = ""
        for _ in range(runs):  # interleaved, so drift hits both alike
            results["baseline"].append(run(base, env))
            wall, memory, last = run(app, env)
            results["app"].append((wall, memory, last))
        if f"sessions: {sessions}" not in last or "journal: Unlocked" not in last:
            sys.exit(f"the app did not open the journal: {last}")
    app_time = statistics.median(r[0] for r in results["app"])
    app_memory = statistics.median(r[1] for r in results["app"])
    base_time = statistics.median(r[0] for r in results["baseline"])
    base_memory = statistics.median(r[1] for r in results["baseline"])
    print(f"| measurement | rollwise ({sessions} sessions) | bare window | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| time to first frame (wall, median of {runs}) | {app_time:.0f} ms | {base_time:.0f} ms "
          f"| {app_time / base_time:.2f}x | <= 1.5x |")
    print(f"| peak memory (VmHWM) | {app_memory / 1024:.1f} MiB | {base_memory / 1024:.1f} MiB "
          f"| {app_memory / base_memory:.2f}x | <= 1.5x |")


if __name__ == "__main__":
    main()
