"""Issue a pass as a person would: template, fields, ext id, a location; then sync."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.gui.passes.issue_dialog import IssueDialog
from passdesk.store import outbox
from passdesk.store.schema import Pass
from passdesk.sync.push import Pusher
from tests.gui.helpers import FakeSync, choose, click, distinct_colours, save_shot
from tests.integration.sync.helpers import FakeClock, drain_all

UUID = "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0"


@pytest.fixture
def dialog(qtbot, store, store_tasks):
    sync = FakeSync()
    dlg = IssueDialog(store, store_tasks, None, sync=sync)
    dlg.fake_sync = sync
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.waitUntil(lambda: dlg.form.templateCombo.isEnabled())
    return dlg


def pick_template(qtbot, dlg: IssueDialog, name: str) -> None:
    combo = dlg.form.templateCombo
    combo.setFocus()
    while combo.currentText() != name:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "fullName" in dlg.field_edits)


def type_cell(qtbot, editor, row: int, col: int, text: str) -> None:
    """Click a cell, F2, type, Enter: as a person edits a table."""
    table = editor.table
    index = table.model().index(row, col)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    assert (table.currentRow(), table.currentColumn()) == (row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    field = table.indexWidget(index)  # the cell's editor
    assert field is not None
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)
    assert table.item(row, col).text() == text


def tick(qtbot, box) -> None:
    """Click a check box on its box (its widget may be wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def settled(qtbot, dlg: IssueDialog) -> None:
    """Let pending layout requests run, so a screenshot shows the laid-out dialog."""
    label = dlg.form.statusLabel
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))


def show_tab(qtbot, dlg: IssueDialog, title: str) -> None:
    tabs = dlg.form.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(index).center())
    assert tabs.currentIndex() == index


def test_issue_a_pass_from_a_template_then_it_reaches_the_sandbox(
        qtbot, dialog, store, sandbox, tmp_path, monkeypatch) -> None:
    pick_template(qtbot, dialog, "Riverside Arena Ticket")
    fields = dialog.field_edits
    assert list(fields) == ["seat", "eventName", "fullName", "ticketType", "gate", "doorsOpen",
                            "terms"]
    assert fields["terms"].placeholderText().startswith("Sandbox demo pass")
    qtbot.keyClicks(fields["fullName"], "Grace Hopper")
    qtbot.keyClicks(fields["seat"], "B12")
    qtbot.keyClicks(dialog.form.extIdEdit, "TKT-GRACE-1")
    qtbot.keyClicks(dialog.form.groupTagEdit, "vip, front row")
    show_tab(qtbot, dialog, "Barcode and NFC")
    # A pass has a QR code by default, holding the ext id (m9).
    form = dialog.form
    assert form.barcodeCombo.currentText() == "QR code"
    assert form.barcodeSourceCombo.currentText() == "The ext id"
    assert not form.qrValueEdit.isEnabled()
    choose(qtbot, form.barcodeSourceCombo, "A value you type")  # a value is needed now
    assert form.qrValueEdit.isEnabled()
    assert not dialog.issue_button.isEnabled()
    assert "type the barcode value" in form.statusLabel.text()
    assert "its own value" in form.barcodeNote.text()
    choose(qtbot, form.barcodeCombo, "No barcode")  # allowed, with a word of warning
    assert not form.barcodeSourceCombo.isEnabled()
    assert "cannot be scanned" in form.barcodeNote.text()
    choose(qtbot, form.barcodeCombo, "QR code")
    choose(qtbot, form.barcodeSourceCombo, "The ext id")
    assert not form.barcodeNote.isVisible()
    assert not form.nfcSourceCombo.isEnabled()
    tick(qtbot, form.nfcCheck)
    assert form.nfcCheck.isChecked()
    assert form.nfcSourceCombo.isEnabled()
    assert form.nfcSourceCombo.currentText() == "The pass id"
    show_tab(qtbot, dialog, "Locations")
    click(qtbot, dialog.locations.add_button)
    for col, text in enumerate(("51.5072", "-0.1276", "150", "Doors open at 7")):
        type_cell(qtbot, dialog.locations, 0, col, text)
    assert dialog.issue_button.isEnabled(), dialog.form.statusLabel.text()
    path = save_shot(dialog, tmp_path, "issue-dialog-locations.png")
    assert distinct_colours(path) > 5
    show_tab(qtbot, dialog, "Delivery")
    dialog.form.passSourceCombo.setFocus()
    qtbot.keyClick(dialog.form.passSourceCombo, Qt.Key.Key_Down)  # + the Apple pass file
    assert "Apple" in dialog.form.passSourceCombo.currentText()
    show_tab(qtbot, dialog, "Pass")
    save_shot(dialog, tmp_path, "issue-dialog.png")

    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "queued" in dialog.form.statusLabel.text())
    assert dialog.fake_sync.pushes == 1
    assert dialog.form.extIdEdit.text() == ""
    with store.session() as s:
        local = s.scalars(select(Pass).where(Pass.ext_id == "TKT-GRACE-1")).one()
        assert local.status == "pending"
        assert local.display_name == "Grace Hopper"
        assert local.barcode_value == "TKT-GRACE-1"
        assert outbox.counts(s) == {"pending": 1}

    clock = FakeClock()
    with PassEntryClient(sandbox.base_url, "demo") as client:
        drain_all(Pusher(client, store, clock=clock), clock, store)
        remote = client.passes.get("TKT-GRACE-1", include_locations=True)
    assert remote.content_value("fullName") == "Grace Hopper"
    assert remote.content_value("seat") == "B12"
    assert remote.group_tags == ["vip", "front row"]
    assert (remote.barcode.kind, remote.barcode.source) == ("qr", "extId")
    assert remote.barcode.message(remote.id, remote.ext_id) == "TKT-GRACE-1"
    assert [(loc.latitude, loc.longitude, loc.radius, loc.message)
            for loc in remote.locations] == [(51.5072, -0.1276, 150, "Doors open at 7")]

    # Delivery: the link and the Apple file PassEntry sent with the created pass.
    dialog.refresh_delivery()
    qtbot.waitUntil(dialog.form.copyLinkButton.isEnabled)
    show_tab(qtbot, dialog, "Delivery")
    click(qtbot, dialog.form.copyLinkButton)
    assert QGuiApplication.clipboard().text() == remote.download_url
    qtbot.waitUntil(dialog.form.saveAppleButton.isVisible)
    assert not dialog.form.copyGoogleButton.isVisible()
    settled(qtbot, dialog)
    save_shot(dialog, tmp_path, "issue-dialog-delivery.png")
    assert dialog.form.linkEdit.text() == remote.download_url
    target = tmp_path / "grace.pkpass"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, dialog.form.saveAppleButton)
    assert target.read_bytes().startswith(b"PK\x03\x04")
    assert not (tmp_path / "grace.pkpass.part").exists()


def test_asked_for_the_google_link_the_dialog_copies_it(qtbot, dialog, store, sandbox) -> None:
    pick_template(qtbot, dialog, "Riverside Arena Ticket")
    qtbot.keyClicks(dialog.field_edits["fullName"], "Alan Turing")
    qtbot.keyClicks(dialog.form.extIdEdit, "TKT-ALAN-1")
    show_tab(qtbot, dialog, "Delivery")
    dialog.form.passSourceCombo.setFocus()
    qtbot.keyClick(dialog.form.passSourceCombo, Qt.Key.Key_End)  # + the Google link
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "queued" in dialog.form.statusLabel.text())
    with store.session() as s:
        (item,) = outbox.items(s, ("pending",))
        assert item.payload["pass_source"] == "google"
    clock = FakeClock()
    with PassEntryClient(sandbox.base_url, "demo") as client:
        drain_all(Pusher(client, store, clock=clock), clock, store)
    dialog.refresh_delivery()
    qtbot.waitUntil(dialog.form.copyGoogleButton.isVisible)
    assert not dialog.form.saveAppleButton.isVisible()
    click(qtbot, dialog.form.copyGoogleButton)
    assert QGuiApplication.clipboard().text() == dialog.sources.google_url
    assert dialog.sources.google_url.startswith("https://")


def test_a_code_128_with_a_typed_value_and_a_typed_nfc_value_reach_the_sandbox(
        qtbot, dialog, store, sandbox, tmp_path) -> None:
    pick_template(qtbot, dialog, "Riverside Arena Ticket")
    qtbot.keyClicks(dialog.field_edits["fullName"], "Katherine Johnson")
    qtbot.keyClicks(dialog.form.extIdEdit, "TKT-KJ-1")
    show_tab(qtbot, dialog, "Barcode and NFC")
    form = dialog.form
    choose(qtbot, form.barcodeCombo, "Code 128 (a line of bars)")
    choose(qtbot, form.barcodeSourceCombo, "A value you type")
    qtbot.keyClicks(form.qrValueEdit, "KJ-0042")
    tick(qtbot, form.displayTextCheck)  # no text under the bars
    tick(qtbot, form.nfcCheck)
    choose(qtbot, form.nfcSourceCombo, "A value you type")
    assert not dialog.issue_button.isEnabled()
    assert "type the NFC value" in form.statusLabel.text()
    qtbot.keyClicks(form.nfcValueEdit, "NFC-KJ-0042")
    assert dialog.issue_button.isEnabled(), form.statusLabel.text()
    settled(qtbot, dialog)
    save_shot(dialog, tmp_path, "issue-dialog-barcode.png")
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "queued" in form.statusLabel.text())
    with store.session() as s:
        local = s.scalars(select(Pass).where(Pass.ext_id == "TKT-KJ-1")).one()
        assert (local.barcode_value, local.barcode_type) == ("KJ-0042", "code128")

    clock = FakeClock()
    with PassEntryClient(sandbox.base_url, "demo") as client:
        drain_all(Pusher(client, store, clock=clock), clock, store)
        remote = client.passes.get("TKT-KJ-1")
    code = remote.barcode
    assert (code.kind, code.source, code.value, code.display_text) == (
        "code128", "custom", "KJ-0042", False)
    assert remote.nfc == "NFC-KJ-0042"


def fill_location(qtbot, dialog, row: int, lat: str, lon: str, radius: str) -> None:
    for col, text in enumerate((lat, lon, radius)):
        type_cell(qtbot, dialog.locations, row, col, text)


@pytest.mark.parametrize(("lat", "radius", "problem"), [
    ("51.5", "0", "location 1: radius must be 10-1,000 metres"),
    ("51.5", "20000", "location 1: radius must be 10-1,000 metres"),
    ("91", "100", "location 1: latitude must be between -90 and 90"),
    ("north", "100", "location 1: latitude 'north' is not a number"),
])
def test_a_bad_location_disables_issue_and_says_why(qtbot, dialog, lat, radius,
                                                    problem) -> None:
    show_tab(qtbot, dialog, "Locations")
    click(qtbot, dialog.locations.add_button)
    fill_location(qtbot, dialog, 0, lat, "-0.12", radius)
    assert not dialog.issue_button.isEnabled()
    assert problem in dialog.locations.problem_label.text()
    assert dialog.locations.problem_label.isVisible()
    assert problem in dialog.form.statusLabel.text()
    type_cell(qtbot, dialog.locations, 0, 0, "51.5")
    type_cell(qtbot, dialog.locations, 0, 2, "100")
    assert dialog.issue_button.isEnabled()
    assert not dialog.locations.problem_label.isVisible()


def test_eleven_locations_are_refused_ten_are_fine(qtbot, dialog, tmp_path) -> None:
    show_tab(qtbot, dialog, "Locations")
    for n in range(11):
        dialog.locations.add_row(("51.5", f"-0.{n}", "100", f"Place {n}"))
    assert not dialog.issue_button.isEnabled()
    assert "at most 10 locations per pass (11 given)" in dialog.locations.problem_label.text()
    assert "at most 10 locations" in dialog.form.statusLabel.text()
    settled(qtbot, dialog)
    save_shot(dialog, tmp_path, "issue-dialog-too-many.png")
    dialog.locations.table.selectRow(10)
    click(qtbot, dialog.locations.remove_button)
    assert dialog.locations.table.rowCount() == 10
    assert dialog.issue_button.isEnabled()


@pytest.mark.parametrize(("cells", "problem"), [
    (("not-a-uuid", "1", "2"), "beacon 1: proximity UUID must look like"),
    ((UUID, "70000", "2"), "beacon 1: major must be a whole number 0-65535"),
    ((UUID, "1.5", "2"), "beacon 1: major '1.5' is not a whole number"),
])
def test_a_bad_beacon_disables_issue_and_says_why(qtbot, dialog, cells, problem) -> None:
    show_tab(qtbot, dialog, "Beacons")
    click(qtbot, dialog.beacons.add_button)
    for col, text in enumerate(cells):
        type_cell(qtbot, dialog.beacons, 0, col, text)
    assert not dialog.issue_button.isEnabled()
    assert problem in dialog.beacons.problem_label.text()
    assert problem.split(":")[1].strip()[:20] in dialog.form.statusLabel.text()
    type_cell(qtbot, dialog.beacons, 0, 0, UUID)
    type_cell(qtbot, dialog.beacons, 0, 1, "1")
    assert dialog.issue_button.isEnabled()
