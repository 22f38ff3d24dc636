"""A sound per verdict, so the door person need not look at the screen for a green.

``QSoundEffect`` objects are made on the first sound, not before: a muted
Door (tests, ``PASSDESK_MUTE=1``, or sound switched off) never touches the
audio system.

A computer with no sound output (or one that cannot play the sounds) is a
problem a person must see, not a line on the terminal per scan: the first sound
finds it, ``problem_changed`` says it once in words, and no sound is tried again
until an output appears (``sound_problem_line`` shows it on a pane).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QWidget

from passdesk.core.admission import Outcome
from passdesk.gui.i18n import translate
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.resources import resource_path

log = logging.getLogger(__name__)

MUTE_ENV = "PASSDESK_MUTE"
#: A scan the store refused: not a verdict, so not an ``Outcome``; its own alarm.
NOT_RECORDED = "notrecorded"
FILES = {Outcome.ADMIT: "admit.wav", Outcome.WARN: "warn.wav",
         Outcome.DENY: "deny.wav", Outcome.EXIT: "exit.wav",
         # A hold asks the door person to look: the "look twice" sound.
         Outcome.HOLD: "warn.wav", NOT_RECORDED: "notrecorded.wav"}

#: The problems' English (said through ``translate("door", …)`` when they arise).
NO_OUTPUT = QT_TRANSLATE_NOOP("door", "Sound is on, but this computer has no sound output: "
                              "verdicts are silent. Plug in speakers or headphones, or turn "
                              "sound off in the settings.")
CANNOT_PLAY = QT_TRANSLATE_NOOP("door", "Sound is on, but the verdict sounds cannot be played "
                                "on this computer's sound output: verdicts are silent.")


def muted_by_environment() -> bool:
    return os.environ.get(MUTE_ENV, "").strip() not in ("", "0")


def audio_outputs() -> list:
    """The computer's sound outputs (loads QtMultimedia; tests replace this)."""
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.audioOutputs())


def watch_audio_outputs(parent: QObject, changed) -> QObject:
    """Call ``changed()`` when outputs come or go (tests replace this)."""
    from PySide6.QtMultimedia import QMediaDevices

    devices = QMediaDevices(parent)
    devices.audioOutputsChanged.connect(changed)
    return devices


class VerdictSounds(QObject):
    #: The sound problem in words, "" once sound works again or is switched off.
    problem_changed = Signal(str)

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._effects: dict[str, object] = {}
        #: What is wrong with sound, in words ("" when nothing is known to be).
        self.problem = ""
        self._devices: QObject | None = None

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        self._enabled = on
        if not on:
            self._set_problem("")  # no sound wanted: nothing to warn about

    @property
    def audible(self) -> bool:
        return self.enabled and not muted_by_environment()

    def play(self, outcome: Outcome | str) -> None:
        """The sound of ``outcome`` (an ``Outcome`` or ``NOT_RECORDED``)."""
        if not self.audible or self.problem:
            return  # a known problem is said once, not failed again at every scan
        effect = self._effects.get(outcome)
        if effect is None:
            try:
                outputs = audio_outputs()
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # a build of Qt without multimedia: stay silent
                log.warning("no QtMultimedia: verdict sounds are off")
                self._enabled = False
                return
            if self._devices is None:  # an output plugged in later is noticed
                self._devices = watch_audio_outputs(self, self._outputs_changed)
            if not outputs:
                self._set_problem(translate("door", NO_OUTPUT))
                return
            effect = QSoundEffect(self)
            effect.statusChanged.connect(lambda e=effect: self._status_changed(e))
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", FILES[outcome]))))
            effect.setVolume(0.8)
            self._effects[outcome] = effect
        effect.play()

    def _status_changed(self, effect) -> None:
        if effect.status() == effect.Status.Error:
            self._set_problem(translate("door", CANNOT_PLAY))

    def _outputs_changed(self) -> None:
        if audio_outputs():
            self._effects.clear()  # made for the old output: made again at the next sound
            self._set_problem("")

    def _set_problem(self, words: str) -> None:
        if words != self.problem:
            self.problem = words
            if words:
                log.warning("verdict sounds: %s", words)
            self.problem_changed.emit(words)


def sound_problem_line(sounds: VerdictSounds, parent: QWidget | None = None) -> QLabel:
    """A warning line that shows ``sounds``' problem while there is one."""
    line = QLabel(parent, objectName="soundProblem", wordWrap=True)
    line.setTextFormat(Qt.TextFormat.PlainText)
    line.setAccessibleName(translate("door", "Sound problem"))

    def show(words: str) -> None:
        set_tone(line, Tone.WARNING if words else Tone.NONE, words)
        line.setVisible(bool(words))

    sounds.problem_changed.connect(show)
    show(sounds.problem)
    return line
