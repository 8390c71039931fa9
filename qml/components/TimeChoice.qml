import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A time of day, chosen in half-hour steps. `label` says what it is for; `times` are the 48
// half hours of a day as the locale writes them (from 00:00).
RowLayout {
    id: choice

    required property string label
    required property int minutes
    required property var times // a list of strings

    signal chosen(int minutes)

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: choice.label
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    ComboBox {
        objectName: "time_" + choice.label
        Layout.preferredHeight: Theme.touchTarget
        Accessible.name: choice.label
        model: choice.times
        currentIndex: Math.round(choice.minutes / 30) % 48
        onActivated: index => choice.chosen(index * 30)
    }
}
