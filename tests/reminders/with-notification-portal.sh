#!/bin/sh
# Runs a command on a private D-Bus session bus with a python3-dbusmock object standing in for
# the XDG desktop portal (org.freedesktop.portal.Desktop): a real D-Bus peer that records every
# call; the test adds the Notification methods and emits ActionInvoked through the mock's own
# interface. Usage: with-notification-portal.sh LOG CMD...
set -eu
log=$1
shift
exec dbus-run-session -- sh -c '
    /usr/bin/python3 -m dbusmock --session org.freedesktop.portal.Desktop \
        /org/freedesktop/portal/desktop org.freedesktop.portal.Notification >"$0" 2>&1 &
    mock=$!
    "$@"
    status=$?
    kill "$mock" 2>/dev/null || true
    exit "$status"
' "$log" "$@"
