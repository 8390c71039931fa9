pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.App
import Rollwise.Ui

// The limits, opened from Settings: each can be made stricter than Rollwise's safe default,
// never looser; a refused change says why.
ScrollPage {
    id: page

    readonly property string title: qsTr("Limits")

    objectName: "limitsPage"

    LimitListModel {
        id: limits
        journal: Journal
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Rollwise's limits are its safe defaults. You can make any of them stricter, for example to give your skin more time between sessions; you cannot make them looser.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
    }
    Message {
        visible: !JournalAccess.unlocked
        text: qsTr("Unlock your journal on the Journal page first: your limits are kept in it.")
        problem: true
    }
    Message {
        objectName: "limitsMessage"
        text: limits.problemText
        problem: true
    }
    Card {
        Layout.fillWidth: true
        visible: limits.count > 0
        Repeater {
            model: limits
            delegate: LimitRow {
                required property int index
                objectName: "limit" + index
                Layout.fillWidth: true
                compact: page.compact
                onChangeRequested: value => limits.setValue(index, value)
            }
        }
    }
}
