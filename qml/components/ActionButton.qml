import QtQuick
import QtQuick.Controls
import Rollwise.Ui

// The app's button: at least a touch target tall, drawn without shader effects (Material's
// elevation is a shader, which software rendering leaves blank). Primary actions are
// `highlighted`; a checked toggle also shows a tick, so colour is not the only signal.
Button {
    id: control

    readonly property bool filled: control.highlighted || control.checked

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing * 1.25
    rightPadding: Theme.spacing * 1.25
    font.pixelSize: Theme.bodySize
    font.bold: control.highlighted

    contentItem: Label {
        text: (control.checkable && control.checked ? "✓ " : "") + control.text
        font: control.font
        color: !control.enabled ? Theme.mutedText
               : control.filled ? Theme.textOnAccent : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget
        radius: Theme.radius / 2
        opacity: control.down ? 0.75 : 1
        color: !control.enabled ? Theme.border
               : control.filled ? Theme.accent
               : control.flat ? "transparent" : Theme.accentSoft
        border.width: control.visualFocus ? 3 : (control.flat ? 0 : 1)
        border.color: control.visualFocus ? Theme.text : Theme.accent
    }
}
