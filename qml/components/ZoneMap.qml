pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Rollwise.Ui

// A drawn map of one area (the face seen as in a mirror, the body from the front, the scalp from
// above), each zone a shape that shows its state by fill, outline and a mark, so colour is never
// the only signal. The eye area is always crossed out. During a session the current zone is
// outlined boldly and the direction of the pass is drawn on it as a double arrow.
//
// Words come from outside: each entry of `zones` brings its own label and description.
Item {
    id: map

    // "face", "body" or "scalp".
    property string area: "face"
    // What each zone shows: [{ key: "left-cheek", state: "ready", label: "Left cheek",
    // description: "Left cheek: healing, ready on Thursday" }]. States: ready, opens, healing,
    // blocked, never, planned, done, skipped, none. Zones not listed are drawn as "none".
    property var zones: []
    // The zone being needled now (a key), and the direction of its pass: horizontal, vertical,
    // diagonal-up, diagonal-down (empty: none drawn).
    property string currentZone: ""
    property string direction: ""
    // Small labels next to the zones (desktop, large maps).
    property bool showLabels: false

    // A tap (or Enter on a focused zone) on the zone `key`.
    signal zoneActivated(string key)

    // The shapes of each zone in a 200 x 260 box, as SVG paths; `mark` is where its state mark
    // and label go. A zone may have several shapes (both cheeks of the jawline).
    readonly property var outlines: ({
        face: {
            silhouette: "M100 8 C150 8 172 48 172 100 C172 150 160 190 132 212 C120 222 110 226 100 226 C90 226 80 222 68 212 C40 190 28 150 28 100 C28 48 50 8 100 8 Z M72 222 L72 258 L128 258 L128 222",
            shapes: [
                { key: "forehead", paths: ["M52 40 C68 20 132 20 148 40 L152 74 L48 74 Z"], mark: [100, 52] },
                { key: "eye-area", paths: ["M52 92 C60 80 84 80 92 92 C84 104 60 104 52 92 Z", "M108 92 C116 80 140 80 148 92 C140 104 116 104 108 92 Z"], mark: [72, 92], crossed: true },
                { key: "nose", paths: ["M94 80 L106 80 L114 142 C108 148 92 148 86 142 Z"], mark: [100, 120] },
                { key: "left-cheek", paths: ["M38 106 L84 108 L84 150 L70 168 L44 160 C38 142 36 124 38 106 Z"], mark: [60, 134] },
                { key: "right-cheek", paths: ["M162 106 L116 108 L116 150 L130 168 L156 160 C162 142 164 124 162 106 Z"], mark: [140, 134] },
                { key: "upper-lip", paths: ["M84 152 C92 148 108 148 116 152 L118 166 L82 166 Z"], mark: [100, 158] },
                { key: "chin", paths: ["M80 182 L120 182 L120 206 C112 216 88 216 80 206 Z"], mark: [100, 196] },
                { key: "jawline", paths: ["M46 166 L70 174 L76 204 L64 206 C56 194 50 182 46 166 Z", "M154 166 L130 174 L124 204 L136 206 C144 194 150 182 154 166 Z"], mark: [60, 186] },
                { key: "neck", paths: ["M76 228 L124 228 L124 256 L76 256 Z"], mark: [100, 242] }
            ]
        },
        body: {
            silhouette: "M100 4 C112 4 118 14 118 24 C118 34 112 42 100 42 C88 42 82 34 82 24 C82 14 88 4 100 4 Z M70 48 L130 48 L150 60 L162 140 L148 142 L136 80 L134 150 L142 258 L108 258 L100 170 L92 258 L58 258 L66 150 L64 80 L52 142 L38 140 L50 60 Z",
            shapes: [
                { key: "upper-arms", paths: ["M52 62 L66 56 L64 104 L46 102 Z", "M148 62 L134 56 L136 104 L154 102 Z"], mark: [56, 80] },
                { key: "abdomen", paths: ["M70 96 L130 96 L132 140 L68 140 Z"], mark: [100, 118] },
                { key: "hips", paths: ["M66 144 L84 144 L84 170 L64 172 Z", "M134 144 L116 144 L116 170 L136 172 Z"], mark: [74, 158] },
                { key: "thighs", paths: ["M64 178 L96 178 L94 226 L62 226 Z", "M136 178 L104 178 L106 226 L138 226 Z"], mark: [79, 202] }
            ]
        },
        scalp: {
            silhouette: "M100 10 C150 10 176 56 176 120 C176 190 146 246 100 246 C54 246 24 190 24 120 C24 56 50 10 100 10 Z M92 10 L100 0 L108 10",
            shapes: [
                { key: "scalp-hairline", paths: ["M56 40 C78 18 122 18 144 40 L134 66 C116 52 84 52 66 66 Z"], mark: [100, 42] },
                { key: "scalp-crown", paths: ["M100 96 C132 96 142 130 142 156 C142 190 124 206 100 206 C76 206 58 190 58 156 C58 130 68 96 100 96 Z"], mark: [100, 152] },
                { key: "scalp-sides", paths: ["M50 50 L62 74 C50 110 50 160 62 200 L46 214 C28 170 28 96 50 50 Z", "M150 50 L138 74 C150 110 150 160 138 200 L154 214 C172 170 172 96 150 50 Z"], mark: [46, 132] }
            ]
        }
    })

    readonly property var layout: map.outlines[map.area] !== undefined ? map.outlines[map.area]
                                                                        : map.outlines.face
    readonly property real unit: Math.min(map.width / 200, map.height / 260)
    // The shapes are drawn in the 200 x 260 box and scaled as items (ShapePath.scale is newer
    // than Qt 6.4), so strokes are divided by the scale to keep their width on screen.
    readonly property real strokeScale: Math.max(map.unit, 0.01)
    readonly property real originX: (map.width - 200 * map.unit) / 2
    readonly property real originY: (map.height - 260 * map.unit) / 2

    function entry(key: string): var {
        for (let i = 0; i < map.zones.length; ++i) {
            if (map.zones[i].key === key)
                return map.zones[i]
        }
        return { key: key, state: key === "eye-area" ? "never" : "none", label: "", description: "" }
    }
    function fillFor(state: string, current: bool): color {
        if (current)
            return Theme.accent
        switch (state) {
        case "ready": case "planned": return Theme.accentSoft
        case "done": return Qt.tint(Theme.accentSoft, Qt.rgba(0.18, 0.49, 0.45, 0.35))
        case "opens": case "healing": return Theme.cautionSoft
        case "blocked": case "never": return Theme.excludedSoft
        default: return Theme.surface
        }
    }
    function strokeFor(state: string): color {
        switch (state) {
        case "ready": case "planned": case "done": return Theme.accent
        case "opens": case "healing": return Theme.caution
        case "blocked": case "never": return Theme.excluded
        default: return Theme.border
        }
    }
    // The mark drawn on a zone: a shape, not only a colour.
    function markFor(state: string): string {
        switch (state) {
        case "ready": return "●"
        case "planned": return "○"
        case "done": return "✓"
        case "opens": return "◷"
        case "healing": return "◐"
        case "blocked": return "⊘"
        case "skipped": return "–"
        default: return ""
        }
    }

    implicitWidth: 240
    implicitHeight: 312
    Accessible.role: Accessible.Graphic
    Accessible.name: map.layout === map.outlines.face ? qsTr("Map of the face")
                     : map.area === "body" ? qsTr("Map of the body") : qsTr("Map of the scalp")

    Item {
        id: canvas
        x: map.originX
        y: map.originY
        width: 200 * map.unit
        height: 260 * map.unit

        Shape {
            width: 200; height: 260; transform: Scale { xScale: map.unit; yScale: map.unit }
            ShapePath {
                strokeColor: Theme.mutedText
                strokeWidth: 1.5 / map.strokeScale
                fillColor: "transparent"
                PathSvg { path: map.layout.silhouette }
            }
        }

        Repeater {
            model: map.layout.shapes

            delegate: Item {
                id: zone

                required property var modelData
                readonly property var info: map.entry(zone.modelData.key)
                readonly property bool current: map.currentZone === zone.modelData.key
                readonly property bool crossed: zone.modelData.crossed === true
                readonly property color fill: map.fillFor(zone.info.state, zone.current)
                readonly property string mark: zone.current ? "" : map.markFor(zone.info.state)

                objectName: "zone-" + zone.modelData.key
                anchors.fill: parent
                activeFocusOnTab: zone.info.state !== "none"
                Accessible.role: Accessible.Button
                Accessible.name: zone.info.description.length > 0 ? zone.info.description
                                                                 : zone.info.label
                Accessible.onPressAction: map.zoneActivated(zone.modelData.key)
                Keys.onReturnPressed: map.zoneActivated(zone.modelData.key)
                Keys.onEnterPressed: map.zoneActivated(zone.modelData.key)

                Repeater {
                    model: zone.modelData.paths

                    delegate: Shape {
                        id: piece

                        required property string modelData

                        width: 200; height: 260; transform: Scale { xScale: map.unit; yScale: map.unit }
                        containsMode: Shape.FillContains
                        ShapePath {
                            strokeColor: zone.current ? Theme.text : map.strokeFor(zone.info.state)
                            strokeWidth: (zone.current || zone.activeFocus ? 3 : 1.5) / map.strokeScale
                            strokeStyle: zone.info.state === "opens" || zone.info.state === "planned"
                                         ? ShapePath.DashLine : ShapePath.SolidLine
                            dashPattern: [3, 2]
                            fillColor: zone.fill
                            PathSvg { path: piece.modelData }
                        }
                        // The eye area: crossed out, never needled.
                        ShapePath {
                            strokeColor: zone.crossed ? Theme.excluded : "transparent"
                            strokeWidth: 1.5 / map.strokeScale
                            fillColor: "transparent"
                            PathSvg {
                                path: zone.crossed ? "M56 84 L88 100 M56 100 L88 84 M112 84 L144 100 M112 100 L144 84" : "M0 0"
                            }
                        }
                        TapHandler {
                            onTapped: map.zoneActivated(zone.modelData.key)
                        }
                    }
                }

                Text {
                    visible: zone.mark.length > 0
                    text: zone.mark
                    color: map.strokeFor(zone.info.state)
                    font.pixelSize: Math.max(12, 11 * map.unit)
                    font.bold: true
                    x: zone.modelData.mark[0] * map.unit - width / 2
                    y: zone.modelData.mark[1] * map.unit - height / 2
                }

                Text {
                    visible: map.showLabels && zone.info.label.length > 0 && !zone.current
                    text: zone.info.label
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    x: zone.modelData.mark[0] * map.unit - width / 2
                    y: zone.modelData.mark[1] * map.unit + Math.max(8, 7 * map.unit)
                }

                // The direction of the current pass: a double arrow over the zone.
                Shape {
                    objectName: "directionArrow"
                    visible: zone.current && map.direction.length > 0
                    width: 44
                    height: 12
                    x: zone.modelData.mark[0] * map.unit - width / 2
                    y: zone.modelData.mark[1] * map.unit - height / 2
                    rotation: map.direction === "vertical" ? 90
                              : map.direction === "diagonal-up" ? -45
                              : map.direction === "diagonal-down" ? 45 : 0
                    scale: map.unit
                    ShapePath {
                        strokeColor: Theme.textOnAccent
                        strokeWidth: 2.5 / map.strokeScale
                        fillColor: "transparent"
                        capStyle: ShapePath.RoundCap
                        joinStyle: ShapePath.RoundJoin
                        PathSvg { path: "M2 6 L42 6 M8 1 L2 6 L8 11 M36 1 L42 6 L36 11" }
                    }
                }
            }
        }
    }
}
