import QtQuick.Controls
import Rollwise.App

ApplicationWindow {
    id: window

    readonly property bool compact: window.width < Theme.compactBreakpoint

    objectName: "mainWindow"
    width: 1024
    height: 700
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Rollwise")
    color: Theme.background

    header: AppHeader { compact: window.compact }

    ZoneListModel { id: zoneModel }

    ZonesPage {
        anchors.fill: parent
        compact: window.compact
        zones: zoneModel
        needledCount: zoneModel.needledCount
    }
}
