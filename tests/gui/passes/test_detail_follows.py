"""The detail panel and the actions follow the list and the store (m6, m7, m8): a delivered
change stops being "waiting", a deactivated pass is not offered Deactivate again and the
bulk prompt counts only those that can be, and a pass the search hides leaves the panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from passdesk.gui.passes.model import Column
from passdesk.gui.passes.pane import PassesPane
from tests.gui.helpers import SYNC_WAIT_MS, click, open_pane, open_synced_door, retype, when_shown

#: The store's one worker may be busy behind list reads: generous, not a speed limit.
WAIT = 20_000


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def loaded_rows(pane: PassesPane, qtbot, count: int = 60) -> list:
    model = pane.model
    qtbot.waitUntil(lambda: not model.reading and model.complete and model.row_loaded(0),
                    timeout=WAIT)
    return [model.pass_row(r) for r in range(min(count, model.rowCount()))]


def select(pane: PassesPane, rows: list[int]) -> None:
    model, selection = pane.model, pane.form.passesTable.selectionModel()
    chosen = QItemSelection()
    for row in rows:
        chosen.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    selection.setCurrentIndex(model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def shows(detail, pass_id: str) -> bool:
    return detail.details is not None and detail.details.id == pass_id


def click_row(qtbot, pane: PassesPane, row: int) -> None:
    table = pane.form.passesTable
    table.scrollTo(pane.model.index(row, 0))
    rect = table.visualRect(pane.model.index(row, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_detail_and_actions_follow_the_list_and_the_store(
        qtbot, sandbox, make_services, open_window) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane = open_pane(qtbot, window, "Passes")
    assert isinstance(pane, PassesPane)
    form, detail = pane.form, pane.actions.detail
    status = form.statusCombo
    qtbot.waitUntil(lambda: status.findData("deactivated") > 0, timeout=WAIT)
    status.setCurrentIndex(status.findData("deactivated"))
    qtbot.waitUntil(lambda: pane.model.filter.status == "deactivated", timeout=WAIT)
    done = loaded_rows(pane, qtbot, 2)

    # m7: one pass already deactivated: Deactivate is not offered; Reactivate is.
    click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: shows(detail, done[0].id), timeout=WAIT)
    assert form.deactivateButton.text() == "&Reactivate…"
    assert "active again" in form.deactivateButton.toolTip()

    # m7: 4 active + 2 deactivated selected: the prompt counts the 4.
    status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: pane.model.filter.status is None, timeout=WAIT)
    rows = loaded_rows(pane, qtbot)
    active = [n for n, r in enumerate(rows) if r.status in ("active", "issued")][:4]
    gone = [n for n, r in enumerate(rows) if r.status == "deactivated"][:2]
    assert (len(active), len(gone)) == (4, 2)
    select(pane, sorted(active + gone))
    assert form.deactivateButton.isEnabled()
    asked: list[tuple[str, str]] = []

    def cancel(box: QMessageBox) -> None:
        asked.append((box.text(), box.informativeText()))
        click(qtbot, next(b for b in box.buttons() if b.text() in ("Cancel", "&OK", "OK")))

    when_shown(QMessageBox, cancel)
    click(qtbot, form.deactivateButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert asked[0][0] == "Deactivate 4 passes?"
    assert "Already deactivated: 2 of the 6 selected." in asked[0][1]

    # m6: deactivate one active pass; once delivered, the panel stops saying "waiting".
    target = rows[active[0]]
    click_row(qtbot, pane, active[0])
    qtbot.waitUntil(lambda: shows(detail, target.id), timeout=WAIT)

    def confirm(box: QMessageBox) -> None:
        click(qtbot, next(b for b in box.buttons() if b.text() == "Deactivate"))

    services.sync.stop()  # hold the change, so "waiting" is seen first
    when_shown(QMessageBox, confirm)
    click(qtbot, form.deactivateButton)
    qtbot.waitUntil(lambda: detail.findChild(QLabel, "pendingLabel") is not None, timeout=WAIT)
    assert detail.findChild(QLabel, "pendingLabel").text() == "1 change waiting to be sent"
    services.sync.start()
    # A sync asked for runs at once; push_soon() right after start() can wait for
    # the idle check (30 s) instead (noted on issue 17).
    services.sync.sync_now()
    qtbot.waitUntil(lambda: sandbox.state.passes[target.id].attributes["status"]
                    == "deactivated", timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: detail.findChild(QLabel, "pendingLabel") is None,
                    timeout=SYNC_WAIT_MS)
    assert detail.details.id == target.id  # still the same pass, not re-selected
    assert detail.details.status == "deactivated"
    # m7 again, now for this one, once the list has read the delivered pass back.
    qtbot.waitUntil(lambda: form.deactivateButton.text() == "&Reactivate…", timeout=WAIT)

    # m8: a search that hides the pass clears the panel and the actions.
    retype(qtbot, form.searchEdit, "zzqx-no-such-guest")
    qtbot.waitUntil(lambda: pane.model.filter.text == "zzqx-no-such-guest"
                    and not pane.model.reading)
    qtbot.waitUntil(lambda: detail.details is None, timeout=WAIT)
    assert pane.selected_ids() == []
    assert not form.deactivateButton.isEnabled()
    assert not form.notifyButton.isEnabled()
