import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// The device in use: what it is and holds, and syncing it on demand with progress
// ("3 of 12 sessions") and a way to stop. A simulated device always says so.
Card {
    id: card

    required property string name
    required property bool simulated
    required property string note
    required property var details // strings (a plain array: Qt 6.4)
    required property string headText
    required property int headWearPercent
    required property bool syncing
    required property real fraction
    required property string syncText
    required property bool problem
    required property bool canSync

    signal syncRequested()
    signal cancelRequested()

    title: card.name.length > 0 ? card.name : qsTr("No device in use")
    attention: card.simulated
    accentColor: Theme.excluded

    Badge {
        visible: card.simulated
        text: qsTr("SIMULATED")
    }
    Label {
        visible: card.note.length > 0
        Layout.fillWidth: true
        text: card.note
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: card.details
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
    }
    Label {
        visible: card.name.length > 0
        Layout.fillWidth: true
        text: card.headText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    ProgressBar {
        objectName: "deviceHeadWear"
        visible: card.headWearPercent >= 0
        Layout.fillWidth: true
        from: 0
        to: 100
        value: Math.min(card.headWearPercent, 100)
        Accessible.name: qsTr("Head wear")
    }
    ProgressBar {
        objectName: "syncProgress"
        visible: card.syncing
        Layout.fillWidth: true
        from: 0
        to: 1
        indeterminate: card.fraction < 0
        value: Math.max(card.fraction, 0)
        Accessible.name: card.syncText
    }
    Message {
        objectName: "syncText"
        text: card.syncText
        problem: card.problem
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "syncButton"
            visible: !card.syncing
            text: qsTr("Sync now")
            highlighted: true
            enabled: card.canSync
            onClicked: card.syncRequested()
        }
        ActionButton {
            objectName: "cancelSyncButton"
            visible: card.syncing
            text: qsTr("Stop")
            onClicked: card.cancelRequested()
        }
    }
}
