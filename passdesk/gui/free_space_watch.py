"""Watches the free space of the local store's disk, off the UI thread.

Every minute (and at once) ``store.free_space.check`` runs on a worker of its
own (a slow network drive never holds up the UI or the store's worker), and
``changed`` says the warning in words ("" when there is room). The status bar
and the Door each show it. A PostgreSQL store is not watched.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from passdesk.gui.i18n import say
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.free_space import Space, check, store_file

log = logging.getLogger(__name__)

#: How often the disk is asked. Hundreds of MB take hours to fill at a door.
INTERVAL_MS = 60_000


class FreeSpaceWatch(QObject):
    #: The warning in words, "" once there is room again.
    changed = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._file = store_file(database)
        #: The warning now ("" when there is room or nothing is watched), and in short.
        self.words = self.short = ""
        #: The warning last logged, in English.
        self._english = ""
        self._asking = self._again = False
        self._tasks = TaskRunner(max_threads=1, parent=self)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check_now)
        if self._file is not None:
            self._timer.start()
            QTimer.singleShot(0, self.check_now)

    def check_now(self) -> None:
        if self._file is None:
            return
        if self._asking:  # one check at a time; this one is asked after it
            self._again = True
            return
        self._asking = True
        path = self._file
        self._tasks.run(lambda: check(path), owner=self, on_success=self._checked,
                        on_failure=self._not_checked)

    def _checked(self, space: Space) -> None:
        if space.words and space.words != self._english:
            log.warning("%s", space.words)  # in English, as every log line
        self._english = space.words
        self.short = say(space.short)
        self._say(say(space.words))
        self._next()

    def _not_checked(self, exc: Exception) -> None:
        log.warning("free space not read: %s", exc)
        self._next()

    def _next(self) -> None:
        self._asking = False
        if self._again:
            self._again = False
            self.check_now()

    def _say(self, words: str) -> None:
        if words != self.words:
            self.words = words
            self.changed.emit(words)
