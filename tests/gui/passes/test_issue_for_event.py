"""Events -> Issue -> Door (M3, m9, M9): passes issued for an event on now in the Issue
and Bulk issue dialogs are listed by the Passes pane's event filter, keep their event
after they reach PassEntry and the next pull, and that event's door admits them.

The event is "Winter Gala", made here where the account offers the (legacy) events
list; on an account with only the documented routes (``--strict``) it is the event on
now that the passes' ``enhancedEventData`` named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.core.admission import DoorConfig
from passdesk.core.payloads import EventInput
from passdesk.gui.passes.bulk_issue_dialog import BulkIssueDialog
from passdesk.gui.passes.issue_dialog import IssueDialog
from passdesk.gui.passes.model import Column
from passdesk.gui.passes.pane import PassesPane
from passdesk.scan.door import Door
from passdesk.store.schema import Event, Pass
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.events import create_event
from passdesk.sync.pull import PullSync
from passdesk.sync.service import StoreChanged
from tests.gui.helpers import SYNC_WAIT_MS, click, open_pane, open_synced_door, save_shot
from tests.gui.passes.test_issue_dialog import show_tab

GUESTS = ["Name;Seat;Ext id;QR", "Ines Gala;T1;gala-b1;GALA-0101", "Otto Gala;T2;gala-b2;GALA-0102",
          "Pia Gala;T3;gala-b3;GALA-0103"]


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def pick(qtbot, combo, starts: str) -> None:
    """Arrow keys on a focused combo until its text starts with ``starts``."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(starts):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(starts)


def names_listed(pane: PassesPane) -> set[str]:
    model = pane.model
    return {model.index(r, Column.NAME).data() for r in range(model.rowCount())}


def event_of(db, ext_id: str) -> str | None:
    with db.session() as s:
        return s.scalars(select(Pass.event_id).where(Pass.ext_id == ext_id)).one()


def test_passes_issued_for_an_event_are_filtered_by_it_and_admitted_by_its_door(
        qtbot, sandbox, make_services, open_window, tmp_path) -> None:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    db = services.database
    event_id, event_name, made_here = an_event_on_now(db)
    services.bridge.notice(StoreChanged("events", (event_id,)))  # as the Events pane does
    pane = open_pane(qtbot, window, "Passes")
    assert isinstance(pane, PassesPane)

    # Issue one pass: name, QR value GALA-0001, for the event.
    click(qtbot, pane.form.issueButton)
    dialog = pane.actions.dialog
    assert isinstance(dialog, IssueDialog)
    qtbot.waitUntil(lambda: dialog.form.templateCombo.isEnabled())
    pick(qtbot, dialog.form.templateCombo, "Riverside Arena Ticket")
    qtbot.waitUntil(lambda: "fullName" in dialog.field_edits)
    assert dialog.form.eventCombo.currentText().startswith("No event")
    pick(qtbot, dialog.form.eventCombo, event_name)
    assert dialog.field_edits["eventName"].text() == event_name  # printed on the pass
    qtbot.keyClicks(dialog.field_edits["fullName"], "Gala Guest")
    qtbot.keyClicks(dialog.field_edits["seat"], "Row A, Seat 1")
    show_tab(qtbot, dialog, "Barcode and NFC")
    assert dialog.form.barcodeCombo.currentText() == "QR code"  # a ticket has a code (m9)
    pick(qtbot, dialog.form.barcodeSourceCombo, "A value you type")
    qtbot.keyClicks(dialog.form.qrValueEdit, "GALA-0001")
    show_tab(qtbot, dialog, "Pass")
    save_shot(dialog, tmp_path, "issue-for-event.png")
    assert dialog.issue_button.isEnabled(), dialog.form.statusLabel.text()
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "Issuing" not in dialog.form.statusLabel.text())
    assert "queued" in dialog.form.statusLabel.text(), dialog.form.statusLabel.text()
    status = dialog.form.statusLabel.text()
    assert status.startswith("Pass for Gala Guest queued")  # the holder, not "Row A" (m9)
    assert event_name in status
    # Cleared for the next guest, and a second click cannot issue the same pass (m9).
    assert dialog.field_edits["fullName"].text() == dialog.form.qrValueEdit.text() == ""
    assert dialog.field_edits["eventName"].text() == event_name
    assert not dialog.issue_button.isEnabled()

    # The same QR value again is refused (M9).
    qtbot.keyClicks(dialog.field_edits["fullName"], "Gate Crasher")
    qtbot.keyClicks(dialog.form.qrValueEdit, "GALA-0001")
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "already on the pass of Gala Guest" in dialog.form.statusLabel.text())
    dialog.reject()

    # Bulk issue a file for the same event.
    path = tmp_path / "guests.csv"
    path.write_text("\r\n".join(GUESTS) + "\r\n", encoding="utf-8")
    click(qtbot, pane.form.bulkButton)
    bulk = pane.actions.dialog
    assert isinstance(bulk, BulkIssueDialog)
    qtbot.waitUntil(lambda: bulk.form.templateCombo.count() > 1)
    pick(qtbot, bulk.form.templateCombo, "Riverside Arena Ticket")
    pick(qtbot, bulk.form.eventCombo, event_name)
    bulk.form.fileEdit.setFocus()
    qtbot.keyClicks(bulk.form.fileEdit, str(path))  # a typed path works (m10)
    qtbot.keyClick(bulk.form.fileEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bulk.report is not None and len(bulk.report.good) == 3)
    click(qtbot, bulk.issue_button)
    qtbot.waitUntil(lambda: "3 passes queued" in bulk.form.statusLabel.text())
    assert not bulk.issue_button.isEnabled()  # not twice by accident (m10)
    bulk.reject()

    # Passes -> filter by the event: those four are listed.
    pick(qtbot, pane.form.eventCombo, event_name)
    want = {"Gala Guest", "Ines Gala", "Otto Gala", "Pia Gala"}
    if made_here:  # a new event: those four, nothing else
        qtbot.waitUntil(lambda: names_listed(pane) == want, timeout=SYNC_WAIT_MS)
    else:  # with the passes PassEntry already had for it
        qtbot.waitUntil(lambda: want <= names_listed(pane), timeout=SYNC_WAIT_MS)
    save_shot(pane.window(), tmp_path, "passes-filtered-to-event.png")

    # They reach PassEntry (the sync pushes them); the API's answers and a full pull
    # carry no event: the link stays.
    with db.session() as s:
        gala_ext = s.scalars(select(Pass.ext_id).where(Pass.barcode_value == "GALA-0001")).one()
    exts = (gala_ext, "gala-b1", "gala-b2", "gala-b3")
    qtbot.waitUntil(lambda: not any(_local_id(db, x) for x in exts), timeout=SYNC_WAIT_MS)
    assert all(sandbox.state.find_pass(x, by_ext_id=True) is not None for x in exts)
    with PassEntryClient(sandbox.base_url, sandbox.api_key) as client:
        PullSync(client, db).run(reconcile=True)
    event_now = _event_id_named(db, event_name)
    assert [event_of(db, x) for x in exts] == [event_now] * 4

    # That event's door admits GALA-0001; a door of another event does not.
    door = Door(db, DoorConfig(desk="gala", event_id=event_now))
    other = Door(db, DoorConfig(desk="other", event_id="some-other-event"))
    try:
        assert door.scan("GALA-0001").verdict.lets_in
        assert door.scan("GALA-0102").verdict.lets_in
        assert not other.scan("GALA-0103").verdict.lets_in
    finally:
        door.close()
        other.close()


def an_event_on_now(db) -> tuple[str, str, bool]:
    """(id, name, made here) of an event on now: one made here where the account has
    the events list, else the one on now that the pulled passes named."""
    now = datetime.now(UTC)
    try:
        made = create_event(db, event=EventInput(
            name="Winter Gala", venue_name="Riverside Hall", start=now - timedelta(hours=1),
            end=now + timedelta(hours=5), time_zone="Europe/London"))
        return made, "Winter Gala", True
    except ChangeRefused:  # "This PassEntry account does not offer the events list"
        with db.session() as s:
            found = s.execute(select(Event.id, Event.name).where(
                Event.start_time <= now, Event.end_time > now)).first()
        assert found is not None, "the demo passes name an event on now"
        return found.id, found.name, False


def _local_id(db, ext_id: str) -> bool:
    with db.session() as s:
        return s.scalars(select(Pass.id).where(Pass.ext_id == ext_id)).one().startswith("local-")


def _event_id_named(db, name: str) -> str:
    with db.session() as s:
        return s.scalars(select(Event.id).where(Event.name == name)).one()
