pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// The desktop's navigation: one button per destination down the left side.
Pane {
    id: rail

    // What to offer: Navigation.navigationDestinations.
    required property var destinations
    required property int currentPage

    signal selected(int page)

    objectName: "navigationRail"
    implicitWidth: Theme.railWidth
    padding: Theme.spacing / 2
    background: Rectangle { color: Theme.navigationBackground }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing / 2
        Repeater {
            model: rail.destinations
            delegate: NavigationButton {
                required property var modelData
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 24
                destination: modelData
                current: modelData.page === rail.currentPage
                onClicked: rail.selected(modelData.page)
            }
        }
    }
}
