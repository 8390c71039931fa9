#!/usr/bin/env bash
# Builds the device protocol's libFuzzer targets with clang in build-fuzz/ and runs each one for
# a bounded time, starting from the seed corpus generated from the unit tests' table vectors.
# Fails if any target crashes, leaks, hits a sanitizer report or breaks a property.
#
#   bash scripts/run-fuzzers.sh            # every target, 20 s each
#   FUZZ_SECONDS=300 bash scripts/run-fuzzers.sh live_events stored_record
#
# Needs clang and its compiler runtime (libFuzzer, ASan, UBSan): on Debian 12 the packages
# clang and libclang-rt-14-dev. Builds take the same per-user lock as scripts/build.sh, so they never overlap.
set -euo pipefail

log() { printf 'run-fuzzers: %s\n' "$*"; }
die() { printf 'run-fuzzers: error: %s\n' "$*" >&2; exit 1; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-fuzz"
seconds=${FUZZ_SECONDS:-20}
lock=${TMPDIR:-/tmp}/rollwise-build-$(id -u).lock
all_targets=(control_point features guard_json head_identity live_events racp standard stored_record)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

cxx=$(command -v clang++ || true)
[ -n "$cxx" ] || die "clang++ not found (Debian 12: apt-get install clang libclang-rt-14-dev)"
command -v cmake >/dev/null || die "cmake not found"
command -v ninja >/dev/null || die "ninja not found"

if [ ! -f "$build/CMakeCache.txt" ]; then
    log "configuring $build with $cxx"
    # -fsanitize=fuzzer-no-link on every target instruments the codec inside rollwise_core for
    # coverage; the fuzz executables add -fsanitize=fuzzer (the libFuzzer main) themselves.
    flock "$lock" cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_CXX_COMPILER="$cxx" \
        -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS="-O1 -fsanitize=fuzzer-no-link" \
        -DROLLWISE_CORE_ONLY=ON \
        -DROLLWISE_SANITIZE=ON \
        -DROLLWISE_FUZZ=ON >/dev/null
fi
log "building the fuzz targets"
flock "$lock" cmake --build "$build" --target rollwise_fuzzers -j2

seeds="$build/fuzz-seeds"
rm -rf "$seeds"
"$build/tests/fuzz/fuzz_seed_corpus" "$seeds"
# The guard's JSON parser starts from the documented examples.
mkdir -p "$seeds/guard_json"
find "$root/docs/guard-examples" -name '*.json' ! -name '*.expected.json' \
    -exec cp {} "$seeds/guard_json/" \;

failed=()
for name in "${targets[@]}"; do
    exe="$build/tests/fuzz/fuzz_$name"
    [ -x "$exe" ] || die "no fuzz target '$name' (known: ${all_targets[*]})"
    corpus="$build/fuzz-corpus/$name"
    artifacts="$build/fuzz-artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    log "fuzz_$name for ${seconds}s"
    # The working corpus grows across runs; the seeds are read alongside it every time.
    if "$exe" "$corpus" "$seeds/$name" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$build/fuzz-$name.log" 2>&1; then
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$build/fuzz-$name.log" |
            grep -Eo '[0-9]+$' || echo "?")
        log "fuzz_$name: clean, $runs inputs"
    else
        log "fuzz_$name: FAILED (log: $build/fuzz-$name.log, inputs: $artifacts)"
        tail -n 30 "$build/fuzz-$name.log" >&2 || true
        failed+=("$name")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    die "fuzz targets failed: ${failed[*]}"
fi
log "all ${#targets[@]} fuzz targets ran clean for ${seconds}s each"
