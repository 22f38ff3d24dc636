"""A sound per verdict, so the door person need not look at the screen for a green.

``QSoundEffect`` objects are made on the first sound, not before: a muted
station (tests, ``PASSDESK_MUTE=1``, or sound switched off) never touches the
audio system.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QUrl

from passdesk.core.admission import Outcome
from passdesk.resources import resource_path

log = logging.getLogger(__name__)

MUTE_ENV = "PASSDESK_MUTE"
FILES = {Outcome.ADMIT: "admit.wav", Outcome.WARN: "warn.wav",
         Outcome.DENY: "deny.wav", Outcome.EXIT: "exit.wav"}


def muted_by_environment() -> bool:
    return os.environ.get(MUTE_ENV, "").strip() not in ("", "0")


class VerdictSounds(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict[Outcome, object] = {}

    @property
    def audible(self) -> bool:
        return self.enabled and not muted_by_environment()

    def play(self, outcome: Outcome) -> None:
        if not self.audible:
            return
        effect = self._effects.get(outcome)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # a build of Qt without multimedia: stay silent
                log.warning("no QtMultimedia: verdict sounds are off")
                self.enabled = False
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", FILES[outcome]))))
            effect.setVolume(0.8)
            self._effects[outcome] = effect
        effect.play()
