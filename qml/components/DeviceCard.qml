import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// The smart device and syncing what it stored. A simulated device always says so.
Card {
    id: card

    required property string label
    required property string note
    required property string stateText
    required property bool simulated
    required property bool connected
    required property bool busy
    required property bool failed
    required property bool canSync

    signal syncRequested()
    signal disconnectRequested()

    objectName: "device"
    title: qsTr("Device")
    attention: card.simulated
    accentColor: Theme.excluded

    Badge {
        objectName: "simulatedBadge"
        visible: card.simulated
        text: qsTr("SIMULATED")
    }
    Label {
        Layout.fillWidth: true
        text: card.label
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    Label {
        visible: card.note.length > 0
        Layout.fillWidth: true
        text: card.note
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WordWrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        BusyIndicator {
            visible: card.busy
            running: card.busy
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
        }
        Message {
            objectName: "deviceState"
            text: card.stateText
            problem: card.failed
        }
    }
    RowLayout {
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "deviceSyncButton"
            text: card.connected ? qsTr("Sync now") : qsTr("Connect and sync")
            enabled: card.canSync && !card.busy
            highlighted: true
            onClicked: card.syncRequested()
        }
        ActionButton {
            visible: card.connected
            text: qsTr("Disconnect")
            flat: true
            onClicked: card.disconnectRequested()
        }
    }
}
