import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// One face zone: its name, and whether sessions include it (and why not, if they don't).
Rectangle {
    id: card

    required property string name
    required property bool needlingAllowed
    required property string note

    implicitHeight: content.implicitHeight + Theme.spacing * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Accessible.role: Accessible.ListItem
    Accessible.name: card.needlingAllowed ? qsTr("%1, included in sessions").arg(card.name)
                                          : qsTr("%1, never needled. %2").arg(card.name).arg(card.note)

    Rectangle {
        width: 4
        radius: 2
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 6 }
        color: card.needlingAllowed ? Theme.accent : Theme.excluded
    }

    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: Theme.spacing * 1.5
        anchors.rightMargin: Theme.spacing
        spacing: 4

        // The name and its status side by side, or the status under a long name ("Augenpartie"
        // beside "Wird nie behandelt" on a narrow card).
        GridLayout {
            id: heading
            Layout.fillWidth: true
            columns: zoneName.implicitWidth + badge.implicitWidth + heading.columnSpacing
                     <= heading.width ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 4
            Label {
                id: zoneName
                objectName: "zoneName"
                Layout.fillWidth: true
                text: card.name
                color: Theme.text
                font.pixelSize: Theme.headingSize - 2
                font.bold: true
                elide: Text.ElideRight
            }
            Rectangle {
                id: badge
                objectName: "zoneStatus"
                implicitWidth: status.implicitWidth + 16
                implicitHeight: status.implicitHeight + 8
                radius: height / 2
                color: card.needlingAllowed ? Theme.accentSoft : Theme.excludedSoft
                Label {
                    id: status
                    anchors.centerIn: parent
                    text: card.needlingAllowed ? qsTr("Included") : qsTr("Never needled")
                    color: card.needlingAllowed ? Theme.accent : Theme.excluded
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.needlingAllowed ? qsTr("Included in guided sessions") : card.note
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
}
