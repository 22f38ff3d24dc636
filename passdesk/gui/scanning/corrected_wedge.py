"""The keyboard wedge the Door and the Till listen to, read through the scanner check's
correction (``settings.scanner``), and following every save of it: a check run
from either pane's settings corrects both at once."""

from __future__ import annotations

from PySide6.QtCore import QObject

from passdesk.gui.workers.settings_follower import SettingsFollower
from passdesk.scan.wedge import KeyboardWedge
from passdesk.settings import Settings, SettingsStore
from passdesk.settings.scanner import wedge_correction


def corrected_wedge(settings: SettingsStore, parent: QObject) -> KeyboardWedge:
    """A wedge using the saved correction now, and each one saved from now on."""
    wedge = KeyboardWedge(parent=parent)
    wedge.use(wedge_correction(settings.load().scanner))

    def follow(saved: Settings) -> None:
        wedge.use(wedge_correction(saved.scanner))

    SettingsFollower(settings, wedge).saved.connect(follow)
    return wedge
