"""Nullifying a pass from the Passes pane on the sandbox, as a person would: the dialog
spells out what it does and wants the pass's number typed; afterwards the list hides
the pass unless the status filter asks for "Nullified", its detail says what happened
and offers nothing that PassEntry would answer "not found" to, and the sandbox has it
nullified through ``POST /passes/{id}/nullify``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from passdesk.gui.passes.model import Column
from passdesk.gui.passes.nullify_dialog import NullifyDialog
from passdesk.gui.passes.pane import PassesPane
from passdesk.store.schema import Pass
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    choose,
    click,
    open_pane,
    open_synced_door,
    retype,
    save_shot,
)
from tests.gui.sandbox_log import seen


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def a_ticket(database) -> tuple[str, str, str, str]:
    """(id, number, ext id, name) of an active demo ticket with a printed number."""
    with database.session() as s:
        row = s.execute(select(Pass.id, Pass.barcode_value, Pass.ext_id, Pass.display_name)
                        .where(Pass.status == "active", Pass.barcode_value.is_not(None),
                               Pass.ext_id.is_not(None), Pass.display_name.is_not(None))
                        .order_by(Pass.id).limit(1)).one()
    return tuple(row)


def click_row(qtbot, pane: PassesPane, row: int) -> None:
    table = pane.form.passesTable
    rect = table.visualRect(pane.model.index(row, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_passes_pane_nullifies_a_pass_and_lists_it_only_with_the_filter(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    window.resize(1024, 768)
    pane = open_pane(qtbot, window, "Passes")
    assert isinstance(pane, PassesPane)
    form, model = pane.form, pane.model
    pass_id, number, ext_id, name = a_ticket(services.database)

    # Find the ticket by its number and select it.
    qtbot.keyClicks(form.searchEdit, number)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_loaded(0)
                    and model.pass_row(0).id == pass_id, timeout=SYNC_WAIT_MS)
    click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: pane.actions.detail.details is not None
                    and pane.actions.detail.details.id == pass_id)
    assert form.nullifyButton.isEnabled()

    # The dialog says what nullifying does before anything happens.
    click(qtbot, form.nullifyButton)
    dialog = pane.actions.dialog
    assert isinstance(dialog, NullifyDialog)
    qtbot.waitExposed(dialog)
    words = dialog.form.consequences.text()
    for said in ("cannot be undone", "“Deactivated”", "wiped", ext_id, "is freed",
                 "“not found”"):
        assert said in words, said
    assert name in dialog.form.heading.text()
    assert number in dialog.form.confirmLabel.text()
    save_shot(dialog, tmp_path, "nullify-dialog.png")

    # A wrong number keeps the red button off; Enter never nullifies.
    assert not dialog.nullify_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, number[:-1])
    assert not dialog.nullify_button.isEnabled()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    retype(qtbot, dialog.confirm_edit, number.lower())
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter must not nullify (nor close the dialog)"
    assert seen(sandbox, "POST", f"/passes/{pass_id}/nullify") == []
    assert dialog.nullify_button.isEnabled()
    save_shot(dialog, tmp_path, "nullify-dialog-typed.png")
    with qtbot.waitSignal(dialog.accepted, timeout=SYNC_WAIT_MS):
        click(qtbot, dialog.nullify_button)

    # At once here: the list no longer shows it; then PassEntry has it nullified.
    qtbot.waitUntil(lambda: model.rowCount() == 0 and not model.reading,
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: sandbox.state.passes[pass_id].attributes["status"] == "nullified",
                    timeout=SYNC_WAIT_MS)
    assert seen(sandbox, "POST", f"/passes/{pass_id}/nullify") == [200]
    # PassEntry answers "not found" for it now (§3.6).
    assert sandbox.state.passes[pass_id].attributes.get("nullifiedAt")

    # The status filter shows it, with what happened and no action to take.
    choose(qtbot, form.statusCombo, "Nullified")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_loaded(0),
                    timeout=SYNC_WAIT_MS)
    assert model.pass_row(0).id == pass_id
    assert model.index(0, Column.STATUS).data() == "Nullified"
    assert model.index(0, Column.NAME).data() == name  # PassEntry wiped it; the desk knows
    click_row(qtbot, pane, 0)
    detail = pane.actions.detail
    qtbot.waitUntil(lambda: detail.details is not None and detail.details.id == pass_id
                    and detail.details.status == "nullified")
    note = detail.findChild(type(form.countLabel), "nullifiedNote")
    assert note is not None
    assert "Nullified" in note.text()
    assert "not found" in note.text()
    assert detail.findChild(type(form.countLabel), "barcodeValue") is None
    for button in (form.notifyButton, form.editButton, form.deactivateButton,
                   form.nullifyButton):
        assert not button.isEnabled(), button.objectName()
        assert "nullified" in button.toolTip()
    save_shot(window, tmp_path, "passes-nullified-1024.png")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    save_shot(window, tmp_path, "passes-nullified-1366.png")

    # Any other status, or none picked: hidden again.
    choose(qtbot, form.statusCombo, "Any status")
    qtbot.waitUntil(lambda: model.rowCount() == 0 and not model.reading,
                    timeout=SYNC_WAIT_MS)
    assert "Nullified" in form.statusCombo.toolTip()
