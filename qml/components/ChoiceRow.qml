pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// One of a few choices, each a radio button with its word (so a screen reader and the keyboard
// reach each one).
ColumnLayout {
    id: row

    required property string title
    required property var choices // [{value, text}]
    required property var current // the chosen value

    signal chosen(var value)

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: row.title
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: row.choices
            delegate: RadioButton {
                required property var modelData
                objectName: "choice_" + modelData.value
                text: modelData.text
                checked: modelData.value === row.current
                font.pixelSize: Theme.bodySize
                Accessible.name: row.title + ": " + modelData.text
                onClicked: row.chosen(modelData.value)
            }
        }
    }
}
