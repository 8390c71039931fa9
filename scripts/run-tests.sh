#!/usr/bin/env bash
# Quick start 2: installs what Rollwise needs to build and test, builds it, and runs the whole
# test suite: every CTest label (unit, integration, ui, lint) in the default build, then the
# protocol fuzzers for a bounded time (FUZZ_SECONDS each, 10 by default), and the core tests
# again under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests

echo "== build (RelWithDebInfo)"
bash scripts/build.sh default
echo "== tests"
ctest --preset default

echo "== fuzzers (${FUZZ_SECONDS:-10} s each)"
FUZZ_SECONDS=${FUZZ_SECONDS:-10} bash scripts/run-fuzzers.sh

echo "== build (core, AddressSanitizer + UndefinedBehaviorSanitizer)"
bash scripts/build.sh asan
echo "== tests under sanitizers"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset asan
