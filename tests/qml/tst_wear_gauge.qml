import QtQuick
import QtTest
import Rollwise.Ui

// The wear gauge: each measure's bar fills in proportion to its share of the retire limit (and
// stops at the limit), the warning mark sits at the warn share, and the worst measure decides the
// level, its colour and what a screen reader hears.
TestCase {
    id: test
    name: "WearGauge"
    when: windowShown
    visible: true
    width: 400
    height: 400

    Component {
        id: gaugeComponent
        WearGauge {
            width: 400
        }
    }

    function init() {
        failOnWarning(/.?/)
    }

    function measure(label, percent) {
        return { label: label, detail: percent + " %", percent: percent }
    }

    function gaugeWith(measures, extra) {
        const properties = { measures: measures }
        for (const key in extra)
            properties[key] = extra[key]
        const gauge = createTemporaryObject(gaugeComponent, test, properties)
        verify(gauge !== null)
        waitForRendering(gauge)
        return gauge
    }

    function row(gauge, index) {
        const item = findChild(gauge, "wearMeasure" + index)
        verify(item !== null, "measure " + index + " is drawn")
        return item
    }
    function fill(gauge, index) {
        return findChild(row(gauge, index), "wearFill")
    }
    function track(gauge, index) {
        return findChild(row(gauge, index), "wearTrack")
    }

    function test_fillIsTheShareOfTheLimit_data() {
        return [
            { tag: "new", percent: 0, share: 0, level: 0 },
            { tag: "half", percent: 50, share: 0.5, level: 0 },
            { tag: "at the warning", percent: 80, share: 0.8, level: 1 },
            { tag: "at the limit", percent: 100, share: 1, level: 2 },
            { tag: "over the limit", percent: 170, share: 1, level: 2 },
            { tag: "below zero", percent: -20, share: 0, level: 0 }
        ]
    }
    function test_fillIsTheShareOfTheLimit(data) {
        const gauge = gaugeWith([measure("Sessions", data.percent)])
        const width = track(gauge, 0).width
        verify(width > 300, "the track fills the gauge's width")
        fuzzyCompare(fill(gauge, 0).width, width * data.share, 0.5)
        compare(gauge.level, data.level)
    }

    function test_everyMeasureHasItsOwnBar() {
        const gauge = gaugeWith([measure("Sessions", 10), measure("Passes", 40),
                                 measure("High pressure", 90), measure("Age", 0)])
        const width = track(gauge, 0).width
        fuzzyCompare(fill(gauge, 0).width, width * 0.1, 0.5)
        fuzzyCompare(fill(gauge, 1).width, width * 0.4, 0.5)
        fuzzyCompare(fill(gauge, 2).width, width * 0.9, 0.5)
        compare(fill(gauge, 3).width, 0)
        // Stacked, not drawn over each other.
        verify(row(gauge, 1).y >= row(gauge, 0).y + row(gauge, 0).height)
        // The worst measure decides, whichever it is.
        compare(gauge.worstPercent, 90)
        compare(gauge.level, 1)
        // A bar past the warning is coloured as the warning, one below it is not.
        verify(!Qt.colorEqual(fill(gauge, 2).color, fill(gauge, 1).color))
        compare(findChild(gauge, "wearMeasure4"), null)
    }

    function test_warningMarkSitsAtTheWarnShare_data() {
        return [
            { tag: "default", warn: 80 },
            { tag: "stricter", warn: 60 }
        ]
    }
    function test_warningMarkSitsAtTheWarnShare(data) {
        const gauge = gaugeWith([measure("Sessions", 30)], { warnPercent: data.warn })
        const mark = findChild(row(gauge, 0), "warnMark")
        verify(mark !== null)
        const centre = mark.x + mark.width / 2
        fuzzyCompare(centre, track(gauge, 0).width * data.warn / 100, 0.5)
        // 70 % is fine under the default warning and a warning under the stricter one.
        gauge.measures = [measure("Sessions", 70)]
        compare(gauge.level, data.warn <= 70 ? 1 : 0)
    }

    function test_levelShowsInColourAndWords() {
        const gauge = gaugeWith([measure("Sessions", 10)])
        const label = findChild(gauge, "wearLevel")
        const seen = []
        for (const percent of [10, 85, 120]) {
            gauge.measures = [measure("Sessions", percent)]
            waitForRendering(gauge)
            // A copy: a colour read from a property is a live reference.
            seen.push({ colour: label.color.toString(), text: label.text, name: gauge.Accessible.name })
            // What is said and what a screen reader hears are the same.
            compare(gauge.Accessible.name, label.text)
        }
        verify(Qt.colorEqual(seen[0].colour, Theme.accent))
        verify(Qt.colorEqual(seen[1].colour, Theme.caution))
        verify(Qt.colorEqual(seen[2].colour, Theme.excluded))
        // Three levels, three different sentences (colour is never the only signal).
        verify(seen[0].text !== seen[1].text && seen[1].text !== seen[2].text
               && seen[0].text !== seen[2].text)
    }

    function test_noMeasuresIsFine() {
        const gauge = gaugeWith([])
        compare(gauge.level, 0)
        compare(findChild(gauge, "wearMeasure0"), null)
        verify(findChild(gauge, "wearLevel").visible)
    }

    function test_measureNamesItsLabelAndDetail() {
        const gauge = gaugeWith([{ label: "Passes", detail: "450 of 600", percent: 75 }])
        const name = row(gauge, 0).Accessible.name
        verify(name.indexOf("Passes") >= 0 && name.indexOf("450 of 600") >= 0, name)
    }
}
