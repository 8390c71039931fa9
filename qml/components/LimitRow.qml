import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// One limit: its value, its floor (the loosest allowed) and a step stricter or looser. A step
// past the floor is still asked for, so the refusal can say why. On a phone the buttons go under
// the words, so long titles and values (German) keep the full width.
ColumnLayout {
    id: row

    required property string title
    required property string valueText
    required property string floorText
    required property real value
    required property real step
    required property bool stricterIsLower
    property bool compact: false

    signal changeRequested(real value)

    spacing: 2

    GridLayout {
        Layout.fillWidth: true
        columns: row.compact ? 1 : 2
        columnSpacing: Theme.spacing / 2
        rowSpacing: Theme.spacing / 2
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: row.title
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "limitValue"
                Layout.fillWidth: true
                text: row.valueText
                color: Theme.text
                font.pixelSize: Theme.headingSize
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Safe default, the loosest allowed: %1").arg(row.floorText)
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
            }
        }
        RowLayout {
            spacing: Theme.spacing / 2
            ActionButton {
                objectName: "stricterButton"
                text: qsTr("Stricter")
                Accessible.name: qsTr("%1: stricter").arg(row.title)
                onClicked: row.changeRequested(row.stricterIsLower ? row.value - row.step
                                                                   : row.value + row.step)
            }
            ActionButton {
                objectName: "looserButton"
                text: qsTr("Looser")
                flat: true
                Accessible.name: qsTr("%1: looser").arg(row.title)
                onClicked: row.changeRequested(row.stricterIsLower ? row.value + row.step
                                                                   : row.value - row.step)
            }
        }
    }
}
