pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// History: a month calendar (days with a session marked), the charts (sessions and skin
// reactions per week), one zone over time, and every session, newest first, loaded a page at a
// time as the list scrolls. A session opens its detail. Phone: the calendar and charts, or the
// list, chosen at the top; desktop: side by side.
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint
    // Phone: the list instead of the calendar and charts.
    property bool showList: false

    objectName: "historyPage"

    function openSession(uid: string) {
        Navigation.open(AppPage.SessionDetail, { sessionUid: uid })
    }

    HistoryController {
        id: history
        journal: Journal
    }
    HistoryListModel {
        id: sessions
        journal: Journal
    }

    // Phone: the calendar and charts, or the list, one at a time.
    Row {
        id: switcher
        visible: page.compact
        x: Theme.spacing
        y: Theme.spacing
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "showOverview"
            text: qsTr("Calendar")
            checkable: true
            checked: !page.showList
            onClicked: page.showList = false
        }
        ActionButton {
            objectName: "showList"
            text: qsTr("Every session")
            checkable: true
            checked: page.showList
            onClicked: page.showList = true
        }
    }

    Flickable {
        id: side
        visible: !page.compact || !page.showList
        anchors {
            left: parent.left
            top: page.compact ? switcher.bottom : parent.top
            bottom: parent.bottom
            margins: page.compact ? Theme.spacing : Theme.spacing * 2
        }
        width: page.compact ? page.width - Theme.spacing * 2
                            : Math.min(460, Math.round(page.width * 0.45))
        contentHeight: overview.implicitHeight + Theme.spacing * 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: overview
            width: side.width
            spacing: Theme.spacing

            Message {
                objectName: "historyProblem"
                text: sessions.failed || history.failed
                      ? qsTr("Part of your history could not be read. Nothing was changed; "
                             + "restart Rollwise, or restore a backup if it keeps happening.")
                      : !Journal.available ? qsTr("Unlock your journal on the Journal page to see "
                                                  + "your history.") : ""
                problem: true
            }

            Card {
                objectName: "calendarCard"
                Layout.fillWidth: true
                title: history.monthTitle

                RowLayout {
                    Layout.fillWidth: true
                    ActionButton {
                        objectName: "previousMonth"
                        text: "‹ " + qsTr("Earlier")
                        onClicked: history.previousMonth()
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("%n session(s)", "", history.sessionsInMonth)
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                    }
                    ActionButton {
                        objectName: "nextMonth"
                        text: qsTr("Later") + " ›"
                        enabled: history.canGoForward
                        onClicked: history.nextMonth()
                    }
                }

                Grid {
                    id: calendar
                    objectName: "calendar"
                    readonly property real cell: Math.floor((width - 6 * calendar.spacing) / 7)
                    Layout.fillWidth: true
                    columns: 7
                    spacing: 3
                    Repeater {
                        model: history.weekdayNames
                        delegate: Label {
                            required property string modelData
                            width: calendar.cell
                            horizontalAlignment: Text.AlignHCenter
                            text: modelData
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Repeater {
                        model: history.firstDayOffset
                        delegate: Item {
                            width: calendar.cell
                            height: calendar.cell * 0.8
                        }
                    }
                    Repeater {
                        model: history.daysInMonth
                        delegate: Rectangle {
                            id: dayCell
                            required property int index
                            readonly property int day: dayCell.index + 1
                            readonly property bool marked: Number(history.dayCounts[dayCell.index]) > 0
                            readonly property bool selected: history.selectedDay === dayCell.day
                            objectName: "day_" + dayCell.day
                            width: calendar.cell
                            height: Math.max(Theme.touchTarget * 0.8, calendar.cell * 0.8)
                            radius: Theme.radius
                            color: dayCell.marked ? Theme.accentSoft : "transparent"
                            border.color: dayCell.selected ? Theme.text : "transparent"
                            border.width: 2
                            Accessible.role: Accessible.Button
                            Accessible.name: dayCell.marked ? qsTr("%1, with a session").arg(dayCell.day)
                                                            : String(dayCell.day)
                            Label {
                                anchors.centerIn: parent
                                // A dot under the number marks a day with a session.
                                text: String(dayCell.day) + (dayCell.marked ? "\n•" : "")
                                horizontalAlignment: Text.AlignHCenter
                                lineHeight: 0.8
                                color: dayCell.marked ? Theme.accent : Theme.text
                                font.pixelSize: Theme.smallSize
                                font.bold: dayCell.marked
                            }
                            TapHandler {
                                onTapped: history.selectedDay = dayCell.day
                            }
                        }
                    }
                }

                Repeater {
                    model: history.daySessions
                    delegate: ActionButton {
                        id: daySession
                        required property var modelData
                        objectName: "daySession"
                        Layout.fillWidth: true
                        text: daySession.modelData.dateText + ": " + daySession.modelData.zonesText
                        onClicked: page.openSession(daySession.modelData.uid)
                    }
                }
            }

            Card {
                objectName: "chartsCard"
                Layout.fillWidth: true
                title: qsTr("The last 12 weeks")
                BarChart {
                    objectName: "sessionsChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 170
                    title: qsTr("Sessions per week")
                    values: history.weeklySessions
                    labels: history.weekLabels
                }
                BarChart {
                    objectName: "reactionsChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 170
                    title: qsTr("Skin reactions logged per week")
                    values: history.weeklyReactions
                    labels: history.weekLabels
                    barColor: Theme.caution
                }
            }

            Card {
                objectName: "timelineCard"
                Layout.fillWidth: true
                title: qsTr("One zone over time")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: history.timelineZones
                        delegate: ActionButton {
                            id: zoneChoice
                            required property var modelData
                            objectName: "timelineZone_" + zoneChoice.modelData.key
                            text: zoneChoice.modelData.name
                            checkable: true
                            checked: history.timelineZone === zoneChoice.modelData.key
                            font.pixelSize: Theme.smallSize
                            onClicked: history.timelineZone = zoneChoice.modelData.key
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: history.timeline.length === 0
                    text: qsTr("This zone has not been needled yet.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: history.timeline
                    delegate: ColumnLayout {
                        id: timelineEntry
                        required property var modelData
                        objectName: "timelineEntry"
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: "● " + timelineEntry.modelData.dateText + " · "
                                  + timelineEntry.modelData.detail
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            leftPadding: Theme.spacing
                            text: (timelineEntry.modelData.reaction.length > 0
                                   ? "⚠ " + timelineEntry.modelData.reaction + "; " : "")
                                  + timelineEntry.modelData.restText
                            color: timelineEntry.modelData.reaction.length > 0 ? Theme.caution
                                                                                : Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "historyList"
        visible: !page.compact || page.showList
        anchors {
            left: page.compact ? parent.left : side.right
            right: parent.right
            top: page.compact ? switcher.bottom : parent.top
            bottom: parent.bottom
            leftMargin: page.compact ? Theme.spacing : Theme.spacing * 2
            rightMargin: page.compact ? Theme.spacing : Theme.spacing * 2
            topMargin: page.compact ? Theme.spacing : Theme.spacing * 2
        }
        clip: true
        spacing: Theme.spacing / 2
        model: sessions
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Every session")

        delegate: Rectangle {
            id: entry
            required property string uid
            required property string dateText
            required property string zonesText
            required property string detail
            required property bool fromDevice
            required property bool zonesPending
            width: list.width
            // Never less than three lines, even before the layout has measured itself, so the
            // view does not take every row of a page for visible and ask for the next one.
            implicitHeight: Math.max(entryColumn.implicitHeight,
                                     Theme.bodySize * 2.6 + Theme.smallSize * 1.3) + Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: entry.zonesPending ? Theme.caution : Theme.border
            Accessible.role: Accessible.Button
            Accessible.name: entry.dateText + ", " + entry.zonesText
            Accessible.onPressAction: page.openSession(entry.uid)

            ColumnLayout {
                id: entryColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing / 2 }
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: entry.dateText + (entry.fromDevice ? "  ·  " + qsTr("smart device") : "")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: (entry.zonesPending ? "◷ " : "") + entry.zonesText
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.detail
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
            }
            TapHandler {
                onTapped: page.openSession(entry.uid)
            }
        }

    }

    // Not the list's footer: a view creates those in a context of its own, which a bound
    // component refuses.
    Label {
        objectName: "historyEmpty"
        anchors { left: list.left; right: list.right; top: list.top }
        visible: list.visible && sessions.count === 0 && Journal.available
        text: qsTr("No session yet. Your sessions show here once you have had one.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
}
