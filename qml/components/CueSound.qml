pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// The guided session's cues as sounds (qml/sounds, made by scripts/make-cue-sounds.py). Plays
// `cue` each time `serial` changes. Without an audio output no sound is created, so nothing
// warns; the page flashes every cue anyway.
Item {
    id: sound

    // "zone", "pass", "direction", "done", "pressure", "stop" or "" (silent).
    property string cue: ""
    property int serial: 0
    // Sound turned off by the user: no sound is made (the page still flashes).
    property bool on: true
    readonly property bool available: devices.audioOutputs.length > 0

    MediaDevices {
        id: devices
    }

    Repeater {
        model: sound.on && sound.available ? ["zone", "pass", "direction", "done", "pressure", "stop"]
                                           : []
        delegate: Item {
            id: holder
            required property string modelData
            // Changes on every cue of this sound, even the same one twice in a row.
            readonly property int trigger: sound.cue === holder.modelData ? sound.serial : -1
            onTriggerChanged: {
                if (holder.trigger >= 0)
                    effect.play()
            }
            SoundEffect {
                id: effect
                source: Qt.resolvedUrl("../sounds/" + holder.modelData + ".wav")
                volume: 0.8
            }
        }
    }
}
