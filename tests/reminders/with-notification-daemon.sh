#!/bin/sh
# Runs a command on a private D-Bus session bus with python3-dbusmock's notification_daemon
# template as org.freedesktop.Notifications (a real D-Bus peer that records every call and can
# emit ActionInvoked and NotificationClosed). Usage: with-notification-daemon.sh LOG CMD...
set -eu
log=$1
shift
exec dbus-run-session -- sh -c '
    /usr/bin/python3 -m dbusmock --template notification_daemon >"$0" 2>&1 &
    mock=$!
    "$@"
    status=$?
    kill "$mock" 2>/dev/null || true
    exit "$status"
' "$log" "$@"
