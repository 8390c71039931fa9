#!/usr/bin/env bash
# Configures and builds Rollwise (preset "default", or the preset given) with Ninja.
# Builds on one machine take turns (a lock), so two never compete for the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
# One lock per user: another user's lock file in /tmp could not be opened.
lock=${TMPDIR:-/tmp}/rollwise-build-$(id -u).lock
run() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc 2>/dev/null || echo 2)"
}
# Waiting for the lock is a courtesy: a build goes ahead without it if it cannot be taken.
if command -v flock >/dev/null 2>&1 && { exec 9>"$lock"; } 2>/dev/null; then
    flock 9
fi
run
