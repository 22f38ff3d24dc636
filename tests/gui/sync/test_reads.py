"""The Sync pane's outbox table is read one read at a time: a burst of store notices
during a slow read costs one more read after it, not one each."""

from __future__ import annotations

from datetime import timedelta

import pytest

from passdesk.gui.sync.pane import SyncPane
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged
from tests.gui.workers.gated_reads import GatedRead, burst_during_held_read, settle


class OutboxOnly:
    """Stands in for the sync service: the outbox (empty) and the pull pace."""

    pull_every = timedelta(minutes=5)

    def __init__(self) -> None:
        self.outbox_items = GatedRead(lambda _states: [])


@pytest.mark.parametrize("topic", [Topic.OUTBOX, Topic.ALL])
def test_a_burst_of_notices_during_a_slow_read_makes_one_more_read(
        qtbot, store_tasks, topic) -> None:
    sync, bridge = OutboxOnly(), SyncBridge()
    pane = SyncPane(store_tasks=store_tasks, sync=sync, bridge=bridge)
    qtbot.addWidget(pane)
    settle(qtbot, store_tasks)
    read = sync.outbox_items
    burst_during_held_read(qtbot, read, lambda: bridge.store_changed.emit(StoreChanged(topic)))
    settle(qtbot, store_tasks)
    assert read.calls == 2
    bridge.store_changed.emit(StoreChanged(Topic.SCANS))  # not the outbox's business
    settle(qtbot, store_tasks)
    assert read.calls == 2
