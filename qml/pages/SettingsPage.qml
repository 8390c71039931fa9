pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// Settings: how the app looks.
Item {
    id: page

    readonly property bool compact: page.width < Theme.compactBreakpoint

    objectName: "settingsPage"

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spacing * 4
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(parent.width - (page.compact ? Theme.spacing * 2 : Theme.spacing * 4),
                            Theme.readableWidth)
            x: (parent.width - width) / 2
            y: page.compact ? Theme.spacing : Theme.spacing * 2
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Settings")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }

            Card {
                objectName: "appearance"
                Layout.fillWidth: true
                title: qsTr("Appearance")
                ChoiceRow {
                    Layout.fillWidth: true
                    title: qsTr("Theme")
                    choices: [
                        { value: Preferences.System, text: qsTr("Like the system") },
                        { value: Preferences.Light, text: qsTr("Light") },
                        { value: Preferences.Dark, text: qsTr("Dark") }
                    ]
                    current: Preferences.theme
                    onChosen: value => Preferences.theme = value
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("\"Like the system\" follows the system's choice when Rollwise starts.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
