pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// The zones a guided session covers. Phone: the intro above the list; desktop: beside a grid.
// Plain anchors (no GridLayout around wrapped text), so resizing never loops.
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint

    objectName: "zonesPage"

    ZoneListModel {
        id: zones
    }

    readonly property int columns: page.compact ? 1 : Math.max(1, Math.floor(zoneList.width / 260))

    Item {
        id: content
        anchors.fill: parent
        anchors.margins: page.compact ? Theme.spacing : Theme.spacing * 2

        ColumnLayout {
            id: intro
            anchors.left: parent.left
            anchors.top: parent.top
            width: page.compact ? content.width : 280
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: qsTr("Face zones")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A guided session visits %1 zones, from the forehead down to the neck. "
                           + "The eye area is always left out.").arg(zones.needledCount)
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: !page.compact
                topPadding: Theme.spacing
                text: qsTr("Rollwise is a cosmetic companion. It does not diagnose or treat any "
                           + "condition.")
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
            }
        }

        GridView {
            id: zoneList
            objectName: "zoneList"
            anchors.left: page.compact ? content.left : intro.right
            anchors.leftMargin: page.compact ? 0 : Theme.spacing * 2
            anchors.top: page.compact ? intro.bottom : content.top
            anchors.topMargin: page.compact ? Theme.spacing : 0
            anchors.right: content.right
            anchors.bottom: content.bottom
            clip: true
            model: zones
            cellWidth: Math.floor(width / page.columns)
            // Room for a name with its status under it and three lines of why (German).
            cellHeight: page.compact ? 96 : 120
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Face zones")

            delegate: Item {
                id: cell
                required property string name
                required property bool needlingAllowed
                required property string note
                width: zoneList.cellWidth
                height: zoneList.cellHeight
                ZoneCard {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing / 2
                    name: cell.name
                    needlingAllowed: cell.needlingAllowed
                    note: cell.note
                }
            }
        }
    }
}
