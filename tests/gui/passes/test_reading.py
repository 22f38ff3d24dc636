"""m1: the Passes list never stays on "Reading passes…": quick typing and backspacing in
the search while slow reloads (a sync storing pages) come in, then it settles on the
rows the search asks for."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from passdesk.core.payloads import PassInput
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.store import pass_list_reads
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync.passes import issue_pass
from passdesk.sync.service import StoreChanged


@pytest.fixture
def pane(qtbot, store, store_tasks):
    bridge = SyncBridge()
    widget = PassesPane(database=store, store_tasks=store_tasks, bridge=bridge)
    widget.bridge = bridge
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.complete and widget.model.rowCount() > 0)
    return widget


def test_quick_typing_during_slow_reloads_ends_on_the_right_rows(
        qtbot, pane, store, monkeypatch) -> None:
    real = pass_list_reads.list_keys
    slow = random.Random(17)

    def slowed(*args, **kwargs):
        time.sleep(slow.uniform(0.005, 0.25))  # a store busy with a big sync
        if slow.random() < 0.15:  # the sync holds the write lock a moment too long
            raise OperationalError("SELECT", {}, Exception("database is locked"))
        return real(*args, **kwargs)

    monkeypatch.setattr(pass_list_reads, "list_keys", slowed)
    notices = QTimer(interval=45)  # the sync storing page after page
    notices.timeout.connect(lambda: pane.bridge.store_changed.emit(
        StoreChanged(slow.choice(("passes", "all")), ())))
    notices.start()
    edit = pane.form.searchEdit
    edit.setFocus()
    keys = random.Random(5)
    try:
        for _ in range(120):
            if edit.text() and keys.random() < 0.45:
                qtbot.keyClick(edit, Qt.Key.Key_Backspace)
            else:
                qtbot.keyClicks(edit, keys.choice("aeinorst"))
            # Now and then a pause just longer than the search delay: a read starts.
            qtbot.wait(35 if keys.random() < 0.7 else keys.choice((140, 150, 160, 400, 420)))
        edit.clear()
        qtbot.keyClicks(edit, "a")
    finally:
        notices.stop()
    monkeypatch.setattr(pass_list_reads, "list_keys", real)  # the sync is over
    pane.bridge.store_changed.emit(StoreChanged("passes", ()))
    model = pane.model
    qtbot.waitUntil(lambda: model.filter.text == "a" and model.shown_generation
                    == model.generation and model.complete, timeout=20_000)
    qtbot.waitUntil(lambda: "Reading" not in pane.form.countLabel.text())
    with store.session() as s:
        expected = s.scalar(select(func.count()).select_from(Pass).where(
            Pass.display_name.ilike("a%") | Pass.display_name.ilike("% a%")))
    assert model.rowCount() > 0
    assert pane.form.countLabel.text().endswith(("passes", "pass", "narrow"))
    assert model.rowCount() >= min(expected, 1)


def test_a_failed_read_is_tried_again_and_the_list_follows_the_store_after(
        qtbot, pane, store, monkeypatch) -> None:
    """The rest of a long list fails once (the store was locked): the pane says so, reads
    again by itself, and later store changes still reach the list."""
    real = pass_list_reads.list_keys
    failures = [1]

    def flaky(session, flt, sort, *, limit=None):
        if limit is None and not flt.text and failures[0]:
            failures[0] -= 1
            raise OperationalError("SELECT", {}, Exception("database is locked"))
        return real(session, flt, sort, limit=limit)

    monkeypatch.setattr(pass_list_reads, "list_keys", flaky)
    model, label = pane.model, pane.form.countLabel
    qtbot.keyClicks(pane.form.searchEdit, "q")
    qtbot.waitUntil(lambda: model.filter.text == "q" and model.shown_generation == model.generation)
    pane.form.searchEdit.clear()  # the whole list again: first page, then the rest
    qtbot.waitUntil(lambda: "trying again" in label.text())
    qtbot.waitUntil(lambda: label.text() == "2,000 passes", timeout=10_000)
    with store.session() as s:
        template_id = s.scalars(select(PassTemplate.id).where(
            PassTemplate.name == "Riverside Arena Ticket")).one()
    issue_pass(store, new=PassInput(template_id, {"fullName": "Zed Newcomer"}, ext_id="zed-1"))
    pane.bridge.store_changed.emit(StoreChanged("passes", ()))
    qtbot.waitUntil(lambda: label.text() == "2,001 passes")
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "Zed Newcomer")
