import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// What happened, next to where it happened. A problem is marked with a symbol and colour.
Label {
    id: message

    property bool problem: false

    visible: message.text.length > 0
    Layout.fillWidth: true
    color: message.problem ? Theme.excluded : Theme.text
    font.pixelSize: Theme.bodySize
    font.bold: message.problem
    wrapMode: Text.WordWrap
    Accessible.role: message.problem ? Accessible.AlertMessage : Accessible.StaticText
    Accessible.name: message.text
}
