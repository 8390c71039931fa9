pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Rollwise.Ui

// A bar chart drawn with Qt Quick Shapes (renders offscreen with the software renderer): one
// bar per value, its count written above it where it fits, and as many labels under the bars
// as fit side by side (counted back from the newest). Takes what it shows.
Item {
    id: chart

    required property string title
    property var values: []    // numbers
    property var labels: []    // one per value
    property color barColor: Theme.accent

    readonly property real maxValue: chart.values.reduce((a, b) => Math.max(a, Number(b)), 0)
    readonly property real labelHeight: Theme.smallSize + 6
    readonly property real plotHeight: chart.height - chart.labelHeight * 2 - titleLabel.height
    readonly property real slot: chart.values.length > 0 ? chart.width / chart.values.length : 0
    // A value far below the largest still shows as a sliver, never as nothing.
    readonly property real minimumBar: 2
    // Every labelStep-th bar carries its label: as many as fit without cutting or overlapping.
    readonly property int labelStep: chart.slot > 0
        ? Math.max(1, Math.ceil((labelMetrics.advanceWidth + Theme.spacing / 2) / chart.slot)) : 1

    TextMetrics {
        id: labelMetrics
        font.pixelSize: Theme.smallSize
        // The longest label stands for all of them.
        text: chart.labels.reduce((a, b) => String(b).length > a.length ? String(b) : a, "")
    }

    implicitHeight: 180
    Accessible.role: Accessible.Chart
    Accessible.name: chart.title + ": " + chart.values.join(", ")

    Label {
        id: titleLabel
        width: chart.width
        text: chart.title
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        elide: Text.ElideRight
    }

    // The axis.
    Shape {
        y: titleLabel.height + chart.labelHeight
        width: chart.width
        height: Math.max(0, chart.plotHeight) + 1
        ShapePath {
            strokeColor: Theme.border
            strokeWidth: 1
            fillColor: "transparent"
            startX: 0
            startY: Math.max(0, chart.plotHeight)
            PathLine { x: chart.width; y: Math.max(0, chart.plotHeight) }
        }
    }

    Repeater {
        model: chart.values.length

        delegate: Item {
            id: bar

            required property int index
            readonly property real value: Number(chart.values[bar.index])
            readonly property real barHeight: bar.value > 0 && chart.maxValue > 0
                ? Math.max(chart.minimumBar, Math.max(0, chart.plotHeight) * bar.value / chart.maxValue) : 0
            readonly property real barWidth: Math.max(2, chart.slot * 0.6)

            x: bar.index * chart.slot
            y: titleLabel.height + chart.labelHeight
            width: chart.slot
            height: Math.max(0, chart.plotHeight)

            Shape {
                objectName: "bar_" + bar.index
                x: (bar.width - bar.barWidth) / 2
                y: bar.height - bar.barHeight
                width: bar.barWidth
                height: bar.barHeight
                visible: bar.value > 0
                ShapePath {
                    strokeColor: chart.barColor
                    strokeWidth: 1
                    fillColor: chart.barColor
                    startX: 0
                    startY: bar.barHeight
                    PathLine { x: 0; y: 0 }
                    PathLine { x: bar.barWidth; y: 0 }
                    PathLine { x: bar.barWidth; y: bar.barHeight }
                    PathLine { x: 0; y: bar.barHeight }
                }
            }
            Label {
                objectName: "count_" + bar.index
                // A count wider than its bar would run into its neighbours' (the chart's
                // accessible name still lists every value).
                visible: bar.value > 0 && implicitWidth <= bar.width
                width: bar.width
                y: bar.height - bar.barHeight - height
                horizontalAlignment: Text.AlignHCenter
                text: String(bar.value)
                color: Theme.text
                font.pixelSize: Theme.smallSize
            }
            Label {
                objectName: "label_" + bar.index
                visible: (chart.values.length - 1 - bar.index) % chart.labelStep === 0
                width: bar.width * chart.labelStep
                x: (bar.width - width) / 2
                y: bar.height + 2
                horizontalAlignment: Text.AlignHCenter
                text: chart.labels.length > bar.index ? chart.labels[bar.index] : ""
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
    }
}
