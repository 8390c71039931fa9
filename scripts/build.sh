#!/usr/bin/env bash
# Configures and builds Rollwise (preset "default", or the preset given) with Ninja.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc 2>/dev/null || echo 2)"
