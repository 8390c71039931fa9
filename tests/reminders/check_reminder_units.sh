#!/bin/sh
# The systemd user units for reminders with the app closed, as installed: installs the build into
# a throwaway prefix, then checks that the service's ExecStart names the installed rollwise-cli
# (and that it knows `reminders deliver`), that the timer catches up (Persistent=true), and that
# `systemd-analyze verify` accepts both units (skipped, exit 77, without systemd-analyze).
# Usage: check_reminder_units.sh BUILD_DIR
set -eu
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/usr
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || {
    cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
units=$prefix/lib/systemd/user
service=$units/rollwise-reminders.service
timer=$units/rollwise-reminders.timer
for f in "$service" "$timer"; do
    [ -f "$f" ] || { echo "FAIL: $f is not installed"; exit 1; }
done
exec_line=$(sed -n 's/^ExecStart=//p' "$service")
binary=${exec_line%% *}
[ "$binary" = "$prefix/bin/rollwise-cli" ] || {
    echo "FAIL: ExecStart names $binary, not the installed $prefix/bin/rollwise-cli"; exit 1; }
[ -x "$binary" ] || { echo "FAIL: $binary is not an installed executable"; exit 1; }
case "$exec_line" in
    *" reminders deliver "*) ;;
    *) echo "FAIL: ExecStart does not run 'reminders deliver': $exec_line"; exit 1 ;;
esac
"$binary" reminders --help | grep -q "rollwise-cli reminders deliver" || {
    echo "FAIL: the installed rollwise-cli does not know 'reminders deliver'"; exit 1; }
grep -qx 'Persistent=true' "$timer" || { echo "FAIL: the timer does not catch up"; exit 1; }
grep -qx 'WantedBy=timers.target' "$timer" || { echo "FAIL: the timer cannot be enabled"; exit 1; }
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "SKIP: systemd-analyze is not installed; the files were checked without it"
    exit 77
fi
# verify reads the units offline; it also checks that ExecStart's binary exists.
# A user manager needs a runtime folder of its own.
mkdir -m 700 "$tmp/run"
if ! XDG_RUNTIME_DIR=$tmp/run systemd-analyze --user --man=no verify "$service" "$timer" >"$tmp/verify.log" 2>&1; then
    cat "$tmp/verify.log"
    echo "FAIL: systemd-analyze verify"
    exit 1
fi
if grep -i "rollwise" "$tmp/verify.log"; then
    echo "FAIL: systemd-analyze has something to say about the units"
    exit 1
fi
echo "ok: $service and $timer"
