pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Backups, restore and export, opened from Settings. Folders and files are chosen with the
// system's dialogs, never typed.
ScrollPage {
    id: page

    readonly property string title: qsTr("Backups and export")
    // What the dialogs chose (file: URLs).
    property url backupFolder
    property url restoreFile
    property bool exportJson: false
    readonly property string backupFolderPath: controller.localPath(page.backupFolder)
    readonly property string restoreFilePath: controller.localPath(page.restoreFile)

    objectName: "dataPage"

    SettingsController {
        id: controller
        access: JournalAccess
        backups: Backups
    }
    JournalController {
        id: words
        access: JournalAccess
        backups: Backups
        devices: Devices
        journal: Journal
    }

    FolderDialog {
        id: folderDialog
        objectName: "backupFolderDialog"
        title: qsTr("Choose the folder for your backups")
        onAccepted: page.backupFolder = folderDialog.selectedFolder
    }
    FileDialog {
        id: restoreDialog
        objectName: "restoreFileDialog"
        title: qsTr("Choose a Rollwise backup")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Rollwise backups (*.rwbackup *.db)"), qsTr("All files (*)")]
        onAccepted: page.restoreFile = restoreDialog.selectedFile
    }
    FileDialog {
        id: exportDialog
        objectName: "exportFileDialog"
        title: qsTr("Save the export")
        fileMode: FileDialog.SaveFile
        defaultSuffix: page.exportJson ? "json" : "csv"
        nameFilters: page.exportJson ? [qsTr("JSON files (*.json)")] : [qsTr("CSV files (*.csv)")]
        onAccepted: page.exportTo(exportDialog.selectedFile)
    }

    function exportTo(file: url) {
        work.run(qsTr("Exporting your journal…"),
                 () => Backups.exportTo(controller.localPath(file),
                                        page.exportJson ? Backups.Json : Backups.Csv))
    }
    function enableBackups(passphrase: string) {
        work.run(qsTr("Making the first backup…"), () => {
            // Done with the chosen folder: the card shows where backups go from now on.
            if (Backups.enable(page.backupFolderPath, passphrase))
                page.backupFolder = ""
        })
    }
    function previewRestore(passphrase: string) {
        work.run(qsTr("Opening the backup…"),
                 () => Backups.previewRestore(controller.localPath(page.restoreFile), passphrase))
    }

    Message {
        visible: !JournalAccess.unlocked
        text: qsTr("Unlock your journal on the Journal page first: backups and exports are made from it.")
        problem: true
    }

    WorkIndicator {
        id: work
        objectName: "work"
    }

    Card {
        objectName: "backups"
        Layout.fillWidth: true
        visible: JournalAccess.unlocked
        title: qsTr("Automatic backups")

        Label {
            Layout.fillWidth: true
            text: Backups.enabled
                  ? qsTr("Every day into %1, encrypted with your backup passphrase. The %2 newest are kept.").arg(Backups.folder).arg(Backups.keep)
                  : qsTr("Backups are encrypted with a passphrase you choose. Keep it safe: you need it to restore them on a new device.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "lastBackup"
            Layout.fillWidth: true
            visible: text.length > 0
            text: words.lastBackupText
            color: Theme.text
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
        }
        Message {
            objectName: "backupMessage"
            text: words.backupMessage
            problem: words.backupFailed
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            ActionButton {
                objectName: "chooseBackupFolderButton"
                text: Backups.enabled ? qsTr("Change folder…") : qsTr("Choose a folder…")
                onClicked: folderDialog.open()
            }
            Label {
                objectName: "chosenBackupFolder"
                Layout.fillWidth: true
                text: page.backupFolderPath
                color: Theme.text
                font.pixelSize: Theme.smallSize
                elide: Text.ElideMiddle
            }
        }
        PassphraseField {
            id: backupPassphrase
            objectName: "backupPassphraseField"
            visible: page.backupFolderPath.length > 0
            label: qsTr("Backup passphrase (at least %1 characters)").arg(words.passphraseMinimum)
        }
        RowLayout {
            spacing: Theme.spacing / 2
            ActionButton {
                objectName: "enableBackupsButton"
                visible: page.backupFolderPath.length > 0
                text: Backups.enabled ? qsTr("Use this folder") : qsTr("Turn on")
                highlighted: true
                enabled: !work.busy
                onClicked: {
                    page.enableBackups(backupPassphrase.text)
                    backupPassphrase.clear()
                }
            }
            ActionButton {
                objectName: "backupNowButton"
                visible: Backups.enabled
                text: qsTr("Back up now")
                enabled: !work.busy
                onClicked: work.run(qsTr("Backing up…"), () => Backups.backupNow())
            }
        }
    }

    Card {
        objectName: "restore"
        Layout.fillWidth: true
        visible: JournalAccess.unlocked
        title: qsTr("Restore from a backup")

        Label {
            Layout.fillWidth: true
            text: qsTr("Adds what the backup holds and this journal lacks. Nothing is overwritten; you see what will be added first.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: Backups.restoreStep !== Backups.Previewed
            spacing: Theme.spacing / 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                ActionButton {
                    objectName: "chooseRestoreFileButton"
                    text: qsTr("Choose a backup…")
                    onClicked: restoreDialog.open()
                }
                Label {
                    objectName: "chosenRestoreFile"
                    Layout.fillWidth: true
                    text: page.restoreFilePath
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideMiddle
                }
            }
            PassphraseField {
                id: restorePassphrase
                objectName: "restorePassphraseField"
                visible: page.restoreFilePath.length > 0
                label: qsTr("Its backup passphrase")
            }
            ActionButton {
                objectName: "restorePreviewButton"
                visible: page.restoreFilePath.length > 0
                text: qsTr("Look inside")
                enabled: !work.busy
                onClicked: {
                    page.previewRestore(restorePassphrase.text)
                    restorePassphrase.clear()
                }
            }
        }
        Message {
            objectName: "restoreMessage"
            text: words.restoreMessage
            problem: words.restoreFailed
        }
        RowLayout {
            visible: Backups.restoreStep === Backups.Previewed
            spacing: Theme.spacing / 2
            ActionButton {
                objectName: "restoreConfirmButton"
                text: qsTr("Add to my journal")
                highlighted: true
                enabled: !work.busy
                onClicked: work.run(qsTr("Restoring…"), () => {
                    if (Backups.confirmRestore())
                        page.restoreFile = ""
                })
            }
            ActionButton {
                objectName: "restoreCancelButton"
                text: qsTr("Cancel")
                flat: true
                onClicked: Backups.cancelRestore()
            }
        }
    }

    Card {
        objectName: "export"
        Layout.fillWidth: true
        visible: JournalAccess.unlocked
        title: qsTr("Export")

        Label {
            Layout.fillWidth: true
            text: qsTr("A readable copy of every session, for a spreadsheet or another app. It is not encrypted: only export when you need it.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        ChoiceRow {
            Layout.fillWidth: true
            title: qsTr("Format")
            choices: [
                { value: false, text: qsTr("CSV (spreadsheets)") },
                { value: true, text: qsTr("JSON (other apps)") }
            ]
            current: page.exportJson
            onChosen: value => page.exportJson = value
        }
        ActionButton {
            objectName: "exportButton"
            text: qsTr("Export…")
            enabled: !work.busy
            onClicked: exportDialog.open()
        }
        Message {
            objectName: "exportMessage"
            text: controller.exportMessage
            problem: controller.exportFailed
        }
    }
}
