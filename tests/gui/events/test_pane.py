"""The Events pane and its dialog, driven as a person would, over the real sandbox.

The user's zone is fixed to Europe/Berlin (the machine running the tests may be
anywhere); events are put in 2030 so "upcoming" never depends on today.

Events are a legacy API: most tests use a sandbox that has it (whatever
PASSDESK_SANDBOX_STRICT says); on a strict one (documented routes only) the
pane lists the events learnt from the passes, read-only, and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateTimeEdit

from passdesk.gui.events import model as events_model
from passdesk.gui.events.event_dialog import EventDialog
from passdesk.gui.events.model import ID_ROLE, NOT_SENT, Column
from passdesk.gui.events.pane import NO_EVENTS_LIST, READ_ONLY_TIP, EventsPane
from passdesk.gui.main_window import MainWindow
from passdesk.gui.services import Services
from passdesk.sandbox import SandboxServer
from passdesk.sandbox.rows import StoredEvent
from passdesk.store.event_list import When
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    configure,
    open_pane,
    retype,
    save_shot,
    wait_until_synced,
    when_shown,
)

# The zone picker's completer pops up as the person types; the offscreen platform
# cannot raise it or let it grab the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)",
                                       "This plugin does not support grabbing the keyboard")

LOCAL_ZONE = "Europe/Berlin"
#: The sync service checks the connection this often when idle (30 s in the app).
QUICK_CHECKS = timedelta(seconds=0.3)
NAME = "Harbour Lights"
_S = QDateTimeEdit.Section
SECTIONS = (_S.YearSection, _S.MonthSection, _S.DaySection, _S.HourSection, _S.MinuteSection)


@pytest.fixture(autouse=True)
def user_in_berlin(monkeypatch) -> None:
    monkeypatch.setattr(events_model, "local_zone_name", lambda: LOCAL_ZONE)


@dataclass
class Desk:
    window: MainWindow
    services: Services
    pane: EventsPane

    def cells(self, name: str) -> dict[str, str] | None:
        """The row of event ``name`` as a person reads it, by column header."""
        row = self._row(name)
        if row is None:
            return None
        proxy = self.pane.proxy
        return {events_model.HEADERS[c]: proxy.index(row, c).data() for c in Column}

    def tooltip(self, name: str, column: Column) -> str:
        row = self._row(name)
        assert row is not None
        return self.pane.proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole)

    def double_click(self, qtbot, name: str) -> None:
        row = self._row(name)
        assert row is not None
        table = self.pane.form.eventsTable
        rect = table.visualRect(self.pane.proxy.index(row, Column.VENUE))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def _row(self, name: str) -> int | None:
        proxy = self.pane.proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, Column.NAME).data() == name:
                return row
        return None


@pytest.fixture
def sandbox(legacy_sandbox) -> SandboxServer:
    """With the (legacy) events API, whatever PASSDESK_SANDBOX_STRICT says."""
    return legacy_sandbox


@pytest.fixture
def strict_sandbox(strict) -> SandboxServer:
    """Only the documented routes: no events list."""
    return strict


def open_desk(qtbot, server, make_services, open_window) -> Desk:
    configure(server.base_url, server.api_key)
    services = make_services(idle_check_every=QUICK_CHECKS)
    window = open_window(services)
    wait_until_synced(qtbot, services)
    pane = open_pane(qtbot, window, "Events")
    assert isinstance(pane, EventsPane)
    return Desk(window, services, pane)


@pytest.fixture
def desk(qtbot, sandbox, make_services, open_window) -> Desk:
    return open_desk(qtbot, sandbox, make_services, open_window)


def sandbox_event(sandbox, name: str) -> StoredEvent | None:
    with sandbox.state.lock:
        found = [e for e in sandbox.state.events.values() if e.name == name]
    assert len(found) <= 1
    return found[0] if found else None


def type_moment(qtbot, edit: QDateTimeEdit, text: str) -> None:
    """Click each part of the picker ("2030-07-17 20:00") and type its digits."""
    day, clock = text.split()
    parts = (*day.split("-"), *clock.split(":"))
    edit.setFocus()
    for section, digits in zip(SECTIONS, parts, strict=True):
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, digits)


def pick_zone(qtbot, dialog: EventDialog, text: str) -> None:
    retype(qtbot, dialog.form.zoneCombo.lineEdit(), text)


def search_zone(qtbot, dialog: EventDialog, part: str) -> None:
    """Type part of a city, then take the first suggestion with Down and Enter."""
    pick_zone(qtbot, dialog, part)
    popup = dialog.form.zoneCombo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


# --- create offline, deliver, edit ---------------------------------------------------------


def test_an_event_made_offline_shows_pending_then_reaches_passentry_and_edits_follow(
        qtbot, sandbox, desk, tmp_path) -> None:
    form = desk.pane.form
    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.ALL))
    qtbot.waitUntil(lambda: desk.pane.model.rowCount() == len(sandbox.state.events))

    sandbox.stop()  # offline: the event must wait, visibly
    seen: dict[str, str] = {}

    def fill(dialog: EventDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New event"
        assert dialog.zone_name() == LOCAL_ZONE, "a new event starts in the user's zone"
        retype(qtbot, f.nameEdit, NAME)
        retype(qtbot, f.venueEdit, "Pier 4")
        search_zone(qtbot, dialog, "new_y")
        assert f.zoneCombo.currentText() == "America/New_York"
        type_moment(qtbot, f.startEdit, "2030-07-17 20:00")
        type_moment(qtbot, f.endEdit, "2030-07-17 23:30")
        seen["start"], seen["end"] = f.startLocal.text(), f.endLocal.text()
        seen["ok"] = str(dialog.ok_button.isEnabled())
        save_shot(dialog, tmp_path, "events-dialog.png")
        click(qtbot, dialog.ok_button)

    when_shown(EventDialog, fill)
    click(qtbot, form.newButton)

    assert seen["ok"] == "True"
    assert seen["start"] == ("Wed 17 Jul 2030, 20:00 in America/New_York (EDT, UTC-04:00)\n"
                             "= Thu 18 Jul 2030, 02:00 in your time (Europe/Berlin)")
    assert seen["end"].endswith("\n= Thu 18 Jul 2030, 05:30 in your time (Europe/Berlin)")

    qtbot.waitUntil(lambda: desk.cells(NAME) is not None, timeout=SYNC_WAIT_MS)
    cells = desk.cells(NAME)
    assert cells == {"Name": NAME, "Venue": "Pier 4", "Start": "17 Jul 2030, 20:00",
                     "End": "23:30", "Time zone": "New York",
                     "Status": f"new · {NOT_SENT}", "Passes": "—"}
    assert desk.tooltip(NAME, Column.START) == (
        "Wed 17 Jul 2030, 20:00 in America/New_York (EDT, UTC-04:00)\n"
        "= Thu 18 Jul 2030, 02:00 in your time (Europe/Berlin, CEST, UTC+02:00)")
    assert "not sent to PassEntry yet" in desk.tooltip(NAME, Column.STATUS)
    assert desk.tooltip(NAME, Column.ZONE) == "America/New_York"
    assert "1 with changes not sent to PassEntry yet" in form.summaryLabel.text()
    assert desk.pane.selected_id().startswith("local-"), "the new event is selected"
    assert sandbox_event(sandbox, NAME) is None

    for size, shot in (((1100, 720), "events-pane.png"), ((860, 560), "events-pane-860.png")):
        desk.window.resize(*size)
        qtbot.waitUntil(lambda size=size: desk.window.size().toTuple() == size)
        save_shot(desk.window, tmp_path, shot)

    sandbox.start()  # back online: delivered, with the API's id and status
    qtbot.waitUntil(lambda: sandbox_event(sandbox, NAME) is not None, timeout=SYNC_WAIT_MS)
    made = sandbox_event(sandbox, NAME)
    assert (made.venue_name, made.time_zone) == ("Pier 4", "America/New_York")
    assert made.start == datetime(2030, 7, 18, 0, 0, tzinfo=UTC)
    assert made.end == datetime(2030, 7, 18, 3, 30, tzinfo=UTC)
    qtbot.waitUntil(lambda: desk.cells(NAME)["Status"] == "upcoming", timeout=SYNC_WAIT_MS)

    def change_venue(dialog: EventDialog) -> None:
        assert dialog.windowTitle() == "Edit event"
        assert dialog.zone_name() == "America/New_York"
        assert dialog.start_wall() == datetime(2030, 7, 17, 20, 0), "in the event's zone"
        retype(qtbot, dialog.form.venueEdit, "Pier 5")
        click(qtbot, dialog.ok_button)

    when_shown(EventDialog, change_venue)
    desk.double_click(qtbot, NAME)

    qtbot.waitUntil(lambda: sandbox_event(sandbox, NAME).venue_name == "Pier 5",
                    timeout=SYNC_WAIT_MS)
    assert sandbox_event(sandbox, NAME).start == made.start, "only the venue was sent"
    qtbot.waitUntil(lambda: desk.cells(NAME)["Venue"] == "Pier 5")
    qtbot.waitUntil(lambda: desk.cells(NAME)["Status"] == "upcoming", timeout=SYNC_WAIT_MS)
    selected = form.eventsTable.selectionModel().selectedRows()
    assert [index.data(ID_ROLE) for index in selected] == [made.id]


# --- the list ------------------------------------------------------------------------------


def test_where_the_account_has_events_they_can_be_made_and_edited(qtbot, desk) -> None:
    form = desk.pane.form
    qtbot.waitUntil(lambda: desk.pane.model.rowCount() > 0)
    assert not form.noticeLabel.isVisible()
    assert form.newButton.isEnabled()
    desk.pane.table.select(desk.pane.model.row(0).id)
    assert form.editButton.isEnabled()
    assert not desk.pane.read_only


def test_without_an_events_list_the_events_come_from_the_passes_read_only(
        qtbot, strict_sandbox, make_services, open_window, tmp_path) -> None:
    desk = open_desk(qtbot, strict_sandbox, make_services, open_window)
    form = desk.pane.form
    # The events are those the passes carry in their event details.
    with strict_sandbox.state.lock:
        names = {p.attributes["enhancedEventData"]["event"]["name"]
                 for p in strict_sandbox.state.passes.values()
                 if (p.attributes.get("enhancedEventData") or {}).get("event")}
    assert names
    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.ALL))
    qtbot.waitUntil(lambda: desk.pane.model.rowCount() == len(names), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(form.noticeLabel.isVisible)
    assert form.noticeLabel.text() == NO_EVENTS_LIST
    rows = [desk.pane.model.row(n) for n in range(desk.pane.model.rowCount())]
    assert {row.source for row in rows} == {"passes"}
    assert all(row.id.startswith("eed-") for row in rows)
    assert {row.name for row in rows} == names
    assert desk.cells(rows[0].name)["Time zone"] == "UTC", "no zone in the details: UTC, said"
    # PassEntry sends no count for these: the Passes column counts the stored passes.
    with strict_sandbox.state.lock:
        on_sandbox = sum(1 for p in strict_sandbox.state.passes.values()
                         if ((p.attributes.get("enhancedEventData") or {}).get("event") or {})
                         .get("name") == rows[0].name and p.attributes.get("status") != "nullified")
    assert desk.cells(rows[0].name)["Passes"] == f"{on_sandbox:,}"
    assert not form.newButton.isEnabled()
    assert form.newButton.toolTip() == READ_ONLY_TIP
    first = rows[0]
    desk.pane.table.select(first.id)
    assert desk.pane.selected_id() == first.id
    assert not form.editButton.isEnabled()
    assert form.editButton.toolTip() == READ_ONLY_TIP
    opened: list[EventDialog] = []
    timer = when_shown(EventDialog, lambda dialog: (opened.append(dialog), dialog.reject()))
    desk.double_click(qtbot, first.name)
    qtbot.wait(200)
    timer.stop()
    assert opened == [], "no dialog to edit an event learnt from passes"
    assert "Double-click" not in form.hintLabel.text()
    for size in ((1024, 768), (1366, 768)):
        desk.window.resize(*size)
        qtbot.waitUntil(lambda size=size: desk.window.size().toTuple() == size)
        save_shot(desk.window, tmp_path, f"events-pane-read-only-{size[0]}.png")


def test_the_list_filters_by_text_and_time_and_sorts(qtbot, sandbox, desk) -> None:
    form, model, proxy = desk.pane.form, desk.pane.model, desk.pane.proxy
    with sandbox.state.lock:  # long over, and far ahead: "now" never decides these
        for event in (
            StoredEvent("ev-old", "Old Fair", "Hall 100%", datetime(2020, 5, 1, 9, tzinfo=UTC),
                        datetime(2020, 5, 1, 17, tzinfo=UTC), "Europe/London"),
            StoredEvent("ev-ball", "Future Ball", "The Cellar",
                        datetime(2031, 2, 1, 19, tzinfo=UTC),
                        datetime(2031, 2, 1, 23, tzinfo=UTC), "Asia/Tokyo"),
        ):
            sandbox.state.events[event.id] = event
    desk.services.sync.sync_now()
    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.ALL))
    qtbot.waitUntil(lambda: model.row_of("ev-ball") is not None
                    and model.row_of("ev-old") is not None, timeout=SYNC_WAIT_MS)
    assert desk.cells("Future Ball")["Start"] == "2 Feb 2031, 04:00", "Tokyo's wall time"
    assert desk.cells("Future Ball")["End"] == "08:00", "the same day there: the time only"

    def shown() -> list[str]:
        return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]

    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.UPCOMING))
    qtbot.waitUntil(lambda: "upcoming event" in form.summaryLabel.text()
                    and "Future Ball" in shown() and "Old Fair" not in shown())
    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.PAST))
    qtbot.waitUntil(lambda: "past event" in form.summaryLabel.text()
                    and "Old Fair" in shown() and "Future Ball" not in shown())
    starts = [model.row(proxy.mapToSource(proxy.index(r, 0)).row()).start
              for r in range(proxy.rowCount())]
    assert starts == sorted(starts, reverse=True), "past: the most recent first"

    form.whenCombo.setCurrentIndex(form.whenCombo.findData(When.ALL))
    qtbot.keyClicks(form.filterEdit, "CELLAR")  # the venue, any case
    qtbot.waitUntil(lambda: shown() == ["Future Ball"])
    assert form.summaryLabel.text() == "1 event (filtered)"
    retype(qtbot, form.filterEdit, "100%")  # literally, not a wildcard
    qtbot.waitUntil(lambda: shown() == ["Old Fair"])
    retype(qtbot, form.filterEdit, "no such event anywhere")
    qtbot.waitUntil(lambda: shown() == [])
    assert form.summaryLabel.text() == "0 events (filtered)"
    assert not form.editButton.isEnabled()
    form.filterEdit.clear()
    qtbot.waitUntil(lambda: len(shown()) == len(sandbox.state.events))

    # A click on a header sorts by that column; Start sorts by the moment, not the text.
    header = form.eventsTable.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_center(header, Column.NAME))
    names = shown()
    assert names in (sorted(names, key=str.casefold), sorted(names, key=str.casefold)[::-1])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_center(header, Column.START))
    starts = [model.row(proxy.mapToSource(proxy.index(r, 0)).row()).start
              for r in range(proxy.rowCount())]
    assert starts in (sorted(starts), sorted(starts, reverse=True))
    assert {starts[0], starts[-1]} == {datetime(2020, 5, 1, 9, tzinfo=UTC),
                                       datetime(2031, 2, 1, 19, tzinfo=UTC)}


def _section_center(header, column: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


# --- the dialog's checks ------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot) -> EventDialog:
    made = EventDialog(local_zone=LOCAL_ZONE, now=datetime(2030, 3, 1, 12, 0, tzinfo=UTC))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    retype(qtbot, made.form.nameEdit, "Spring Ball")
    retype(qtbot, made.form.venueEdit, "Ballroom")
    return made


def test_ok_waits_for_a_name_a_venue_and_a_known_zone(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled()
    retype(qtbot, dialog.form.nameEdit, "  ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem() == "Enter the event's name."
    assert dialog.form.problemLabel.isVisible()
    retype(qtbot, dialog.form.nameEdit, "Spring Ball")
    pick_zone(qtbot, dialog, "Europe/Atlantis")
    assert dialog.problem().startswith("Pick a time zone from the list")
    pick_zone(qtbot, dialog, "europe/paris")  # any case: the list's spelling is taken
    assert dialog.zone_name() == "Europe/Paris"
    assert dialog.ok_button.isEnabled()
    assert not dialog.form.problemLabel.isVisible()
    assert dialog.form.startLocal.text().endswith("\n= the same in your time (Europe/Berlin)")


def test_an_end_before_the_start_disables_ok_with_the_reason(qtbot, dialog, tmp_path) -> None:
    type_moment(qtbot, dialog.form.startEdit, "2030-06-10 20:00")
    assert dialog.end_wall() == datetime(2030, 6, 11, 0, 0), "the end moves with the start"
    type_moment(qtbot, dialog.form.endEdit, "2030-06-10 19:00")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem() == "The event must end after it starts."
    save_shot(dialog, tmp_path, "events-dialog-invalid.png")
    type_moment(qtbot, dialog.form.endEdit, "2030-06-10 22:00")
    assert dialog.ok_button.isEnabled()
    made = dialog.event_input()
    assert made is not None
    assert made.start == datetime(2030, 6, 10, 18, 0, tzinfo=UTC)
    assert made.start.isoformat() == "2030-06-10T20:00:00+02:00", "sent in the event's zone"


def test_a_time_the_clocks_skip_is_refused_and_a_doubled_one_explained(
        qtbot, dialog, tmp_path) -> None:
    # 31 March 2030: Berlin's clocks jump from 02:00 to 03:00.
    type_moment(qtbot, dialog.form.startEdit, "2030-03-31 02:30")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem() == (
        "The start time 02:30 on Sun 31 Mar 2030 does not exist in Europe/Berlin: the clocks "
        "jump from 02:00 to 03:00. Pick a time outside that gap.")
    assert dialog.form.startLocal.text() == "Not a time in Europe/Berlin: see below."
    save_shot(dialog, tmp_path, "events-dialog-gap.png")

    # The same wall time is fine in New York, where the clocks changed weeks before.
    pick_zone(qtbot, dialog, "America/New_York")
    assert dialog.ok_button.isEnabled()

    # 27 October 2030, 02:30 happens twice in Berlin: the first is taken, and said.
    pick_zone(qtbot, dialog, "Europe/Berlin")
    type_moment(qtbot, dialog.form.startEdit, "2030-10-27 02:30")
    assert dialog.ok_button.isEnabled()
    assert dialog.form.noteLabel.isVisible()
    assert "02:30 happens twice on Sun 27 Oct 2030" in dialog.form.noteLabel.text()
    assert "(CEST, UTC+02:00) is used" in dialog.form.noteLabel.text()
    save_shot(dialog, tmp_path, "events-dialog-fold.png")
    start = dialog.event_input().start
    assert start.astimezone(UTC) == datetime(2030, 10, 27, 0, 30, tzinfo=UTC)
    assert start.isoformat() == "2030-10-27T02:30:00+02:00"


@pytest.mark.parametrize(("typed", "zone"), [
    ("new york", "America/New_York"), ("New Y", "America/New_York"),
    ("NEW_Y", "America/New_York"), ("nyc", "America/New_York"),
    ("sao paulo", "America/Sao_Paulo"), ("los ang", "America/Los_Angeles"),
])
def test_the_zone_picker_finds_cities_as_people_type_them(qtbot, dialog, typed, zone) -> None:
    # m16: "new york" found nothing; spaces are underscores, any case, a few aliases.
    search_zone(qtbot, dialog, typed)
    assert dialog.form.zoneCombo.currentText() == zone
    assert dialog.zone_name() == zone
    assert dialog.ok_button.isEnabled()


def test_a_city_typed_in_full_is_taken_without_the_list(qtbot, dialog) -> None:
    pick_zone(qtbot, dialog, "new york")
    assert dialog.zone_name() == "America/New_York"
    assert dialog.ok_button.isEnabled()
    dialog.form.zoneCombo.completer().popup().hide()
    dialog.form.venueEdit.setFocus()  # the person moves on: the list's spelling shows
    qtbot.waitUntil(lambda: dialog.form.zoneCombo.currentText() == "America/New_York")
    pick_zone(qtbot, dialog, "Springfield")
    assert dialog.zone_name() is None
    assert dialog.problem().startswith("Pick a time zone from the list")
