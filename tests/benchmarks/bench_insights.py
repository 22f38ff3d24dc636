"""How fast the Insights dashboard follows a busy night. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_insights.py [--passes 1000000] [--scans 500000]
        [--rounds 300] [--store FILE]

The store: ``--passes`` tickets of one event and ``--scans`` scans of it over six
hours at eight doors (a hub reader and a PassEntry reader among them): first
admissions, exits and re-entries, denials, a few holds and undos, and 40 passes
admitted twice during a split. Scans go in through the triggers, as any writer's do.

refresh_ms: one new scan committed (as another desk does), then the whole
dashboard read (``store.insights.attendance``), ``--rounds`` times; p50/p99
against the floor of 100 ms (issue 24). The event's ticket count is read once
before, as the pane does while only scans change (tickets_count_ms: that read).
day_refresh_ms: the same for "today".
chart_repaint_ms: the Attendance tab given the next figures and repainted
(offscreen, ``repaint()`` is synchronous), as at each live refresh on the UI
thread, against one 60 Hz frame, 16.7 ms.
trigger_us: what the tallies add to one scan's insert and commit (the door's
write), measured against a copy of the store without the triggers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from passdesk.core.insights import Scope
from passdesk.store import insights
from passdesk.store.database import Database

REFRESH_FLOOR_MS = 100.0
FRAME_MS = 1000 / 60
EVENT = "e0"
DOORS = [("Door 1", None), ("Door 2", None), ("Door 3", None), ("Door 4", None),
         ("Box office", None), ("Side gate", None), ("hub", "vtap-1"),
         ("passentry:rd-9", "rd-9")]
START = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
NOW = START + timedelta(hours=6)
SCAN_COLUMNS = ("id", "scanned_at", "raw_value", "source", "pass_id", "event_id", "desk",
                "reader_id", "verdict", "reason", "undone_at")


def stamp(at: datetime) -> str:
    """As SQLAlchemy stores an aware datetime on SQLite: naive UTC with microseconds."""
    return at.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def build_store(path: Path, passes: int, scans: int) -> dict:
    Database.open(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("INSERT INTO events (id, name, attributes, start_time, end_time) "
                "VALUES (?, 'Winter ball', '{}', ?, ?)",
                (EVENT, stamp(START), stamp(NOW + timedelta(hours=2))))
    con.executemany("INSERT INTO readers (id, name, attributes) VALUES (?, ?, '{}')",
                    [("vtap-1", "VTAP left"), ("rd-9", "South Gate")])
    for start in range(0, passes, 50_000):
        con.executemany(
            "INSERT INTO passes (id, display_name, event_id, status, attributes) "
            "VALUES (?, ?, ?, 'active', '{}')",
            [(f"p{n}", f"Guest {n}", EVENT) for n in range(start, min(passes, start + 50_000))])
    con.commit()
    rng = random.Random(24)
    began = time.perf_counter()
    rows = []
    ticket = 0

    def scan(pass_id, verdict, reason, undone=False):
        desk, reader = rng.choice(DOORS)
        at = START + timedelta(seconds=rng.uniform(0, 6 * 3600))
        rows.append((str(uuid.UUID(int=rng.getrandbits(128))), stamp(at), pass_id, "wedge",
                     pass_id, EVENT, desk, reader, verdict, reason,
                     stamp(NOW) if undone else None))

    while len(rows) < scans:
        roll = rng.random()
        pass_id = f"p{ticket % passes}"
        ticket += 1
        if roll < 0.78:
            scan(pass_id, "admit", "admitted", undone=rng.random() < 0.002)
        elif roll < 0.86:  # out and back in
            scan(pass_id, "admit", "admitted")
            scan(pass_id, "exit", "exited")
            scan(pass_id, "admit", "readmitted")
        elif roll < 0.995:
            scan(pass_id, "deny", rng.choice(["already admitted", "wrong event", "unknown pass",
                                              "doors not open"]))
        else:
            scan(pass_id, "hold", "held")
    del rows[scans - 40:]
    for k in range(40):  # the split: admitted at two doors
        scan(f"p{k}", "admit", "admitted")
    sql = (f"INSERT INTO scans ({', '.join(SCAN_COLUMNS)}) "  # noqa: S608 - our own columns
           f"VALUES ({', '.join('?' * len(SCAN_COLUMNS))})")
    for start in range(0, len(rows), 50_000):
        con.executemany(sql, rows[start:start + 50_000])
        con.commit()
    con.execute("ANALYZE")
    con.close()
    return {"scans_insert_s": round(time.perf_counter() - began, 1)}


def percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50": round(statistics.median(ordered), 2),
            "p99": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 2),
            "max": round(ordered[-1], 2)}


def new_scan(con: sqlite3.Connection, rng: random.Random, k: int, at: datetime) -> None:
    desk, reader = rng.choice(DOORS)
    con.execute(f"INSERT INTO scans ({', '.join(SCAN_COLUMNS)}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(SCAN_COLUMNS))})",
                (str(uuid.uuid4()), stamp(at), f"late-{k}", "wedge", f"p{k}", EVENT, desk,
                 reader, "admit", "admitted", None))
    con.commit()


def bench_refresh(path: Path, rounds: int, scope: Scope) -> tuple[dict, list]:
    db = Database.open(f"sqlite:///{path}")
    writer = sqlite3.connect(path, timeout=10)  # another desk
    rng = random.Random(5)
    samples = []
    figures = []
    with db.session() as session:  # as the pane: counted again only when passes change
        tickets = insights.count_tickets(session, scope.event_id) if scope.event_id else None
        insights.attendance(session, scope, NOW, tickets=tickets)  # the pane's first read
    for k in range(rounds):
        now = NOW + timedelta(seconds=k)
        new_scan(writer, rng, k, now)
        began = time.perf_counter()
        with db.session() as session:
            figures.append(insights.attendance(session, scope, now, tickets=tickets))
        samples.append((time.perf_counter() - began) * 1000)
        del figures[:-20]  # the pane keeps the latest only; a heap of old ones slows the GC
    writer.close()
    db.close()
    return percentiles(samples), figures


def bench_chart(figures: list, rounds: int) -> dict:
    """The Attendance tab given new figures and repainted, as at each live refresh on the
    UI thread: series replaced, gauge and tables filled, the whole view painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from passdesk.gui.insights.attendance_view import AttendanceView

    app = QApplication.instance() or QApplication([])
    view = AttendanceView()
    view.resize(1366, 700)
    view.show()
    view.show_attendance(figures[0])
    app.processEvents()
    samples = []
    for k in range(rounds):
        began = time.perf_counter()
        view.show_attendance(figures[k % len(figures)])
        view.repaint()
        samples.append((time.perf_counter() - began) * 1000)
    return percentiles(samples)


def bench_trigger(path: Path, rounds: int = 500) -> dict:
    """One scan's insert and commit, with the tallies' triggers and without them."""
    bare = path.with_name("no-triggers.sqlite3")
    shutil.copyfile(path, bare)
    con = sqlite3.connect(bare)
    for name in ("insert", "update", "delete"):
        con.execute(f"DROP TRIGGER insights_scan_{name}")
    con.close()
    result = {}
    for label, store in (("with_triggers", path), ("without", bare)):
        con = sqlite3.connect(store)
        # As the app's connections: WAL, and NORMAL so the fsync does not hide the CPU.
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        rng = random.Random(9)
        samples = []
        for k in range(rounds):
            began = time.perf_counter()
            new_scan(con, rng, 10_000 + k, NOW + timedelta(seconds=k))
            samples.append((time.perf_counter() - began) * 1e6)
        con.close()
        result[label] = round(statistics.median(samples), 1)
    result["added_us"] = round(result["with_triggers"] - result["without"], 1)
    bare.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--store", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-insights-"))
    path = args.store or folder / "store.sqlite3"
    built = {}
    if not path.exists():
        built = build_store(path, args.passes, args.scans)
    work = folder / "work.sqlite3"
    shutil.copyfile(path, work)
    event, all_figures = bench_refresh(work, args.rounds, Scope(event_id=EVENT))
    figures = all_figures[-1]
    db = Database.open(f"sqlite:///{work}")
    with db.session() as session:
        began = time.perf_counter()
        insights.count_tickets(session, EVENT)
        tickets_ms = round((time.perf_counter() - began) * 1000, 1)
    db.close()
    day, _ = bench_refresh(work, args.rounds // 3, insights.day_scope(
        NOW.date(), UTC))
    chart = bench_chart(all_figures[-20:], args.rounds)
    trigger = bench_trigger(work)
    shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({
        "passes": args.passes, "scans": args.scans, "rounds": args.rounds, **built,
        "admitted": figures.admitted, "conflicts": figures.conflict_count,
        "no_shows": figures.no_shows,
        "refresh_ms": event, "tickets_count_ms": tickets_ms, "day_refresh_ms": day,
        "refresh_floor_ms": REFRESH_FLOOR_MS,
        "chart_repaint_ms": chart, "frame_ms": round(FRAME_MS, 1),
        "trigger_us": trigger,
        "ok": event["p99"] <= REFRESH_FLOOR_MS and day["p99"] <= REFRESH_FLOOR_MS
        and chart["p99"] <= FRAME_MS,
    }, indent=1))


if __name__ == "__main__":
    main()
