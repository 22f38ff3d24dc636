"""The Readers list is read one read at a time: a burst of store notices during a slow
read costs one more read after it, not one each."""

from __future__ import annotations

import pytest

from passdesk.gui.readers import pane as readers_pane
from passdesk.gui.readers.pane import ReadersPane
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.keychain import SecretStore
from passdesk.store.database import Database
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged
from tests.gui.workers.gated_reads import GatedRead, burst_during_held_read, settle


@pytest.fixture
def database(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield db
    db.close()


@pytest.mark.parametrize("topic", [Topic.READERS, Topic.ALL])
def test_a_burst_of_notices_during_a_slow_read_makes_one_more_read(
        qtbot, database, store_tasks, net_tasks, monkeypatch, topic) -> None:
    read = GatedRead(readers_pane.read_stored_readers)
    monkeypatch.setattr(readers_pane, "read_stored_readers", read)
    bridge = SyncBridge()
    link = ServerLink(ServerTarget("https://api.passentry.com/api/v1", None))
    pane = ReadersPane(database=database, store_tasks=store_tasks, bridge=bridge,
                       net_tasks=net_tasks, link=link, keychain=SecretStore())
    qtbot.addWidget(pane)
    settle(qtbot, store_tasks)
    burst_during_held_read(qtbot, read, lambda: bridge.store_changed.emit(StoreChanged(topic)))
    settle(qtbot, store_tasks)
    assert read.calls == 2
    bridge.store_changed.emit(StoreChanged(Topic.PASSES))  # not the readers' business
    settle(qtbot, store_tasks)
    assert read.calls == 2
