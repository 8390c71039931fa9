import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// Whether the journal is unlocked, and what to do if not: the passphrase to enter, or a
// passphrase to choose instead of the keychain.
Card {
    id: card

    required property bool unlocked
    required property bool asksPassphrase
    required property bool offersPassphrase
    required property string statusTitle
    required property string statusMessage
    required property int sessionCount
    required property int passphraseMinimum

    signal passphraseEntered(string passphrase)
    signal passphraseChosen(string passphrase)

    objectName: "journalStatus"
    attention: !card.unlocked
    accentColor: Theme.excluded
    color: card.unlocked ? Theme.accentSoft : Theme.excludedSoft
    Accessible.name: card.statusTitle

    Label {
        objectName: "journalStatusTitle"
        Layout.fillWidth: true
        text: (card.unlocked ? "✓ " : "⚠ ") + card.statusTitle
        color: card.unlocked ? Theme.accent : Theme.excluded
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.WordWrap
    }
    Label {
        objectName: "journalStatusMessage"
        Layout.fillWidth: true
        text: card.statusMessage
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    Label {
        visible: card.unlocked
        Layout.fillWidth: true
        text: qsTr("%n session(s) recorded.", "", card.sessionCount)
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
    }
    RowLayout {
        visible: card.asksPassphrase || card.offersPassphrase
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        PassphraseField {
            id: passphrase
            objectName: "passphraseField"
            label: card.asksPassphrase ? qsTr("Passphrase") : qsTr("New passphrase (at least %1 characters)").arg(card.passphraseMinimum)
            onAccepted: unlockButton.clicked()
        }
        ActionButton {
            id: unlockButton
            objectName: "unlockButton"
            text: card.asksPassphrase ? qsTr("Unlock") : qsTr("Use a passphrase")
            highlighted: true
            onClicked: {
                if (card.asksPassphrase)
                    card.passphraseEntered(passphrase.text)
                else
                    card.passphraseChosen(passphrase.text)
                passphrase.clear()
            }
        }
    }
}
