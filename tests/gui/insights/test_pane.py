"""The Insights pane over the real store: a busy night of generated scans (several doors,
one gone silent, denials, exits and re-entries, an undo, a hold, a pass let in twice),
opened from the sidebar as a person would; every figure checked against a direct count
of the scan log, and screenshots at 1366x768 and 1024x768 to look at."""

from __future__ import annotations

import random
import shutil
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import insert, select
from sqlalchemy.exc import OperationalError

from passdesk.core.insights import ADMITTING, step_of
from passdesk.core.names import initials
from passdesk.gui.insights import scope as scope_module
from passdesk.gui.insights.doors_model import Column
from passdesk.gui.insights.pane import InsightsPane
from passdesk.gui.insights.scope import TODAY
from passdesk.gui.main_window import MainWindow
from passdesk.gui.services import Services
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.style import Tone, tone_of
from passdesk.settings import SettingsStore
from passdesk.settings.door import setup_from_json, setup_to_json
from passdesk.store.database import Database
from passdesk.store.scans import record_scan
from passdesk.store.schema import Event, LoyaltyOperation, Pass, Scan
from tests.gui.helpers import (
    choose,
    click,
    configure,
    open_pane,
    save_shot,
    wait_until_synced,
)

#: The door that stopped scanning: its last scan this long before now.
SILENT_FOR = timedelta(minutes=25)
BUSY_DOORS = ("Door 1", "Door 2")
SILENT_DOOR = "Balcony"
#: A PassEntry reader's scans, as the hub records them: desk and reader.
HUB = ("hub", "gate-2")
CAPACITY = 400
#: Where the screenshots of the busy moment go, to be looked at.
SHOTS = Path("/tmp")


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@dataclass
class Night:
    event_id: str
    now: datetime
    conflicted: str  # the pass let in at two doors


def scan(session, at: datetime, desk: str, verdict: str, *, pass_id: str | None,
         event_id: str, reason: str | None = None, reader_id: str | None = None,
         undone: bool = False) -> None:
    record_scan(session, scanned_at=at, raw_value=pass_id or "NOPE-0000", source="wedge",
                pass_id=pass_id, event_id=event_id, desk=desk, reader_id=reader_id,
                verdict=verdict, reason=reason, undone_at=at + timedelta(seconds=20)
                if undone else None)


def busy_night(database: Database, event_id: str, now: datetime, *, crowd: int = 200,
               seed: int = 24) -> Night:
    """An hour and ten minutes at four doors, written into the store's scan log: the
    crowd comes in fastest half an hour ago; one door went quiet 25 minutes ago."""
    rng = random.Random(seed)
    with database.session() as session:
        passes = list(session.scalars(select(Pass.id).where(Pass.event_id == event_id)
                                      .order_by(Pass.id)))
    assert len(passes) >= crowd + 8, "the demo event has too few tickets"
    start = now - timedelta(minutes=70)
    doors = (SILENT_DOOR, *BUSY_DOORS, "hub")
    with database.session() as session:
        def at(latest: datetime = now) -> datetime:
            return rng.triangular(0, 1, 0.55) * (latest - start) + start

        for number, pass_id in enumerate(passes[8:8 + crowd]):
            door = doors[number % 4]
            moment = at(now - SILENT_FOR) if door == SILENT_DOOR else at()
            reader = HUB[1] if door == "hub" else None
            scan(session, moment, door, "admit" if number % 7 else "warn", pass_id=pass_id,
                 event_id=event_id, reason="admitted", reader_id=reader)
        # The silent door's last scan, exactly SILENT_FOR ago.
        scan(session, now - SILENT_FOR, SILENT_DOOR, "admit", pass_id=passes[7],
             event_id=event_id, reason="admitted")
        # Three come in, go out; two come back in.
        for pass_id in passes[:3]:
            scan(session, now - timedelta(minutes=50), "Door 1", "admit", pass_id=pass_id,
                 event_id=event_id, reason="admitted")
            scan(session, now - timedelta(minutes=8), "Door 1", "exit", pass_id=pass_id,
                 event_id=event_id, reason="exited")
        for pass_id in passes[:2]:
            scan(session, now - timedelta(minutes=4), "Door 2", "admit", pass_id=pass_id,
                 event_id=event_id, reason="readmitted")
        # Turned away: again, unknown, wrong event.
        for k in range(5):
            scan(session, at(), BUSY_DOORS[k % 2], "deny", pass_id=passes[8 + k],
                 event_id=event_id, reason="already admitted")
        for _ in range(3):
            scan(session, at(), "Door 1", "deny", pass_id=None, event_id=event_id,
                 reason="unknown pass")
        scan(session, at(), "Door 2", "deny", pass_id=passes[6], event_id=event_id,
             reason="wrong event")
        # An admission undone, and a guest held for a person to decide.
        scan(session, now - timedelta(minutes=2), "Door 1", "admit", pass_id=passes[3],
             event_id=event_id, reason="admitted", undone=True)
        scan(session, now - timedelta(minutes=1), "Door 2", "hold", pass_id=passes[4],
             event_id=event_id, reason="held")
        # Offline: Door 1 and the hub's reader both let the same ticket in.
        conflicted = passes[5]
        scan(session, now - timedelta(minutes=40), "Door 1", "admit", pass_id=conflicted,
             event_id=event_id, reason="admitted")
        scan(session, now - timedelta(minutes=38), "hub", "admit", pass_id=conflicted,
             event_id=event_id, reason="admitted", reader_id=HUB[1])
    return Night(event_id, now, conflicted)


def door_key(desk: str, reader: str | None) -> str:
    return f"{desk}|{reader}" if reader else desk


def direct_counts(database: Database, event_id: str) -> dict[str, Counter]:
    """Admissions per door and step, counted from the scan log itself."""
    out: dict[str, Counter] = {}
    with database.session() as session:
        for desk, reader, at in session.execute(
                select(Scan.desk, Scan.reader_id, Scan.scanned_at)
                .where(Scan.event_id == event_id, Scan.verdict.in_(ADMITTING),
                       Scan.undone_at.is_(None))):
            out.setdefault(door_key(desk, reader), Counter())[step_of(at)] += 1
    return out


def event_on_now(database: Database, now: datetime) -> str:
    """The demo event on now with the most tickets."""
    with database.session() as session:
        rows = session.execute(select(Event.id, Event.start_time, Event.end_time)).all()
        on = [r.id for r in rows if r.start_time and r.end_time
              and r.start_time.replace(tzinfo=UTC) <= now < r.end_time.replace(tzinfo=UTC)]
        counts = {e: len(session.scalars(select(Pass.id).where(Pass.event_id == e)).all())
                  for e in on}
    assert counts, "no demo event on now"
    return max(counts, key=counts.get)


def set_door(services: Services, event_id: str, capacity: int | None) -> None:
    store: SettingsStore = services.settings
    setup = setup_from_json(store.load().door)
    setup = replace(setup, config=replace(setup.config, event_id=event_id, capacity=capacity),
                    event_chosen=True)
    store.update(lambda s: setattr(s, "door", setup_to_json(setup)))


@dataclass
class Desk:
    window: MainWindow
    services: Services
    night: Night


@pytest.fixture
def desk(qtbot, sandbox, make_services, open_window) -> Desk:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    wait_until_synced(qtbot, services)
    now = datetime.now(UTC)
    event_id = event_on_now(services.database, now)
    set_door(services, event_id, CAPACITY)
    night = busy_night(services.database, event_id, now)
    return Desk(window, services, night)


def open_insights(qtbot, window: MainWindow) -> InsightsPane:
    pane = open_pane(qtbot, window, "Insights")
    assert isinstance(pane, InsightsPane)
    qtbot.waitUntil(lambda: pane.events is not None)  # the events list is read at once
    return pane


def wait_for(qtbot, pane: InsightsPane, choice: str, admitted: int) -> None:
    def shown() -> bool:
        a = pane.attendance
        return a is not None and pane.choice == choice and a.admitted == admitted \
            and not pane.live.reading
    qtbot.waitUntil(shown, timeout=10_000)


def test_the_pane_shows_the_night_as_the_scan_log_counts_it(qtbot, desk) -> None:
    db, night = desk.services.database, desk.night
    expected = direct_counts(db, night.event_id)
    admitted = sum(sum(c.values()) for c in expected.values())

    pane = open_insights(qtbot, desk.window)
    # The door's event is the one shown first: this desk admits it.
    assert pane.choice == night.event_id
    wait_for(qtbot, pane, night.event_id, admitted)
    a = pane.attendance
    view = pane.figures

    # One line per door; each point is that door's admissions in its 5-minute step.
    assert set(view.admissions.lines) == set(expected)
    for key, counts in expected.items():
        points = view.admissions.points(key)
        assert [when for when, _ in points] == list(a.steps)
        assert dict(points) == {step: counts.get(step, 0) for step in a.steps}, key
    assert view.admissions.lines["hub|gate-2"].name().endswith("gate-2")

    # The figures, as the scan log counts them.
    assert view.admitted.number.text() == f"{admitted:,}"
    assert view.re_entries.number.text() == "2"
    assert view.exits.number.text() == "3"
    assert view.denied.number.text() == "9"
    assert "1 held" in view.denied.detail.text()
    assert "1 undone" in view.admitted.detail.text()
    assert view.denials.counts() == {"Already admitted": 5, "Unknown pass": 3,
                                     "Wrong event": 1}
    assert view.gauge.inside == admitted - 3
    assert view.gauge.capacity == CAPACITY
    with db.session() as session:
        tickets = len(session.scalars(select(Pass.id).where(Pass.event_id == night.event_id))
                      .all())
        let_in = len(set(session.scalars(
            select(Scan.pass_id).where(Scan.event_id == night.event_id,
                                       Scan.verdict.in_(ADMITTING), Scan.undone_at.is_(None),
                                       Scan.pass_id.is_not(None)))))
    assert view.no_shows.number.text() == f"{tickets - let_in:,}"
    assert view.no_shows.detail.text() == f"of {tickets:,} tickets"
    peak = max(sum(c.get(step, 0) for c in expected.values()) for step in a.steps)
    assert view.peak.number.text() == str(peak)

    # The silent door stands out, in words and in the warning tone; the busy ones do not.
    model = view.doors_model
    rows = {model.data(model.index(r, Column.DOOR)): r for r in range(model.rowCount())}
    silent_row = rows[SILENT_DOOR]
    quiet = model.data(model.index(silent_row, Column.QUIET))
    assert quiet.endswith(" min: silent")
    assert int(quiet.split()[0]) >= SILENT_FOR.total_seconds() // 60
    brush = model.data(model.index(silent_row, Column.DOOR), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == QColor(Colour.WARNING_BACKGROUND)
    for door in BUSY_DOORS:
        assert not model.silent(rows[door])
        assert model.data(model.index(rows[door], Column.DOOR),
                          Qt.ItemDataRole.BackgroundRole) is None

    # The pass two doors let in is counted, and listed with its times and doors.
    assert view.conflicts.number.text() == "1"
    assert pane.tabs.tabText(1) == "Conflicts (1)"
    view.conflicts.clicked.emit()
    assert pane.tabs.currentWidget() is pane.conflicts
    (row,) = pane.conflicts.rows()
    with db.session() as session:
        holder = session.get(Pass, night.conflicted).display_name
    assert row == (holder or "—", "Door 1, hub · gate-2", row[2], night.conflicted)
    assert row[2].count(" in at ") == 2


def test_today_counts_every_event_of_the_day(qtbot, desk) -> None:
    db, night = desk.services.database, desk.night
    # The tenth pane's key, Ctrl+0, opens it from anywhere in the window.
    qtbot.keyClick(desk.window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.current_pane_key == "insights"
    pane = desk.window.stack.currentWidget()
    assert isinstance(pane, InsightsPane)
    qtbot.waitUntil(lambda: pane.events is not None)
    choose(qtbot, pane.scope_combo, "Today")
    zone = datetime.now().astimezone().tzinfo
    midnight = night.now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    with db.session() as session:
        today = sum(1 for at in session.scalars(
            select(Scan.scanned_at).where(Scan.verdict.in_(ADMITTING),
                                          Scan.undone_at.is_(None)))
            if at >= midnight)
    wait_for(qtbot, pane, TODAY, today)
    assert pane.figures.no_shows.number.text() == "—"
    assert pane.figures.gauge.capacity is None  # a day has no capacity of its own


def test_the_busy_moment_on_screen(qtbot, desk, tmp_path) -> None:
    """Screenshots of the pane at the two laptop sizes, to be looked at."""
    night = desk.night
    admitted = sum(sum(c.values()) for c in direct_counts(desk.services.database,
                                                          night.event_id).values())
    window = desk.window
    pane = open_insights(qtbot, window)
    for width, height in ((1366, 768), (1024, 768)):
        window.showNormal()
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        wait_for(qtbot, pane, night.event_id, admitted)
        qtbot.wait(300)  # the charts lay out again on the scene's own timers
        shot = save_shot(window, tmp_path, f"insights_{width}x{height}.png")
        shutil.copy(shot, SHOTS / shot.name)
        # Nothing scrolls at these sizes: every figure is on screen at once.
        scroll = pane.tabs.widget(0)
        assert not scroll.verticalScrollBar().isVisible(), f"{width}x{height} scrolls"
        assert not scroll.horizontalScrollBar().isVisible(), f"{width}x{height} scrolls"
    # The other two tabs, at the smaller size.
    pane.tabs.setCurrentWidget(pane.conflicts)
    shot = save_shot(window, tmp_path, "insights_conflicts_1024x768.png")
    shutil.copy(shot, SHOTS / shot.name)
    pane.tabs.setCurrentWidget(pane.loyalty)
    qtbot.waitUntil(lambda: pane.loyalty.insights is not None)
    qtbot.wait(300)
    shot = save_shot(window, tmp_path, "insights_loyalty_1024x768.png")
    shutil.copy(shot, SHOTS / shot.name)


def test_the_figures_shown_save_as_pdf_and_csv(qtbot, desk, tmp_path, monkeypatch) -> None:
    night = desk.night
    admitted = sum(sum(c.values()) for c in direct_counts(desk.services.database,
                                                          night.event_id).values())
    pane = open_insights(qtbot, desk.window)
    wait_for(qtbot, pane, night.event_id, admitted)
    answers: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (answers.pop(0), "")))

    answers.append(str(tmp_path / "night"))
    click(qtbot, pane.pdf_button)
    pdf = tmp_path / "night.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pane.saved_line.isVisible()
    assert pane.saved_line.text() == f"Report saved: {pdf}"

    answers.append(str(tmp_path / "night.csv"))
    click(qtbot, pane.csv_button)
    figures = (tmp_path / "night-figures.csv").read_text(encoding="utf-8")
    assert f"admitted,{admitted}" in figures.replace("\r\n", "\n").splitlines()
    assert pane.saved_line.text().startswith(f"5 CSV files saved in {tmp_path}: ")

    # A folder that is not there: said in words, nothing raised.
    answers.append(str(tmp_path / "gone" / "night.pdf"))
    click(qtbot, pane.pdf_button)
    assert pane.saved_line.text().startswith("The report was not saved: could not write ")
    assert tone_of(pane.saved_line) is Tone.ERROR


def test_a_failed_read_keeps_the_last_figures_marked_out_of_date(qtbot, desk,
                                                                  monkeypatch) -> None:
    night = desk.night
    admitted = sum(sum(c.values()) for c in direct_counts(desk.services.database,
                                                          night.event_id).values())
    pane = open_insights(qtbot, desk.window)
    wait_for(qtbot, pane, night.event_id, admitted)
    shown = pane.figures.admitted.number.text()

    def locked(*args, **kwargs):
        raise OperationalError("SELECT …", {}, Exception("database is locked"))

    monkeypatch.setattr(scope_module, "attendance", locked)
    pane.live.read()
    qtbot.waitUntil(lambda: pane.state.isVisible() and pane.stale)
    assert tone_of(pane.state) is Tone.ERROR
    assert pane.state.text().startswith("The figures could not be read (database is locked).")
    assert "may be out of date" in pane.state.text()
    assert pane.updated.text().startswith("Out of date: from ")
    assert pane.figures.admitted.number.text() == shown  # the last figures stay
    assert pane.figures.admitted.property("stale") is True

    monkeypatch.undo()
    pane.live.read()
    qtbot.waitUntil(lambda: not pane.state.isVisible() and not pane.stale)
    assert not pane.figures.admitted.property("stale")
    assert pane.updated.text().startswith("Updated ")


def test_the_loyalty_tab_shows_the_days_operations_and_follows_them(qtbot, desk) -> None:
    db = desk.services.database
    now = datetime.now(UTC)
    with db.session() as session:
        cards = list(session.scalars(select(Pass.id).where(Pass.event_id.is_(None))
                                     .order_by(Pass.id).limit(2)))

    def operation(card: str, amount: int) -> None:
        with db.session() as session:
            session.execute(insert(LoyaltyOperation), [{
                "id": str(uuid.uuid4()), "pass_id": card, "created_at": now,
                "kind": "delta", "amount": amount, "desk": "Till 1", "state": "applied"}])

    operation(cards[0], 10)
    operation(cards[1], 5)
    operation(cards[0], -4)
    pane = open_insights(qtbot, desk.window)
    choose(qtbot, pane.scope_combo, "Today")
    tab = pane.loyalty
    assert tab.insights is None  # read once its tab is shown, not before
    pane.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.insights is not None)
    figures = tab.view.figures
    assert figures["issued"].number.text() == "15"
    assert figures["redeemed"].number.text() == "4"
    assert figures["active"].number.text() == "2"

    # Another till's operation, written on the same database: the tab follows it.
    operation(cards[1], 7)
    qtbot.waitUntil(lambda: figures["issued"].number.text() == "22", timeout=10_000)
    assert pane.loyalty_for_report() is tab.insights


def test_the_charts_follow_new_figures_in_place(qtbot) -> None:
    """A refresh with the same reasons and doors changes the bars and rows in place."""
    from passdesk.core.insights import DoorLine
    from passdesk.gui.insights.charts import DenialsChart
    from passdesk.gui.insights.doors_model import DoorsModel

    chart = DenialsChart()
    qtbot.addWidget(chart)
    chart.show_denied({"wrong event": 2, "expired": 1})
    assert chart.counts() == {"Wrong event": 2, "Expired": 1}
    chart.show_denied({"wrong event": 2, "expired": 3})  # the order changes
    assert chart.counts() == {"Wrong event": 2, "Expired": 3}
    assert chart.reason_axis.categories() == ["Wrong event", "Expired"]
    chart.show_denied({"wrong event": 2, "expired": 4})  # the same order: in place
    assert chart.counts() == {"Wrong event": 2, "Expired": 4}
    chart.show_denied({})
    assert chart.counts() == {}

    now = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
    model = DoorsModel()
    door = DoorLine("d1", "Door 1", (1,), 1, 0.2, now - timedelta(minutes=1))
    model.show_doors((door,), now)
    changed: list[int] = []
    model.dataChanged.connect(lambda *_: changed.append(1))
    model.show_doors((replace(door, admitted=5),), now + timedelta(minutes=20))
    assert changed
    assert model.data(model.index(0, Column.ADMITTED)) == "5"
    assert model.silent(0)


def test_a_desk_that_may_not_see_names_shows_and_saves_initials(qtbot, desk, tmp_path,
                                                                 monkeypatch) -> None:
    from passdesk.core.roles import Role, VenueRules
    from tests.gui.roles import roles_on

    db, night = desk.services.database, desk.night
    with db.session() as session:
        holder = session.get(Pass, night.conflicted).display_name
    assert holder
    pane = open_insights(qtbot, desk.window)
    qtbot.waitUntil(lambda: pane.attendance is not None and pane.choice == night.event_id
                    and bool(pane.attendance.conflicts))
    assert pane.conflicts.rows()[0][0] == holder

    # The venue hides names from door staff; this desk runs as door staff.
    roles_on(desk.services, Role.DOOR_STAFF, VenueRules(door_staff_see_names=False))
    assert pane.conflicts.rows()[0][0] == initials(holder)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "n.csv"), "")))
    click(qtbot, pane.csv_button)
    saved = (tmp_path / "n-conflicts.csv").read_text(encoding="utf-8")
    assert initials(holder) in saved
    assert holder not in saved
