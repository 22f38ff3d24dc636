"""The Passes pane and the dialogs it opens in the pseudo-locale (issue 25): every
word a person reads went through a translator, and none is cut off at 1366 x 768."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import inspect, text

from passdesk.gui.passes.batch_update_dialog import CSV_KEYS, BatchUpdateDialog
from passdesk.gui.passes.batches_dialog import BatchesDialog
from passdesk.gui.passes.bulk_issue_dialog import BulkIssueDialog
from passdesk.gui.passes.edit_dialog import EditPassDialog
from passdesk.gui.passes.issue_dialog import IssueDialog
from passdesk.gui.passes.notify_dialog import NotifyDialog
from passdesk.gui.passes.notify_many_dialog import NotifyManyDialog
from passdesk.gui.passes.nullify_dialog import NullifyDialog
from passdesk.gui.passes.pane import PassesPane
from tests.gui.helpers import SYNC_WAIT_MS, click, retype, when_shown
from tests.gui.i18n.sweep import check, data_words, open_by_nav, open_synced, swept
from tests.integration.sync.test_bulk_issue import people_csv

_WORD = re.compile(r"[A-Za-z][A-Za-z]+")


def json_words(database) -> set[str]:
    """Every word in the store's JSON columns (a template's field ids and labels, a
    pass's content): data, like ``data_words``, which reads text columns only."""
    words: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            words.update(w.lower() for w in _WORD.findall(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    with database.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for column in inspect(connection).get_columns(table):
                if "JSON" not in str(column["type"]).upper():
                    continue
                for (raw,) in connection.execute(
                        text(f'SELECT "{column["name"]}" FROM "{table}"')):  # noqa: S608
                    try:
                        walk(json.loads(raw) if isinstance(raw, str) else raw)
                    except ValueError:
                        continue
    return words


def exempt_words(database) -> set[str]:
    return data_words(database) | json_words(database)


def select_row(pane: PassesPane, row: int) -> None:
    pane.form.passesTable.selectionModel().setCurrentIndex(
        pane.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def active_row(pane: PassesPane) -> int:
    model = pane.model
    for row in range(model.rowCount()):
        found = model.pass_row(row)
        if found is not None and found.status == "active":
            return row
    raise AssertionError("no active pass in the list")


def test_the_passes_pane_and_its_dialogs_in_pseudo(speaking, qtbot, sandbox, make_services,
                                                   open_window, tmp_path) -> None:
    window, services = open_synced(qtbot, sandbox, make_services, open_window)
    pane = open_by_nav(qtbot, window, "passes")
    assert isinstance(pane, PassesPane)
    exempt = exempt_words(services.database)
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0 and not pane.model.reading,
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: pane.form.statusCombo.count() > 1, timeout=SYNC_WAIT_MS)
    check(pane, exempt, "passes listed")

    # One pass selected: its details beside the list.
    select_row(pane, active_row(pane))
    qtbot.waitUntil(lambda: pane.actions.detail.isVisible(), timeout=SYNC_WAIT_MS)
    qtbot.wait(300)
    check(pane, exempt, "a pass selected")

    # Issue: the dialog, then a problem (the barcode holds a value not typed yet).
    click(qtbot, pane.form.issueButton)
    dialog = pane.actions.dialog
    assert isinstance(dialog, IssueDialog)
    qtbot.waitUntil(lambda: dialog.form.templateCombo.isEnabled(), timeout=SYNC_WAIT_MS)
    qtbot.wait(200)
    check(dialog, exempt, "Issue")
    sources = dialog.form.barcodeSourceCombo
    sources.setCurrentIndex(sources.findData("custom"))
    qtbot.wait(200)
    assert not dialog.issue_button.isEnabled()
    assert dialog.form.statusLabel.text()
    check(dialog, exempt, "Issue, a problem")
    sources.setCurrentIndex(0)
    # Issued: the confirmation, and the Delivery tab waiting for the link.
    combo = dialog.form.templateCombo
    combo.setFocus()
    while combo.currentText() != "Riverside Arena Ticket":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "fullName" in dialog.field_edits)
    qtbot.keyClicks(dialog.field_edits["fullName"], "Ada Byron")
    qtbot.keyClicks(dialog.form.extIdEdit, "PSEUDO-ADA-1")
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: dialog.form.linkEdit.isVisible() or "PSEUDO-ADA-1"
                    in dialog.form.statusLabel.text(), timeout=SYNC_WAIT_MS)
    exempt |= {"ada", "byron", "pseudo"}  # the pass just issued is data now
    check(dialog, exempt, "Issue, issued")
    tabs = dialog.form.tabs
    tabs.setCurrentIndex(tabs.count() - 1)  # Delivery, last
    qtbot.wait(200)
    check(dialog, exempt, "Issue, Delivery")
    dialog.reject()

    # Bulk issue: the dialog, then a file with bad rows (each with its problems).
    click(qtbot, pane.form.bulkButton)
    bulk = pane.actions.dialog
    assert isinstance(bulk, BulkIssueDialog)
    qtbot.waitUntil(lambda: bulk.form.templateCombo.count() > 0, timeout=SYNC_WAIT_MS)
    qtbot.wait(300)
    check(bulk, exempt, "Bulk issue")
    combo = bulk.form.templateCombo
    combo.setFocus()
    while combo.currentText() != "Riverside Arena Ticket":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    guests = tmp_path / "guests.csv"
    people_csv(guests)
    retype(qtbot, bulk.form.fileEdit, str(guests))
    qtbot.keyClick(bulk.form.fileEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bulk.report is not None, timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: bulk._offer is not None, timeout=SYNC_WAIT_MS)
    assert bulk.form.badTable.rowCount() > 0
    check(bulk, exempt | words_in(guests.read_text(encoding="utf-8-sig")), "Bulk issue, bad rows")
    retype(qtbot, bulk.form.fileEdit, str(tmp_path / "nowhere.csv"))  # no such file
    qtbot.keyClick(bulk.form.fileEdit, Qt.Key.Key_Return)
    check(bulk, exempt | words_in(guests.read_text(encoding="utf-8-sig")),
          "Bulk issue, no such file")
    bulk.reject()

    # Notify, edit and nullify the pass selected.
    select_row(pane, active_row(pane))
    qtbot.waitUntil(lambda: pane.form.notifyButton.isEnabled())
    click(qtbot, pane.form.notifyButton)
    notify = pane.actions.dialog
    assert isinstance(notify, NotifyDialog)
    qtbot.wait(300)
    check(notify, exempt, "Notify")
    notify.message_edit.setFocus()  # too long for a lock screen: the dialog warns
    qtbot.keyClicks(notify.message_edit, "x" * 170)
    qtbot.wait(200)
    check(notify, exempt, "Notify, too long")
    notify.reject()

    click(qtbot, pane.form.editButton)
    edit = pane.actions.dialog
    assert isinstance(edit, EditPassDialog)
    qtbot.wait(300)
    check(edit, exempt, "Edit")
    edit.reject()

    click(qtbot, pane.form.nullifyButton)
    nullify = pane.actions.dialog
    assert isinstance(nullify, NullifyDialog)
    qtbot.wait(300)
    check(nullify, exempt, "Nullify")
    nullify.reject()

    # Deactivate asks first: its question box, answered No.
    found: list = []

    def look_and_cancel(box: QMessageBox) -> None:
        found.extend(swept(box, exempt, "Deactivate question"))
        box.reject()

    watch = when_shown(QMessageBox, look_and_cancel)
    click(qtbot, pane.form.deactivateButton)
    watch.stop()
    assert found == [], "\n".join(str(f) for f in found)

    # Several passes selected: the pane says how many; Batches → Notify many.
    table = pane.form.passesTable
    table.selectionModel().select(
        pane.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    for row in (1, 2):
        table.selectionModel().select(pane.model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.wait(200)
    check(pane, exempt, "several passes selected")
    pane.notify_many_action.trigger()
    many = pane.batch_dialog
    assert isinstance(many, NotifyManyDialog)
    qtbot.wait(300)
    check(many, exempt, "Notify many")
    click(qtbot, many.at_radio)  # a time too soon: the dialog says why
    qtbot.keyClicks(many.message_edit, "x" * 170)
    qtbot.wait(200)
    check(many, exempt, "Notify many, too soon")
    many.reject()

    pane.update_action.trigger()
    update = pane.batch_dialog
    assert isinstance(update, BatchUpdateDialog)
    qtbot.wait(300)
    # The CSV's column keys (pass_id, group_tags…) are what PassEntry reads: never translated.
    keys = words_in(" ".join(CSV_KEYS.values()))
    check(update, exempt | keys, "Batch update")
    retype(qtbot, update.file_edit, str(tmp_path / "nowhere.csv"))
    click(qtbot, update.update_button)
    check(update, exempt | keys, "Batch update, no such file")
    update.reject()

    pane.batches_action.trigger()
    listed = pane.batch_dialog
    assert isinstance(listed, BatchesDialog)
    qtbot.waitUntil(lambda: not listed._reading, timeout=SYNC_WAIT_MS)
    qtbot.wait(200)
    check(listed, exempt, "Batches")
    listed.reject()


def words_in(text_: str) -> set[str]:
    """The words of a file a person loaded: its data, not the app's English."""
    return {w.lower() for w in _WORD.findall(text_)}
