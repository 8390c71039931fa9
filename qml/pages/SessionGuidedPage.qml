pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// The guided session, read from arm's length: "pass n of N" and the countdown are the largest
// things on it, the zone next; the map shows the zone and the pass direction. Pause, skip and
// stop sit at the top, far from "Next pass" at the bottom. Space confirms a pass, Escape
// pauses. Every cue flashes on the screen (and is heard where sound works).
Item {
    id: page

    readonly property bool immersive: true
    readonly property bool compact: page.width < Theme.compactBreakpoint
    readonly property bool running: Sessions.state === Sessions.InZone
    readonly property bool paused: Sessions.state === Sessions.Paused
    readonly property bool smart: Sessions.family !== "plain-roller" && Sessions.family !== ""
    // The big numbers: about a sixth of a phone's height.
    readonly property int bigSize: Math.max(48, Math.round(page.height * (page.compact ? 0.15 : 0.13)))

    // Sound can be turned off; the screen flashes every cue either way.
    property bool soundOn: true

    objectName: "sessionGuidedPage"
    focus: true

    SessionController {
        id: controller
        sessions: Sessions
    }

    Keys.onSpacePressed: event => {
        if (page.running && Sessions.pacedByApp)
            Sessions.confirmPass()
        event.accepted = true
    }
    Keys.onEscapePressed: event => {
        if (page.running)
            Sessions.pause()
        else if (page.paused)
            Sessions.resume()
        event.accepted = true
    }

    Connections {
        target: Sessions
        function onStateChanged() {
            if (Sessions.state === Sessions.Aftercare)
                Navigation.open(AppPage.SessionAftercare, {})
        }
        function onCued() {
            flash.restart()
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    // Sounds only where a sound server runs (Qt Multimedia warns otherwise); the flash is always.
    Loader {
        active: controller.soundAvailable
        sourceComponent: Component {
            CueSound {
                objectName: "cueSound"
                on: page.soundOn
                cue: controller.cueSound
                serial: Sessions.cueSerial
            }
        }
    }
    // The cue seen: the screen flashes when a cue comes (sound or not).
    Rectangle {
        id: flashLayer
        objectName: "cueFlash"
        anchors.fill: parent
        color: Theme.accent
        opacity: 0
        SequentialAnimation {
            id: flash
            NumberAnimation { target: flashLayer; property: "opacity"; to: 0.35; duration: 80 }
            NumberAnimation { target: flashLayer; property: "opacity"; to: 0; duration: 420 }
        }
    }

    // Top: what is happening, and the controls that interrupt it.
    RowLayout {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        ActionButton {
            objectName: "pauseButton"
            // Narrow padding: four buttons share a phone's width in every language.
            leftPadding: Theme.spacing * 0.75
            rightPadding: Theme.spacing * 0.75
            text: page.paused ? qsTr("Resume") : qsTr("Pause")
            enabled: page.running || page.paused
            onClicked: page.paused ? Sessions.resume() : Sessions.pause()
        }
        ActionButton {
            objectName: "skipButton"
            // Narrow padding: four buttons share a phone's width in every language.
            leftPadding: Theme.spacing * 0.75
            rightPadding: Theme.spacing * 0.75
            text: qsTr("Skip zone")
            enabled: page.running || page.paused
            onClicked: skipDialog.open()
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "soundButton"
            leftPadding: Theme.spacing * 0.75
            rightPadding: Theme.spacing * 0.75
            checkable: true
            checked: page.soundOn
            text: "♪"
            Accessible.name: qsTr("Sound cues")
            onToggled: page.soundOn = checked
        }
        ActionButton {
            objectName: "stopButton"
            // Narrow padding: four buttons share a phone's width in every language.
            leftPadding: Theme.spacing * 0.75
            rightPadding: Theme.spacing * 0.75
            text: qsTr("Stop")
            enabled: page.running || page.paused
            onClicked: Sessions.stopEarly()
        }
    }

    Label {
        id: zoneLine
        objectName: "zoneLine"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topBar.bottom
        anchors.margins: Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        text: controller.zoneName.length > 0
              ? qsTr("%1 · zone %2 of %3 · %4 left").arg(controller.zoneName).arg(Sessions.zoneNumber)
                    .arg(Sessions.zoneCount).arg(controller.countdown(Sessions.zoneSecondsLeft))
              : ""
        color: Theme.text
        font.pixelSize: Math.round(Theme.titleSize * 1.2)
        font.bold: true
        wrapMode: Text.WordWrap
    }

    ZoneMap {
        id: map
        objectName: "sessionMap"
        anchors.top: zoneLine.bottom
        anchors.left: parent.left
        anchors.margins: Theme.spacing
        width: page.compact ? parent.width - Theme.spacing * 2 : parent.width * 0.4
        height: page.compact ? page.height * 0.24 : parent.height - zoneLine.y - zoneLine.height - nextPass.height - Theme.spacing * 3
        area: Sessions.area
        zones: controller.sessionZones
        currentZone: Sessions.currentZone
        direction: Sessions.direction
    }

    ColumnLayout {
        id: centre
        anchors.top: page.compact ? map.bottom : zoneLine.bottom
        anchors.left: page.compact ? parent.left : map.right
        anchors.right: parent.right
        anchors.bottom: nextPass.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            objectName: "passLine"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: Sessions.passes > 0 ? qsTr("Pass %1 of %2").arg(Sessions.pass).arg(Sessions.passes) : ""
            color: Theme.text
            font.pixelSize: Math.round(page.bigSize * 0.55)
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.titleSize
        }
        Label {
            objectName: "countdown"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.paused ? qsTr("Paused") : controller.countdown(Sessions.passSecondsLeft)
            color: Sessions.passSecondsLeft === 0 && page.running ? Theme.caution : Theme.accent
            font.pixelSize: page.bigSize
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.titleSize
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: controller.directionText
            color: Theme.text
            font.pixelSize: Theme.titleSize
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "mismatch"
            Layout.fillWidth: true
            visible: Sessions.mismatchedDirection.length > 0
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("⚠ That pass went %1").arg(controller.directionName(Sessions.mismatchedDirection).toLowerCase())
            color: Theme.caution
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.WordWrap
        }
        // The pressure gauge: three stages, each with its word, for devices that measure it.
        RowLayout {
            objectName: "pressureGauge"
            Layout.fillWidth: true
            visible: page.smart && !Sessions.pacedByApp
            spacing: 4
            Repeater {
                model: [qsTr("Light"), qsTr("Ease off"), qsTr("Too much"), qsTr("Stop")]
                delegate: Rectangle {
                    id: stage
                    required property int index
                    required property string modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget * 0.8
                    radius: 4
                    readonly property bool lit: stage.index <= Sessions.pressureStage
                    color: !stage.lit ? Theme.surface
                           : stage.index === 0 ? Theme.accentSoft
                           : stage.index === 1 ? Theme.cautionSoft : Theme.excludedSoft
                    border.width: stage.index === Sessions.pressureStage ? 3 : 1
                    border.color: stage.index >= 2 ? Theme.excluded : stage.index === 1 ? Theme.caution : Theme.accent
                    Label {
                        anchors.centerIn: parent
                        text: (stage.index === Sessions.pressureStage ? "● " : "") + stage.modelData
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                        font.bold: stage.index === Sessions.pressureStage
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.smart && Sessions.depthUm > 0
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Depth %1").arg(Localizer.millimetres(Sessions.depthUm))
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Label {
            objectName: "deviceDropped"
            Layout.fillWidth: true
            visible: Sessions.deviceDropped
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("The device is not connected: Rollwise paces the passes now. Confirm each one.")
            color: Theme.caution
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "cueText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignTop
            text: controller.cueText
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
            elide: Text.ElideRight
        }
        Message {
            problem: true
            text: controller.problemText
        }
    }

    // Bottom: the one action of a paced pass, large and away from the others.
    ActionButton {
        id: nextPass
        objectName: "nextPassButton"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        height: Theme.touchTarget * 1.8
        highlighted: true
        // The simulated device has no hand to move it: this button makes its pass (labelled).
        readonly property bool simulatedHand: page.smart && !Sessions.pacedByApp
                                              && SessionDevice.simulated
                                              && SessionDevice.status === SessionDevice.Live
        enabled: page.running && (Sessions.pacedByApp || nextPass.simulatedHand)
        font.pixelSize: Theme.titleSize
        text: nextPass.simulatedHand ? qsTr("Simulate this pass")
              : page.smart && !Sessions.pacedByApp ? qsTr("The device counts the passes")
              : page.compact ? qsTr("Next pass")  // a phone has no space bar
                             : qsTr("Next pass (Space)")
        onClicked: {
            if (nextPass.simulatedHand)
                SessionDevice.simulatePass()
            else
                Sessions.confirmPass()
        }
    }

    Dialog {
        id: skipDialog
        objectName: "skipDialog"
        anchors.centerIn: parent
        width: Math.min(page.width - Theme.spacing * 2, 420)
        modal: true
        title: qsTr("Skip %1?").arg(controller.zoneName)
        standardButtons: Dialog.Ok | Dialog.Cancel
        TextField {
            id: skipReason
            width: parent.width
            placeholderText: qsTr("Why (optional)")
            Accessible.name: placeholderText
        }
        onAccepted: {
            Sessions.skipZone(skipReason.text)
            skipReason.text = ""
            page.forceActiveFocus()
        }
        onRejected: page.forceActiveFocus()
    }
}
