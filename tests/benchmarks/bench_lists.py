"""How the Passes pane feels with a big store. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_lists.py [--passes 1000000] [--store FILE]
        [--while-pulling [PASSES]] [--pull-in-child] [--no-rss]

first_paint_ms: the pane built and shown (offscreen) until its table has rows.
filter_ms_*: a filter combo changed until the first rows of the new list are there.
search_ms_*: each keystroke of a name, an ext id or a ticket number (barcode value,
typed in lower case with I for 1 and O for 0, as people do) typed char by char (the
debounce left out) until the first matching rows are there.
snapshot_ms_*: the whole ordered id list of the default view (read behind the first rows).
``--store FILE`` keeps the synthetic store there and reuses it on the next run.
*_while_pulling: the same figures again while a real pull (``PullSync`` on a thread of
this process, or with --pull-in-child in a child process, against a sandbox process
serving PASSES passes; ``pull_load.py``) writes
to the same store, round after round; its pages notify the pane as the app's sync does.
rss_after_every_pane_mb / rss_peak_mb: the main window built over the store and each
pane shown in turn, then this process's VmRSS and VmHWM (measured first, in a process
that has done nothing else but build the store).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from passdesk.store import pass_list, search
from passdesk.store.database import Database

FIRST = ("Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Grace", "Hugo", "Isla", "Jonas",
         "Katya", "Liam", "Marta", "Noah", "Olivia", "Pablo", "Quinn", "Rosa", "Sami", "Tariq",
         "Uma", "Victor", "Wen", "Xavier", "Yara", "Zoë", "Martin", "Maria", "Marcel", "Mia")
LAST = ("Müller", "Smith", "García", "Rossi", "Nowak", "Dubois", "Jensen", "Kowalski", "Silva",
        "Nakamura", "O'Brien", "Petrov", "Schmidt", "Martinez", "Larsen", "Novak", "Ivanova",
        "Fischer", "Moreau", "Bianchi", "Costa", "Weber", "Meyer", "Wagner", "Becker",
        "Hoffmann", "Schulz", "Koch", "Richter", "Wolf", "Martell", "Marsh", "Marlow")
STATUSES = ("active",) * 6 + ("issued", "issued", "removed", "deactivated")
#: As the pull stores them (an "apple" from older API answers becomes "iphone").
DEVICES = ("iphone", "android", None)
COLUMNS = ("id", "ext_id", "status", "device_type", "group_tag", "template_id", "template_name",
           "event_id", "display_name", "created_at", "attributes", "barcode_value")
#: Printed codes with every letter and digit, so typing O for 0 and I for 1 is tried.
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
#: The pass whose ticket number is typed in the search.
TYPED_PASS = 12_345


def build_store(path: Path, passes: int) -> None:
    """``passes`` synthetic passes over 3 templates, 3 events, 50 groups; search index current."""
    db = Database.open(f"sqlite:///{path}")
    with db.cache_session() as session:
        search.suspend_indexing(session)  # as a full pull loads, then one rebuild
    db.close()
    rng = random.Random(7)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=NORMAL")
    created = datetime(2025, 1, 1)
    sql = (f"INSERT INTO passes ({', '.join(COLUMNS)}) "  # noqa: S608 - our own column names
           f"VALUES ({', '.join('?' * len(COLUMNS))})")
    for start in range(0, passes, 20_000):
        batch = []
        for n in range(start, min(passes, start + 20_000)):
            template = rng.randrange(3)
            batch.append((
                f"{rng.getrandbits(160):040x}", f"crm-{n:08d}", rng.choice(STATUSES),
                rng.choice(DEVICES), f"group-{rng.randrange(50):02d}", f"t{template}",
                ("Ticket", "Loyalty", "Member")[template], f"e{rng.randrange(3)}",
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                (created + timedelta(seconds=n * 20)).isoformat(" "), "{}", ticket_number(n)))
        con.executemany(sql, batch)
        con.commit()
    add_templates_and_events(con)
    con.close()
    db = Database.open(f"sqlite:///{path}")
    search.rebuild_index_in_steps(db)  # as a full pull ends
    with db.cache_session() as session:
        pass_list.refresh_statistics(session)
    db.close()


def ticket_number(n: int) -> str:
    """The barcode value of synthetic pass ``n``: ``TKT-XXXXX-XXXXX``, one per pass."""
    code = "".join(random.Random(n).choices(CODE_ALPHABET, k=10))
    return f"TKT-{code[:5]}-{code[5:]}"


def add_templates_and_events(con: sqlite3.Connection) -> None:
    con.executemany("INSERT INTO pass_templates (id, name, loyalty_enabled, attributes) "
                    "VALUES (?, ?, 0, '{}')",
                    [("t0", "Ticket"), ("t1", "Loyalty"), ("t2", "Member")])
    con.executemany("INSERT INTO events (id, name, attributes) VALUES (?, ?, '{}')",
                    [("e0", "Spring gala"), ("e1", "Summer fair"), ("e2", "Winter ball")])
    con.commit()


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (round(statistics.median(ordered), 1),
            round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1))


def bench_pane(path: Path, pull_passes: int = 0, in_child: bool = False) -> dict:
    """The pane's figures; ``pull_passes``: while a pull of that many writes to the store."""
    from PySide6.QtWidgets import QApplication

    from passdesk.gui.passes.pane import PassesPane
    from passdesk.gui.workers.sync_bridge import SyncBridge
    from passdesk.gui.workers.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    db = Database.open(f"sqlite:///{path}")
    tasks = TaskRunner(max_threads=1)
    bridge = SyncBridge()
    pulling = None
    if pull_passes:
        from tests.benchmarks.pull_load import PullingInBackground

        # As in the app: the sync worker's notices reach the pane through the bridge.
        pulling = PullingInBackground(path, pull_passes, notice=bridge.notice,
                                      in_child=in_child).start()

    def until(done, timeout_s: float = 120.0) -> None:
        limit = time.perf_counter() + timeout_s
        while not done():
            app.processEvents()
            if time.perf_counter() > limit:
                raise TimeoutError("the pane did not answer")
            time.sleep(0.0002)

    started = time.perf_counter()
    pane = PassesPane(database=db, store_tasks=tasks, bridge=bridge)
    pane.resize(1100, 720)
    pane.show()
    model = pane.model
    until(lambda: model.rowCount() > 0 and model.row_loaded(0))
    app.processEvents()  # the rows painted
    first_paint = (time.perf_counter() - started) * 1000
    until(lambda: model.complete)
    snapshot = (time.perf_counter() - started) * 1000
    until(lambda: pane.form.eventCombo.count() > 1)  # the filter choices are in

    form = pane.form
    filters = []
    combos = [form.statusCombo, form.deviceCombo, form.templateCombo, form.eventCombo,
              form.groupCombo]
    rng = random.Random(3)
    for _ in range(30):
        combo = rng.choice(combos)
        generation = model.generation
        t0 = time.perf_counter()
        # Another value than now: the list must change.
        combo.setCurrentIndex((combo.currentIndex() + rng.randrange(1, combo.count()))
                              % combo.count())
        pane.apply_now()
        until(lambda g=generation: model.shown_generation > g)
        filters.append((time.perf_counter() - t0) * 1000)
        until(lambda: model.complete)
    form.clearFiltersButton.click()
    until(lambda: model.complete)

    searches = []
    typed_number = ticket_number(TYPED_PASS).lower().replace("1", "i").replace("0", "o")
    for name in ("Martin Müller", "crm-00012345", "Zoë Nakamura", "Maria Mar", "Pablo Costa",
                 typed_number, typed_number[4:9]):
        form.searchEdit.clear()
        pane.apply_now()
        until(lambda: model.complete)
        for n in range(1, len(name) + 1):
            generation = model.generation
            t0 = time.perf_counter()
            form.searchEdit.setText(name[:n])
            pane.apply_now()
            if model.generation == generation:
                continue  # a trailing space: the same search, nothing read
            until(lambda g=generation: model.shown_generation > g)
            searches.append((time.perf_counter() - t0) * 1000)
            until(lambda: model.complete)
    rows = model.rowCount()
    pull = pulling.stop() if pulling is not None else {}
    pane.close()
    tasks.shutdown()
    db.close()
    f50, f99 = percentiles(filters)
    s50, s99 = percentiles(searches)
    return {"first_paint_ms": round(first_paint, 1), "default_snapshot_ms": round(snapshot, 1),
            "filter_ms_p50": f50, "filter_ms_p99": f99, "search_ms_p50": s50,
            "search_ms_p99": s99, "searches": len(searches), "last_search_rows": rows, **pull}


def visit_every_pane(path: Path, dwell_s: float = 2.0) -> dict:
    """The whole main window over the store, each pane shown in turn (its reads done);
    the process's resident memory then, and its peak, in MB (/proc/self/status)."""
    from tests.benchmarks.whole_app import open_app

    qt, services, window = open_app(path, prefix="passdesk-bench-rss-")
    visited = []
    for key in window.pane_keys:
        window.show_pane(key)
        limit = time.perf_counter() + dwell_s
        while time.perf_counter() < limit:
            qt.processEvents()
            time.sleep(0.005)
        services.store_tasks.wait_for_done(60_000)
        qt.processEvents()
        visited.append(key)
    status = memory_status()
    window.close()
    services.close()
    return {"panes_visited": visited, "rss_after_every_pane_mb": status.get("VmRSS"),
            "rss_peak_mb": status.get("VmHWM")}


def memory_status() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MB."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            out[name] = round(int(value.split()[0]) / 1024, 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--while-pulling", type=int, nargs="?", const=100_000, default=0,
                        metavar="PASSES",
                        help="also measure while a full pull of PASSES (default 100,000) "
                             "from a sandbox process writes to the same store, over and over")
    parser.add_argument("--pull-in-child", action="store_true",
                        help="--while-pulling: the pull runs in a child process "
                             "(sync.pull_process), as SyncService(pull_in_child=True)")
    parser.add_argument("--no-rss", action="store_true",
                        help="skip building the main window and visiting every pane")
    args = parser.parse_args()
    from passdesk.app import keep_the_ui_thread_first

    keep_the_ui_thread_first()  # as the app runs (passdesk.app.run)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = args.store or Path(tempfile.mkdtemp(prefix="passdesk-bench-lists-")) / "p.sqlite3"
    build_s = 0.0
    if not path.exists():
        started = time.perf_counter()
        build_store(path, args.passes)
        build_s = time.perf_counter() - started
    # Memory first: a fresh process but for the store's build, as a user's would be.
    memory = {} if args.no_rss else visit_every_pane(path)
    idle = bench_pane(path)
    loaded = {}
    if args.while_pulling:
        loaded = {f"{k}_while_pulling": v for k, v in
                  bench_pane(path, args.while_pulling, args.pull_in_child).items()}
    figures = {**idle, **loaded}
    print(json.dumps({
        "benchmark": "lists", "passes": args.passes, "store_build_s": round(build_s, 1),
        **figures, **memory,
        "rss_max_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "targets": {"filter_ms_p99": 50, "search_ms_p99": 50, "first_paint_ms": 200,
                    "rss_after_every_pane_mb": 250,
                    "while_pulling": "the same p99 targets with a pull writing"},
        "verdicts": verdicts(figures, memory),
    }, indent=2))


def verdicts(figures: dict, memory: dict) -> dict[str, bool]:
    """Each figure against its target (True: within it)."""
    out = {}
    for suffix in ("", "_while_pulling"):
        for name, target in (("filter_ms_p99", 50), ("search_ms_p99", 50),
                             ("first_paint_ms", 200)):
            if name + suffix in figures:
                out[name + suffix] = figures[name + suffix] <= target
    if memory.get("rss_after_every_pane_mb") is not None:
        out["rss_after_every_pane_mb"] = memory["rss_after_every_pane_mb"] <= 250
    return out


if __name__ == "__main__":
    main()
