import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A setting that is on or off: its title, a line on what it does, and the switch.
RowLayout {
    id: row

    required property string title
    property string detail
    required property bool on

    signal switched(bool on)

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: row.title
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Label {
            visible: row.detail.length > 0
            Layout.fillWidth: true
            text: row.detail
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
        }
    }
    Switch {
        id: toggle
        objectName: "switch_" + row.title
        checked: row.on
        Accessible.name: row.title
        onToggled: row.switched(toggle.checked)
        // Drawn without Material's shadow (a shader the software renderer leaves blank); the
        // knob's side and the word beside it say on or off, not only the colour.
        indicator: Rectangle {
            implicitWidth: 52
            implicitHeight: 30
            x: toggle.leftPadding
            y: (toggle.height - height) / 2
            radius: height / 2
            color: toggle.checked ? Theme.accent : Theme.border
            border.width: toggle.visualFocus ? 3 : 1
            border.color: toggle.visualFocus ? Theme.text : (toggle.checked ? Theme.accent : Theme.mutedText)
            Rectangle {
                x: toggle.checked ? parent.width - width - 4 : 4
                anchors.verticalCenter: parent.verticalCenter
                width: 22
                height: 22
                radius: 11
                color: toggle.checked ? Theme.textOnAccent : Theme.surface
                border.color: Theme.mutedText
                border.width: toggle.checked ? 0 : 1
            }
        }
        contentItem: Label {
            leftPadding: toggle.indicator.width + 8
            text: toggle.checked ? qsTr("On") : qsTr("Off")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            verticalAlignment: Text.AlignVCenter
        }
    }
}
