pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// The first start, in five short steps: what Rollwise does, privacy, the key (with a check
// that the recovery code was written down), the device, the first questions. Every step but
// the first two can be skipped and done later from Settings.
Item {
    id: page

    readonly property string title: qsTr("Welcome")
    property int step: 0
    readonly property int steps: 5
    readonly property string code: JournalAccess.unlocked && !keyController.usesPassphrase
                                   ? JournalAccess.recoveryCode() : ""
    readonly property var groups: controller.groupsToCheck(page.code)
    property bool codeChecked: false
    property bool codeWrong: false
    property bool plainRoller: true
    property int needleLength: 250
    property var answers: ({})

    objectName: "onboardingPage"

    OnboardingController {
        id: controller
        journal: Journal
    }
    HeadsController {
        id: heads
        journal: Journal
    }
    SettingsController {
        id: keyController
        access: JournalAccess
        backups: Backups
    }

    function advance() {
        if (page.step === page.steps - 1)
            page.finish()
        else
            page.step += 1
    }
    function finish() {
        controller.saveAnswers(page.answers)
        controller.finish()
        Navigation.back()
    }

    ScrollPage {
        id: steps
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: buttons.top }

        Label {
            objectName: "onboardingProgress"
            Layout.fillWidth: true
            text: qsTr("Step %1 of %2").arg(page.step + 1).arg(page.steps)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
        }

        // 1. What Rollwise does and does not do.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.step === 0
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Welcome to Rollwise")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Rollwise paces your microneedling sessions zone by zone, counts the passes, and keeps the time your skin needs between sessions, so you get the texture and glow you are after without overdoing it.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("It is a cosmetic companion: it does not diagnose or treat any skin condition, and it never needles the area around the eyes.")
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
        }

        // 2. Privacy.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.step === 1
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Your journal stays with you")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Everything you record stays on this device, encrypted. There is no account, no cloud and no network: nothing leaves unless you make a backup or an export yourself.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
        }

        // 3. The key.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.step === 2
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("The key to your journal")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                visible: page.code.length > 0
                text: qsTr("Its key is kept in your system's keychain, so Rollwise opens without asking. Write this recovery code on paper and keep it safe: it opens your journal if the keychain is lost. It is shown again only in Settings.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "onboardingRecoveryCode"
                Layout.fillWidth: true
                visible: page.code.length > 0
                text: page.code
                color: Theme.text
                font.family: "monospace"
                font.pixelSize: Theme.headingSize
                wrapMode: Text.WrapAnywhere
            }
            Label {
                Layout.fillWidth: true
                visible: page.groups.length === 2
                text: qsTr("To check you wrote it down, type group %1 and group %2.").arg(page.groups[0]).arg(page.groups[1])
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            RowLayout {
                visible: page.groups.length === 2
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                TextField {
                    id: firstGroup
                    objectName: "firstGroupField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Group %1").arg(page.groups[0])
                    Accessible.name: placeholderText
                }
                TextField {
                    id: secondGroup
                    objectName: "secondGroupField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Group %1").arg(page.groups[1])
                    Accessible.name: placeholderText
                }
                ActionButton {
                    objectName: "checkCodeButton"
                    text: qsTr("Check")
                    onClicked: {
                        page.codeChecked = controller.groupMatches(page.code, page.groups[0], firstGroup.text)
                                           && controller.groupMatches(page.code, page.groups[1], secondGroup.text)
                        page.codeWrong = !page.codeChecked
                    }
                }
            }
            Message {
                objectName: "codeCheckMessage"
                text: page.codeChecked ? qsTr("✓ That matches. Keep the paper somewhere safe.")
                      : page.codeWrong ? qsTr("That does not match. Compare it with the code above and try again.")
                      : ""
                problem: page.codeWrong
            }
            Label {
                Layout.fillWidth: true
                text: keyController.usesPassphrase
                      ? qsTr("Your journal opens with your passphrase. You can change it in Settings.")
                      : qsTr("Prefer a passphrase you type at every start? You can switch in Settings, under Journal key.")
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
            }
        }

        // 4. The device.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.step === 3
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("What do you roll with?")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            ChoiceRow {
                Layout.fillWidth: true
                title: qsTr("My device")
                choices: [
                    { value: true, text: qsTr("A plain roller") },
                    { value: false, text: qsTr("A smart roller or pen") }
                ]
                current: page.plainRoller
                onChosen: value => page.plainRoller = value
            }
            Label {
                Layout.fillWidth: true
                visible: !page.plainRoller
                text: qsTr("Pair it later from the devices screen: its heads are added when it first syncs.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            ChoiceRow {
                Layout.fillWidth: true
                visible: page.plainRoller
                title: qsTr("Needle length (on the packaging)")
                choices: heads.needleChoices()
                current: page.needleLength
                onChosen: value => page.needleLength = value
            }
            RowLayout {
                visible: page.plainRoller
                spacing: Theme.spacing
                Label {
                    text: qsTr("Number of needles")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                SpinBox {
                    id: needles
                    objectName: "onboardingNeedleCount"
                    from: 1
                    to: 1000
                    value: 192
                    editable: true
                    Accessible.name: qsTr("Number of needles")
                }
            }
            ActionButton {
                objectName: "addRollerButton"
                visible: page.plainRoller
                text: qsTr("Add this roller")
                onClicked: heads.addHead(HeadsController.Roller, page.needleLength, needles.value)
            }
            Message {
                objectName: "onboardingHeadMessage"
                text: heads.message
                problem: heads.failed
            }
        }

        // 5. The first questions, dated.
        ColumnLayout {
            Layout.fillWidth: true
            visible: page.step === 4
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("A few questions before your first session")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Your answers are dated; Rollwise asks again when they may have changed. The rest is asked before each session.")
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: controller.questions()
                delegate: ChoiceRow {
                    required property var modelData
                    objectName: "question_" + modelData.key
                    Layout.fillWidth: true
                    title: modelData.text
                    choices: [
                        { value: "yes", text: qsTr("Yes") },
                        { value: "no", text: qsTr("No") }
                    ]
                    current: page.answers[modelData.key] === undefined ? ""
                             : page.answers[modelData.key] ? "yes" : "no"
                    onChosen: value => {
                        const next = Object.assign({}, page.answers)
                        next[modelData.key] = value === "yes"
                        page.answers = next
                    }
                }
            }
        }
    }

    // Outside the scrolling steps, so they are always in reach.
    RowLayout {
        id: buttons
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.spacing }
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "onboardingBackButton"
            visible: page.step > 0
            text: qsTr("Back")
            flat: true
            onClicked: page.step -= 1
        }
        Item { Layout.fillWidth: true }
        // Skipping is always possible: the key, the device and the questions wait in Settings,
        // the Heads page and the pre-session check.
        ActionButton {
            objectName: "onboardingSkipButton"
            text: page.step < 2 ? qsTr("Skip") : page.step === page.steps - 1 ? qsTr("Skip the questions") : qsTr("Later")
            flat: true
            onClicked: {
                if (page.step < 2)
                    page.finish()
                else
                    page.advance()
            }
        }
        ActionButton {
            objectName: "onboardingNextButton"
            text: page.step === page.steps - 1 ? qsTr("Done") : qsTr("Next")
            highlighted: true
            onClicked: page.advance()
        }
    }
}
