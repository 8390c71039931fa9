pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// One session: its zones (passes per direction, pressure, depth, what was left out and why),
// the warnings acknowledged, the overrides, the outcome; and the reaction journal: log a skin
// reaction on a zone and see how much longer that zone now rests. Opened from History with
// { sessionUid }.
Item {
    id: page

    property string sessionUid: ""
    readonly property string title: detail.found ? detail.title : qsTr("Session")
    readonly property bool compact: page.width < Theme.compactBreakpoint
    property string reactionZone: ""
    property int reaction: -1

    objectName: "sessionDetailPage"

    SessionDetailController {
        id: detail
        journal: Journal
        sessionUid: page.sessionUid
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
                objectName: "sessionTitle"
                Layout.fillWidth: true
                text: detail.title
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "sessionSummary"
                Layout.fillWidth: true
                text: detail.summary
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "sessionOutcome"
                Layout.fillWidth: true
                visible: detail.found
                text: detail.outcomeText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }

            Repeater {
                model: detail.zones
                delegate: Card {
                    id: zoneCard
                    required property var modelData
                    objectName: "zone_" + zoneCard.modelData.key
                    Layout.fillWidth: true
                    title: zoneCard.modelData.name + " · "
                           + qsTr("%n pass(es)", "", zoneCard.modelData.passes)
                    Repeater {
                        model: [zoneCard.modelData.directions, zoneCard.modelData.pressure,
                                zoneCard.modelData.depth, zoneCard.modelData.skipped]
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            visible: modelData.length > 0
                            text: modelData
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.WordWrap
                        }
                    }
                    Label {
                        objectName: "zoneReactions"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: zoneCard.modelData.reactions.length > 0
                              ? qsTr("Skin reaction: %1").arg(zoneCard.modelData.reactions) : ""
                        color: Theme.caution
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                }
            }

            Card {
                objectName: "warningsCard"
                Layout.fillWidth: true
                visible: detail.warnings.length > 0 || detail.overrides.length > 0
                title: qsTr("Warnings and overrides")
                Repeater {
                    model: detail.warnings
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "⚠ " + qsTr("Acknowledged: %1").arg(modelData)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                }
                Repeater {
                    model: detail.overrides
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "⊘ " + qsTr("Overridden: %1").arg(modelData)
                        color: Theme.excluded
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                }
            }

            Card {
                objectName: "reactionCard"
                Layout.fillWidth: true
                visible: detail.found && detail.zones.length > 0
                title: qsTr("Log a skin reaction")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Which zone?")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: detail.zones
                        delegate: ActionButton {
                            id: zoneChoice
                            required property var modelData
                            objectName: "reactionZone_" + zoneChoice.modelData.key
                            text: zoneChoice.modelData.name
                            checkable: true
                            checked: page.reactionZone === zoneChoice.modelData.key
                            onClicked: page.reactionZone = zoneChoice.modelData.key
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("What did the skin do?")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: detail.reactionNames
                        delegate: ActionButton {
                            id: reactionChoice
                            required property string modelData
                            required property int index
                            objectName: "reaction_" + reactionChoice.index
                            text: reactionChoice.modelData
                            checkable: true
                            checked: page.reaction === reactionChoice.index
                            onClicked: page.reaction = reactionChoice.index
                        }
                    }
                }
                ActionButton {
                    objectName: "logReactionButton"
                    text: qsTr("Save the reaction")
                    highlighted: true
                    enabled: page.reactionZone.length > 0 && page.reaction >= 0
                    onClicked: {
                        if (detail.logReaction(page.reactionZone, page.reaction)) {
                            page.reactionZone = ""
                            page.reaction = -1
                        }
                    }
                }
                Message {
                    objectName: "reactionResult"
                    text: detail.reactionResult
                    problem: detail.reactionFailed
                }
            }
        }
    }
}
