import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A passphrase is typed here and nowhere else; it is cleared as soon as it has been used.
TextField {
    id: field

    property string label

    Layout.fillWidth: true
    Layout.preferredHeight: Theme.touchTarget
    echoMode: TextInput.Password
    placeholderText: field.label
    font.pixelSize: Theme.bodySize
    Accessible.name: field.label
}
