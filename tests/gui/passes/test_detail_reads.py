"""The pass detail panel reads one read at a time: store notices during a slow read
cost one more read after it, and a newly chosen pass is read at once with the answer
for the pass before it dropped."""

from __future__ import annotations

import pytest

from passdesk.gui.passes import detail as detail_module
from passdesk.gui.passes.detail import PassDetailPanel
from passdesk.store.database import Database
from tests.gui.workers.gated_reads import GatedRead, burst_during_held_read, settle


@pytest.fixture
def database(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield db
    db.close()


@pytest.fixture
def panel_and_read(qtbot, database, store_tasks, monkeypatch):
    # The "details" read is the pass id itself: what was shown says which read it was.
    read = GatedRead(lambda _db, pass_id: pass_id)
    monkeypatch.setattr(detail_module, "read_pass_details", read)
    panel = PassDetailPanel(database=database, store_tasks=store_tasks)
    qtbot.addWidget(panel)
    shown: list[object] = []
    panel.show_pass = lambda details, **_: shown.append(details)
    return panel, read, shown


def test_notices_during_a_slow_read_make_one_more_read(qtbot, store_tasks,
                                                       panel_and_read) -> None:
    panel, read, shown = panel_and_read
    panel.load("pass-a")
    settle(qtbot, store_tasks)
    burst_during_held_read(qtbot, read, panel.reload)
    settle(qtbot, store_tasks)
    assert read.calls == 2
    assert shown[-2:] == ["pass-a", "pass-a"]


def test_a_pass_chosen_during_a_slow_read_is_read_at_once_and_wins(
        qtbot, store_tasks, panel_and_read) -> None:
    panel, read, shown = panel_and_read
    panel.load("pass-a")
    settle(qtbot, store_tasks)
    shown.clear()
    read.hold_next()
    panel.reload()  # a notice: pass-a read again, held
    qtbot.waitUntil(read.held.is_set, timeout=5_000)
    panel.load("pass-b")  # the user picks another pass meanwhile
    read.release()
    settle(qtbot, store_tasks)
    assert shown == ["pass-b"], "the held answer for pass-a must not be shown"
    # Reads go on after the dropped one: a notice reads pass-b again.
    panel.reload()
    settle(qtbot, store_tasks)
    assert shown == ["pass-b", "pass-b"]


def test_choosing_no_pass_drops_a_running_read(qtbot, store_tasks, panel_and_read) -> None:
    panel, read, shown = panel_and_read
    read.hold_next()
    panel.load("pass-a")
    qtbot.waitUntil(read.held.is_set, timeout=5_000)
    panel.load(None)
    read.release()
    settle(qtbot, store_tasks)
    assert shown == [None]
    panel.load("pass-c")
    settle(qtbot, store_tasks)
    assert shown == [None, "pass-c"]
