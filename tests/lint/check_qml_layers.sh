#!/usr/bin/env bash
# The QML layers: reusable components take what they show as properties and never reach for
# the app's singletons (no `import Rollwise.App` under qml/components/); pages live in
# qml/pages/ and end in Page.qml.
set -euo pipefail
qml="$1/qml"
status=0
for file in "$qml"/components/*.qml; do
    if grep -qE '^\s*import\s+Rollwise\.App' "$file"; then
        echo "component reaches for app singletons: ${file#"$1"/}"
        status=1
    fi
done
for file in "$qml"/pages/*.qml; do
    case "$file" in
    *Page.qml) ;;
    *) echo "a file in qml/pages/ that is not a page: ${file#"$1"/}"; status=1 ;;
    esac
done
exit $status
