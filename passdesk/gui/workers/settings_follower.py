"""Each save of the settings, handed to the UI thread as a signal.

``SettingsStore`` tells its subscribers on the thread that saved, which may be a
worker. Widgets follow the settings through this instead: ``saved`` arrives on
the thread the follower lives in, with a copy of the settings just saved, so a
pane follows a change without reading the file again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from passdesk.settings import Settings, SettingsStore


class SettingsFollower(QObject):
    #: The ``Settings`` just saved (the follower's own copy).
    saved = Signal(object)

    def __init__(self, settings: SettingsStore, parent: QObject) -> None:
        super().__init__(parent)
        self._gone = False
        self._unsubscribe = unsubscribe = settings.subscribe(self._announced)
        self.destroyed.connect(lambda *_: unsubscribe())  # not self: it is gone by then

    def stop(self) -> None:
        """Pass on no more saves (the owner is closing)."""
        self._gone = True
        self._unsubscribe()

    def _announced(self, settings: Settings) -> None:
        # On the saving thread: only passed on; the queued signal crosses threads.
        if not self._gone:
            self.saved.emit(settings)
