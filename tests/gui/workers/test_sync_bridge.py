"""The bridge: the sync service's notices from its thread become signals on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.sync.service import Connection, StoreChanged, SyncStatus


def test_notices_from_another_thread_arrive_on_the_ui_thread(qtbot) -> None:
    bridge = SyncBridge()
    ui_thread = QThread.currentThread()
    seen: list[tuple[str, object, bool]] = []
    bridge.status_changed.connect(
        lambda s: seen.append(("status", s, QThread.currentThread() is ui_thread)))
    bridge.store_changed.connect(
        lambda c: seen.append(("store", c, QThread.currentThread() is ui_thread)))

    def worker() -> None:
        bridge.notice(StoreChanged("passes"))
        bridge.notice(SyncStatus(connection=Connection.ONLINE))

    thread = threading.Thread(target=worker)
    with qtbot.waitSignal(bridge.status_changed):
        thread.start()
        thread.join()

    assert [(kind, on_ui) for kind, _n, on_ui in seen] == [("store", True), ("status", True)]
    assert bridge.status.connection is Connection.ONLINE


def test_a_burst_is_folded_into_the_newest_status_and_distinct_notices(qtbot) -> None:
    bridge = SyncBridge()
    statuses: list[SyncStatus] = []
    changes: list[StoreChanged] = []
    bridge.status_changed.connect(statuses.append)
    bridge.store_changed.connect(changes.append)

    def worker() -> None:
        for page in range(200):
            bridge.notice(StoreChanged("passes"))
            bridge.notice(SyncStatus(syncing=True, outbox_counts={"pending": page}))
        bridge.notice(StoreChanged("outbox"))
        bridge.notice(SyncStatus(outbox_counts={"pending": 999}))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()  # everything is queued before the UI thread gets to it
    qtbot.waitUntil(lambda: bridge.status.outbox_counts == {"pending": 999})

    assert statuses == [SyncStatus(outbox_counts={"pending": 999})]
    assert changes == [StoreChanged("passes"), StoreChanged("outbox")]


def test_after_close_nothing_is_delivered_not_even_what_was_queued(qtbot) -> None:
    bridge = SyncBridge()
    delivered: list[object] = []
    bridge.status_changed.connect(delivered.append)
    bridge.store_changed.connect(delivered.append)
    bridge.notice(SyncStatus(connection=Connection.ONLINE))  # queued, not yet delivered

    bridge.close()
    bridge.notice(StoreChanged("outbox"))
    with qtbot.assertNotEmitted(bridge.status_changed, wait=50), \
            qtbot.assertNotEmitted(bridge.store_changed):
        pass

    assert delivered == []
    assert bridge.status == SyncStatus()


def test_attach_starts_from_the_service_status_and_listens(qtbot, tmp_path) -> None:
    from passdesk.store.database import Database
    from passdesk.sync.service import SyncService

    database = Database.open(f"sqlite:///{tmp_path / 'bridge.sqlite3'}")
    service = SyncService(database, lambda: None)
    bridge = SyncBridge()
    bridge.attach(service)
    assert bridge.status == service.status
    try:
        with qtbot.waitSignal(bridge.status_changed,
                              check_params_cb=lambda s: s.connection is Connection.NO_KEY,
                              timeout=20_000):
            service.start()
    finally:
        service.stop()
        database.close()
