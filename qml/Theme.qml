pragma Singleton
import QtQuick

// Colours, sizes and type scale shared by every screen.
QtObject {
    readonly property color background: "#f7f5f2"
    readonly property color surface: "#ffffff"
    readonly property color border: "#e4dfd8"
    readonly property color text: "#2b2a28"
    readonly property color mutedText: "#6b665f"
    readonly property color accent: "#2f7d73"
    readonly property color accentSoft: "#e2f0ee"
    readonly property color excluded: "#a8554b"
    readonly property color excludedSoft: "#f6e7e4"
    readonly property color headerBackground: "#2f7d73"
    readonly property color headerText: "#ffffff"

    readonly property int spacing: 12
    readonly property int radius: 10
    readonly property int compactBreakpoint: 720

    readonly property int titleSize: 22
    readonly property int headingSize: 18
    readonly property int bodySize: 14
    readonly property int smallSize: 12
}
