import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A row that opens a sub-page of Settings: its title, one line on what is there, and ›.
ItemDelegate {
    id: link

    required property string title
    property string detail

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: link.title
    Accessible.description: link.detail

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: link.title
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: link.detail.length > 0
                text: link.detail
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
            }
        }
        Label {
            text: "›"
            color: Theme.accent
            font.pixelSize: Theme.titleSize
        }
    }
    background: Rectangle {
        color: link.down ? Theme.accentSoft : "transparent"
        border.width: link.visualFocus ? 3 : 0
        border.color: Theme.text
        radius: Theme.radius / 2
    }
}
