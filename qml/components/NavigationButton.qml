import QtQuick
import QtQuick.Controls
import Rollwise.Ui

// A destination in the navigation: its symbol above its title, a badge when it has news. The
// current one is marked by a filled pill and bold text, not by colour alone.
AbstractButton {
    id: button

    // One of Navigation.navigationDestinations.
    required property var destination
    property bool current: false

    objectName: "navigate" + destination.title
    text: destination.title
    Accessible.role: Accessible.PageTab
    Accessible.name: destination.badge.length > 0 ? destination.title + " (" + destination.badge + ")"
                                                 : destination.title
    Accessible.checkable: true
    Accessible.checked: button.current

    // The title's longest word, to set the title smaller when that word is wider than a line.
    TextMetrics {
        id: longestWord
        font.pixelSize: Theme.smallSize
        font.bold: button.current
        text: button.destination.title.split(" ").reduce((a, b) => b.length > a.length ? b : a, "")
    }

    contentItem: Column {
        spacing: 2

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 56
            height: 30
            radius: height / 2
            color: button.current ? Theme.accentSoft : "transparent"
            border.color: button.visualFocus ? Theme.accent : "transparent"
            border.width: 2
            Label {
                anchors.centerIn: parent
                text: button.destination.symbol
                color: button.current ? Theme.accent : Theme.mutedText
                font.pixelSize: 18
            }
            Rectangle {
                visible: button.destination.badge.length > 0
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.topMargin: -4
                width: 18
                height: 18
                radius: 9
                color: Theme.excluded
                Label {
                    anchors.centerIn: parent
                    text: button.destination.badge
                    color: Theme.dark ? "#000000" : "#ffffff"
                    font.pixelSize: 11
                    font.bold: true
                }
            }
        }
        // A long title ("Köpfe & Geräte" in the desktop rail) wraps instead of being cut off;
        // a word too long for a line ("Einstellungen", bold) is set a little smaller to fit.
        Label {
            width: button.width - 4
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            text: button.destination.title
            color: button.current ? Theme.text : Theme.mutedText
            font.pixelSize: Math.max(9, Math.min(Theme.smallSize, Math.floor(
                Theme.smallSize * (button.width - 6) / Math.max(1, longestWord.advanceWidth))))
            font.bold: button.current
        }
    }
}
