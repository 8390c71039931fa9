import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// Automatic backups: turn them on (a folder and a backup passphrase), or back up now.
Card {
    id: card

    required property bool backupsOn
    required property string folder
    required property int keep
    required property string lastBackupText
    required property string message
    required property bool failed
    property bool compact: false

    signal enableRequested(string folder, string passphrase)
    signal backupNowRequested()

    objectName: "backups"
    title: qsTr("Automatic backups")

    Label {
        Layout.fillWidth: true
        text: card.backupsOn
              ? qsTr("Every day into %1, encrypted with your backup passphrase. The %2 newest are kept.").arg(card.folder).arg(card.keep)
              : qsTr("Backups are encrypted with a passphrase you choose. Keep it safe: you need it to restore them on a new device.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    Label {
        visible: card.lastBackupText.length > 0
        text: card.lastBackupText
        color: Theme.text
        font.pixelSize: Theme.smallSize
    }
    Message {
        objectName: "backupMessage"
        text: card.message
        problem: card.failed
    }
    GridLayout {
        visible: !card.backupsOn
        Layout.fillWidth: true
        columns: card.compact ? 1 : 3
        columnSpacing: Theme.spacing / 2
        rowSpacing: Theme.spacing / 2
        TextField {
            id: folder
            objectName: "backupFolderField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("Folder, e.g. a synced or external drive")
            Accessible.name: qsTr("Backup folder")
        }
        PassphraseField {
            id: backupPassphrase
            objectName: "backupPassphraseField"
            label: qsTr("Backup passphrase")
        }
        ActionButton {
            text: qsTr("Turn on")
            highlighted: true
            onClicked: {
                card.enableRequested(folder.text, backupPassphrase.text)
                backupPassphrase.clear()
            }
        }
    }
    ActionButton {
        visible: card.backupsOn
        text: qsTr("Back up now")
        onClicked: card.backupNowRequested()
    }
}
