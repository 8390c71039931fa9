import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A titled section on a page. Its children go in a column under the title. `attention` marks it
// (a thicker border and a symbol before the title), so a colour is never the only signal.
Rectangle {
    id: card

    property string title
    property bool attention: false
    property color accentColor: Theme.accent
    default property alias content: column.data

    implicitHeight: column.implicitHeight + Theme.spacing * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: card.attention ? card.accentColor : Theme.border
    border.width: card.attention ? 2 : 1
    Accessible.role: Accessible.Grouping
    Accessible.name: card.title

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Theme.spacing / 2

        Label {
            objectName: "cardTitle"
            visible: card.title.length > 0
            Layout.fillWidth: true
            text: (card.attention ? "⚠ " : "") + card.title
            color: card.attention ? card.accentColor : Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
}
