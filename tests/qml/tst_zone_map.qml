import QtQuick
import QtTest
import Rollwise.Ui

// The zone map: every zone of an area is drawn, its state shows as a mark (not colour alone),
// the eye area is always crossed out, the current zone carries the pass direction, and a tap
// names the zone it landed on.
TestCase {
    id: test
    name: "ZoneMap"
    when: windowShown
    visible: true
    width: 400
    height: 520

    Component {
        id: mapComponent
        ZoneMap {
            width: 400
            height: 520
        }
    }

    SignalSpy {
        id: activated
        signalName: "zoneActivated"
    }

    // Any warning (a binding that fails, a missing property) fails the test.
    function init() {
        failOnWarning(/.?/)
    }

    function zone(map, key) {
        const item = findChild(map, "zone-" + key)
        verify(item !== null, "zone " + key + " is drawn")
        return item
    }

    function test_everyZoneOfEachArea_data() {
        return [
            { tag: "face", area: "face", keys: ["forehead", "eye-area", "nose", "left-cheek", "right-cheek",
                                               "upper-lip", "chin", "jawline", "neck"] },
            { tag: "body", area: "body", keys: ["abdomen", "hips", "thighs", "upper-arms"] },
            { tag: "scalp", area: "scalp", keys: ["scalp-hairline", "scalp-crown", "scalp-sides"] }
        ]
    }
    function test_everyZoneOfEachArea(data) {
        const map = createTemporaryObject(mapComponent, test, { area: data.area })
        for (const key of data.keys)
            zone(map, key)
        // Nothing of another area is drawn.
        compare(findChild(map, data.area === "face" ? "zone-abdomen" : "zone-forehead"), null)
    }

    function test_statesShowAMarkAndAFill() {
        const map = createTemporaryObject(mapComponent, test, {
            zones: [
                { key: "forehead", state: "ready", label: "Forehead", description: "" },
                { key: "left-cheek", state: "healing", label: "Left cheek", description: "" },
                { key: "chin", state: "blocked", label: "Chin", description: "" },
                { key: "nose", state: "opens", label: "Nose", description: "" },
                { key: "neck", state: "done", label: "Neck", description: "" }
            ]
        })
        const marks = { forehead: "●", "left-cheek": "◐", chin: "⊘", nose: "◷", neck: "✓", "upper-lip": "" }
        for (const key in marks)
            compare(zone(map, key).mark, marks[key], key)
        // Ready and blocked never look alike.
        verify(!Qt.colorEqual(zone(map, "forehead").fill, zone(map, "chin").fill))
        // A zone nobody described is drawn as nothing in particular.
        compare(zone(map, "upper-lip").fill, zone(map, "jawline").fill)
    }

    function test_eyeAreaIsAlwaysCrossedOut() {
        const map = createTemporaryObject(mapComponent, test, {
            zones: [{ key: "eye-area", state: "ready", label: "Eye area", description: "" }]
        })
        verify(zone(map, "eye-area").crossed)
        verify(!zone(map, "forehead").crossed)
        // Even when nobody lists it, the eye area reads as never.
        const plain = createTemporaryObject(mapComponent, test)
        verify(!Qt.colorEqual(zone(plain, "eye-area").fill, zone(plain, "forehead").fill))
    }

    function test_currentZoneCarriesTheDirection_data() {
        return [
            { tag: "side to side", direction: "horizontal", rotation: 0 },
            { tag: "up and down", direction: "vertical", rotation: 90 },
            { tag: "diagonal up", direction: "diagonal-up", rotation: -45 },
            { tag: "diagonal down", direction: "diagonal-down", rotation: 45 }
        ]
    }
    function test_currentZoneCarriesTheDirection(data) {
        const map = createTemporaryObject(mapComponent, test, {
            currentZone: "right-cheek", direction: data.direction
        })
        const arrow = findChild(zone(map, "right-cheek"), "directionArrow")
        verify(arrow.visible)
        compare(arrow.rotation, data.rotation)
        verify(!findChild(zone(map, "forehead"), "directionArrow").visible)
        // The current zone stands out from every other.
        verify(!Qt.colorEqual(zone(map, "right-cheek").fill, zone(map, "left-cheek").fill))
    }

    function test_tapNamesTheZone() {
        const map = createTemporaryObject(mapComponent, test, {
            zones: [{ key: "nose", state: "ready", label: "Nose", description: "" }]
        })
        activated.target = map
        activated.clear()
        // The middle of the nose in the map's 200 x 260 box.
        mouseClick(map, map.originX + 100 * map.unit, map.originY + 120 * map.unit)
        compare(activated.count, 1)
        compare(activated.signalArguments[0][0], "nose")
        // Outside every zone: nothing.
        mouseClick(map, 2, 2)
        compare(activated.count, 1)
    }
}
