"""The Passes pane's Batches menu as a person uses it: notify many from a selection,
scheduled and then cancelled; send now to a group tag; the Batches list shows each
batch and can cancel one; update passes from a CSV file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from passdesk.core.payloads import PassInput
from passdesk.gui.passes.batch_update_dialog import BatchUpdateDialog
from passdesk.gui.passes.batches_dialog import BatchAccess, BatchesDialog
from passdesk.gui.passes.notify_many_dialog import NotifyManyDialog
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.sync import batches
from tests.gui.helpers import click, save_shot

SHOTS = Path("/tmp/h19/h5")
#: A menu popping up on the offscreen platform: it cannot raise or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise.*",
                                       "This plugin does not support grabbing.*")


@pytest.fixture
def pane(qtbot, store, store_tasks, access):
    bridge = SyncBridge()
    widget = PassesPane(database=store, store_tasks=store_tasks, bridge=bridge,
                        batches=access)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.complete and widget.model.rowCount() > 5)
    return widget


def shots(widget, tmp_path, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1366, 768)):
        widget.resize(width, height)
        shot = save_shot(widget, tmp_path, f"{name}-{width}.png")
        (SHOTS / shot.name).write_bytes(shot.read_bytes())


def pick_from_menu(qtbot, pane, action) -> None:
    """Click the Batches button, then the menu entry, as a person would."""
    click(qtbot, pane.batches_button)
    menu = pane.batches_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())


def select_rows(qtbot, pane, rows: range) -> None:
    table = pane.form.passesTable
    click_at = table.visualRect(pane.model.index(rows[0], 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    for row in rows[1:]:
        at = table.visualRect(pane.model.index(row, 1)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, at)
    assert pane.selected_count() == len(rows)


def active_rows(pane, n: int) -> range:
    """The first ``n`` rows, all of them active passes on PassEntry."""
    for start in range(pane.model.rowCount() - n):
        found = [pane.model.pass_row(r) for r in range(start, start + n)]
        if all(p is not None and p.status == "active" for p in found):
            return range(start, start + n)
    raise AssertionError("no run of active passes")


def test_notify_many_from_a_selection_scheduled_then_cancelled(
        qtbot, pane, sandbox, tmp_path) -> None:
    rows = active_rows(pane, 3)
    select_rows(qtbot, pane, rows)
    shots(pane, tmp_path, "passes-pane-batches-button")
    pane.resize(1024, 700)
    pick_from_menu(qtbot, pane, pane.notify_many_action)
    dialog = pane.batch_dialog
    assert isinstance(dialog, NotifyManyDialog)
    qtbot.waitExposed(dialog)
    assert dialog.selection_radio.isChecked()
    assert dialog.selection_radio.text() == "The 3 selected passes"
    dialog.message_edit.setFocus()
    qtbot.keyClicks(dialog.message_edit, "Doors open at 19:00")
    click(qtbot, dialog.at_radio)
    assert dialog.send_button.text() == "Schedule"
    assert dialog.note.text() == ""  # two hours ahead: allowed
    shots(dialog, tmp_path, "notify-many")
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Scheduled"),
                    timeout=30_000)
    assert dialog.table.item(0, 1).text() == "Scheduled"
    assert dialog.table.item(0, 2).text() == "3"
    assert dialog.cancel_batch_button.isVisible()
    shots(dialog, tmp_path, "notify-many-scheduled")
    click(qtbot, dialog.cancel_batch_button)
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Cancelled"))
    assert dialog.table.item(0, 1).text() == "Cancelled"
    with sandbox.state.lock:
        (batch,) = sandbox.state.batches.values()
        assert batch.attributes["status"] == "cancelled"
        assert len(batch.audience["recipients"]) == 3
    dialog.close()

    # The Batches list shows it, in words.
    pick_from_menu(qtbot, pane, pane.batches_action)
    listing = pane.batch_dialog
    assert isinstance(listing, BatchesDialog)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1)
    cells = [listing.table.item(0, c).text() for c in range(5)]
    assert cells[1:3] == ["Message to passes", "Cancelled"]
    assert cells[4]  # the scheduled time, local
    shots(listing, tmp_path, "batches-list")


def test_a_too_early_schedule_is_said_before_sending(qtbot, pane) -> None:
    select_rows(qtbot, pane, active_rows(pane, 2))
    pick_from_menu(qtbot, pane, pane.notify_many_action)
    dialog = pane.batch_dialog
    qtbot.keyClicks(dialog.message_edit, "Soon")
    click(qtbot, dialog.at_radio)
    dialog.at_edit.setDateTime(dialog.at_edit.dateTime().addSecs(-2 * 3600 + 600))
    assert "at least an hour" in dialog.note.text()


def test_send_now_to_a_group_tag_and_the_list_can_cancel_a_scheduled_one(
        qtbot, pane, access, sandbox, tmp_path) -> None:
    with sandbox.state.lock:
        tags = sorted({t for p in sandbox.state.passes.values()
                       for t in (p.attributes.get("groupTags") or [])})
    dialog = NotifyManyDialog(access, [], tags, pane)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tag_radio.isChecked()  # nothing selected: a group tag
    dialog.tag_combo.setCurrentText("staff")
    qtbot.keyClicks(dialog.message_edit, "Hi %{fullName}")
    assert dialog.send_button.text() == "Send now"
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Sent"), timeout=30_000)
    with sandbox.state.lock:
        staff = [p for p in sandbox.state.passes.values()
                 if "staff" in (p.attributes.get("groupTags") or [])]
        assert staff
        assert all(p.attributes["latestMessage"].startswith("Hi ") for p in staff)

    # A scheduled one, cancelled from the list.
    later = NotifyManyDialog(access, [], tags, pane, group_tag="staff")
    qtbot.addWidget(later)
    later.show()
    qtbot.keyClicks(later.message_edit, "Tomorrow")
    click(qtbot, later.at_radio)
    click(qtbot, later.send_button)
    qtbot.waitUntil(lambda: later.result_label.text().startswith("Scheduled"), timeout=30_000)
    # And passes issued as a batch (through the API, as the Bulk issue dialog does).
    template = next(iter(sandbox.state.templates))
    client = access.client()
    batches.follow(client, batches.create_pass_batch(
        client, [PassInput(template, {}, ext_id=f"list-{i}") for i in range(40)], template,
        name="Spring members"), interval=0.01)
    listing = BatchesDialog(access, pane)
    qtbot.addWidget(listing)
    listing.show()
    qtbot.waitUntil(lambda: listing.table.rowCount() == 3)
    assert [listing.table.item(0, c).text() for c in range(4)] == [
        "Spring members", "Issue passes", "Done", "40/40"]
    assert listing.select_batch(listing.batches[0].id)
    assert listing.results_button.isEnabled()
    assert not listing.cancel_button.isEnabled()
    shots(listing, tmp_path, "batches-list-three")
    assert listing.select_batch(later.made[0].id)
    assert listing.cancel_button.isEnabled()
    assert listing.send_now_button.isEnabled()
    click(qtbot, listing.cancel_button)
    qtbot.waitUntil(lambda: listing.table.item(1, 2).text() == "Cancelled", timeout=30_000)
    assert listing.status_label.text().startswith("Cancelled: it will not run")
    assert not listing.cancel_button.isEnabled()
    statuses = [listing.table.item(r, 2).text() for r in range(3)]
    assert statuses == ["Done", "Cancelled", "Done"]


def test_update_passes_from_a_csv_file(qtbot, pane, access, store_tasks, sandbox, tmp_path,
                                       monkeypatch) -> None:
    with sandbox.state.lock:
        member = next(p for p in sandbox.state.ordered_passes()
                      if p.attributes["status"] == "active"
                      and p.attributes.get("passContent", {}).get("fullName"))
        template_name = sandbox.state.templates[member.attributes["passTemplateUuid"]] \
            .attributes["name"]
    path = tmp_path / "changes.csv"
    path.write_text(f"pass_id,passfield_fullName\n{member.attributes['extId']},New Name\n"
                    "NOPE-1,Nobody\n", encoding="utf-8")
    pick_from_menu(qtbot, pane, pane.update_action)
    dialog = pane.batch_dialog
    assert isinstance(dialog, BatchUpdateDialog)
    qtbot.waitUntil(lambda: dialog.template_combo.count() > 0)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findText(template_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    click(qtbot, dialog.choose_button)
    assert dialog.update_button.isEnabled()
    shots(dialog, tmp_path, "batch-update")
    click(qtbot, dialog.update_button)
    qtbot.waitUntil(lambda: dialog.errors_button.isVisible(), timeout=30_000)
    assert dialog.status_label.text().startswith("Done, with errors")
    with sandbox.state.lock:
        assert sandbox.state.get_pass(member.id).attributes["passContent"]["fullName"] == (
            "New Name")
    target = tmp_path / "errors.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, dialog.errors_button)
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Saved"))
    assert target.read_text(encoding="utf-8").splitlines()[1].startswith("3,")
    shots(dialog, tmp_path, "batch-update-done")
    QApplication.processEvents()


def test_without_the_key_the_dialogs_say_so(qtbot, store, net_tasks, pane) -> None:
    link = ServerLink(ServerTarget("https://api.passentry.com/api/v1", None))
    listing = BatchesDialog(BatchAccess(link, net_tasks, store), pane)
    qtbot.addWidget(listing)
    assert "No API key" in listing.status_label.text()
