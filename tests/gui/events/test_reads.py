"""The Events list is read one read at a time: a burst of store notices during a slow
read costs one more read after it, not one each, and a filter typed meanwhile is what
the last read asks for."""

from __future__ import annotations

import pytest

from passdesk.gui.events import pane as events_pane
from passdesk.gui.events.pane import EventsPane
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.store.database import Database
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged
from tests.gui.workers.gated_reads import GatedRead, burst_during_held_read, settle


@pytest.fixture
def database(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield db
    db.close()


@pytest.fixture
def read(monkeypatch) -> GatedRead:
    gated = GatedRead(events_pane.read_events_shown)
    monkeypatch.setattr(events_pane, "read_events_shown", gated)
    return gated


@pytest.fixture
def bridge() -> SyncBridge:
    return SyncBridge()


@pytest.fixture
def pane(qtbot, database, store_tasks, bridge, read) -> EventsPane:
    widget = EventsPane(database=database, store_tasks=store_tasks, bridge=bridge)
    qtbot.addWidget(widget)
    settle(qtbot, store_tasks)
    return widget


@pytest.mark.parametrize("topic", [Topic.EVENTS, Topic.OUTBOX, Topic.ALL])
def test_a_burst_of_notices_during_a_slow_read_makes_one_more_read(
        qtbot, pane, bridge, read, store_tasks, topic) -> None:
    burst_during_held_read(qtbot, read, lambda: bridge.store_changed.emit(StoreChanged(topic)))
    settle(qtbot, store_tasks)
    assert read.calls == 2


def test_a_filter_typed_during_a_slow_read_is_read_after_it(
        qtbot, pane, bridge, read, store_tasks) -> None:
    read.hold_next()
    bridge.store_changed.emit(StoreChanged(Topic.EVENTS))
    try:
        qtbot.waitUntil(read.held.is_set)
        qtbot.keyClicks(pane.form.filterEdit, "harb")
        qtbot.wait(2 * events_pane.FILTER_DELAY_MS)  # the filter asks for its read
    finally:
        read.release()
    settle(qtbot, store_tasks)
    assert read.calls == 2
    assert [kwargs["where"].text for _args, kwargs in read.asked] == ["", "harb"]
