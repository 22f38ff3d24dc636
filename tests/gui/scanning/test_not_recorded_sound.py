"""NOT RECORDED has its own sound (issue 21, part 1): a file that is there, and that a
door person cannot take for a verdict's (longer than any, and not one of them)."""

from __future__ import annotations

import wave

from passdesk.gui.scanning.sound import FILES, NOT_RECORDED
from passdesk.resources import resource_path


def frames(name: str) -> bytes:
    with wave.open(str(resource_path("sounds", name)), "rb") as f:
        return f.readframes(f.getnframes())


def test_the_not_recorded_sound_is_its_own_and_the_longest() -> None:
    alarm = frames(FILES[NOT_RECORDED])
    verdicts = {outcome: frames(name) for outcome, name in FILES.items()
                if outcome != NOT_RECORDED}
    assert len(verdicts) == 5  # HOLD sounds as CHECK does: "look twice"
    assert all(alarm != sound for sound in verdicts.values())
    # About a second of alarm: at least twice as long as the longest verdict (deny).
    assert len(alarm) >= 2 * max(len(sound) for sound in verdicts.values())
