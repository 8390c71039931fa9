pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rollwise.Ui

// How worn a head is: one bar per measure (sessions, passes, high-pressure passes, age), each
// against its retire limit, with a mark where Rollwise starts to warn. The worst measure decides
// the level, said in words and a symbol as well as colour.
ColumnLayout {
    id: gauge

    // [{label, detail, percent}]: percent of the retire limit, 0 - 100 and beyond.
    required property var measures
    // The guard warns from here (core: 0.8 of the limit) and retires at 100.
    property int warnPercent: 80

    readonly property int worstPercent: {
        let worst = 0
        for (let i = 0; i < gauge.measures.length; ++i)
            worst = Math.max(worst, gauge.measures[i].percent)
        return worst
    }
    // 0: fine, 1: replace soon, 2: replace now.
    readonly property int level: gauge.worstPercent >= 100 ? 2 : gauge.worstPercent >= gauge.warnPercent ? 1 : 0
    readonly property string levelText: gauge.level === 2 ? qsTr("✕ Worn out: replace it now")
                                        : gauge.level === 1 ? qsTr("⚠ Replace it soon")
                                        : qsTr("✓ In good shape")

    function colourFor(percent: int): color {
        return percent >= 100 ? Theme.excluded : percent >= gauge.warnPercent ? Theme.caution : Theme.accent
    }

    spacing: Theme.spacing / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: gauge.levelText

    Label {
        objectName: "wearLevel"
        Layout.fillWidth: true
        text: gauge.levelText
        color: gauge.colourFor(gauge.worstPercent)
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: gauge.measures
        delegate: ColumnLayout {
            id: measure
            required property var modelData
            required property int index
            objectName: "wearMeasure" + measure.index
            Layout.fillWidth: true
            spacing: 2
            Accessible.role: Accessible.ProgressBar
            Accessible.name: measure.modelData.label + ": " + measure.modelData.detail

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: measure.modelData.label
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
                Label {
                    text: measure.modelData.detail
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                }
            }
            Rectangle {
                id: track
                objectName: "wearTrack"
                Layout.fillWidth: true
                implicitHeight: 10
                radius: 5
                color: Theme.border
                Rectangle {
                    objectName: "wearFill"
                    width: track.width * Math.min(100, Math.max(0, measure.modelData.percent)) / 100
                    height: parent.height
                    radius: 5
                    color: gauge.colourFor(measure.modelData.percent)
                }
                // Where the warning starts.
                Rectangle {
                    objectName: "warnMark"
                    x: track.width * gauge.warnPercent / 100 - 1
                    width: 2
                    height: parent.height + 4
                    y: -2
                    color: Theme.text
                    opacity: 0.6
                }
            }
        }
    }
}
