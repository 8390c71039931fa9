#!/usr/bin/env python3
"""Writes the guided session's cue sounds (qml/sounds/*.wav): short sine tones with soft edges,
made here so nothing is downloaded. Run again after changing a tone; the files are committed."""
import math
import pathlib
import struct
import wave

RATE = 22050
# name: [(frequency Hz, milliseconds)] played one after another
CUES = {
    "zone": [(660, 110), (880, 140)],             # a new zone: rising pair
    "pass": [(988, 70)],                          # every pass: one short tick
    "direction": [(880, 90), (660, 110)],         # a new direction: falling pair
    "done": [(660, 90), (880, 90), (1175, 140)],  # zone done: rising three
    "pressure": [(330, 120), (0, 60), (330, 120)],  # too much pressure: low double
    "stop": [(262, 420)],                         # stop: one long low tone
}


def samples(frequency, ms):
    n = RATE * ms // 1000
    fade = max(1, RATE // 200)  # 5 ms edges, so no click
    for i in range(n):
        envelope = min(1.0, i / fade, (n - i) / fade)
        value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
        yield int(32767 * 0.45 * envelope * value)


def main():
    out = pathlib.Path(__file__).resolve().parent.parent / "qml" / "sounds"
    out.mkdir(exist_ok=True)
    for name, tones in CUES.items():
        frames = bytearray()
        for frequency, ms in tones:
            for value in samples(frequency, ms):
                frames += struct.pack("<h", value)
        with wave.open(str(out / f"{name}.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(bytes(frames))


if __name__ == "__main__":
    main()
