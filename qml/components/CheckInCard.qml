pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// The next-day check-in after a session: how the skin reacted, one tap. Shown while `text` is
// set; the page logs the answer.
Card {
    id: card

    property string text
    // [{value, text}]
    property var choices: []

    signal answered(string value)

    objectName: "checkInCard"
    visible: card.text.length > 0
    title: qsTr("How is your skin?")
    Label {
        Layout.fillWidth: true
        text: card.text
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Repeater {
            model: card.choices
            delegate: ActionButton {
                required property var modelData
                objectName: "reaction_" + modelData.value
                text: modelData.text
                onClicked: card.answered(modelData.value)
            }
        }
    }
}
