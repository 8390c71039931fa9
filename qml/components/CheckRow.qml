import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A check box whose words wrap under each other instead of running out of their card (German
// sentences are long); it takes its row's width.
CheckBox {
    id: control

    Layout.fillWidth: true
    font.pixelSize: Theme.bodySize

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.mutedText
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator.width + control.spacing
    }
}
