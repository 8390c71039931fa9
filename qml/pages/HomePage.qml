pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Home: the zone map with each zone's state from the guard, the next session and the one
// prominent action (start a session), device sessions waiting for their zones, the head's wear,
// the last session and the streak. Phone: one column; desktop: the map beside the cards.
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint
    // The zone tapped last (its sentence shows under the map).
    property string selectedZone: ""

    objectName: "homePage"

    // The guided session starts with its plan.
    function startSession() {
        Navigation.open(AppPage.SessionPlan, {})
    }

    HomeController {
        id: home
        objectName: "homeController"
        journal: Journal
    }
    // Only for the device-session cards' words and their message.
    JournalController {
        id: words
        journal: Journal
    }
    DeviceSessionListModel {
        id: waiting
        journal: Journal
    }
    // The interrupted session and the next day's check-in.
    SessionController {
        id: sessionWords
        sessions: Sessions
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: content.height + Theme.spacing * 4
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        Item {
            id: content

            readonly property real paneGap: Theme.spacing * 2

            width: Math.min(flick.width - (page.compact ? Theme.spacing * 2 : Theme.spacing * 4),
                            1100)
            x: (flick.width - width) / 2
            y: page.compact ? Theme.spacing : Theme.spacing * 2
            height: page.compact ? mapPane.implicitHeight + Theme.spacing + cards.implicitHeight
                                 : Math.max(mapPane.implicitHeight, cards.implicitHeight)

            ColumnLayout {
                id: mapPane
                width: page.compact ? content.width : Math.round(content.width * 0.45)
                spacing: Theme.spacing / 2

                Message {
                    objectName: "homeProblem"
                    text: home.problemText
                    problem: true
                }

                // The body or the scalp join the face once a session reached them.
                RowLayout {
                    visible: home.areas.length > 1
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: home.areas.length
                        delegate: ActionButton {
                            id: areaButton
                            required property int index
                            objectName: "area_" + home.areas[areaButton.index]
                            text: home.areaNames[areaButton.index]
                            checkable: true
                            checked: home.area === home.areas[areaButton.index]
                            onClicked: {
                                home.area = home.areas[areaButton.index]
                                page.selectedZone = ""
                            }
                        }
                    }
                }

                ZoneMap {
                    id: map
                    objectName: "homeZoneMap"
                    Layout.fillWidth: true
                    Layout.preferredHeight: page.compact ? 300 : 420
                    area: home.area
                    zones: home.mapZones
                    currentZone: ""
                    showLabels: !page.compact
                    onZoneActivated: key => page.selectedZone = key
                }

                Label {
                    objectName: "zoneExplanation"
                    Layout.fillWidth: true
                    text: page.selectedZone.length > 0 ? home.explainZone(page.selectedZone)
                                                       : qsTr("Tap a zone to see when it is ready.")
                    color: page.selectedZone.length > 0 ? Theme.text : Theme.mutedText
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                // What the marks mean, so colour is never the only signal.
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { mark: "●", text: qsTr("ready") },
                            { mark: "◷", text: qsTr("opens soon") },
                            { mark: "◐", text: qsTr("healing") },
                            { mark: "⊘", text: qsTr("blocked") },
                            { mark: "✕", text: qsTr("never (eye area)") }
                        ]
                        delegate: Label {
                            required property var modelData
                            text: modelData.mark + " " + modelData.text
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
            }

            ColumnLayout {
                id: cards
                x: page.compact ? 0 : mapPane.width + content.paneGap
                y: page.compact ? mapPane.implicitHeight + Theme.spacing : 0
                width: page.compact ? content.width : content.width - mapPane.width - content.paneGap
                spacing: Theme.spacing

                InterruptedSessionCard {
                    Layout.fillWidth: true
                    text: sessionWords.interruptedText
                    onDismissed: Sessions.dismissInterrupted()
                }
                CheckInCard {
                    Layout.fillWidth: true
                    text: sessionWords.checkInText
                    choices: sessionWords.reactions
                    onAnswered: value => Sessions.checkIn(value)
                }
                Card {
                    objectName: "nextSessionCard"
                    Layout.fillWidth: true
                    title: home.nextSessionTitle
                    attention: !home.readable
                    accentColor: Theme.excluded

                    Label {
                        objectName: "nextSessionDetail"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: home.nextSessionDetail
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    ActionButton {
                        objectName: "startSessionButton"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget + 8
                        text: qsTr("Start a session")
                        highlighted: true
                        enabled: home.readable
                        font.pixelSize: Theme.headingSize
                        onClicked: page.startSession()
                    }
                    // A locked journal: the way to open it.
                    ActionButton {
                        objectName: "openJournalButton"
                        Layout.fillWidth: true
                        visible: !JournalAccess.unlocked
                        text: qsTr("Open your journal")
                        onClicked: Navigation.open(AppPage.Journal, {})
                    }
                }

                Message {
                    objectName: "deviceSessionsMessage"
                    visible: text.length > 0
                    text: words.deviceSessionsMessage
                    problem: Journal.problem !== Journal.None
                }
                Repeater {
                    model: waiting
                    delegate: DeviceSessionCard {
                        required property string uid
                        required property date start
                        required property bool timeTrusted
                        required property int passes
                        required property var zoneKeys
                        Layout.fillWidth: true
                        compact: page.compact
                        sessionUid: uid
                        question: words.deviceSessionQuestion(start)
                        detail: words.deviceSessionDetail(passes, timeTrusted)
                        zones: zoneKeys.map(key => ({ key: key, name: words.zoneName(key) }))
                        onPlaced: (which, keys) => Journal.placeDeviceSession(which, keys)
                        onSkipped: which => Journal.skipDeviceSession(which)
                    }
                }

                Card {
                    objectName: "headCard"
                    Layout.fillWidth: true
                    visible: home.hasHead
                    title: home.headTitle
                    attention: home.headWearPercent >= 80
                    accentColor: Theme.excluded

                    ProgressBar {
                        objectName: "homeHeadWear"
                        Layout.fillWidth: true
                        from: 0
                        to: 100
                        value: Math.min(home.headWearPercent, 100)
                        Accessible.name: qsTr("Wear")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: home.headDetail
                        color: Theme.mutedText
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                }

                Card {
                    objectName: "progressCard"
                    Layout.fillWidth: true
                    visible: home.readable
                    title: qsTr("Your sessions")

                    Label {
                        objectName: "lastSession"
                        Layout.fillWidth: true
                        text: home.lastSessionText
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "streak"
                        Layout.fillWidth: true
                        text: home.streakText
                        color: Theme.mutedText
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
