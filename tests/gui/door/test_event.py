"""The Door tied to tonight's event (M1, M2, M11, m3, m4) and a verdict that goes back to
READY with honest undo (M5, m2): the real sandbox, a real SQLite store, scanner bursts
and clicks, as the QA report's repro steps do them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from passdesk.core.admission import DoorConfig
from passdesk.gui.door.history_model import Column
from passdesk.gui.door.pane import DoorPane
from passdesk.gui.door.settings_dialog import ANY, event_label
from passdesk.gui.i18n import formats
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass
from passdesk.sync.progress import SyncProgress
from passdesk.sync.service import SyncStatus
from tests.gui.door.test_pane import DoorWindow, a_valid_pass
from tests.gui.helpers import click, configure, open_synced_door, wait_until_synced
from tests.gui.scanning.test_wedge import Typist

TONIGHT, NEXT_MONTH, ENDED = "Summer Nights Live", "Autumn Jazz Festival", "Comedy Gala"


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window) -> DoorWindow:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    return DoorWindow(window, services, pane, Typist())


@pytest.fixture
def zoned_door(qtbot, legacy_sandbox, make_services, open_window) -> DoorWindow:
    """A door whose events carry their own time zone (only the legacy events API sends
    one; events learnt from passes are on the desk's clock)."""
    window, services, pane = open_synced_door(qtbot, legacy_sandbox, make_services, open_window)
    return DoorWindow(window, services, pane, Typist())


def event(door: DoorWindow, name: str) -> Event:
    with door.services.database.session() as session:
        return session.scalars(select(Event).where(Event.name == name)).one()


def ticket_for(door: DoorWindow, name: str) -> str:
    """The barcode of an active ticket for the event called ``name``."""
    with door.services.database.session() as session:
        return session.scalars(
            select(Pass.barcode_value).join(Event, Event.id == Pass.event_id)
            .where(Event.name == name, Pass.status == "active",
                   Pass.barcode_value.is_not(None)).order_by(Pass.id).limit(1)).one()


def card_of_type(door: DoorWindow, pass_type: str) -> str:
    """The barcode of an active, unexpired pass of ``pass_type`` (a card, no ticket)."""
    now = datetime.now(UTC)
    with door.services.database.session() as session:
        for value, expires in session.execute(
                select(Pass.barcode_value, Pass.expires_at)
                .where(Pass.pass_type == pass_type, Pass.status == "active",
                       Pass.barcode_value.is_not(None)).order_by(Pass.id)):
            if expires is None or expires.replace(tzinfo=UTC) > now:
                return value
    raise AssertionError(f"no active {pass_type} pass")


def day(found: Event) -> str:
    """The event's day on its own clock, as the DoorWindow says it: "Sun 1 Nov 2026"
    (the locale's day with its weekday)."""
    from zoneinfo import ZoneInfo

    start = found.start_time.replace(tzinfo=UTC)
    # Without a zone (an event learnt from passes) the DoorWindow uses the desk's clock.
    local = start.astimezone(ZoneInfo(found.time_zone)) if found.time_zone else start.astimezone()
    return formats.date_words(local.date())


def choose_in_banner(qtbot, pane: DoorPane, event_id: str) -> None:
    combo = pane.form.bannerCombo
    combo.setCurrentIndex(combo.findData(event_id))
    click(qtbot, pane.form.bannerButton)


# --- M1, m3: tickets of other nights and cards that are no ticket ----------------------

def test_ended_and_later_tickets_and_cards_are_denied_with_words_to_redirect(
        qtbot, door) -> None:
    pane = door.pane
    ended, later = event(door, ENDED), event(door, NEXT_MONTH)

    door.scan_at_the_door(ticket_for(door, ENDED))
    assert pane.verdict_text[0] == "DENY"
    assert pane.verdict_text[2] == f"Ticket for Comedy Gala, {day(ended)}: that event has ended"

    door.scan_at_the_door(ticket_for(door, NEXT_MONTH))
    assert pane.verdict_text[0] == "DENY"
    # The start on the event's clock, with its zone where the event has one.
    starts = (later.start_time.replace(tzinfo=UTC).astimezone(ZoneInfo(later.time_zone))
              if later.time_zone else later.start_time.replace(tzinfo=UTC).astimezone())
    zone = " London" if later.time_zone else ""
    assert pane.verdict_text[2].startswith(
        f"Ticket for Autumn Jazz Festival, {day(later)}: not yet, it starts at "
        f"{starts:%H:%M}{zone}")

    door.scan_at_the_door(card_of_type(door, "storeCard"))
    assert pane.verdict_text[0::2] == ("DENY", "Not a ticket: this is a loyalty card")
    door.scan_at_the_door(card_of_type(door, "generic"))
    assert pane.verdict_text[0::2] == ("DENY", "Not a ticket: this is a member card")

    # Tonight's ticket still gets in.
    barcode, name = a_valid_pass(door)
    door.scan_at_the_door(barcode)
    assert pane.verdict_text == ("ADMIT", name, "Welcome")

    # A door that admits cards (a setting) lets the member card in.
    pane.apply_setup(DoorSetup(DoorConfig(admit_non_tickets=True), event_chosen=True))
    door.scan_at_the_door(card_of_type(door, "generic"))
    assert pane.verdict_text[0] == "ADMIT"


def test_a_ticket_for_another_event_says_which_event_and_day(qtbot, door) -> None:
    pane = door.pane
    tonight, later = event(door, TONIGHT), event(door, NEXT_MONTH)
    choose_in_banner(qtbot, pane, tonight.id)
    door.scan_at_the_door(ticket_for(door, NEXT_MONTH))
    assert pane.verdict_text[0] == "DENY"
    assert pane.verdict_text[2] == \
        f"Ticket for Autumn Jazz Festival, {day(later)}: not this door's event"


# --- M1, m4: the first show asks; the choice is kept and named -------------------------

def test_a_new_door_asks_which_event_and_keeps_the_answer(qtbot, zoned_door) -> None:
    door = zoned_door
    pane, form = door.pane, door.pane.form
    tonight = event(door, TONIGHT)
    assert "event_choice" not in SettingsStore().load().door  # a fresh desk
    qtbot.waitUntil(lambda: form.bannerCombo.findData(tonight.id) >= 0)
    assert form.eventBanner.isVisible()
    assert "Which event does this door admit?" in form.bannerLabel.text()
    assert "no event chosen yet" in form.doorSummary.text()
    labels = [form.bannerCombo.itemText(i) for i in range(form.bannerCombo.count())]
    assert labels[0] == "Choose tonight's event…"
    assert any(label.startswith("Any event") for label in labels)
    # Named by name, date and zone.
    assert any(label.startswith(f"{TONIGHT} · ") and "London time" in label for label in labels)

    click(qtbot, form.bannerButton)  # nothing picked yet: still asking
    assert form.eventBanner.isVisible()

    choose_in_banner(qtbot, pane, tonight.id)
    assert not form.eventBanner.isVisible()
    stored = SettingsStore().load().door
    assert (stored["event_id"], stored["event_choice"]) == (tonight.id, "event")
    assert f"{TONIGHT}, {day(tonight)}" in form.doorSummary.text()
    assert tonight.id not in form.doorSummary.text()


def test_any_event_is_an_explicit_labelled_choice(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    qtbot.waitUntil(lambda: form.bannerCombo.count() > 2)
    choose_in_banner(qtbot, pane, ANY)
    assert not form.eventBanner.isVisible()
    assert SettingsStore().load().door["event_choice"] == "any"
    assert "any event" in form.doorSummary.text()


# --- M2: a door set to an event that is gone -------------------------------------------

def test_a_door_set_to_a_deleted_event_warns_loudly_and_shows_no_id(
        qtbot, sandbox, make_services, open_window) -> None:
    gone = "8d8e836f346d"
    configure(sandbox.base_url, sandbox.api_key)
    store = SettingsStore()
    settings = store.load()
    settings.door = {"event_id": gone}  # a file from before the event was deleted
    store.save(settings)
    services = make_services()
    window = open_window(services)
    wait_until_synced(qtbot, services)
    pane = window.pane("door")
    form = pane.form
    qtbot.waitUntil(pane.event_missing)
    assert form.eventBanner.isVisible()
    assert form.eventBanner.property("alarm") is True
    words = form.bannerLabel.text()
    assert "no longer in the events list" in words
    assert "Door settings" in words
    assert gone not in form.doorSummary.text()
    assert "event missing" in form.doorSummary.text()
    # The big panel says it too, instead of READY.
    qtbot.waitUntil(lambda: pane.verdict_text[0] == "NO EVENT")

    # Door settings name it as missing, never by its id.
    click(qtbot, form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible())
    combo = pane.settings_dialog.form.eventCombo
    assert combo.currentText() == "Missing event: no longer in the events list"
    assert all(gone not in combo.itemText(i) for i in range(combo.count()))
    pane.settings_dialog.reject()

    # Choosing tonight's event in the banner ends the alarm.
    tonight = next(e for e in pane._events if e.name == TONIGHT)
    choose_in_banner(qtbot, pane, tonight.id)
    assert not form.eventBanner.isVisible()
    assert TONIGHT in form.doorSummary.text()
    assert pane.verdict_text[0] == "READY"


# --- m4: picking an event fills the doors' window, on the event's clock ----------------

def test_picking_an_event_in_settings_fills_the_doors_window(qtbot, zoned_door) -> None:
    door = zoned_door
    pane = door.pane
    gala = event(door, ENDED)
    click(qtbot, pane.form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible())
    dialog = pane.settings_dialog
    form = dialog.form
    assert form.eventCombo.currentText() == "Choose tonight's event…"
    assert not form.openCheck.isChecked()

    combo = form.eventCombo
    combo.setFocus()
    while combo.currentData() != gala.id:  # the arrow keys, as a person picks
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == gala.id
    assert combo.currentText().startswith(f"{ENDED} · ")
    assert "Paris time" in combo.currentText()

    start = gala.start_time.replace(tzinfo=UTC)
    assert form.openCheck.isChecked()
    assert form.closeCheck.isChecked()
    assert form.openEdit.dateTime().toSecsSinceEpoch() == \
        int((start - timedelta(hours=1)).timestamp())
    assert form.closeEdit.dateTime().toSecsSinceEpoch() == \
        int(gala.end_time.replace(tzinfo=UTC).timestamp())
    assert form.openEdit.text().endswith("19:00")  # 20:00 in Paris, an hour before
    assert "Paris time" in form.windowZoneLabel.text()
    assert "Here: open " in form.windowZoneLabel.text()  # the desk is on UTC
    # The words take the field's width and are shown whole, not squeezed to a sliver.
    label = form.windowZoneLabel
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.width() >= form.eventCombo.width() - 2

    assert form.buttonBox.button(QDialogButtonBox.StandardButton.Save) is not None
    click(qtbot, form.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    summary = pane.form.doorSummary.text()
    assert f"{ENDED}, {day(gala)}" in summary
    assert "doors 19:00 Paris time" in summary
    assert gala.id not in summary


def test_event_labels_say_the_zone() -> None:
    from passdesk.core.admission import EventFacts

    gala = EventFacts("e1", "Comedy Gala", datetime(2026, 11, 1, 19, tzinfo=UTC),
                      None, "Europe/Paris")
    assert event_label(gala).startswith("Comedy Gala · Sun 1 Nov 2026, 20:00 Paris time")


# --- M5, m2: back to READY; undo that reads as undone ----------------------------------

def test_the_verdict_goes_back_to_ready_and_the_next_scan_replaces_it(qtbot, door) -> None:
    pane = door.pane
    pane.apply_setup(DoorSetup(DoorConfig(), event_chosen=True, verdict_seconds=1))
    door.scan_at_the_door("NOPE-00000-00000")
    assert pane.verdict_text[0] == "DENY"
    barcode, name = a_valid_pass(door)
    door.scan_at_the_door(barcode)  # not blocked: replaces the DENY at once
    assert pane.verdict_text == ("ADMIT", name, "Welcome")
    qtbot.waitUntil(lambda: pane.verdict_text[0] == "READY", timeout=10_000)
    assert pane.form.verdictFrame.property("outcome") == "idle"
    assert SettingsStore().load().door["verdict_seconds"] == 1


def test_undo_marks_the_row_and_is_off_with_nothing_to_undo(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    qtbot.waitUntil(lambda: not form.undoButton.isEnabled())  # nothing admitted yet
    barcode, name = a_valid_pass(door)
    door.scan_at_the_door(barcode)
    assert form.undoButton.isEnabled()
    frame_at = form.verdictFrame.geometry()

    click(qtbot, form.undoButton)
    assert pane.undo_words == f"Undone: {name}"
    assert not form.undoButton.isEnabled()
    row = pane.recent.index(0, Column.REASON)
    assert row.data().startswith("UNDONE")
    assert pane.recent.index(0, Column.VERDICT).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not form.undoLabel.wordWrap()
    assert form.verdictFrame.geometry() == frame_at  # the message moved nothing

    # The list read again from the store keeps the mark.
    pane._load_history()
    qtbot.waitUntil(lambda: pane.recent.rowCount() == 1
                    and pane.recent.index(0, Column.REASON).data().startswith("UNDONE"))


def test_the_footer_speaks_plainly(qtbot, door) -> None:
    pane = door.pane
    barcode, _name = a_valid_pass(door)
    door.scan_at_the_door(barcode)
    footer = pane.form.verdictDetail.text()
    assert "scanner" in footer
    assert "wedge" not in footer


# --- M11: before the first sync has finished -------------------------------------------

def test_before_the_first_sync_the_door_says_loading_not_ready(
        qtbot, tmp_path, store_tasks) -> None:
    database = Database.open(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    bridge = SyncBridge()
    pane = DoorPane(database=database, settings=SettingsStore(), bridge=bridge,
                    store_tasks=store_tasks)
    qtbot.addWidget(pane)
    pane.show()
    try:
        assert pane.verdict_text[0] == "LOADING"
        assert pane.verdict_text[2].startswith("Loading passes…")
        bridge.notice(SyncStatus(syncing=True, progress=SyncProgress(
            "passes (full)", 45, 100, 1, 100.0)))
        qtbot.waitUntil(lambda: pane.verdict_text[2] == "Loading passes… 45 %")

        # A pass not in the store yet is no plain "Unknown pass".
        result = pane.scan("TKT-NOTYET-00000")
        assert result is not None
        assert result.facts is None
        assert pane.verdict_text == (
            "NOT LOADED", "", "Passes are still loading (45 %): check the ticket by hand")
        assert pane.form.verdictFrame.property("outcome") == "unsure"

        bridge.notice(SyncStatus(syncing=False, last_sync_at=datetime.now(UTC)))
        qtbot.waitUntil(lambda: pane.loaded)
        pane.scan("TKT-NOTYET-00000")
        assert pane.verdict_text[0] == "DENY"
        assert pane.verdict_text[2].startswith("Unknown pass")
    finally:
        pane.close()
        pane.deleteLater()
        database.close()


def test_the_event_choice_is_kept_and_old_files_read_as_not_chosen() -> None:
    from passdesk.settings.door import setup_from_json, setup_to_json

    assert not setup_from_json({}).event_chosen  # a file from before: the DoorWindow asks
    assert setup_from_json({"event_id": "ev-1"}).event_chosen  # an event picked back then
    assert setup_from_json({"event_choice": "any"}).event_chosen
    for setup in (DoorSetup(event_chosen=True, verdict_seconds=3),
                  DoorSetup(DoorConfig(event_id="ev-1", admit_non_tickets=True,
                                             early_entry=timedelta(hours=2)),
                               event_chosen=True),
                  DoorSetup()):
        assert setup_from_json(setup_to_json(setup)) == setup
    assert setup_from_json({"verdict_seconds": -1}).verdict_seconds == 5


def test_last_scans_give_the_reason_room(qtbot, door) -> None:
    """Polish: "Already ad…" was all the Why column showed; reasons now wrap on two lines."""
    pane, table = door.pane, door.pane.form.recentTable
    door.window.resize(1024, 768)
    door.scan_at_the_door(ticket_for(door, ENDED))
    assert table.wordWrap()
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
    header = table.horizontalHeader()
    assert header.sectionSize(Column.REASON) > header.sectionSize(Column.WHO)
    reason = pane.recent.index(0, Column.REASON)
    assert reason.data(Qt.ItemDataRole.ToolTipRole) == pane.verdict_text[2]
