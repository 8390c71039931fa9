import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// Long work (a backup, a restore, an export): says what is running while it runs. run() shows
// the words first and starts the work after a frame has been drawn.
RowLayout {
    id: indicator

    property string workText
    readonly property bool busy: indicator.workText.length > 0
    property var pending: null

    function run(text: string, work: var) {
        indicator.workText = text
        indicator.pending = work
        starter.restart()
    }

    visible: indicator.busy
    Layout.fillWidth: true
    spacing: Theme.spacing

    Timer {
        id: starter
        interval: 50
        onTriggered: {
            const work = indicator.pending
            indicator.pending = null
            if (work)
                work()
            indicator.workText = ""
        }
    }
    BusyIndicator {
        running: indicator.busy
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
    }
    Label {
        objectName: "workText"
        Layout.fillWidth: true
        text: indicator.workText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: indicator.workText
    }
}
