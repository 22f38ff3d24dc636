"""How fast the door answers, beside the floors it stands on. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_scan.py [--passes 1000000] [--scans 3000]
        [--postgres] [--while-pulling [PASSES]] [--pull-in-child] [--no-decode]

verdict_*_ms: Door.scan() - parse, look up, rules, and the scan record
committed with synchronous=FULL - on a store holding --passes passes.
floor_verdict_*_ms: bare sqlite3 on the same file with the same pragmas: one
indexed SELECT of the value plus one INSERT, committed.
decode_ms_per_frame / floor_decode_ms: the camera pipeline on a noisy
1280x720 frame with one QR, and a bare zxing-cpp QR-only call on it.
postgres_verdict_*_ms (--postgres): the same scans through Door.scan on a
shared venue database: a throwaway PostgreSQL cluster on loopback, durable
(fsync on), with the verdict's row and head-count locks.
*_while_pulling (--while-pulling): the verdicts and their floor again while a real
pull (``PullSync`` on a thread of this process, as the app's sync worker, or with
--pull-in-child in a child process, against a
sandbox process serving PASSES passes; ``pull_load.py``) writes to the same store,
full pull after full pull. burst_to_verdict_*_ms: the whole app's window on the store,
the Door shown, a scanner's burst posted key by key (8 ms apart, timestamped, as a
USB scanner types) through Qt's event loop and the wedge; from the Enter that ends it
until the verdict is on the panel and painted, while the pull writes (as during a
first sync: the panes hear its pages).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from passdesk.core.admission import DoorConfig
from passdesk.scan.door import Door
from passdesk.store import search
from passdesk.store.database import Database

EVENT = "e" * 12
COLUMNS = ("id", "ext_id", "barcode_value", "status", "template_id", "template_name",
           "event_id", "display_name", "created_at", "attributes")


def build_store(path: Path, passes: int) -> list[tuple[str, str, str]]:
    """A store of ``passes`` synthetic passes; returns (id, ext id, barcode) of each."""
    db = Database.open(f"sqlite:///{path}")
    with db.cache_session() as session:
        search.suspend_indexing(session)  # as a full pull loads: search is not timed here
    db.close()
    rng = random.Random(7)
    keys = []
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=NORMAL")
    created = datetime(2026, 1, 1)
    sql = (f"INSERT INTO passes ({', '.join(COLUMNS)}) "  # noqa: S608 - our own column names
           f"VALUES ({', '.join('?' * len(COLUMNS))})")
    for start in range(0, passes, 20_000):
        batch = []
        for n in range(start, min(passes, start + 20_000)):
            pass_id = f"{rng.getrandbits(160):040x}"
            ext_id, barcode = f"crm-{n:08d}", f"TKT-{rng.getrandbits(48):012X}"
            keys.append((pass_id, ext_id, barcode))
            batch.append((pass_id, ext_id, barcode, "active", "t1", "Ticket", EVENT,
                          f"Guest {n}", (created + timedelta(seconds=n)).isoformat(" "), "{}"))
        con.executemany(sql, batch)
        con.commit()
    con.close()
    return keys


def bench_postgres(passes: list[tuple[str, str, str]], values: list[str]) -> list[float]:
    """Door.scan on a durable throwaway PostgreSQL cluster holding the same passes."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.helpers import postgres

    postgres.SERVER_SETTINGS.update(fsync="on", synchronous_commit="on",
                                    full_page_writes="on")
    server = postgres.PostgresServer().start()
    try:
        db = Database.open(server.create_database())
        raw = db.engine.raw_connection()
        cursor = raw.cursor()
        created = datetime(2026, 1, 1)
        with cursor.copy(f"COPY passes ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for n, (pass_id, ext_id, barcode) in enumerate(passes):
                copy.write_row((pass_id, ext_id, barcode, "active", "t1", "Ticket", EVENT,
                                f"Guest {n}", created + timedelta(seconds=n), "{}"))
        raw.commit()
        cursor.execute("ANALYZE passes")
        raw.commit()
        raw.close()
        out = time_scans(db, values)
        db.close()
        return out
    finally:
        server.stop()


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (round(statistics.median(ordered), 3),
            round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 3))


def time_scans(db: Database, values: list[str]) -> list[float]:
    """Milliseconds per verdict of a door on ``db``, after 50 scans to warm its caches."""
    door = Door(db, DoorConfig(desk="bench", event_id=EVENT, capacity=10**9))
    for value in values[:50]:  # as a door that has been open a while
        door.scan(value)
    out = []
    for value in values:
        started = time.perf_counter()
        door.scan(value)
        out.append((time.perf_counter() - started) * 1000)
    door.close()
    return out


def bench_door(path: Path, values: list[str]) -> list[float]:
    db = Database.open(f"sqlite:///{path}")
    out = time_scans(db, values)
    db.close()
    return out


def bench_floor(path: Path, values: list[str]) -> list[float]:
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    out = []
    for value in values:
        started = time.perf_counter()
        con.execute("SELECT id FROM passes WHERE barcode_value = ?", (value,)).fetchone()
        con.execute("BEGIN")
        con.execute("INSERT INTO scans (id, scanned_at, raw_value, source, verdict) "
                    "VALUES (?, ?, ?, 'bench', 'admit')",
                    (str(uuid.uuid4()), datetime.now(UTC).isoformat(" "), value))
        con.execute("COMMIT")
        out.append((time.perf_counter() - started) * 1000)
    con.close()
    return out


def bench_decode(runs: int = 100) -> tuple[float, float]:
    import zxingcpp

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from PySide6.QtWidgets import QApplication

    from passdesk.scan.camera_frames import decode_frame
    from passdesk.scan.qr_decode import QR_ONLY
    from tests.helpers.qr_frames import frame_of, noisy_scene_with_code

    # A QApplication, not a QGuiApplication: the bursts' window comes later in this process.
    _app = QApplication.instance() or QApplication([])
    scene = noisy_scene_with_code("https://download.passentry.com/download?pass=" + "ab" * 20)
    frame, gray = frame_of(scene), scene
    ours, floor = [], []
    for _ in range(runs):
        started = time.perf_counter()
        decode_frame(frame, QR_ONLY)
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
        floor.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(ours), 2), round(statistics.median(floor), 2)


def bench_bursts(path: Path, values: list[str], pull_passes: int,
                 in_child: bool = False) -> list[float]:
    """Milliseconds from a burst's Enter to its verdict painted, through the whole app's
    window and Qt's event loop, while a pull writes (``pull_passes`` 0: none)."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.pull_load import PullingInBackground
    from tests.benchmarks.whole_app import open_app

    qt, services, window = open_app(path, prefix="passdesk-bench-burst-", start_pane="door")
    door = window.pane("door")
    door.sounds.play = lambda *_: None  # no sound device here
    pulling = (PullingInBackground(path, pull_passes, notice=services.bridge.notice,
                                   in_child=in_child).start()
               if pull_passes else None)
    stamp = [10_000_000]

    def post(char: str) -> None:
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        mods = (Qt.KeyboardModifier.ShiftModifier if char.isupper()
                else Qt.KeyboardModifier.NoModifier)
        target = QApplication.focusWidget() or door.form.verdictFrame
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, mods, char)
            event.setTimestamp(stamp[0])
            QCoreApplication.postEvent(target, event)

    def run_for(seconds: float) -> None:
        limit = time.perf_counter() + seconds
        while time.perf_counter() < limit:
            qt.processEvents()
            time.sleep(0.0005)

    out = []
    try:
        run_for(1.0)
        for n, value in enumerate(values):
            value = "".join(c for c in value if c.isascii() and (c.isalnum() or c == "-"))
            before = door.last_result
            for char in value:
                stamp[0] += 8
                post(char)
                run_for(0.008)  # a USB scanner's pace: the pull runs meanwhile
            stamp[0] += 8
            started = time.perf_counter()
            post("\r")
            limit = started + 30
            while door.last_result is before and time.perf_counter() < limit:
                qt.processEvents()
            door.repaint()  # the verdict painted
            if door.last_result is not before:
                out.append((time.perf_counter() - started) * 1000)
            stamp[0] += 1000  # the next guest: no double read
            if n % 10 == 9:
                run_for(0.05)
    finally:
        if pulling is not None:
            pulling.stop()
        window.close()
        services.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=1_000_000)
    parser.add_argument("--scans", type=int, default=3000)
    parser.add_argument("--postgres", action="store_true",
                        help="also time the door on a throwaway PostgreSQL cluster")
    parser.add_argument("--while-pulling", type=int, nargs="?", const=100_000, default=0,
                        metavar="PASSES",
                        help="also measure while a full pull of PASSES (default 100,000) "
                             "from a sandbox process writes to the same store, over and over")
    parser.add_argument("--bursts", type=int, default=200,
                        help="scanner bursts typed through the event path (--while-pulling)")
    parser.add_argument("--no-decode", action="store_true", help="skip the decode figures")
    parser.add_argument("--pull-in-child", action="store_true",
                        help="--while-pulling: the pull runs in a child process "
                             "(sync.pull_process), as SyncService(pull_in_child=True)")
    args = parser.parse_args()
    from passdesk.app import keep_the_ui_thread_first

    keep_the_ui_thread_first()  # as the app runs (passdesk.app.run)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    workdir = Path(tempfile.mkdtemp(prefix="passdesk-bench-scan-"))
    started = time.perf_counter()
    keys = build_store(workdir / "door.sqlite3", args.passes)
    build_s = time.perf_counter() - started
    rng = random.Random(11)
    # A door's mix: barcodes mostly, some ids and ext ids, some strangers.
    values = []
    for _ in range(args.scans):
        pass_id, ext_id, barcode = rng.choice(keys)
        values.append(rng.choices([barcode, pass_id, ext_id, f"UNKNOWN-{rng.random()}"],
                                  weights=[70, 15, 10, 5])[0])
    verdict = bench_door(workdir / "door.sqlite3", values)
    floor = bench_floor(workdir / "door.sqlite3", values)
    decode, floor_decode = (None, None) if args.no_decode else bench_decode()
    v50, v99 = percentiles(verdict)
    f50, f99 = percentiles(floor)
    loaded = {}
    if args.while_pulling:
        from tests.benchmarks.pull_load import PullingInBackground

        pulling = PullingInBackground(workdir / "door.sqlite3", args.while_pulling,
                                      in_child=args.pull_in_child).start()
        try:
            lv50, lv99 = percentiles(bench_door(workdir / "door.sqlite3", values))
            lf50, lf99 = percentiles(bench_floor(workdir / "door.sqlite3", values))
        finally:
            pull = pulling.stop()
        bursts = bench_bursts(workdir / "door.sqlite3", values[:args.bursts],
                              args.while_pulling, args.pull_in_child)
        b50, b99 = percentiles(bursts)
        loaded = {
            "verdict_p50_ms_while_pulling": lv50, "verdict_p99_ms_while_pulling": lv99,
            "floor_verdict_p50_ms_while_pulling": lf50,
            "floor_verdict_p99_ms_while_pulling": lf99,
            "verdict_p99_while_pulling_vs_idle_floor": round(lv99 / f99, 2) if f99 else None,
            "verdict_p99_while_pulling_vs_its_floor": round(lv99 / lf99, 2) if lf99 else None,
            "burst_to_verdict_p50_ms_while_pulling": b50,
            "burst_to_verdict_p99_ms_while_pulling": b99,
            "burst_to_verdict_max_ms_while_pulling": round(max(bursts), 1) if bursts else None,
            "bursts": len(bursts),
            **{f"{k}_during_verdicts": v for k, v in pull.items()},
        }
    shared = {}
    if args.postgres:
        p50, p99 = percentiles(bench_postgres(keys, values))
        shared = {"postgres_verdict_p50_ms": p50, "postgres_verdict_p99_ms": p99}
    print(json.dumps({
        "benchmark": "scan",
        "passes": args.passes,
        "scans": args.scans,
        "store_build_s": round(build_s, 1),
        "verdict_p50_ms": v50,
        "verdict_p99_ms": v99,
        "floor_verdict_p50_ms": f50,
        "floor_verdict_p99_ms": f99,
        "verdict_p99_vs_floor": round(v99 / f99, 2) if f99 else None,
        "decode_ms_per_frame": decode,
        "floor_decode_ms": floor_decode,
        "decode_vs_floor": round(decode / floor_decode, 2) if floor_decode else None,
        **shared,
        **loaded,
        "targets": {"verdict_p99_ms_while_pulling": 5,
                    "verdict_p99_while_pulling_vs_idle_floor": 2,
                    "burst_to_verdict_p99_ms_while_pulling": 50},
    }, indent=2))


if __name__ == "__main__":
    main()
