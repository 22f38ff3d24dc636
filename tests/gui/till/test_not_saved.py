"""The Till when the store cannot save an operation (issue 21, part 1): an error in
words, never "done"; the balance and the amount stay; saved again once there is room.

The disk fills for real: every connection of the store's engines gets SQLite's
``max_page_count`` at its size (pool emptied, so each new one has it), and the
cashier applies operations until SQLite answers "database or disk is full".
"""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import event, func, select

from passdesk.core.loyalty import Action
from passdesk.gui.till.pane import TillPane
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate
from tests.gui.helpers import SHOTS_DIR, click, save_shot, synced_store

SHOTS = SHOTS_DIR  # where save_shot leaves PNGs to look at


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def till_store(sandbox, tmp_path) -> Database:
    db = synced_store(sandbox.base_url, tmp_path / "till.sqlite3")
    yield db
    db.close()


@pytest.fixture
def pane(qtbot, till_store, store_tasks) -> TillPane:
    pane = TillPane(database=till_store, settings=SettingsStore(), bridge=SyncBridge(),
                    store_tasks=store_tasks)
    qtbot.addWidget(pane)
    pane.show()
    return pane


class Disk:
    """The store's file may not grow while ``full`` (SQLite's own full-disk answer)."""

    def __init__(self, db: Database) -> None:
        self.db, self.full = db, False
        self.engines = {db.engine, db.cache_engine}
        for engine in self.engines:
            event.listen(engine, "connect", self._limit)

    def _limit(self, dbapi_connection, _record) -> None:
        if self.full:  # below the file's size: SQLite holds it at the size
            dbapi_connection.execute("PRAGMA max_page_count = 1")

    def set_full(self, full: bool) -> None:
        self.full = full
        for engine in self.engines:
            engine.dispose()  # new connections, each told the limit (or none)


def a_card(db: Database) -> str:
    with db.session() as session:
        return session.scalars(
            select(Pass.barcode_value).join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "active",
                   Pass.barcode_value.is_not(None)).order_by(Pass.id).limit(1)).one()


def operations(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(LoyaltyOperation))


def add(qtbot, pane: TillPane, points: str) -> None:
    pane.choose_action(Action.ADD)
    pane.form.amountEdit.setText(points)
    click(qtbot, pane.form.applyButton)


def test_an_operation_not_saved_is_never_shown_as_done(qtbot, pane, till_store, caplog,
                                                       tmp_path) -> None:
    pane.scan(a_card(till_store))
    form = pane.form
    add(qtbot, pane, "5")
    assert "saved here" in form.resultLabel.text()

    disk = Disk(till_store)
    disk.set_full(True)
    caplog.set_level(logging.INFO)
    for n in range(6, 600):  # a busy till until the file cannot take one more
        before, balance = operations(till_store), form.balanceValue.text()
        caplog.clear()
        add(qtbot, pane, str(n))  # a new amount each time: no "the same change again"
        if form.resultLabel.property("tone") == "error":
            break
        assert "saved here" in form.resultLabel.text()
    assert form.resultLabel.text() == ("Not saved — the disk is full. No points were "
                                       "changed. Call a supervisor.")
    assert "saved here" not in form.resultLabel.text()
    assert operations(till_store) == before  # nothing was saved
    assert form.balanceValue.text() == balance  # the balance does not claim it
    assert form.amountEdit.text() == str(n)  # kept, to apply again
    lines = [r for r in caplog.records if "not saved" in r.getMessage()]
    assert len(lines) == 1
    assert "disk full" in lines[0].getMessage()
    assert not [r for r in caplog.records if r.exc_info]

    pane.resize(1100, 720)
    shot = save_shot(pane, tmp_path, "till-not-saved.png")
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / shot.name).write_bytes(shot.read_bytes())

    disk.set_full(False)  # room again: the same Apply is saved
    click(qtbot, form.applyButton)
    assert "saved here" in form.resultLabel.text()
    assert operations(till_store) == before + 1
