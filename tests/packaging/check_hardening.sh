#!/usr/bin/env bash
# Checks that the shipped binaries are hardened as Debian's own are: PIE, full RELRO with
# immediate binding, the stack protector and _FORTIFY_SOURCE in use.
# Usage: check_hardening.sh BINARY...
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
[ $# -gt 0 ] || fail "no binary given"
for bin in "$@"; do
    name=$(basename "$bin")
    [ -x "$bin" ] || fail "$bin is missing"
    readelf -h "$bin" | grep -Eq 'Type:[[:space:]]+DYN' || fail "$name is not position independent (PIE)"
    readelf -l "$bin" | grep -q 'GNU_RELRO' || fail "$name has no RELRO segment"
    readelf -d "$bin" | grep -Eq '\(BIND_NOW\)|FLAGS.*\bNOW\b' || fail "$name lacks immediate binding (-z now)"
    symbols=$(readelf --dyn-syms -W "$bin")
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$name does not use the stack protector"
    grep -Eq '__[a-z0-9_]+_chk(@|[[:space:]])' <<<"$symbols" || fail "$name uses no fortified function (_FORTIFY_SOURCE)"
    echo "hardened: $name"
done
