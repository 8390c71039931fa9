import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// Restore from a backup in two steps: look inside (nothing changes), then add what is new.
Card {
    id: card

    required property bool pending
    required property string message
    required property bool failed
    property bool compact: false

    signal previewRequested(string file, string passphrase)
    signal confirmed()
    signal cancelled()

    objectName: "restore"
    title: qsTr("Restore from a backup")

    Label {
        Layout.fillWidth: true
        text: qsTr("Adds what the backup holds and this journal lacks. Nothing is overwritten; you see what will be added first.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    GridLayout {
        visible: !card.pending
        Layout.fillWidth: true
        columns: card.compact ? 1 : 3
        columnSpacing: Theme.spacing / 2
        rowSpacing: Theme.spacing / 2
        TextField {
            id: restoreFile
            objectName: "restoreFileField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("Backup file")
            Accessible.name: qsTr("Backup file")
        }
        PassphraseField {
            id: restorePassphrase
            objectName: "restorePassphraseField"
            label: qsTr("Its backup passphrase")
        }
        ActionButton {
            objectName: "restorePreviewButton"
            text: qsTr("Look inside")
            onClicked: {
                card.previewRequested(restoreFile.text, restorePassphrase.text)
                restorePassphrase.clear()
            }
        }
    }
    Message {
        objectName: "restoreMessage"
        text: card.message
        problem: card.failed
    }
    RowLayout {
        visible: card.pending
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "restoreConfirmButton"
            text: qsTr("Add to my journal")
            highlighted: true
            onClicked: card.confirmed()
        }
        ActionButton {
            text: qsTr("Cancel")
            flat: true
            onClicked: card.cancelled()
        }
    }
}
