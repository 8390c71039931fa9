pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Heads and cartridges: the wear of each one in use, its hygiene, replacing it (with a reason),
// reporting damage, adding a new one, and the heads used before.
ScrollPage {
    id: page

    objectName: "headsPage"

    HeadsController {
        id: controller
        journal: Journal
    }
    HeadListModel {
        id: heads
        journal: Journal
        showRetired: true
    }

    readonly property var retireReasons: controller.retireReasons()
    readonly property var needleChoices: controller.needleChoices()
    property int newKind: HeadsController.Roller
    property int newLength: 250
    // Bumped when a head changed, so what is read through the controller reads again.
    property int revision: 0

    Connections {
        target: controller
        function onHeadChanged() {
            page.revision += 1
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Heads and cartridges")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    Message {
        visible: !JournalAccess.unlocked
        text: qsTr("Unlock your journal on the Journal page first: your heads are kept in it.")
        problem: true
    }
    Message {
        objectName: "headsMessage"
        text: controller.message
        problem: controller.failed
    }
    Label {
        objectName: "noHead"
        Layout.fillWidth: true
        visible: JournalAccess.unlocked && heads.inUseCount === 0
        text: qsTr("No head yet. Add the one you roll with, so Rollwise can count its wear and remind you to clean and replace it.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }

    Repeater {
        model: heads
        delegate: HeadCard {
            id: head
            required property string uid
            required property bool cartridge
            required property int needleLengthUm
            required property int needleCount
            required property int sessions
            required property int passes
            required property int highPressurePasses
            required property int ageDays
            required property int sessionsPercent
            required property int passesPercent
            required property int agePercent
            required property bool retired
            required property date lastDisinfected

            objectName: "head_" + uid
            visible: !retired
            Layout.fillWidth: true
            headTitle: controller.headTitle(cartridge, needleLengthUm, needleCount)
            measures: [
                { label: qsTr("Sessions"), detail: controller.sessionsText(sessions), percent: sessionsPercent },
                { label: qsTr("Passes"), detail: controller.passesText(passes, highPressurePasses), percent: passesPercent },
                { label: qsTr("Age"), detail: controller.ageText(ageDays), percent: agePercent }
            ]
            hygieneText: controller.hygieneText(head.lastDisinfected, head.needsDisinfection)
            hygieneLog: page.revision >= 0 ? controller.hygieneLog(uid) : []
            retireReasons: page.retireReasons
            onDisinfected: controller.disinfect(uid)
            onDamageReportRequested: controller.reportDamage(uid)
            onRetireRequested: reason => controller.retire(uid, reason)
        }
    }

    Card {
        objectName: "addHead"
        Layout.fillWidth: true
        visible: JournalAccess.unlocked
        title: qsTr("Add a head or cartridge")
        ChoiceRow {
            Layout.fillWidth: true
            title: qsTr("What is it?")
            choices: [
                { value: HeadsController.Roller, text: qsTr("Roller head") },
                { value: HeadsController.SmartRoller, text: qsTr("Smart roller head") },
                { value: HeadsController.Cartridge, text: qsTr("Pen cartridge") }
            ]
            current: page.newKind
            onChosen: value => page.newKind = value
        }
        ChoiceRow {
            objectName: "needleLength"
            Layout.fillWidth: true
            title: qsTr("Needle length (on the packaging)")
            choices: page.needleChoices
            current: page.newLength
            onChosen: value => page.newLength = value
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Number of needles")
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            SpinBox {
                id: needleCount
                objectName: "needleCount"
                from: 1
                to: 1000
                value: 192
                editable: true
                Accessible.name: qsTr("Number of needles")
            }
        }
        ActionButton {
            objectName: "addHeadButton"
            text: qsTr("Add")
            highlighted: heads.inUseCount === 0
            onClicked: controller.addHead(page.newKind, page.newLength, needleCount.value)
        }
    }

    Card {
        objectName: "headHistory"
        Layout.fillWidth: true
        title: qsTr("Heads used before")
        visible: history.shown > 0
        Repeater {
            id: history
            property int shown: 0
            model: heads
            delegate: ColumnLayout {
                id: old
                required property string uid
                required property bool cartridge
                required property int needleLengthUm
                required property int needleCount
                required property int sessions
                required property bool retired
                required property date retiredAt
                visible: retired
                Layout.fillWidth: true
                spacing: 0
                Component.onCompleted: if (retired) history.shown += 1
                Component.onDestruction: if (retired) history.shown -= 1
                Label {
                    Layout.fillWidth: true
                    text: controller.headTitle(old.cartridge, old.needleLengthUm, old.needleCount)
                          + " · " + controller.sessionsText(old.sessions)
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: page.revision >= 0 ? controller.retiredText(old.retiredAt, old.uid) : ""
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
