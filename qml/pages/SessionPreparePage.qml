pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Before starting: the preparation list, only the pre-session questions whose dated answers are
// missing or expired, the head (its wear, disinfection confirmed), the products, and each of the
// guard's warnings acknowledged one by one; blocks say what to do, and an override is offered
// only where the rule allows it, with a reason.
Item {
    id: page

    readonly property string title: qsTr("Before you start")
    property int needleLengthUm: 250
    property int needleCount: 192
    readonly property bool prepared: clean.checked && actives.checked && numbing.checked

    objectName: "sessionPreparePage"

    SessionController {
        id: controller
        sessions: Sessions
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width, Theme.readableWidth)
            x: (flick.width - width) / 2
            spacing: Theme.spacing

            Card {
                Layout.fillWidth: true
                title: qsTr("Preparation")
                CheckRow { id: clean; objectName: "prepClean"; text: qsTr("Skin cleansed and dry") }
                CheckRow { id: actives; objectName: "prepActives"; text: qsTr("Retinoids and acids stopped for 2 days") }
                CheckRow { id: numbing; objectName: "prepNumbing"; text: qsTr("Numbing cream applied, or not used") }
            }

            // A smart device's session: the device in use is connected for it (and synced), and
            // says here whether the passes will come from it or from Rollwise's pacing.
            Card {
                id: deviceCard
                objectName: "sessionDeviceCard"
                readonly property int status: SessionDevice.status
                Layout.fillWidth: true
                visible: deviceCard.status !== SessionDevice.NotNeeded
                attention: deviceCard.status === SessionDevice.NoDevice
                           || deviceCard.status === SessionDevice.WrongKind
                           || deviceCard.status === SessionDevice.Unavailable
                title: SessionDevice.simulated ? qsTr("Device (simulated)") : qsTr("Device")
                Label {
                    objectName: "sessionDeviceStatus"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    text: {
                        switch (deviceCard.status) {
                        case SessionDevice.NoDevice:
                            return qsTr("No smart device is chosen. Pair one under Heads & devices, or start anyway: Rollwise paces the passes and you confirm each one.")
                        case SessionDevice.WrongKind:
                            return qsTr("The device in use is not the kind this plan is for. Choose it under Heads & devices, or change the plan's device.")
                        case SessionDevice.Connecting:
                            return qsTr("Connecting to your device and copying the sessions it stored…")
                        case SessionDevice.Ready:
                        case SessionDevice.Live:
                            return qsTr("Connected. The device counts the passes, measures them and buzzes at each cue.")
                        case SessionDevice.Unavailable:
                            return qsTr("The device could not be reached. Check that it is on and near, then try again; or start anyway: Rollwise paces the passes.")
                        default:
                            return ""
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ActionButton {
                        objectName: "sessionDeviceRetry"
                        visible: deviceCard.status === SessionDevice.Unavailable
                        text: qsTr("Try again")
                        onClicked: SessionDevice.retry()
                    }
                    ActionButton {
                        objectName: "sessionDeviceChoose"
                        visible: deviceCard.status === SessionDevice.NoDevice
                                 || deviceCard.status === SessionDevice.WrongKind
                        text: qsTr("Heads & devices")
                        onClicked: Navigation.open(AppPage.Devices, {})
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                visible: controller.questions.length > 0
                title: qsTr("Questions to answer again")
                Repeater {
                    model: controller.questions
                    delegate: ColumnLayout {
                        id: question
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: question.modelData.text
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: question.modelData.last
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WordWrap
                        }
                        RowLayout {
                            spacing: Theme.spacing
                            ActionButton {
                                objectName: "answerNo_" + question.modelData.key
                                text: qsTr("No")
                                onClicked: Sessions.answer(question.modelData.key, false)
                            }
                            ActionButton {
                                objectName: "answerYes_" + question.modelData.key
                                text: qsTr("Yes")
                                onClicked: Sessions.answer(question.modelData.key, true)
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Head")
                Repeater {
                    model: controller.heads
                    delegate: RadioButton {
                        id: head
                        required property var modelData
                        Layout.fillWidth: true
                        objectName: "head_" + head.modelData.uid
                        checked: head.modelData.selected
                        text: qsTr("%1 · %2 % worn").arg(head.modelData.label).arg(head.modelData.wear)
                              + (head.modelData.needsDisinfection ? " · " + qsTr("disinfect before use") : "")
                        font.pixelSize: Theme.bodySize
                        onClicked: Sessions.useHead(head.modelData.uid)
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ActionButton {
                        objectName: "addHeadButton"
                        visible: Sessions.family === "plain-roller"
                        text: qsTr("Add this roller (%1)").arg(Localizer.millimetres(page.needleLengthUm))
                        onClicked: Sessions.addPlainHead(page.needleLengthUm, page.needleCount)
                    }
                    ActionButton {
                        objectName: "disinfectedButton"
                        visible: controller.heads.length > 0
                        text: qsTr("I disinfected it now")
                        onClicked: Sessions.confirmDisinfected()
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                title: qsTr("Products")
                CheckBox {
                    objectName: "productVitaminC"
                    text: qsTr("A vitamin C serum")
                    font.pixelSize: Theme.bodySize
                    onToggled: Sessions.setProducts(checked ? ["vitamin-c-serum"] : [])
                }
            }

            Repeater {
                model: controller.warnings
                delegate: Card {
                    id: warning
                    required property var modelData
                    Layout.fillWidth: true
                    attention: !warning.modelData.acknowledged
                    accentColor: Theme.caution
                    title: warning.modelData.title
                    Label {
                        Layout.fillWidth: true
                        text: warning.modelData.reason
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Source: %1").arg(warning.modelData.source)
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.WordWrap
                    }
                    ActionButton {
                        objectName: "acknowledge_" + warning.modelData.index
                        checkable: true
                        checked: warning.modelData.acknowledged
                        enabled: !warning.modelData.acknowledged
                        text: qsTr("I have read this")
                        onClicked: Sessions.acknowledge(warning.modelData.index)
                    }
                }
            }

            Repeater {
                model: controller.blocks
                delegate: Card {
                    id: block
                    required property var modelData
                    Layout.fillWidth: true
                    attention: true
                    accentColor: Theme.excluded
                    title: block.modelData.title
                    Label {
                        Layout.fillWidth: true
                        text: block.modelData.reason
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                    TextField {
                        id: overrideReason
                        Layout.fillWidth: true
                        visible: block.modelData.overridable
                        placeholderText: qsTr("Why you go ahead anyway")
                        Accessible.name: placeholderText
                    }
                    ActionButton {
                        visible: block.modelData.overridable
                        text: qsTr("Go ahead with this reason")
                        onClicked: Sessions.overrideBlock(block.modelData.index, overrideReason.text)
                    }
                }
            }

            Message {
                problem: true
                text: controller.problemText
            }
            ActionButton {
                objectName: "startButton"
                Layout.fillWidth: true
                highlighted: true
                enabled: page.prepared && Sessions.canStart
                text: qsTr("Start the session")
                onClicked: {
                    if (Sessions.start())
                        Navigation.open(AppPage.SessionGuided, {})
                }
            }
        }
    }
}
