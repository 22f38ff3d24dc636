"""m19: a Door whose sound cannot be heard says so on screen, once, not per scan;
the warning goes when an output appears or sound is switched off. And start-up
is quiet: known-harmless QtMultimedia messages are off unless a user asks."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from passdesk.gui.scanning import sound
from tests.gui.helpers import open_synced_door
from tests.gui.scanning.test_wedge import Typist


def test_no_sound_output_is_said_once_on_the_door(
        qtbot, sandbox, make_services, open_window, monkeypatch) -> None:
    monkeypatch.delenv("PASSDESK_MUTE", raising=False)
    outputs: list = []
    asked: list[int] = []
    watchers: list = []
    monkeypatch.setattr(sound, "audio_outputs", lambda: asked.append(1) or list(outputs))
    monkeypatch.setattr(sound, "watch_audio_outputs",
                        lambda parent, changed: watchers.append(changed) or QObject(parent))
    window, _, door = open_synced_door(qtbot, sandbox, make_services, open_window)
    line = door.findChild(QLabel, "soundProblem")
    assert not line.isVisible()
    typist = Typist()

    with qtbot.waitSignal(door.sounds.problem_changed):
        typist.scan("TKT-SOUND-0001", target=door.form.verdictFrame)
    assert line.isVisible()
    assert line.text().startswith("Sound is on, but this computer has no sound output")
    with qtbot.assertNotEmitted(door.sounds.problem_changed):
        for n in range(2, 5):
            typist.pause(1_000)
            typist.scan(f"TKT-SOUND-{n:04d}", target=door.form.verdictFrame)
    assert asked == [1]  # asked once, not at each scan
    assert door.last_result.value == "TKT-SOUND-0004"

    outputs.append("speakers")  # plugged in
    watchers[0]()
    assert not line.isVisible()

    outputs.clear()
    door.sounds._effects.clear()
    typist.pause(1_000)
    typist.scan("TKT-SOUND-0005", target=door.form.verdictFrame)
    assert line.isVisible()
    door.sounds.enabled = False  # switched off in the settings: nothing to warn about
    assert not line.isVisible()
    assert window.current_pane_key == "door"


SHOW_RULES = """
import sys
from PySide6.QtCore import QLoggingCategory
from PySide6.QtWidgets import QApplication
from passdesk import app
app.quiet_known_qt_noise()
qt = QApplication([])
print(QLoggingCategory("qt.multimedia.symbolsresolver").isWarningEnabled(),
      QLoggingCategory("qt.multimedia.ffmpeg").isInfoEnabled(),
      QLoggingCategory("qt.multimedia.other").isWarningEnabled())
"""


def run_rules(monkeypatch, rules: str | None) -> str:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    if rules is not None:
        env["QT_LOGGING_RULES"] = rules
    done = subprocess.run([sys.executable, "-c", SHOW_RULES], env=env, capture_output=True,
                          text=True, check=True)
    return done.stdout.strip()


def test_known_harmless_qt_messages_are_quiet_unless_asked_for(monkeypatch) -> None:
    assert run_rules(monkeypatch, None) == "False False True"
    asked = "qt.multimedia.symbolsresolver.warning=true;qt.multimedia.ffmpeg.info=true"
    assert run_rules(monkeypatch, asked) == "True True True"
