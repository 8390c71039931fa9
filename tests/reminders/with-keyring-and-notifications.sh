#!/bin/sh
# Runs a command on a private D-Bus session bus that has both an unlocked GNOME keyring
# (tests/support/with-keyring.sh) and python3-dbusmock's notification_daemon as
# org.freedesktop.Notifications. Usage: with-keyring-and-notifications.sh LOG CMD...
set -eu
here=$(cd "$(dirname "$0")" && pwd)
log=$1
shift
exec "$here/../support/with-keyring.sh" sh -c '
    /usr/bin/python3 -m dbusmock --template notification_daemon >"$0" 2>&1 &
    mock=$!
    status=0
    "$@" || status=$?
    kill "$mock" 2>/dev/null || true
    exit "$status"
' "$log" "$@"
