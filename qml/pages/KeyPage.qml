pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// The journal's key, opened from Settings: a new passphrase, back to the system keychain (with
// its recovery code), or from the keychain to a passphrase.
ScrollPage {
    id: page

    readonly property string title: qsTr("Journal key")
    // Read once the key is in the keychain; shown until the page closes.
    property string recoveryCode: ""

    objectName: "keyPage"

    SettingsController {
        id: controller
        access: JournalAccess
        backups: Backups
    }
    JournalController {
        id: words
        access: JournalAccess
        backups: Backups
        devices: Devices
        journal: Journal
    }

    Message {
        visible: !JournalAccess.unlocked
        text: qsTr("Unlock your journal on the Journal page first.")
        problem: true
    }
    Message {
        objectName: "keyMessage"
        text: controller.keyMessage
        problem: controller.keyFailed
    }

    // A passphrase: change it, or go back to the keychain.
    Card {
        objectName: "changePassphrase"
        Layout.fillWidth: true
        visible: JournalAccess.unlocked && controller.usesPassphrase
        title: qsTr("Your journal opens with a passphrase")
        Label {
            Layout.fillWidth: true
            text: qsTr("Rollwise asks for it at every start. If you forget it, your journal cannot be opened: only a backup helps then.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        PassphraseField {
            id: current
            objectName: "currentPassphraseField"
            label: qsTr("Current passphrase")
        }
        PassphraseField {
            id: next
            objectName: "newPassphraseField"
            label: qsTr("New passphrase (at least %1 characters)").arg(words.passphraseMinimum)
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            ActionButton {
                objectName: "changePassphraseButton"
                text: qsTr("Change passphrase")
                highlighted: true
                onClicked: {
                    if (JournalAccess.changePassphrase(current.text, next.text))
                        controller.noteKeyChanged()
                    current.clear()
                    next.clear()
                }
            }
            ActionButton {
                objectName: "useKeychainButton"
                text: qsTr("Use the system keychain instead")
                onClicked: {
                    if (JournalAccess.useKeychainInstead(current.text)) {
                        controller.noteKeyChanged()
                        page.recoveryCode = JournalAccess.recoveryCode()
                    }
                    current.clear()
                    next.clear()
                }
            }
        }
    }

    // The keychain: its recovery code, or a passphrase instead.
    Card {
        objectName: "keychain"
        Layout.fillWidth: true
        visible: JournalAccess.unlocked && !controller.usesPassphrase
        title: qsTr("Your journal's key is in the system keychain")
        Label {
            Layout.fillWidth: true
            text: qsTr("Rollwise opens your journal without asking. Keep the recovery code somewhere safe, on paper: it opens your journal if the keychain is lost.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        ActionButton {
            objectName: "showRecoveryCodeButton"
            visible: page.recoveryCode.length === 0
            text: qsTr("Show the recovery code")
            onClicked: page.recoveryCode = JournalAccess.recoveryCode()
        }
        Label {
            objectName: "recoveryCode"
            Layout.fillWidth: true
            visible: page.recoveryCode.length > 0
            text: page.recoveryCode
            color: Theme.text
            font.family: "monospace"
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WrapAnywhere
            Accessible.name: qsTr("Recovery code: %1").arg(page.recoveryCode)
        }
        PassphraseField {
            id: chosen
            objectName: "switchPassphraseField"
            label: qsTr("A passphrase instead (at least %1 characters)").arg(words.passphraseMinimum)
        }
        ActionButton {
            objectName: "usePassphraseButton"
            text: qsTr("Use this passphrase")
            onClicked: {
                if (JournalAccess.usePassphraseInstead(chosen.text)) {
                    controller.noteKeyChanged()
                    page.recoveryCode = ""
                }
                chosen.clear()
            }
        }
    }
}
