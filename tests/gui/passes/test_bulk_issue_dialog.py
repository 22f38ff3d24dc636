"""Bulk issue from a CSV as a person would: choose, see the bad rows, issue, again."""

from __future__ import annotations

import csv
import threading

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import func, select

from passdesk.gui.passes.bulk_issue_dialog import NOT_MAPPED, BulkIssueDialog
from passdesk.store.schema import OutboxRow
from tests.gui.helpers import FakeSync, click, save_shot, synced_store
from tests.integration.sync.test_bulk_issue import BAD, people_csv


@pytest.fixture
def store(sandbox_session, tmp_path):
    db = synced_store(sandbox_session.base_url, tmp_path / "store.sqlite3")
    yield db
    db.close()


@pytest.fixture
def dialog(qtbot, store, store_tasks, tmp_path, monkeypatch):
    sync = FakeSync()
    dlg = BulkIssueDialog(store, store_tasks, None, sync=sync)
    dlg.fake_sync = sync
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    combo = dlg.form.templateCombo
    qtbot.waitUntil(lambda: combo.count() > 0)
    combo.setCurrentIndex(combo.findText("Riverside Arena Ticket"))
    path = tmp_path / "guests.csv"
    people_csv(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    click(qtbot, dlg.form.chooseButton)
    qtbot.waitUntil(lambda: dlg.report is not None)
    return dlg


def queued(store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxRow)
                        .where(OutboxRow.kind == "pass.create"))


def test_every_bad_row_is_listed_then_the_good_ones_are_queued_once(
        qtbot, dialog, store, tmp_path, monkeypatch) -> None:
    form = dialog.form
    assert form.summaryLabel.text().startswith("500 rows: 493 ready to issue, 7 with problems")
    rows = [int(form.badTable.item(r, 0).text()) for r in range(form.badTable.rowCount())]
    assert rows == sorted(BAD)
    problems = [form.badTable.item(r, 1).text() for r in range(form.badTable.rowCount())]
    assert any("ext id 'bulk-7' is also on line 77" in p for p in problems)
    assert any("radius must be 10-1,000 metres" in p for p in problems)
    assert dialog.issue_button.text() == "&Issue 493 passes"
    assert dialog.mapping_combos["fullName"].currentText() == "Name"
    assert dialog.mapping_combos["@extId"].currentText() == "ext id"
    save_shot(dialog, tmp_path, "bulk-issue-dialog.png")

    # Not using the Seat column makes the row with the too long seat good.
    seat = dialog.mapping_combos["seat"]
    seat.setCurrentIndex(seat.findText(NOT_MAPPED))
    qtbot.waitUntil(lambda: dialog.report is not None and len(dialog.report.good) == 494)
    seat.setCurrentIndex(seat.findText("Seat"))
    qtbot.waitUntil(lambda: dialog.report is not None and len(dialog.report.good) == 493)

    target = tmp_path / "bad.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, form.exportButton)
    with target.open(encoding="utf-8", newline="") as f:
        exported = list(csv.reader(f, delimiter=";"))
    assert [int(r[-2]) for r in exported[1:]] == sorted(BAD)

    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "493 passes queued" in form.statusLabel.text())
    assert form.progressBar.value() == form.progressBar.maximum() == 493
    assert queued(store) == 493
    assert dialog.fake_sync.pushes == 1
    save_shot(dialog, tmp_path, "bulk-issue-dialog-done.png")

    # Issue is off once the batch is queued: a second click cannot queue it again.
    assert not dialog.issue_button.isEnabled()
    assert dialog.issue_button.text() == "Issued"
    # Choosing the same file again on purpose: every row is already on a pass.
    click(qtbot, form.chooseButton)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert len(dialog.report.good) == 0
    assert all("already on a pass" in " ".join(b.reasons) for b in dialog.report.bad
               if b.row_number not in BAD)
    assert not dialog.issue_button.isEnabled()
    assert queued(store) == 493
    assert dialog.fake_sync.pushes == 1


def test_cancel_stops_before_the_next_chunk_and_issue_again_finishes(
        qtbot, dialog, store, store_tasks) -> None:
    release = threading.Event()
    # Hold the store runner so the cancel lands before queuing starts.
    store_tasks.run(release.wait, on_success=lambda _r: None, on_failure=lambda _e: None)
    click(qtbot, dialog.issue_button)
    assert dialog.cancel_button.isVisible()
    assert not dialog.issue_button.isEnabled()
    click(qtbot, dialog.cancel_button)
    release.set()
    qtbot.waitUntil(lambda: dialog.form.statusLabel.text().startswith("Stopped"))
    assert queued(store) == 0
    assert not dialog.cancel_button.isVisible()
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "493 passes queued" in dialog.form.statusLabel.text())
    assert queued(store) == 493


def test_an_unreadable_file_says_why(qtbot, dialog, tmp_path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("Name\r\nJos\xe9\r\n".encode("latin-1"))
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: "not UTF-8" in dialog.form.statusLabel.text())
    assert not dialog.issue_button.isEnabled()  # the earlier file's rows are gone
    assert dialog.form.badTable.rowCount() == 0
    assert dialog.form.chooseButton.isEnabled()


def test_the_wheel_over_the_column_mapping_scrolls_and_never_changes_a_mapping(
        qtbot, dialog) -> None:
    """M8: a wheel turn over the Columns table, wherever the pointer is, leaves every
    mapping as it was; a combo changes only once clicked or tabbed to."""
    table = dialog.form.mappingTable
    table.setFixedHeight(140)  # fewer rows than the mapping has: the table scrolls
    before = dialog.mapping()
    bar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, 1)
        if combo.isVisible() and combo.visibleRegion().boundingRect().height() > 4:
            for delta in (-120, -120, 120, -120):
                wheel(combo, delta)
    assert dialog.mapping() == before
    assert bar.value() > 0  # the table scrolled instead
    # Picked on purpose (focused), the wheel still works on a combo.
    gate = dialog.mapping_combos["gate"]
    table.scrollTo(table.model().index(list(dialog.mapping_combos).index("gate"), 1))
    gate.setFocus()
    qtbot.waitUntil(gate.hasFocus)
    wheel(gate, -120)
    assert dialog.mapping()["gate"] != before["gate"]


def wheel(widget, delta: int) -> None:
    """A mouse wheel turn with the pointer on ``widget``, delivered as Qt does."""
    center = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(center, QPointF(widget.mapToGlobal(center.toPoint())), QPoint(0, 0),
                        QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_an_unclosed_quote_and_repeated_codes_are_listed_at_their_lines(
        qtbot, dialog, tmp_path) -> None:
    """m10 + M9: line 9 opens a quote it never closes, lines 2 and 11 share GALA-0002."""
    lines = ["Name;Seat;ext id;QR"] + [f"Guest {n};S{n};gx-{n};GALA-{n + 1:04d}"
                                       for n in range(1, 11)]
    lines[8] = '"Emilie Dupre;S8;gx-8;GALA-0009'
    lines[10] = "Guest 10;S10;gx-10;GALA-0002"
    path = tmp_path / "gala.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.table is not None)
    form = dialog.form
    found = {int(form.badTable.item(r, 0).text()): form.badTable.item(r, 1).text()
             for r in range(form.badTable.rowCount())}
    assert set(found) == {2, 9, 11}
    assert "quote opened on this line is never closed" in found[9]
    assert "QR value 'GALA-0002' is also on line 11" in found[2]
    assert "QR value 'GALA-0002' is also on line 2" in found[11]
    assert form.badTable.horizontalHeaderItem(0).text() == "Line"
    assert dialog.issue_button.text() == "&Issue 7 passes"  # Guest 9 was not swallowed
    form.fileEdit.selectAll()
    qtbot.keyClicks(form.fileEdit, str(tmp_path / "nowhere.csv"))
    qtbot.keyClick(form.fileEdit, Qt.Key.Key_Return)
    assert "There is no file at" in form.statusLabel.text()
    save_shot(dialog, tmp_path, "bulk-issue-errors.png")
