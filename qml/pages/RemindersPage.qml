pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Reminders between sessions: what comes up next, when they come, and which ones.
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint

    objectName: "remindersPage"
    readonly property var halfHours: controller.halfHours()

    RemindersController {
        id: controller
        reminders: Reminders
    }
    ReminderListModel {
        id: upcoming
        reminders: Reminders
    }

    property int exported: -1
    property string exportedName

    FileDialog {
        id: calendarDialog
        objectName: "calendarDialog"
        title: qsTr("Save your reminders as a calendar file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "ics"
        nameFilters: [qsTr("Calendar files (*.ics)")]
        onAccepted: {
            page.exported = Reminders.exportCalendar(calendarDialog.selectedFile, false)
            const parts = String(calendarDialog.selectedFile).split("/")
            page.exportedName = parts[parts.length - 1]
        }
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
                text: qsTr("Reminders")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Message {
                objectName: "remindersStatus"
                text: controller.statusText
                problem: Reminders.problem !== Reminders.None
            }

            Card {
                objectName: "upcomingReminders"
                Layout.fillWidth: true
                visible: Reminders.available
                title: qsTr("Coming up")
                Label {
                    objectName: "nextReminder"
                    Layout.fillWidth: true
                    text: controller.nextText
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: upcoming
                    delegate: RowLayout {
                        id: item
                        required property int index
                        required property int kind
                        required property string zoneKey
                        required property date due
                        required property bool snoozed
                        visible: item.index < 6
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: controller.upcomingTitle(item.kind, item.zoneKey)
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            elide: Text.ElideRight
                        }
                        Label {
                            text: controller.when(item.due, item.snoozed)
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
            }

            Card {
                objectName: "reminderTimes"
                Layout.fillWidth: true
                visible: Reminders.available
                title: qsTr("When")
                TimeChoice {
                    Layout.fillWidth: true
                    label: qsTr("Reminders for a day come at")
                    minutes: Reminders.timeOfDay
                    times: page.halfHours
                    onChosen: m => Reminders.timeOfDay = m
                }
                SettingSwitch {
                    objectName: "whileClosed"
                    visible: Reminders.canRunWhileClosed
                    Layout.fillWidth: true
                    title: qsTr("Also when Rollwise is closed")
                    detail: qsTr("A small timer of your system checks every quarter hour and shows what is due, also what it missed while the computer was off.")
                    on: Reminders.whileClosed
                    onSwitched: on => Reminders.whileClosed = on
                }
                SettingSwitch {
                    Layout.fillWidth: true
                    title: qsTr("Quiet hours")
                    detail: qsTr("A reminder due in quiet hours waits until they end.")
                    on: Reminders.quietHours
                    onSwitched: on => Reminders.quietHours = on
                }
                TimeChoice {
                    visible: Reminders.quietHours
                    Layout.fillWidth: true
                    label: qsTr("Quiet from")
                    minutes: Reminders.quietStart
                    times: page.halfHours
                    onChosen: m => Reminders.quietStart = m
                }
                TimeChoice {
                    visible: Reminders.quietHours
                    Layout.fillWidth: true
                    label: qsTr("Quiet until")
                    minutes: Reminders.quietEnd
                    times: page.halfHours
                    onChosen: m => Reminders.quietEnd = m
                }
                SettingSwitch {
                    Layout.fillWidth: true
                    title: qsTr("One reminder per zone")
                    detail: qsTr("Otherwise one reminder when every zone of your last session is ready.")
                    on: Reminders.perZone
                    onSwitched: on => Reminders.perZone = on
                }
            }

            Card {
                objectName: "calendarExport"
                Layout.fillWidth: true
                visible: Reminders.available
                title: qsTr("In your calendar")
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Save the coming reminders as a calendar file for any calendar app. Each event says only \"Rollwise\" and the time, since calendars are often kept on a server.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
                ActionButton {
                    objectName: "exportCalendarButton"
                    text: qsTr("Save a calendar file…")
                    onClicked: calendarDialog.open()
                }
                Message {
                    objectName: "calendarExportMessage"
                    text: page.exported < 0 ? "" : qsTr("Saved %n reminder(s) to %1.", "", page.exported).arg(page.exportedName)
                }
            }

            Card {
                objectName: "reminderKinds"
                Layout.fillWidth: true
                visible: Reminders.available
                title: qsTr("Which reminders")
                Repeater {
                    model: controller.kinds()
                    delegate: SettingSwitch {
                        required property int modelData
                        Layout.fillWidth: true
                        objectName: "kind_" + modelData
                        title: controller.kindTitle(modelData)
                        detail: controller.kindDetail(modelData)
                        on: Reminders.available && Reminders.kindEnabled(modelData)
                        onSwitched: on => Reminders.setKindEnabled(modelData, on)
                    }
                }
            }
        }
    }
}
