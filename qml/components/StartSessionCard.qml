import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// The way into a guided session: one prominent button. Words and availability come from the
// page that shows it.
Card {
    id: card

    property string text: qsTr("Plan the zones, run through the checks, and Rollwise paces each pass.")
    property bool available: true

    signal startRequested()

    title: qsTr("Guided session")
    Label {
        Layout.fillWidth: true
        text: card.text
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    ActionButton {
        objectName: "startSessionButton"
        Layout.fillWidth: true
        highlighted: true
        enabled: card.available
        text: qsTr("Start a session")
        onClicked: card.startRequested()
    }
}
