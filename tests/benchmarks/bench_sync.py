"""Pull sync throughput against the sandbox, each phase beside its floor. Prints JSON.

    .venv/bin/python tests/benchmarks/bench_sync.py [--passes 100000]

floor_fetch_passes_per_s: the same pages fetched with bare httpx and parsed
with json, stored nowhere: what the network and the server alone cost.
pull_passes_per_s: a full PullSync into a new SQLite file (entities,
templates, events, readers, every pass, the search rebuild, scans), per pass;
pull_vs_floor its ratio to the fetch floor (target >= 0.5, and >= 10,000
passes/s at 100,000 passes). pull_seconds: its phases; pull_cpu_us_per_pass: the
CPU time the pull took in this process (every thread), per pass.
parse_passes_per_s: JSON:API document -> typed records; rows_passes_per_s:
records -> pass rows (both in the fetching thread of a pull).
convert_rows_per_s: pass rows -> the tuples SQLite stores (passes.ready_groups;
in a pull the fetching threads make them while the writer writes the pages before).
floor_write_rows_per_s: the same converted rows written with a raw executemany
into a bare table (no index, no trigger), as many per transaction as the upsert.
upsert_rows_per_s: the pull's writer on the same rows (passes.write_ready, the
events placed once, the change counter and the cursor written with each
transaction, triggers set aside, search deferred and checkpoints as a full pull
does), MAX_PAGES_PER_TRANSACTION pages of 100 a transaction, as a pull whose
writer is behind its fetchers writes them (target >= 50,000); upsert_vs_floor
its ratio.
upsert_durable_live_search_rows_per_s: the same through the durable
(synchronous=FULL) connection with live search indexing, as local writes go.
search_rebuild_s: the one search rebuild a full pull ends with, for these rows.
"""

from __future__ import annotations

import argparse
import json
import resource
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from passdesk.api import PassEntryClient
from passdesk.core.jsonapi import parse_document
from passdesk.store import bulk_load, pass_events, rows, search, sync_state
from passdesk.store import passes as pass_store
from passdesk.store.database import Database
from passdesk.sync.pull import (
    CHECKPOINT_EVERY,
    MAX_PAGES_PER_TRANSACTION,
    PullReport,
    PullSync,
)

#: The sample page's records and the time its rows were made (main sets them).
RECORDS: list = []
NOW = datetime.now(UTC)


def floor_fetch(base_url: str, before: str) -> tuple[int, float]:
    started = time.perf_counter()
    count = 0
    with httpx.Client(headers={"Authorization": "Bearer demo"}) as client:
        url = f"{base_url}/passes"
        params: dict | None = {"perPage": 100, "page": 1, "createdBefore": before}
        origin = base_url.split("/api/")[0]
        while url:
            body = json.loads(client.get(url, params=params).content)
            count += len(body["data"])
            nxt = body["links"]["next"]
            url, params = (origin + nxt, None) if nxt else ("", None)
    return count, time.perf_counter() - started


class SandboxProcess:
    def __init__(self, passes: int) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}/api/v1"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "passdesk", "sandbox", "--port", str(port),
             "--passes", str(passes)], stderr=subprocess.DEVNULL)
        for _ in range(1200):
            try:
                httpx.get(f"{self.base_url}/entities", headers={"Authorization": "Bearer demo"})
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("the sandbox did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


TARGETS = {"pull_vs_floor": 0.5, "pull_passes_per_s_at_100000": 10_000,
           "upsert_rows_per_s": 50_000}


def cpu_s() -> float:
    """This process's CPU time, every thread's (the sandbox is another process)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed_pull(base_url: str, path: Path) -> tuple[int, float, dict[str, float], PullReport]:
    db = Database.open(f"sqlite:///{path}")
    phases: dict[str, float] = {}
    with PassEntryClient(base_url, "demo") as client:
        sync = PullSync(client, db)
        report = PullReport()
        started = time.perf_counter()
        cpu = cpu_s()
        for name, step in (("small", sync.pull_small_collections), ("passes", sync.pull_passes),
                           ("scans", sync.pull_scans)):
            t = time.perf_counter()
            step(report)
            phases[name] = time.perf_counter() - t
        pull_s = time.perf_counter() - started
        phases["cpu"] = cpu_s() - cpu
    with db.session() as s:
        stored = pass_store.count(s)
    db.close()
    return stored, pull_s, phases, report


def timed_writes(workdir: Path, prepared: list[list[dict]]) -> dict[str, float]:
    rows_count = sum(len(b) for b in prepared)
    out: dict[str, float] = {}

    # Converting rows for the driver: a pull's fetching threads do it, not the writer.
    began = time.perf_counter()
    ready = [pass_store.ready_groups(batch) for batch in prepared]
    out["convert"] = rows_count / (time.perf_counter() - began)
    # Pages as a writer behind its fetchers takes them, one transaction each.
    per = MAX_PAGES_PER_TRANSACTION
    transactions = [ready[i:i + per] for i in range(0, len(ready), per)]

    # Floor: the same converted rows into a bare table, as many per transaction.
    columns = tuple(dict.fromkeys(c for group in ready[0] for c in group.insert))
    bare = sqlite3.connect(workdir / "floor.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=NORMAL")
    bare.execute(f"CREATE TABLE bare ({', '.join(columns)})")
    began = time.perf_counter()
    for pages in transactions:
        bare.execute("BEGIN")
        for groups in pages:
            for group in groups:
                sql = (f"INSERT INTO bare ({', '.join(group.insert)}) "  # noqa: S608
                       f"VALUES ({', '.join('?' * len(group.insert))})")
                bare.executemany(sql, group.values)
        bare.execute("COMMIT")
    out["floor"] = rows_count / (time.perf_counter() - began)
    bare.close()

    # The pull's writer, as a full pull writes (store.bulk_load, search deferred).
    database = Database.open(f"sqlite:///{workdir / 'upsert-pull.sqlite3'}")
    with database.cache_session() as s:
        search.suspend_indexing(s)
        bulk_load.set_aside(s)
    events = pass_events.PlacedEvents()
    event_rows = [e for e in (rows.pass_event_row(r, NOW) for r in RECORDS) if e]
    began = time.perf_counter()
    unchecked = 0
    for number, pages in enumerate(transactions, 1):
        with database.cache_session() as s:
            bulk_load.no_auto_checkpoint(s)
            mapping, placed = events.place(s, event_rows)
            for groups in pages:
                pass_store.write_ready(s, groups, mapping)
            bulk_load.page_written(s, len(pages))
            sync_state.write_now(s, "bench", {"next_page": number * per + 1})
        events.keep(placed)
        unchecked += len(pages)
        if unchecked >= CHECKPOINT_EVERY:
            with database.cache_session() as s:
                bulk_load.checkpoint(s)
            unchecked = 0
    out["upsert"] = rows_count / (time.perf_counter() - began)
    began = time.perf_counter()
    with database.cache_session() as s:
        bulk_load.restore(s)
    search.rebuild_index_in_steps(database)
    out["rebuild_s"] = time.perf_counter() - began
    database.close()

    # Local writes: durable connection, live search indexing.
    database = Database.open(f"sqlite:///{workdir / 'upsert-durable.sqlite3'}")
    began = time.perf_counter()
    for batch in prepared:
        with database.session() as s:
            pass_store.upsert_passes(s, batch)
    out["durable"] = rows_count / (time.perf_counter() - began)
    database.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=100_000)
    args = parser.parse_args()

    # The sandbox in its own process, as the real API is on another machine:
    # in-process it would share this process's GIL with the code measured.
    started = time.perf_counter()
    server = SandboxProcess(args.passes)
    build_s = time.perf_counter() - started
    workdir = Path(tempfile.mkdtemp(prefix="passdesk-bench-"))
    try:
        before = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        floor_count, floor_s = floor_fetch(server.base_url, before)
        stored, pull_s, phases, report = timed_pull(server.base_url, workdir / "pull.sqlite3")

        # Parse and row costs, per pass, on one real page.
        sample = json.loads(httpx.get(f"{server.base_url}/passes?perPage=100",
                                      headers={"Authorization": "Bearer demo"}).content)
        started = time.perf_counter()
        for _ in range(100):
            records = parse_document(sample).many()
        parse_per_s = 100 * len(sample["data"]) / (time.perf_counter() - started)
        RECORDS[:] = records
        started = time.perf_counter()
        for _ in range(100):
            template = [rows.pass_row(r, NOW) for r in records]
        rows_per_s = 100 * len(records) / (time.perf_counter() - started)
    finally:
        server.stop()

    # Rows to write, prepared outside the timed parts: the page's rows under new ids.
    batches = max(1, args.passes // 100)
    prepared = [[{**r, "id": f"{b:06d}-{i:03d}", "ext_id": f"x{b}-{i}",
                  "barcode_value": f"TKT-{b:06d}-{i:03d}"}
                 for i, r in enumerate(template)] for b in range(batches)]
    writes = timed_writes(workdir, prepared)

    floor_rate = floor_count / floor_s
    pull_rate = stored / pull_s
    print(json.dumps({
        "benchmark": "pull_sync",
        "passes": stored,
        "sandbox_build_s": round(build_s, 2),
        "floor_fetch_passes_per_s": round(floor_rate),
        "pull_passes_per_s": round(pull_rate),
        "pull_vs_floor": round(pull_rate / floor_rate, 3),
        "pull_passes_phase_per_s": round(report.passes_fetched / phases["passes"]),
        "passes_phase_vs_floor": round(report.passes_fetched / phases["passes"] / floor_rate,
                                       3),
        "pull_seconds": {k: round(v, 2) for k, v in phases.items() if k != "cpu"},
        # Steadier than the rates on a shared machine: the pull's CPU in this process.
        "pull_cpu_us_per_pass": round(phases["cpu"] / stored * 1e6),
        "parse_passes_per_s": round(parse_per_s),
        "rows_passes_per_s": round(rows_per_s),
        "convert_rows_per_s": round(writes["convert"]),
        "floor_write_rows_per_s": round(writes["floor"]),
        "upsert_rows_per_s": round(writes["upsert"]),
        "upsert_vs_floor": round(writes["upsert"] / writes["floor"], 3),
        "search_rebuild_s": round(writes["rebuild_s"], 2),
        "upsert_durable_live_search_rows_per_s": round(writes["durable"]),
        "targets": TARGETS,
        "meets": {
            "pull_vs_floor": pull_rate / floor_rate >= TARGETS["pull_vs_floor"],
            "pull_passes_per_s": (pull_rate >= TARGETS["pull_passes_per_s_at_100000"]
                                  if stored >= 100_000 else None),
            "upsert_rows_per_s": writes["upsert"] >= TARGETS["upsert_rows_per_s"],
        },
    }, indent=2))


if __name__ == "__main__":
    main()
