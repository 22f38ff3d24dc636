"""Reading a pane's figures again as the store changes, without flooding the store.

``LiveReads`` runs one read at a time on the store's worker and hands its answer
(or its error) to the pane on the UI thread:

- ``changed()`` (a store notice): a read is owed. While the pane is hidden it is
  only noted, and made when the pane shows again. While shown, notices within
  ``FOLD_MS`` of each other make one read; a read already running gets one more
  after it (``OneReadAtATime``), which reads the store as it is then: the latest
  wins, and a burst of a thousand scans costs two or three reads.
- ``restart()`` (the question changed: another event): reads now; the answer of
  a read begun before it is dropped, never shown over the new one.
- a tick every ``TICK_MS`` while shown reads again with no notice at all, so
  what depends on the clock (the rate now, how long a door has been quiet) moves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.tasks import TaskRunner

#: Notices this close together make one read.
FOLD_MS = 150
#: A sync's pages of passes (tickets, no-shows) are folded over this long.
PASSES_FOLD_MS = 2_000
#: With no notice, the figures are read again this often while shown.
TICK_MS = 15_000


class LiveReads(QObject):
    def __init__(self, owner: QWidget, store_tasks: TaskRunner,
                 job: Callable[[], Callable[[], Any]], *,
                 on_read: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 fold_ms: int = FOLD_MS, tick_ms: int = TICK_MS) -> None:
        super().__init__(owner)
        self._owner = owner
        self._tasks = store_tasks
        #: Called on the UI thread: what to run on the worker (the pane's choices captured).
        self._job = job
        self._on_read = on_read
        self._on_failed = on_failed
        self._reads = OneReadAtATime(self.read)
        #: Bumped by ``restart()``: an answer of an older generation is dropped.
        self._generation = 0
        #: Something changed while the owner was hidden (or nothing was read yet).
        self.owed = True
        #: Reads started, for tests and the benchmark.
        self.started = 0
        self._fold_ms = fold_ms
        self._fold = QTimer(self, singleShot=True, interval=fold_ms)
        self._fold.timeout.connect(self.read)
        self.ticker = QTimer(self, interval=tick_ms)
        self.ticker.timeout.connect(self.read)
        owner.installEventFilter(self)

    @property
    def reading(self) -> bool:
        return self._reads.reading

    def changed(self, *, within_ms: int | None = None) -> None:
        """The store changed in a way the figures show: read within ``FOLD_MS`` (or
        ``within_ms``, for changes that may wait: a sync's pages of passes)."""
        self.owed = True
        if not self._owner.isVisible():
            return
        wait = self._fold_ms if within_ms is None else within_ms
        if not self._fold.isActive() or self._fold.remainingTime() > wait:
            self._fold.start(wait)

    def read(self) -> None:
        """Read now, or right after the read that runs."""
        if not self._owner.isVisible():
            self.owed = True
            return
        if self._reads.begin():
            self._start()

    def restart(self) -> None:
        """The question changed: read now (or when shown), and never show an older
        read's answer."""
        self._generation += 1
        if not self._owner.isVisible():
            self._reads = OneReadAtATime(self.read)  # the running read's answer is dropped
            self.owed = True
            return
        self._reads.restart()
        self._start()

    def _start(self) -> None:
        self.owed = False
        self.started += 1
        generation = self._generation
        try:
            self._tasks.run(self._job(), owner=self,
                            on_success=lambda value: self._answered(generation, value, None),
                            on_failure=lambda exc: self._answered(generation, None, exc))
        except RuntimeError:  # the store's worker was shut down: the app is closing
            self._reads = OneReadAtATime(self.read)

    def _answered(self, generation: int, value: Any, error: Exception | None) -> None:
        if generation != self._generation:
            return  # replaced by ``restart()``: the newer read is the one that ends it
        try:
            if error is None:
                self._on_read(value)
            else:
                self._on_failed(error)
        finally:
            if error is None:
                self._reads.done()
            else:
                self._reads.failed()  # the tick tries again; notices meanwhile wait for it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._owner:
            if event.type() == QEvent.Type.Show:
                self.ticker.start()
                if self.owed:
                    QTimer.singleShot(0, self, self.read)  # once the pane is on screen
            elif event.type() == QEvent.Type.Hide:
                self.ticker.stop()
                self._fold.stop()
        return False
