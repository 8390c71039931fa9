pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// The journal: whether it is unlocked (and what to do if not), device sessions waiting for
// their zones, heads and cartridges, the device, backups and restore.
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint

    objectName: "journalPage"

    JournalController {
        id: controller
        access: JournalAccess
        backups: Backups
        devices: Devices
        journal: Journal
    }
    DeviceSessionListModel {
        id: waiting
        journal: Journal
    }
    HeadListModel {
        id: heads
        journal: Journal
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing * 4
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(parent.width - (page.compact ? Theme.spacing * 2 : Theme.spacing * 4),
                            Theme.readableWidth)
            x: (parent.width - width) / 2
            y: page.compact ? Theme.spacing : Theme.spacing * 2
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Journal")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }

            JournalStatusCard {
                Layout.fillWidth: true
                unlocked: controller.unlocked
                asksPassphrase: controller.asksPassphrase
                offersPassphrase: controller.offersPassphrase
                statusTitle: controller.statusTitle
                statusMessage: controller.statusMessage
                sessionCount: controller.sessionCount
                passphraseMinimum: controller.passphraseMinimum
                onPassphraseEntered: passphrase => JournalAccess.unlock(passphrase)
                onPassphraseChosen: passphrase => JournalAccess.usePassphraseInstead(passphrase)
            }

            // Sessions from the smart device that wait for their zones.
            Message {
                objectName: "deviceSessionsMessage"
                visible: controller.unlocked && text.length > 0
                text: controller.deviceSessionsMessage
                problem: Journal.problem !== Journal.None
            }
            Repeater {
                model: controller.unlocked ? waiting : null
                delegate: DeviceSessionCard {
                    required property string uid
                    required property date start
                    required property bool timeTrusted
                    required property int passes
                    required property var zoneKeys
                    Layout.fillWidth: true
                    compact: page.compact
                    sessionUid: uid
                    question: controller.deviceSessionQuestion(start)
                    detail: controller.deviceSessionDetail(passes, timeTrusted)
                    zones: zoneKeys.map(key => ({ key: key, name: controller.zoneName(key) }))
                    onPlaced: (which, keys) => Journal.placeDeviceSession(which, keys)
                    onSkipped: which => Journal.skipDeviceSession(which)
                }
            }

            Card {
                objectName: "heads"
                Layout.fillWidth: true
                visible: controller.unlocked && heads.count > 0
                title: qsTr("Heads and cartridges")
                Repeater {
                    model: heads
                    delegate: HeadWearRow {
                        required property bool cartridge
                        required property int needleLengthUm
                        required property int sessions
                        required property int passes
                        Layout.fillWidth: true
                        title: controller.headTitle(cartridge, needleLengthUm)
                        usage: controller.headUsage(sessions, passes)
                    }
                }
            }

            DeviceCard {
                Layout.fillWidth: true
                label: controller.deviceLabel
                note: controller.deviceNote
                stateText: controller.deviceStateText
                simulated: Devices.simulated
                connected: Devices.connected
                busy: Devices.busy
                failed: Devices.problem !== Devices.None
                canSync: controller.unlocked
                onSyncRequested: Devices.connectAndSync()
                onDisconnectRequested: Devices.disconnectDevice()
            }

            BackupCard {
                Layout.fillWidth: true
                visible: controller.unlocked
                compact: page.compact
                backupsOn: Backups.enabled
                folder: Backups.folder
                keep: Backups.keep
                lastBackupText: controller.lastBackupText
                message: controller.backupMessage
                failed: controller.backupFailed
                onEnableRequested: (folder, passphrase) => Backups.enable(folder, passphrase)
                onBackupNowRequested: Backups.backupNow()
            }

            RestoreCard {
                Layout.fillWidth: true
                visible: controller.unlocked
                compact: page.compact
                pending: Backups.restoreStep === Backups.Previewed
                message: controller.restoreMessage
                failed: controller.restoreFailed
                onPreviewRequested: (file, passphrase) => Backups.previewRestore(file, passphrase)
                onConfirmed: Backups.confirmRestore()
                onCancelled: Backups.cancelRestore()
            }
        }
    }
}
