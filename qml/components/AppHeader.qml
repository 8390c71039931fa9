import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

ToolBar {
    id: header

    property bool compact: false

    background: Rectangle { color: Theme.headerBackground }
    contentHeight: header.compact ? 52 : 60

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 1.5
        anchors.rightMargin: Theme.spacing * 1.5
        spacing: Theme.spacing

        Label {
            text: qsTr("Rollwise")
            color: Theme.headerText
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Label {
            visible: !header.compact
            text: qsTr("Home microneedling companion")
            color: Theme.headerText
            opacity: 0.85
            font.pixelSize: Theme.bodySize
        }
        Item { Layout.fillWidth: true }
    }
}
