pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Smart devices: the one in use and its sync, finding and pairing others, and the simulated
// roller that is always there (and always says so).
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint

    objectName: "devicesPage"

    DevicesController {
        id: controller
        devices: Devices
        journal: Journal
    }
    // Only for the note on why a simulated roller stands in; the journal page says the same.
    JournalController {
        id: journalWords
        devices: Devices
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
                text: qsTr("Devices")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }

            Card {
                objectName: "adapterProblem"
                Layout.fillWidth: true
                visible: controller.adapterText.length > 0
                title: qsTr("Bluetooth")
                attention: true
                accentColor: Theme.caution
                Message {
                    objectName: "adapterText"
                    text: controller.adapterText
                }
                ActionButton {
                    visible: controller.canOpenSettings
                    text: qsTr("Open Bluetooth settings")
                    onClicked: controller.openSettings()
                }
            }

            SyncProgressCard {
                objectName: "currentDevice"
                Layout.fillWidth: true
                name: controller.currentName
                simulated: controller.currentSimulated
                note: journalWords.deviceNote
                details: controller.currentName.length > 0
                         ? [controller.batteryText, controller.firmwareText, controller.featuresText]
                         : []
                headText: controller.headText
                headWearPercent: controller.headWearPercent
                syncing: controller.syncing
                fraction: controller.syncFraction
                syncText: controller.syncText
                problem: controller.syncProblem
                canSync: controller.currentName.length > 0 && JournalAccess.unlocked
                onSyncRequested: controller.sync()
                onCancelRequested: controller.cancelSync()
            }

            Card {
                objectName: "deviceList"
                Layout.fillWidth: true
                title: qsTr("Your devices and devices nearby")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Wake your roller or pen (press its button) and search. Only "
                               + "Rollwise devices are listed.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    spacing: Theme.spacing / 2
                    ActionButton {
                        objectName: "scanButton"
                        text: controller.scanning ? qsTr("Stop searching") : qsTr("Search")
                        highlighted: !controller.scanning
                        enabled: !Devices.scratchRun
                        onClicked: controller.scanning ? controller.stopScan() : controller.scan()
                    }
                    BusyIndicator {
                        visible: controller.scanning || controller.pairing
                        running: visible
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                }
                Message {
                    visible: Devices.scratchRun
                    text: qsTr("A trial run never searches: Bluetooth is left alone.")
                }
                Message {
                    objectName: "devicesMessage"
                    text: controller.message
                    problem: true
                }
                Repeater {
                    model: controller.model
                    delegate: DeviceRow {
                        required property string deviceId
                        Layout.fillWidth: true
                        busy: controller.pairing || controller.syncing
                        onPairRequested: controller.pair(deviceId)
                        onUseRequested: controller.use(deviceId)
                        onForgetRequested: controller.forget(deviceId)
                        onRenameRequested: name => controller.rename(deviceId, name)
                    }
                }
            }
        }
    }
}
