import QtQuick
import QtQuick.Layouts
import Rollwise.Ui

// "Heads & devices": what touches the skin and what measures it, one switch between the two
// (heads and cartridges first: every user has one; a smart device only some).
Item {
    id: page

    // 0: heads and cartridges, 1: devices.
    property int section: 0

    objectName: "equipmentPage"

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readableWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.margins: Theme.spacing
            spacing: Theme.spacing

            ActionButton {
                objectName: "headsSection"
                Layout.fillWidth: true
                text: qsTr("Heads and cartridges")
                highlighted: page.section === 0
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                onClicked: page.section = 0
            }
            ActionButton {
                objectName: "devicesSection"
                Layout.fillWidth: true
                text: qsTr("Devices")
                highlighted: page.section === 1
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                onClicked: page.section = 1
            }
        }

        Loader {
            objectName: "equipmentSection"
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: page.section === 0 ? Qt.resolvedUrl("HeadsPage.qml")
                                       : Qt.resolvedUrl("DevicesPage.qml")
        }
    }
}
