"""Write the door's verdict sounds (16-bit mono WAV, 22.05 kHz): run once.

    python resources/sounds/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent


def tone(freq: float, ms: int, volume: float = 0.45, square: bool = False) -> list[float]:
    n = RATE * ms // 1000
    fade = min(n // 4, RATE * 8 // 1000)  # 8 ms fades: no clicks
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:  # a buzz: odd harmonics
            s = sum(math.sin(2 * math.pi * freq * k * i / RATE) / k for k in (1, 3, 5, 7)) * 0.8
        env = min(1.0, i / fade if fade else 1, (n - i) / fade if fade else 1)
        out.append(s * volume * env)
    return out


def silence(ms: int) -> list[float]:
    return [0.0] * (RATE * ms // 1000)


SOUNDS = {
    "admit.wav": tone(1318.5, 90) + silence(15) + tone(1760, 130),  # E6 then A6: high, bright
    "warn.wav": tone(880, 120) + silence(40) + tone(880, 120),  # two equal mid beeps
    "deny.wav": tone(150, 420, 0.5, square=True),  # a low buzz
    "exit.wav": tone(1046.5, 90) + silence(15) + tone(784, 130),  # C6 then G5: going out
    # NOT RECORDED: an alarm, not a verdict: three high-low two-tone buzzes (~1 s),
    # unlike any of the four (deny is one low buzz).
    "notrecorded.wav": (tone(988, 140, square=True) + tone(494, 140, square=True)
                        + silence(40)) * 3,
}


def main(names: list[str] | None = None) -> None:
    for name, samples in SOUNDS.items():
        if names and name not in names:
            continue
        with wave.open(str(HERE / name), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(b"".join(struct.pack("<h", round(max(-1, min(1, s)) * 32767))
                                     for s in samples))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])  # names: only those files (the others stay byte for byte)
