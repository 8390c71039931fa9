import QtQuick
import QtQuick.Controls
import Rollwise.Ui

// A short word in a pill ("SIMULATED").
Rectangle {
    id: badge

    required property string text
    property color tone: Theme.excluded

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: Theme.excludedSoft
    Accessible.role: Accessible.StaticText
    Accessible.name: badge.text

    Label {
        id: label
        anchors.centerIn: parent
        text: badge.text
        color: badge.tone
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
}
