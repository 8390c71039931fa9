pragma Singleton
import QtQuick
import Rollwise.App

// Colours, sizes and type scale shared by every screen, light and dark. Main.qml sets `dark`
// from the Material theme it chose (the user's setting, or the system's at start-up).
QtObject {
    property bool dark: false

    readonly property color background: dark ? "#161817" : "#f7f5f2"
    readonly property color surface: dark ? "#212423" : "#ffffff"
    readonly property color border: dark ? "#3b403e" : "#e4dfd8"
    readonly property color text: dark ? "#ecebe8" : "#2b2a28"
    readonly property color mutedText: dark ? "#b3aea6" : "#5f5a54"
    readonly property color accent: dark ? "#6cc3b6" : "#2f7d73"
    readonly property color accentSoft: dark ? "#1f3834" : "#e2f0ee"
    readonly property color excluded: dark ? "#f0988c" : "#a8554b"
    readonly property color excludedSoft: dark ? "#402724" : "#f6e7e4"
    // Healing, waiting: neither ready nor blocked.
    readonly property color caution: dark ? "#e8c170" : "#8a6412"
    readonly property color cautionSoft: dark ? "#3a3120" : "#f8efd9"
    readonly property color headerBackground: dark ? "#1c3531" : "#2f7d73"
    readonly property color headerText: "#ffffff"
    readonly property color textOnAccent: dark ? "#0d1f1c" : "#ffffff"
    readonly property color navigationBackground: dark ? "#1b1e1d" : "#efece7"

    readonly property int spacing: 12
    readonly property int radius: 10
    readonly property int compactBreakpoint: 720
    // Touch targets are at least this tall (UX brief: 48 px).
    readonly property int touchTarget: 48
    readonly property int railWidth: 96
    readonly property int readableWidth: 760

    // Type follows the system's font size: the sizes below are for a 12 px system font and
    // grow and shrink with it (never below a readable floor).
    readonly property real systemFontPixels: Preferences.systemFontPixels
    readonly property real fontScale: Math.max(1, systemFontPixels / 12)
    readonly property int titleSize: Math.round(22 * fontScale)
    readonly property int headingSize: Math.round(18 * fontScale)
    readonly property int bodySize: Math.round(15 * fontScale)
    readonly property int smallSize: Math.round(13 * fontScale)
}
