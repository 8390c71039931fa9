pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Plan a session: goal (which sets the area), device and needle, the zones on the map with
// their passes and directions, the estimated time and the guard's word on each zone, before
// anything starts. Phone: map above the plan; desktop: map beside it.
Item {
    id: page

    readonly property string title: qsTr("Plan a session")
    readonly property bool compact: page.width < Theme.compactBreakpoint
    property string goal: "texture"
    property string family: "plain-roller"
    property int needleLengthUm: 250
    property int needleCount: 192

    objectName: "sessionPlanPage"

    function replan() {
        controller.sessions.plan(page.goal, page.family, page.needleLengthUm, [])
    }

    SessionController {
        id: controller
        sessions: Sessions
    }

    Component.onCompleted: page.replan()

    ZoneMap {
        id: map
        objectName: "planMap"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        width: page.compact ? parent.width - Theme.spacing * 2 : Math.min(parent.width * 0.4, 420)
        height: page.compact ? Math.min(parent.height * 0.3, 260) : parent.height - Theme.spacing * 2
        area: Sessions.area
        zones: controller.planMap
        showLabels: !page.compact
    }

    Flickable {
        id: flick
        anchors.left: page.compact ? parent.left : map.right
        anchors.top: page.compact ? map.bottom : parent.top
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacing

            ChoiceRow {
                Layout.fillWidth: true
                title: qsTr("Goal")
                choices: controller.goals
                current: page.goal
                onChosen: value => { page.goal = value; page.replan() }
            }
            ChoiceRow {
                Layout.fillWidth: true
                title: qsTr("Device")
                choices: controller.families
                current: page.family
                onChosen: value => { page.family = value; page.replan() }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: page.family === "pen" ? qsTr("Depth (mm)") : qsTr("Needle length (mm)")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                SpinBox {
                    id: needle
                    objectName: "needleLength"
                    from: 10
                    to: 250
                    stepSize: 5
                    value: page.needleLengthUm / 10
                    editable: true
                    textFromValue: (value, locale) => Number(value / 100).toLocaleString(locale, "f", 2)
                    valueFromText: (text, locale) => Math.round(Number.fromLocaleString(locale, text) * 100)
                    Accessible.name: qsTr("Needle length in millimetres")
                    onValueModified: { page.needleLengthUm = needle.value * 10; page.replan() }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.family === "plain-roller"
                spacing: Theme.spacing
                Label {
                    text: qsTr("Needles on the roller")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                SpinBox {
                    id: needleCount
                    objectName: "needleCount"
                    from: 12
                    to: 1200
                    stepSize: 12
                    value: page.needleCount
                    editable: true
                    Accessible.name: qsTr("Needles on the roller")
                    onValueModified: page.needleCount = needleCount.value
                }
            }

            Message {
                problem: true
                text: controller.planProblem
            }
            Label {
                Layout.fillWidth: true
                visible: Sessions.planned
                text: controller.estimatedTime + " · " + controller.guardSummary
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
            }

            Repeater {
                model: controller.planZones
                delegate: Rectangle {
                    id: zoneRow
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: zoneText.implicitHeight + Theme.spacing
                    radius: Theme.radius / 2
                    color: zoneRow.modelData.verdict === "blocked" ? Theme.excludedSoft
                           : zoneRow.modelData.verdict === "warn" ? Theme.cautionSoft : Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: zoneText
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: Theme.spacing / 2
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: (zoneRow.modelData.verdict === "blocked" ? "⊘ "
                                   : zoneRow.modelData.verdict === "warn" ? "⚠ " : "✓ ")
                                  + zoneRow.modelData.label + " · " + zoneRow.modelData.detail
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: zoneRow.modelData.reason
                            color: zoneRow.modelData.verdict === "blocked" ? Theme.excluded : Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }

            ActionButton {
                objectName: "continueButton"
                Layout.fillWidth: true
                highlighted: true
                enabled: Sessions.planned
                text: qsTr("Continue to the checks")
                onClicked: Navigation.open(AppPage.SessionPrepare,
                                           { needleLengthUm: page.needleLengthUm,
                                             needleCount: page.needleCount })
            }
        }
    }
}
