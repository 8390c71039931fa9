import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// A page's scrolling column of readable width: its children are laid out top to bottom.
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint
    default property alias content: column.data

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing * 4
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width - (page.compact ? Theme.spacing * 2 : Theme.spacing * 4),
                            Theme.readableWidth)
            x: (flick.width - width) / 2
            y: page.compact ? Theme.spacing : Theme.spacing * 2
            spacing: Theme.spacing
        }
    }
}
