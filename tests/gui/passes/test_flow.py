"""An operator's round through the Passes pane on the sandbox: issue a pass from a
template, find it by search once it is created, send it a notification, deactivate
it and reactivate it - each change visible in the pane and on the sandbox after
sync, and each on the route PASSENTRY-API.md documents (the sandbox's request log)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from passdesk.gui.passes.issue_dialog import IssueDialog
from passdesk.gui.passes.model import Column
from passdesk.gui.passes.notify_dialog import NotifyDialog
from passdesk.gui.passes.pane import PassesPane
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    open_pane,
    open_synced_door,
    save_shot,
    when_shown,
)
from tests.gui.sandbox_log import seen


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def on_sandbox(sandbox, ext_id: str) -> dict | None:
    with sandbox.state.lock:
        for stored in sandbox.state.passes.values():
            if stored.attributes.get("extId") == ext_id:
                return dict(stored.attributes)
    return None


def rows_named(pane: PassesPane, name: str) -> list[int]:
    model = pane.model
    return [r for r in range(model.rowCount())
            if model.index(r, Column.NAME).data() == name]


def test_issue_find_notify_and_deactivate_a_pass(qtbot, sandbox, make_services, open_window,
                                                 tmp_path) -> None:
    window, _services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane = open_pane(qtbot, window, "Passes")
    assert isinstance(pane, PassesPane)
    form = pane.form

    # Issue: a ticket for Ada Byron, typed as a person would.
    click(qtbot, form.issueButton)
    dialog = pane.actions.dialog
    assert isinstance(dialog, IssueDialog)
    qtbot.waitUntil(lambda: dialog.form.templateCombo.isEnabled())
    combo = dialog.form.templateCombo
    combo.setFocus()
    while combo.currentText() != "Riverside Arena Ticket":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "fullName" in dialog.field_edits)
    qtbot.keyClicks(dialog.field_edits["fullName"], "Ada Byron")
    qtbot.keyClicks(dialog.field_edits["seat"], "C7")
    qtbot.keyClicks(dialog.form.extIdEdit, "FLOW-ADA-1")
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: on_sandbox(sandbox, "FLOW-ADA-1") is not None, timeout=SYNC_WAIT_MS)
    dialog.reject()
    assert on_sandbox(sandbox, "FLOW-ADA-1")["passContent"]["fullName"] in (
        "Ada Byron", {"value": "Ada Byron"})

    # Find it by search: the created pass (with the API's id) is in the list.
    qtbot.keyClicks(form.searchEdit, "Byron")
    qtbot.waitUntil(lambda: len(rows_named(pane, "Ada Byron")) == 1
                    and pane.model.rowCount() == 1, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: not pane.model.pass_row(0).id.startswith("local-"),
                    timeout=SYNC_WAIT_MS)
    table = form.passesTable
    table.selectionModel().setCurrentIndex(
        pane.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    pass_id = pane.model.pass_row(0).id
    detail = pane.actions.detail
    qtbot.waitUntil(lambda: detail.details is not None and detail.details.id == pass_id)

    # Notify it.
    click(qtbot, form.notifyButton)
    notify = pane.actions.dialog
    assert isinstance(notify, NotifyDialog)
    qtbot.keyClicks(notify.message_edit, "Your seat is C7. See you tonight!")
    qtbot.waitUntil(notify.send_button.isEnabled)
    click(qtbot, notify.send_button)
    qtbot.waitUntil(lambda: (on_sandbox(sandbox, "FLOW-ADA-1") or {}).get("latestMessage")
                    == "Your seat is C7. See you tonight!", timeout=SYNC_WAIT_MS)
    # The singular route of §3.5, not the guessed plural one.
    assert seen(sandbox, "POST", f"/passes/{pass_id}/notification") == [200]
    assert seen(sandbox, "POST", f"/passes/{pass_id}/notifications") == []

    # Deactivate it, after saying yes.
    answer = when_shown(QMessageBox, lambda box: click(qtbot, next(
        b for b in box.buttons() if b.text() == "Deactivate")))
    click(qtbot, form.deactivateButton)
    answer.stop()
    qtbot.waitUntil(lambda: on_sandbox(sandbox, "FLOW-ADA-1")["status"] == "deactivated",
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: pane.model.index(0, Column.STATUS).data() == "Deactivated",
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: detail.details is not None
                    and detail.details.latest_message == "Your seat is C7. See you tonight!")
    save_shot(window, tmp_path, "passes-flow.png")

    # Reactivate it: the same button now says so, and asks first.
    qtbot.waitUntil(lambda: form.deactivateButton.text() == "&Reactivate…")
    answer = when_shown(QMessageBox, lambda box: click(qtbot, next(
        b for b in box.buttons() if b.text() == "Reactivate")))
    click(qtbot, form.deactivateButton)
    answer.stop()
    qtbot.waitUntil(lambda: on_sandbox(sandbox, "FLOW-ADA-1")["status"] in ("active", "issued"),
                    timeout=SYNC_WAIT_MS)
    assert seen(sandbox, "PATCH", f"/passes/{pass_id}") == [200, 200]
    qtbot.waitUntil(lambda: pane.model.index(0, Column.STATUS).data() in ("Active", "Issued"),
                    timeout=SYNC_WAIT_MS)
    assert form.deactivateButton.text() == "&Deactivate…"
