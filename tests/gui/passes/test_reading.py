"""m1: the Passes list never stays on "Reading passes…": quick typing and backspacing in
the search while slow reloads (a sync storing pages) come in, then it settles on the
rows the search asks for. One read at a time: a burst of store notices during a slow
read costs one more read, not one each; a new search starts at once and the old
list's answer is never shown over it."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from passdesk.core.payloads import PassInput
from passdesk.gui.passes import model as passes_model
from passdesk.gui.passes.model import Column
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.store import pass_list_reads
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync.passes import issue_pass
from passdesk.sync.service import StoreChanged
from tests.gui.workers.gated_reads import GatedRead, burst_during_held_read


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
    widget.store_tasks = store_tasks
    return widget


def settled(qtbot, pane) -> None:
    """Nothing read or asked any more, for longer than the reload delay."""
    model = pane.model
    for _ in range(2):
        qtbot.waitUntil(lambda: pane.store_tasks.active_count == 0 and model.complete
                        and model.shown_generation == model.generation
                        and not model.paced, timeout=20_000)
        qtbot.wait(600)


def gate_list_reads(monkeypatch) -> dict[str, GatedRead]:
    """Every read of the list's keys (a new list, its rest, the same list again)."""
    reads = {}
    for name in ("read_first_page", "read_keys", "read_again"):
        reads[name] = GatedRead(getattr(passes_model, name))
        monkeypatch.setattr(passes_model, name, reads[name])
    return reads


def test_a_burst_of_notices_during_a_slow_read_makes_one_more_read_not_one_each(
        qtbot, pane, monkeypatch) -> None:
    """A pull storing page after page while the store is slow: 20 notices over a second
    (the reload delay passes twice) cost the read running and one after it."""
    reads = gate_list_reads(monkeypatch)
    again = reads["read_again"]
    burst_during_held_read(qtbot, again, lambda: pane.bridge.store_changed.emit(
        StoreChanged("passes", ())), notices=20, every_ms=60)
    settled(qtbot, pane)
    assert again.calls == 2
    assert reads["read_first_page"].calls == reads["read_keys"].calls == 0
    assert pane.form.countLabel.text() == "2,000 passes"


def test_a_new_search_starts_at_once_and_the_old_lists_answer_is_never_shown(
        qtbot, pane, store, monkeypatch) -> None:
    """A reload is slow (a sync holds the store); the person searches meanwhile: the search
    is asked for at once (not after the reload), the reload's answer (the whole list) is
    dropped, and the notice before the search costs no read of its own."""
    model = pane.model
    name = model.index(0, Column.NAME).data()
    with store.session() as s:
        expected = s.scalar(select(func.count()).select_from(Pass).where(
            Pass.display_name.ilike(f"{name}%") | Pass.display_name.ilike(f"% {name}%")))
    assert 0 < expected < model.rowCount()
    reads = gate_list_reads(monkeypatch)
    again = reads["read_again"]
    shown: list[int] = []
    for signal in (model.modelReset, model.layoutChanged, model.loaded):
        signal.connect(lambda: shown.append(model.rowCount()))
    again.hold_next()
    pane.bridge.store_changed.emit(StoreChanged("passes", ()))
    try:
        qtbot.waitUntil(again.held.is_set, timeout=5_000)
        qtbot.keyClicks(pane.form.searchEdit, name)
        # Asked for while the old read still runs: it does not wait behind it.
        qtbot.waitUntil(lambda: model.filter.text == name)
        assert model.reading
        assert again.calls == 1  # and it is still held
    finally:
        again.release()
    settled(qtbot, pane)
    assert model.rowCount() == expected
    assert shown
    assert set(shown) == {expected}  # never the whole list again
    assert (again.calls, reads["read_first_page"].calls) == (1, 1)


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
