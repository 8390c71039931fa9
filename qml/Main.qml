import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App

ApplicationWindow {
    id: window

    readonly property bool compact: window.width < Theme.compactBreakpoint
    // "zones" or "journal"
    property string currentPage: "zones"

    objectName: "mainWindow"
    width: 1024
    height: 700
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Rollwise")
    color: Theme.background

    header: ColumnLayout {
        spacing: 0
        AppHeader {
            Layout.fillWidth: true
            compact: window.compact
        }
        TabBar {
            id: tabs
            objectName: "pageTabs"
            Layout.fillWidth: true
            currentIndex: window.currentPage === "journal" ? 1 : 0
            onCurrentIndexChanged: window.currentPage = currentIndex === 1 ? "journal" : "zones"
            TabButton { text: qsTr("Zones") }
            TabButton {
                text: Journal.state !== Journal.Unlocked ? qsTr("Journal ⚠")
                      : DeviceSessions.pendingCount > 0 ? qsTr("Journal (%1)").arg(DeviceSessions.pendingCount)
                      : qsTr("Journal")
            }
        }
    }

    ZoneListModel { id: zoneModel }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        ZonesPage {
            compact: window.compact
            zones: zoneModel
            needledCount: zoneModel.needledCount
        }

        JournalPage {
            objectName: "journalPage"
            compact: window.compact
            unlocked: Journal.state === Journal.Unlocked
            needsPassphrase: Journal.state === Journal.NeedsPassphrase
            keychainUnavailable: Journal.state === Journal.KeychainUnavailable
                                 || Journal.state === Journal.KeyMissing
            statusTitle: Journal.statusTitle
            statusMessage: Journal.statusMessage
            sessionCount: Journal.sessionCount
            backupsEnabled: Journal.backupsEnabled
            backupFolder: Journal.backupFolder
            lastBackup: Journal.lastBackup
            backupMessage: Journal.backupMessage
            restoreMessage: Journal.restoreMessage
            restorePending: Journal.restorePending
            deviceLabel: Device.linkLabel
            deviceNote: Device.linkNote
            deviceState: Device.stateText
            deviceSimulated: Device.simulated
            deviceConnected: Device.connected
            pendingDeviceSessions: DeviceSessions.pending
            deviceSessionsMessage: DeviceSessions.message
            heads: Heads.heads
            onUnlockRequested: passphrase => Journal.unlock(passphrase)
            onPassphraseInsteadRequested: passphrase => Journal.usePassphraseInstead(passphrase)
            onEnableBackupsRequested: (folder, passphrase) => Journal.enableBackups(folder, passphrase)
            onBackupNowRequested: Journal.backupNow()
            onRestorePreviewRequested: (file, passphrase) => Journal.previewRestore(file, passphrase)
            onRestoreConfirmed: Journal.confirmRestore()
            onRestoreCancelled: Journal.cancelRestore()
            onDeviceSyncRequested: Device.connectAndSync()
            onDeviceDisconnectRequested: Device.disconnectDevice()
            onDeviceSessionPlaced: (uid, keys) => DeviceSessions.place(uid, keys)
            onDeviceSessionSkipped: uid => DeviceSessions.skip(uid)
        }
    }
}
