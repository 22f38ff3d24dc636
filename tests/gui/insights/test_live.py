"""The Insights pane follows a live stream of scans that a second process (another
desk, the hub) writes into the same database, on an SQLite file and on PostgreSQL:
bursts are folded into a few reads, nothing is read while the pane is hidden, and
it catches up when shown again."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from passdesk.core.insights import ADMITTING
from passdesk.gui.insights.live import LiveReads
from passdesk.gui.insights.pane import InsightsPane
from passdesk.settings import Settings, SettingsStore
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass, Scan
from tests.gui.helpers import open_pane

ROOT = Path(__file__).resolve().parents[3]
#: How long a change may take to show here before the test gives up (not a measurement).
SHOWN_WITHIN_MS = 15_000

#: The other desk: writes ``count`` admissions at "Door 7", in bursts, then exits.
OTHER_DESK = """
import sys, time
from datetime import UTC, datetime
from passdesk.store.database import Database
from passdesk.store.scans import record_scan

url, event_id, first, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
database = Database.open(url, upgrade=False)
for k in range(first, first + count):
    with database.session() as session:
        record_scan(session, scanned_at=datetime.now(UTC), raw_value=f"LIVE-{k}",
                    source="wedge", pass_id=f"live-pass-{k}", event_id=event_id,
                    desk="Door 7", verdict="admit", reason="admitted")
    if k % 10 == 9:
        time.sleep(0.05)
database.close()
"""


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def other_desk(url: str, event_id: str, first: int, count: int) -> None:
    """Run the other desk to its end (a second process on the same database)."""
    done = subprocess.run([sys.executable, "-c", OTHER_DESK, url, event_id, str(first),
                           str(count)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def admissions(database: Database, event_id: str) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Scan).where(
            Scan.event_id == event_id, Scan.verdict.in_(ADMITTING))) or 0


def test_the_pane_follows_scans_written_by_another_process(qtbot, db_url, make_services,
                                                            open_window) -> None:
    # This desk works on the venue's database, with no server to sync with.
    SettingsStore().save(Settings(api_base_url="http://127.0.0.1:9", database_url=db_url))
    services = make_services()
    database = services.database
    event_id = f"live-{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    with database.session() as session:
        session.add(Event(id=event_id, name="Live Night", start_time=now - timedelta(hours=1),
                          end_time=now + timedelta(hours=3)))
    window = open_window(services)
    pane = open_pane(qtbot, window, "Insights")
    assert isinstance(pane, InsightsPane)
    shown: list[int] = []
    pane.figures_shown.connect(lambda a: shown.append(a.admitted))
    qtbot.waitUntil(lambda: pane.choice == event_id and bool(shown))  # the event on now
    assert shown[-1] == 0

    # A burst from the other desk while the pane is shown: it follows, in a few reads.
    reads_before = pane.live.started
    other_desk(db_url, event_id, 0, 60)
    assert admissions(database, event_id) == 60
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == 60, timeout=SHOWN_WITHIN_MS)
    assert pane.figures.admitted.number.text() == "60"
    assert pane.figures.admissions.lines.keys() == {"Door 7"}
    assert sum(n for _, n in pane.figures.admissions.points("Door 7")) == 60
    assert pane.live.started - reads_before < 30  # bursts folded, not a read per scan

    # Hidden, the pane reads nothing; shown again, it catches up at once.
    open_pane(qtbot, window, "Door")
    qtbot.waitUntil(lambda: not pane.live.reading)
    hidden_reads = pane.live.started
    other_desk(db_url, event_id, 60, 15)
    qtbot.wait(1_500)  # the change feed heard it by now (SQLite polls every 0.5 s)
    assert pane.live.started == hidden_reads
    assert shown[-1] == 60
    open_pane(qtbot, window, "Insights")
    qtbot.waitUntil(lambda: shown[-1] == 75, timeout=SHOWN_WITHIN_MS)
    assert pane.figures.admitted.number.text() == "75"

    # Tickets issued for the event meanwhile: the count of tickets is read again.
    assert pane.figures.no_shows.detail.text() == "of 0 tickets"
    with database.session() as session:
        session.add_all(Pass(id=f"live-ticket-{k}", event_id=event_id, attributes={})
                        for k in range(3))
    qtbot.waitUntil(lambda: pane.figures.no_shows.detail.text() == "of 3 tickets",
                    timeout=SHOWN_WITHIN_MS)
    assert pane.figures.no_shows.number.text() == "3"


# --- the folding itself, over a slow read ------------------------------------------------


class SlowStore:
    """A read that takes a while and says what it saw; counts how many ran at once."""

    def __init__(self) -> None:
        self.value = 0
        self.running = 0
        self.most_at_once = 0
        self.reads = 0
        self._lock = threading.Lock()

    def read(self, asked: str = "") -> tuple[str, int]:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.reads += 1
        time.sleep(0.05)
        seen = self.value
        with self._lock:
            self.running -= 1
        return asked, seen


def test_a_burst_of_notices_is_a_few_reads_one_at_a_time_the_latest_shown(
        qtbot, store_tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    store = SlowStore()
    shown: list[tuple[str, int]] = []
    live = LiveReads(owner, store_tasks, lambda: store.read, on_read=shown.append,
                     on_failed=pytest.fail, fold_ms=20)
    owner.show()
    qtbot.waitUntil(lambda: bool(shown))  # the read on show
    for k in range(1, 201):  # 200 scans in about a second
        store.value = k
        live.changed()
        qtbot.wait(5)
    qtbot.waitUntil(lambda: shown[-1][1] == 200 and not live.reading)
    assert store.most_at_once == 1
    assert store.reads < 60  # not one per notice
    assert [seen for _, seen in shown] == sorted(seen for _, seen in shown)


def test_a_new_question_drops_the_answer_to_the_old_one(qtbot, store_tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    store = SlowStore()
    question = ["old"]
    shown: list[tuple[str, int]] = []
    live = LiveReads(owner, store_tasks, lambda: lambda q=question[0]: store.read(q),
                     on_read=shown.append, on_failed=pytest.fail)
    owner.show()
    qtbot.waitUntil(lambda: live.reading)
    question[0] = "new"
    live.restart()
    qtbot.waitUntil(lambda: bool(shown) and not live.reading)
    assert [asked for asked, _ in shown] == ["new"]


def test_hidden_it_reads_nothing_and_shown_it_catches_up(qtbot, store_tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    store = SlowStore()
    shown: list[tuple[str, int]] = []
    live = LiveReads(owner, store_tasks, lambda: store.read, on_read=shown.append,
                     on_failed=pytest.fail, fold_ms=10)
    for _ in range(20):
        live.changed()
    live.read()
    qtbot.wait(100)
    assert store.reads == 0
    assert live.owed
    store.value = 7
    owner.show()
    qtbot.waitUntil(lambda: shown == [("", 7)])
