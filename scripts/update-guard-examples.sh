#!/usr/bin/env bash
# Regenerates docs/guard-examples/*.expected.json from the current guard. Review the diff:
# every change is a change in what Rollwise tells its users.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/app/cli/rollwise-cli
[ -x "$cli" ] || { echo "build first: bash scripts/build.sh" >&2; exit 1; }
for input in docs/guard-examples/*.json; do
    case "$input" in *.expected.json) continue ;; esac
    "$cli" check "$input" > "${input%.json}.expected.json"
done
git --no-pager diff --stat -- docs/guard-examples || true
