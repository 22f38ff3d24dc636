"""How soon a desk hears what another desk committed. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_live.py [--writes 200] [--postgres]

A writer (its own engine and connections, as another desk or the hub has)
commits one scan at a time, at random moments; this desk's LiveChanges
(sync/live.py) reports the topic. The figure is commit-done -> notice, in ms:
SQLite polls its change counters every POLL_EVERY (so about half of that on
average), PostgreSQL is told by NOTIFY. Also: what the change counters cost a
door, as the time of one committed scan with and without them (SQLite).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from passdesk.store.database import Database
from passdesk.store.schema import Pass, Scan
from passdesk.sync.live import POLL_EVERY, LiveChanges

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    return (round(statistics.median(ordered), 1),
            round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1),
            round(ordered[-1], 1))


def scan_row(n: int) -> Scan:
    return Scan(id=f"s{n:08d}", pass_id="p1", raw_value="v", verdict="admit", reason="ok",
                desk="bench", scanned_at=NOW, source="bench")


def latency(url: str, writes: int) -> list[float]:
    writer, desk = Database.open(url), Database.open(url)
    with writer.session() as s:
        s.add(Pass(id="p1", status="active", created_at=NOW, attributes={}))
    heard = threading.Event()
    heard_at: list[float] = []

    def on_change(topic: str) -> None:
        if topic == "scans":
            heard_at.append(time.perf_counter())
            heard.set()

    live = LiveChanges(desk, on_change)
    live.start()
    time.sleep(1.0)  # the feed is open
    rng = random.Random(5)
    out = []
    try:
        for n in range(writes):
            time.sleep(rng.uniform(0.05, 0.3))  # a random phase against SQLite's poll
            heard.clear()
            with writer.session() as s:
                s.add(scan_row(n))
            committed = time.perf_counter()
            if not heard.wait(10):
                raise SystemExit(f"write {n} was never heard")
            out.append((heard_at[-1] - committed) * 1000)
    finally:
        live.stop()
        writer.close()
        desk.close()
    return out


def write_cost(folder: Path, scans: int = 2000) -> dict:
    """ms per committed scan (synchronous=FULL, as the door) with and without the triggers."""
    result = {}
    for name, keep in (("with_counters", True), ("without_counters", False)):
        db = Database.open(f"sqlite:///{folder / f'cost-{name}.sqlite3'}")
        if not keep:
            with db.connection() as c:
                for op in ("insert", "update", "delete"):
                    c.exec_driver_sql(f"DROP TRIGGER passdesk_changed_scans_{op}")
        with db.session() as s:
            s.add(Pass(id="p1", status="active", created_at=NOW, attributes={}))
        times = []
        for n in range(scans):
            started = time.perf_counter()
            with db.session() as s:
                s.add(scan_row(n))
            times.append((time.perf_counter() - started) * 1000)
        db.close()
        result[f"scan_commit_{name}_p50_ms"] = round(statistics.median(times), 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--postgres", action="store_true",
                        help="also on a throwaway PostgreSQL cluster (LISTEN/NOTIFY)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="passdesk-bench-live-"))
    p50, p99, worst = percentiles(latency(f"sqlite:///{folder / 'venue.sqlite3'}", args.writes))
    figures = {"benchmark": "live", "writes": args.writes,
               "sqlite_poll_every_ms": POLL_EVERY * 1000,
               "sqlite_heard_p50_ms": p50, "sqlite_heard_p99_ms": p99,
               "sqlite_heard_max_ms": worst, **write_cost(folder)}
    if args.postgres:
        from tests.helpers import postgres

        server = postgres.PostgresServer().start()
        try:
            p50, p99, worst = percentiles(latency(server.create_database(), args.writes))
        finally:
            server.stop()
        figures.update(postgres_heard_p50_ms=p50, postgres_heard_p99_ms=p99,
                       postgres_heard_max_ms=worst)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
