pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The journal: whether it is unlocked (and what to do if not), and automatic backups.
Item {
    id: page

    required property bool unlocked
    required property bool needsPassphrase
    required property bool keychainUnavailable
    required property string statusTitle
    required property string statusMessage
    required property int sessionCount
    required property bool backupsEnabled
    required property string backupFolder
    required property string lastBackup
    required property string backupMessage
    required property string restoreMessage
    required property bool restorePending
    required property string deviceLabel
    required property string deviceNote
    required property string deviceState
    required property bool deviceSimulated
    required property bool deviceConnected
    // Device sessions waiting for their zones: [{uid, question, detail, zones}].
    required property var pendingDeviceSessions
    required property string deviceSessionsMessage
    // Heads in use: [{uid, title, usage, wearPercent, needsDisinfection}].
    required property var heads
    property bool compact: false

    signal unlockRequested(string passphrase)
    signal passphraseInsteadRequested(string passphrase)
    signal enableBackupsRequested(string folder, string passphrase)
    signal backupNowRequested()
    signal restorePreviewRequested(string file, string passphrase)
    signal restoreConfirmed()
    signal restoreCancelled()
    signal deviceSyncRequested()
    signal deviceDisconnectRequested()
    signal deviceSessionPlaced(string uid, var zoneKeys)
    signal deviceSessionSkipped(string uid)

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing * 4
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(parent.width - (page.compact ? Theme.spacing * 2 : Theme.spacing * 4), 720)
            x: (parent.width - width) / 2
            y: page.compact ? Theme.spacing : Theme.spacing * 2
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Journal")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }

            // Status: what state the journal is in, and what to do about it.
            Rectangle {
                objectName: "journalStatus"
                Layout.fillWidth: true
                implicitHeight: status.implicitHeight + Theme.spacing * 2
                radius: Theme.radius
                color: page.unlocked ? Theme.accentSoft : Theme.excludedSoft
                border.color: page.unlocked ? Theme.accent : Theme.excluded

                ColumnLayout {
                    id: status
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                    spacing: Theme.spacing / 2

                    Label {
                        objectName: "journalStatusTitle"
                        Layout.fillWidth: true
                        text: page.statusTitle
                        color: page.unlocked ? Theme.accent : Theme.excluded
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "journalStatusMessage"
                        Layout.fillWidth: true
                        text: page.statusMessage
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        visible: page.unlocked
                        Layout.fillWidth: true
                        text: page.sessionCount === 1 ? qsTr("1 session recorded.")
                                                      : qsTr("%1 sessions recorded.").arg(page.sessionCount)
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                    }
                    RowLayout {
                        visible: page.needsPassphrase || page.keychainUnavailable
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        TextField {
                            id: passphrase
                            objectName: "passphraseField"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            placeholderText: page.needsPassphrase ? qsTr("Passphrase")
                                                                  : qsTr("New passphrase (at least 8 characters)")
                            onAccepted: unlockButton.clicked()
                        }
                        Button {
                            id: unlockButton
                            objectName: "unlockButton"
                            text: page.needsPassphrase ? qsTr("Unlock") : qsTr("Use a passphrase")
                            onClicked: {
                                if (page.needsPassphrase)
                                    page.unlockRequested(passphrase.text)
                                else
                                    page.passphraseInsteadRequested(passphrase.text)
                                passphrase.clear()
                            }
                        }
                    }
                }
            }

            // Sessions from the smart device that wait for their zones.
            Label {
                visible: page.unlocked && page.deviceSessionsMessage.length > 0
                objectName: "deviceSessionsMessage"
                Layout.fillWidth: true
                text: page.deviceSessionsMessage
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: page.unlocked ? page.pendingDeviceSessions : []
                delegate: DeviceSessionCard {
                    required property var modelData
                    Layout.fillWidth: true
                    compact: page.compact
                    uid: modelData.uid
                    question: modelData.question
                    detail: modelData.detail
                    zones: modelData.zones
                    onPlaced: (uid, keys) => page.deviceSessionPlaced(uid, keys)
                    onSkipped: uid => page.deviceSessionSkipped(uid)
                }
            }

            // Heads and cartridges: wear and hygiene, as the guard counts them.
            Rectangle {
                objectName: "heads"
                Layout.fillWidth: true
                visible: page.unlocked && page.heads.length > 0
                implicitHeight: headsColumn.implicitHeight + Theme.spacing * 2
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: headsColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                    spacing: Theme.spacing / 2

                    Label {
                        text: qsTr("Heads and cartridges")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                    }
                    Repeater {
                        model: page.heads
                        delegate: ColumnLayout {
                            id: headRow
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: headRow.modelData.title + " · " + headRow.modelData.usage
                                color: Theme.text
                                font.pixelSize: Theme.bodySize
                                wrapMode: Text.WordWrap
                            }
                            ProgressBar {
                                objectName: "headWear"
                                Layout.fillWidth: true
                                from: 0
                                to: 100
                                value: Math.min(headRow.modelData.wearPercent, 100)
                            }
                            Label {
                                Layout.fillWidth: true
                                text: (headRow.modelData.wearPercent >= 100
                                       ? qsTr("Worn out: replace it.")
                                       : qsTr("%1 % worn").arg(headRow.modelData.wearPercent))
                                      + (headRow.modelData.needsDisinfection
                                         ? " " + qsTr("Disinfect it before the next session.") : "")
                                color: headRow.modelData.needsDisinfection || headRow.modelData.wearPercent >= 80
                                       ? Theme.excluded : Theme.mutedText
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            // The device, and syncing what it stored.
            Rectangle {
                objectName: "device"
                Layout.fillWidth: true
                implicitHeight: device.implicitHeight + Theme.spacing * 2
                radius: Theme.radius
                color: Theme.surface
                border.color: page.deviceSimulated ? Theme.excluded : Theme.border

                ColumnLayout {
                    id: device
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                    spacing: Theme.spacing / 2

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Device")
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                        }
                        Rectangle {
                            objectName: "simulatedBadge"
                            visible: page.deviceSimulated
                            implicitWidth: badge.implicitWidth + 16
                            implicitHeight: badge.implicitHeight + 8
                            radius: height / 2
                            color: Theme.excludedSoft
                            Label {
                                id: badge
                                anchors.centerIn: parent
                                text: qsTr("SIMULATED")
                                color: Theme.excluded
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.deviceLabel
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        visible: page.deviceNote.length > 0
                        Layout.fillWidth: true
                        text: page.deviceNote
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "deviceState"
                        Layout.fillWidth: true
                        text: page.deviceState
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        spacing: Theme.spacing / 2
                        Button {
                            objectName: "deviceSyncButton"
                            text: page.deviceConnected ? qsTr("Sync now") : qsTr("Connect and sync")
                            enabled: page.unlocked
                            onClicked: page.deviceSyncRequested()
                        }
                        Button {
                            visible: page.deviceConnected
                            text: qsTr("Disconnect")
                            onClicked: page.deviceDisconnectRequested()
                        }
                    }
                }
            }

            // Backups.
            Rectangle {
                objectName: "backups"
                Layout.fillWidth: true
                visible: page.unlocked
                implicitHeight: backups.implicitHeight + Theme.spacing * 2
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: backups
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                    spacing: Theme.spacing / 2

                    Label {
                        text: qsTr("Automatic backups")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.backupsEnabled
                              ? qsTr("Every day into %1, encrypted with your backup passphrase. The 14 newest are kept.").arg(page.backupFolder)
                              : qsTr("Backups are encrypted with a passphrase you choose. Keep it safe: you need it to restore them on a new device.")
                        color: Theme.mutedText
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        visible: page.lastBackup.length > 0
                        text: qsTr("Last backup: %1").arg(page.lastBackup)
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        objectName: "backupMessage"
                        visible: page.backupMessage.length > 0
                        Layout.fillWidth: true
                        text: page.backupMessage
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.WordWrap
                    }
                    GridLayout {
                        visible: !page.backupsEnabled
                        Layout.fillWidth: true
                        columns: page.compact ? 1 : 3
                        columnSpacing: Theme.spacing / 2
                        rowSpacing: Theme.spacing / 2
                        TextField {
                            id: folder
                            objectName: "backupFolderField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Folder, e.g. a synced or external drive")
                        }
                        TextField {
                            id: backupPassphrase
                            objectName: "backupPassphraseField"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            placeholderText: qsTr("Backup passphrase")
                        }
                        Button {
                            text: qsTr("Turn on")
                            onClicked: {
                                page.enableBackupsRequested(folder.text, backupPassphrase.text)
                                backupPassphrase.clear()
                            }
                        }
                    }
                    Button {
                        visible: page.backupsEnabled
                        text: qsTr("Back up now")
                        onClicked: page.backupNowRequested()
                    }
                }
            }

            // Restore: preview first, then merge.
            Rectangle {
                objectName: "restore"
                Layout.fillWidth: true
                visible: page.unlocked
                implicitHeight: restore.implicitHeight + Theme.spacing * 2
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: restore
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                    spacing: Theme.spacing / 2

                    Label {
                        text: qsTr("Restore from a backup")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Adds what the backup holds and this journal lacks. Nothing is overwritten; you see what will be added first.")
                        color: Theme.mutedText
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    GridLayout {
                        visible: !page.restorePending
                        Layout.fillWidth: true
                        columns: page.compact ? 1 : 3
                        columnSpacing: Theme.spacing / 2
                        rowSpacing: Theme.spacing / 2
                        TextField {
                            id: restoreFile
                            objectName: "restoreFileField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Backup file")
                        }
                        TextField {
                            id: restorePassphrase
                            objectName: "restorePassphraseField"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            placeholderText: qsTr("Its backup passphrase")
                        }
                        Button {
                            objectName: "restorePreviewButton"
                            text: qsTr("Look inside")
                            onClicked: {
                                page.restorePreviewRequested(restoreFile.text, restorePassphrase.text)
                                restorePassphrase.clear()
                            }
                        }
                    }
                    Label {
                        objectName: "restoreMessage"
                        visible: page.restoreMessage.length > 0
                        Layout.fillWidth: true
                        text: page.restoreMessage
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        visible: page.restorePending
                        spacing: Theme.spacing / 2
                        Button {
                            objectName: "restoreConfirmButton"
                            text: qsTr("Add to my journal")
                            onClicked: page.restoreConfirmed()
                        }
                        Button {
                            text: qsTr("Cancel")
                            onClicked: page.restoreCancelled()
                        }
                    }
                }
            }
        }
    }
}
