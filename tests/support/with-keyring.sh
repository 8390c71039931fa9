#!/bin/sh
# Runs a command with a private D-Bus session bus and an unlocked GNOME keyring, so QtKeychain
# talks to a real Secret Service without a desktop. HOME is a throwaway folder.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'eval "$(printf rollwise | gnome-keyring-daemon --unlock --components=secrets)"; export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK; "$@"' sh "$@"
