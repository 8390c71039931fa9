#!/usr/bin/env bash
# Builds Rollwise and runs its benchmarks, printing one table per benchmark. Every number that
# has a target is a ratio against a baseline measured in the same run, or an absolute figure with
# its target beside it. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh default
echo "== store (SQLCipher against the same code unencrypted)"
build/tests/store_benchmark
echo
echo "== session (device notifications to the view model; frames while passes are committed)"
build/tests/session_benchmark
for bench in build/tests/protocol/bench/*_benchmark; do
    [ -x "$bench" ] || continue
    echo
    echo "== $(basename "$bench")"
    "$bench"
done
echo
echo "== Bluetooth sync (1,000 records through Qt and the fake BlueZ, against the same events handed straight to the sync; a notification flood's memory)"
build/tests/bluetooth/bluetooth_sync_bench
echo
echo "== startup (rollwise opening a ten-year journal, against a bare window in the same style)"
tests/support/with-keyring.sh /usr/bin/python3 tests/bench/startup_benchmark.py build
echo
echo "== history (opening and scrolling ten years, against one month, longest GUI-thread stall)"
build/tests/history_benchmark
