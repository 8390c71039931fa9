#!/usr/bin/env bash
# Quick start 1: installs what Rollwise needs, builds it, and runs it. With a display the
# window opens; without one, Rollwise says so and runs its headless demo. Arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh default
exec build/app/rollwise "$@"
