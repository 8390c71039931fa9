import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A session the app could not finish (it was closed or killed): what was done is kept, and the
// zones it reached are healing. Shown until dismissed.
Card {
    id: card

    // What happened, worded by the page's controller.
    property string text

    signal dismissed()

    objectName: "interruptedSessionCard"
    visible: card.text.length > 0
    attention: true
    accentColor: Theme.caution
    title: qsTr("Session interrupted")
    Label {
        Layout.fillWidth: true
        text: card.text
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    ActionButton {
        text: qsTr("Got it")
        onClicked: card.dismissed()
    }
}
