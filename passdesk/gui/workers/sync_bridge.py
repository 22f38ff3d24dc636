"""The sync service, seen from Qt: its notices as signals on the UI thread.

``SyncService`` (no Qt) calls its listeners on its worker thread. The bridge
is that listener: it keeps what arrived and asks the UI thread, through a
queued signal, to hand it on. There ``status_changed(SyncStatus)`` and
``store_changed(StoreChanged)`` are emitted: the latter is *the* app-wide
"store changed" signal; panes that show ``what`` reload on it.

Bursts are folded: a sync reports after every page, but if the UI thread is
busy only the newest status is delivered, and a notice already waiting is not
queued twice. Nothing is lost: the last status and every distinct notice arrive.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot

from passdesk.sync.service import StoreChanged, SyncService, SyncStatus


class SyncBridge(QObject):
    #: The service's newest ``SyncStatus``.
    status_changed = Signal(object)
    #: ``StoreChanged(what, ids)``: the local store changed; panes showing ``what`` reload.
    store_changed = Signal(object)

    #: Internal: something arrived from another thread; deliver it on ours.
    _arrived = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = SyncStatus()
        self._lock = threading.Lock()
        self._next_status: SyncStatus | None = None
        self._next_changes: list[StoreChanged] = []
        self._scheduled = False
        self._closed = False
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def attach(self, service: SyncService) -> None:
        """Listen to ``service``; ``status`` starts as its current status."""
        self._status = service.status
        service.add_listener(self.notice)

    @property
    def status(self) -> SyncStatus:
        """The last status delivered on the UI thread."""
        return self._status

    def notice(self, notice: SyncStatus | StoreChanged) -> None:
        """The service's listener: any thread; returns at once."""
        with self._lock:
            if self._closed:
                return
            if isinstance(notice, SyncStatus):
                self._next_status = notice
            elif notice not in self._next_changes:
                self._next_changes.append(notice)
            if self._scheduled:
                return
            self._scheduled = True
        self._arrived.emit()

    def close(self) -> None:
        """Deliver nothing more, not even what is already queued (the app is shutting
        down: the services the panes would call are gone)."""
        with self._lock:
            self._closed = True
            self._next_status, self._next_changes = None, []

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            if self._closed:
                return
            status, changes = self._next_status, self._next_changes
            self._next_status, self._next_changes = None, []
            self._scheduled = False
        for change in changes:
            self.store_changed.emit(change)
        if status is not None:
            self._status = status
            self.status_changed.emit(status)
