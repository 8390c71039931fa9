import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// One device in the devices list: its name, what it is, how well it is heard and what it
// advertises, and what can be done with it. A simulated device always says so.
Rectangle {
    id: row

    required property string name
    required property string family
    required property string signalText
    required property string status
    required property bool simulated
    required property bool paired
    required property bool current
    required property bool inRange
    property bool busy: false

    signal pairRequested()
    signal useRequested()
    signal forgetRequested()
    signal renameRequested(string name)

    property bool renaming: false
    // How well it is heard, or that it was not heard at all.
    readonly property string reach: row.inRange ? row.signalText
                                    : (row.simulated ? "" : qsTr("Not in range"))

    implicitHeight: column.implicitHeight + Theme.spacing * 1.5
    radius: Theme.radius / 2
    color: row.current ? Theme.accentSoft : "transparent"
    border.color: row.current ? Theme.accent : Theme.border
    border.width: row.current ? 2 : 1
    Accessible.role: Accessible.ListItem
    Accessible.name: row.name + (row.current ? ", " + qsTr("in use") : "")

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top
                  margins: Theme.spacing * 0.75 }
        spacing: 4

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Label {
                text: (row.current ? "✓ " : "") + row.name
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                elide: Text.ElideRight
                width: Math.min(implicitWidth, column.width)
            }
            Badge {
                visible: row.simulated
                text: qsTr("SIMULATED")
            }
            Badge {
                visible: row.paired
                text: qsTr("PAIRED")
                tone: Theme.accent
                color: Theme.accentSoft
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.family
                  + (row.family.length > 0 && row.reach.length > 0 ? " · " : "") + row.reach
                  + (row.family.length + row.reach.length > 0 && row.status.length > 0 ? " · " : "")
                  + row.status
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
        }
        RowLayout {
            visible: row.renaming
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            TextField {
                id: nameField
                objectName: "deviceNameField"
                Layout.fillWidth: true
                text: row.name
                font.pixelSize: Theme.bodySize
                color: Theme.text
                Accessible.name: qsTr("New name")
                onAccepted: saveButton.clicked()
            }
            ActionButton {
                id: saveButton
                text: qsTr("Save")
                highlighted: true
                enabled: nameField.text.trim().length > 0
                onClicked: {
                    row.renameRequested(nameField.text)
                    row.renaming = false
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            ActionButton {
                visible: !row.paired && !row.simulated
                text: qsTr("Pair")
                highlighted: true
                enabled: !row.busy && row.inRange
                onClicked: row.pairRequested()
            }
            ActionButton {
                visible: (row.paired || row.simulated) && !row.current
                text: qsTr("Use this device")
                enabled: !row.busy
                onClicked: row.useRequested()
            }
            ActionButton {
                visible: row.paired && !row.renaming
                text: qsTr("Rename")
                flat: true
                onClicked: row.renaming = true
            }
            ActionButton {
                visible: row.paired
                text: qsTr("Forget")
                flat: true
                enabled: !row.busy
                onClicked: row.forgetRequested()
            }
        }
    }
}
