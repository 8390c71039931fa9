pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A device session waiting for its zones: the question, what the device counted, a zone picker,
// and "Save" or "Not now". Takes what it shows as properties; says what the user chose.
Rectangle {
    id: card

    required property string sessionUid
    required property string question
    required property string detail
    required property var zones // [{key, name}]
    property bool compact: false
    // The keys chosen so far.
    property var chosen: []

    signal placed(string uid, var zoneKeys)
    signal skipped(string uid)

    Accessible.role: Accessible.Grouping
    Accessible.name: card.question
    implicitHeight: content.implicitHeight + Theme.spacing * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: 2

    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Theme.spacing / 2

        Label {
            objectName: "deviceSessionQuestion"
            Layout.fillWidth: true
            text: card.question
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: card.detail
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                model: card.zones
                delegate: ActionButton {
                    id: zoneButton
                    required property var modelData
                    objectName: "placeZone_" + zoneButton.modelData.key
                    text: zoneButton.modelData.name
                    checkable: true
                    font.pixelSize: Theme.bodySize
                    onToggled: {
                        const keys = card.chosen.filter(k => k !== zoneButton.modelData.key)
                        if (zoneButton.checked)
                            keys.push(zoneButton.modelData.key)
                        card.chosen = keys
                    }
                }
            }
        }
        RowLayout {
            spacing: Theme.spacing / 2
            ActionButton {
                objectName: "placeDeviceSessionButton"
                text: card.chosen.length > 0
                      ? qsTr("Save %n zone(s)", "", card.chosen.length)
                      : qsTr("Choose the zones")
                enabled: card.chosen.length > 0
                highlighted: true
                onClicked: card.placed(card.sessionUid, card.chosen)
            }
            ActionButton {
                objectName: "skipDeviceSessionButton"
                text: qsTr("Not now")
                onClicked: card.skipped(card.sessionUid)
            }
        }
    }
}
