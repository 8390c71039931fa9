import QtQuick
import QtTest
import Rollwise.Ui

// The bar chart: one bar per value, heights in proportion to the values, bars side by side
// inside the chart, nothing drawn for zero (and nothing broken by an empty or all-zero series),
// a small value next to a huge one still visible, and labels that fit without overlapping.
TestCase {
    id: test
    name: "BarChart"
    when: windowShown
    visible: true
    width: 400
    height: 200

    Component {
        id: chartComponent
        BarChart {
            width: 400
            height: 180
            title: "Sessions per week"
        }
    }

    function init() {
        failOnWarning(/.?/)
    }

    function chartWith(values, labels) {
        const chart = createTemporaryObject(chartComponent, test,
                                            { values: values, labels: labels === undefined ? [] : labels })
        verify(chart !== null)
        waitForRendering(chart)
        return chart
    }
    function bar(chart, index) {
        const item = findChild(chart, "bar_" + index)
        verify(item !== null, "bar " + index + " exists")
        return item
    }
    // Where a bar is drawn, in the chart's coordinates.
    function rect(chart, item) {
        const at = item.mapToItem(chart, 0, 0)
        return { left: at.x, right: at.x + item.width, top: at.y, bottom: at.y + item.height }
    }

    function test_noBars() {
        const chart = chartWith([])
        compare(findChild(chart, "bar_0"), null)
        verify(chart.plotHeight > 0)
    }

    function test_oneBarFillsThePlot() {
        const chart = chartWith([3], ["1 Dec"])
        const only = bar(chart, 0)
        verify(only.visible)
        fuzzyCompare(only.height, chart.plotHeight, 0.5)
        // Centred in the chart.
        const r = rect(chart, only)
        fuzzyCompare((r.left + r.right) / 2, chart.width / 2, 0.5)
        verify(findChild(chart, "label_0").visible)
        verify(findChild(chart, "count_0").visible)
    }

    function test_heightsAreProportional() {
        const chart = chartWith([2, 4, 8, 0, 6])
        const full = chart.plotHeight
        fuzzyCompare(bar(chart, 2).height, full, 0.5)
        fuzzyCompare(bar(chart, 0).height, full / 4, 0.5)
        fuzzyCompare(bar(chart, 1).height, full / 2, 0.5)
        fuzzyCompare(bar(chart, 4).height, full * 3 / 4, 0.5)
        // Zero draws nothing, and says no count.
        verify(!bar(chart, 3).visible)
        verify(!findChild(chart, "count_3").visible)
        // All stand on the same baseline.
        const base = rect(chart, bar(chart, 2)).bottom
        for (const i of [0, 1, 4])
            fuzzyCompare(rect(chart, bar(chart, i)).bottom, base, 0.5)
        // Fractions are not rounded up to a whole: 0.5 of 0.5 is a full bar.
        chart.values = [0.5, 0.25]
        waitForRendering(chart)
        fuzzyCompare(bar(chart, 0).height, full, 0.5)
        fuzzyCompare(bar(chart, 1).height, full / 2, 0.5)
    }

    function test_allZeroDrawsNoBar() {
        const chart = chartWith([0, 0, 0, 0], ["a", "b", "c", "d"])
        for (let i = 0; i < 4; ++i) {
            verify(!bar(chart, i).visible)
            compare(bar(chart, i).height, 0)
        }
    }

    function test_aSmallValueNextToAHugeOneStillShows() {
        const chart = chartWith([1, 2, 1000, 1])
        fuzzyCompare(bar(chart, 2).height, chart.plotHeight, 0.5)
        for (const i of [0, 1, 3]) {
            verify(bar(chart, i).visible)
            verify(bar(chart, i).height >= 2, "bar " + i + " is at least a sliver")
            verify(bar(chart, i).height < bar(chart, 2).height / 10)
        }
        // The huge bar's count stays inside the chart, above the bar.
        const count = findChild(chart, "count_2")
        verify(count.visible)
        verify(rect(chart, count).top >= rect(chart, findChild(chart, "bar_2")).top - count.height - 0.5)
        verify(rect(chart, count).top >= 0)
    }

    function test_fiftyTwoBarsSideBySide() {
        const values = []
        const labels = []
        for (let i = 0; i < 52; ++i) {
            values.push(i % 7)
            labels.push((i % 28 + 1) + " Nov")
        }
        const chart = chartWith(values, labels)
        let previousRight = -1
        for (let i = 0; i < 52; ++i) {
            const r = rect(chart, bar(chart, i))
            verify(r.left >= previousRight - 0.01, "bar " + i + " does not overlap the one before")
            verify(r.left >= -0.01 && r.right <= chart.width + 0.01, "bar " + i + " is inside")
            if (values[i] > 0)
                fuzzyCompare(r.bottom - r.top, chart.plotHeight * values[i] / 6, 0.5)
            previousRight = r.right
        }
        // The labels that show are whole and do not overlap; the newest week is always named.
        verify(findChild(chart, "label_51").visible)
        let shown = 0
        let lastRight = -Infinity
        for (let i = 0; i < 52; ++i) {
            const label = findChild(chart, "label_" + i)
            if (!label.visible)
                continue
            ++shown
            verify(!label.truncated, "label " + i + " is not cut")
            const centre = rect(chart, label).left + label.width / 2
            const left = centre - label.contentWidth / 2
            verify(left >= lastRight, "label " + i + " does not overlap the one before")
            lastRight = centre + label.contentWidth / 2
        }
        verify(shown >= 3 && shown < 52, shown + " labels")
        // Counts too wide for their bar are left out rather than drawn over the neighbours.
        for (let i = 0; i < 52; ++i) {
            const count = findChild(chart, "count_" + i)
            if (count.visible)
                verify(count.implicitWidth <= count.width)
        }
    }

    function test_accessibleNameListsTheValues() {
        const chart = chartWith([1, 0, 5])
        const before = chart.Accessible.name
        chart.values = [1, 0, 6]
        verify(chart.Accessible.name !== before)
        verify(chart.Accessible.name.indexOf(chart.title) === 0)
    }
}
