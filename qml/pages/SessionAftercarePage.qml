pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// After needling: what this session did (it is in the journal), the aftercare timeline (first
// 24 hours, day 2, days 3 - 7) and when each zone may be needled again. Finishing closes the
// session and returns to where it was started.
Item {
    id: page

    readonly property string title: qsTr("Aftercare")

    objectName: "sessionAftercarePage"

    SessionController {
        id: controller
        sessions: Sessions
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width, Theme.readableWidth)
            x: (flick.width - width) / 2
            spacing: Theme.spacing

            Label {
                objectName: "outcomeText"
                Layout.fillWidth: true
                text: controller.outcomeText
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: controller.aftercare
                delegate: Card {
                    id: step
                    required property var modelData
                    Layout.fillWidth: true
                    title: step.modelData.title
                    Label {
                        Layout.fillWidth: true
                        text: step.modelData.text
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Card {
                Layout.fillWidth: true
                title: qsTr("Needling again")
                // Nothing to say when no session was just finished: no empty card.
                visible: controller.reopening.length > 0
                Repeater {
                    model: controller.reopening
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: "◷ " + modelData.text
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                    }
                }
            }
            ActionButton {
                objectName: "finishButton"
                Layout.fillWidth: true
                highlighted: true
                text: Sessions.state === Sessions.Aftercare ? qsTr("Finish") : qsTr("Close")
                onClicked: {
                    if (Sessions.state === Sessions.Aftercare)
                        Sessions.finish()
                    Sessions.discard()
                    Navigation.open(AppPage.Home, {})
                }
            }
        }
    }
}
