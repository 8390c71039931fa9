pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// The phone's navigation: one button per destination along the bottom.
ToolBar {
    id: bar

    // What to offer: Navigation.navigationDestinations.
    required property var destinations
    required property int currentPage

    signal selected(int page)

    objectName: "navigationBar"
    background: Rectangle { color: Theme.navigationBackground }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Repeater {
            model: bar.destinations
            delegate: NavigationButton {
                required property var modelData
                // Equal shares, whatever the length of each title.
                Layout.fillWidth: true
                Layout.preferredWidth: bar.width / Math.max(1, bar.destinations.length)
                Layout.preferredHeight: Theme.touchTarget + 16
                destination: modelData
                current: modelData.page === bar.currentPage
                onClicked: bar.selected(modelData.page)
            }
        }
    }
}
