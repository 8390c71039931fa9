#!/usr/bin/env bash
# Configures and builds Rollwise (preset "default", or the preset given) with Ninja.
# Builds on one machine take turns (a lock), so two never compete for the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
lock=${TMPDIR:-/tmp}/rollwise-build.lock
run() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc 2>/dev/null || echo 2)"
}
if command -v flock >/dev/null 2>&1; then
    exec 9>"$lock"
    flock 9
fi
run
