"""Pull sync throughput against the sandbox, beside the bare fetch floor. Prints JSON.

    .venv/bin/python tests/benchmarks/bench_sync.py [--passes 100000]

floor_fetch_passes_per_s: the same pages fetched with bare httpx and parsed
with json, stored nowhere: what the network and the server alone cost.
pull_passes_per_s: a full PullSync.run() into a new SQLite file (entities,
templates, events, readers, every pass, event membership), per pass.
pull_passes_phase_per_s: only the passes phase of that run.
upsert_rows_per_s: bulk upsert of prepared pass rows, 100 per transaction, as
the pull writes them (synchronous=NORMAL, search indexing deferred);
upsert_durable_live_search_rows_per_s: the same through the durable
(synchronous=FULL) connection with live search indexing, as local writes go.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from passdesk.api import PassEntryClient
from passdesk.core.jsonapi import parse_document
from passdesk.store import passes as pass_store
from passdesk.store import rows, search
from passdesk.store.database import Database
from passdesk.sync.pull import PullReport, PullSync


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

        db = Database.open(f"sqlite:///{workdir / 'pull.sqlite3'}")
        phases: dict[str, float] = {}
        with PassEntryClient(server.base_url, "demo") as client:
            sync = PullSync(client, db)
            report = PullReport()
            started = time.perf_counter()
            t = time.perf_counter()
            sync.pull_small_collections(report)
            phases["small"] = time.perf_counter() - t
            t = time.perf_counter()
            sync.pull_passes(report)
            phases["passes"] = time.perf_counter() - t
            t = time.perf_counter()
            sync.pull_event_members(report)
            phases["event_members"] = time.perf_counter() - t
            pull_s = time.perf_counter() - started
            # Rows to upsert, prepared outside the timed part.
            page = client.passes.list(per_page=100)
        with db.session() as s:
            stored = pass_store.count(s)
        db.close()

        now = datetime.now(UTC)
        template = [rows.pass_row(r, now) for r in page.records]
        batches = args.passes // 100
        prepared = [[{**r, "id": f"{b:06d}-{i:03d}", "ext_id": f"x{b}-{i}"}
                     for i, r in enumerate(template)] for b in range(batches)]

        def timed_upsert(name: str, pull_path: bool) -> float:
            database = Database.open(f"sqlite:///{workdir / name}")
            session_of = database.cache_session if pull_path else database.session
            if pull_path:  # as a full pull runs: search indexing off until the end
                with database.cache_session() as s:
                    search.suspend_indexing(s)
            began = time.perf_counter()
            for batch in prepared:
                with session_of() as s:
                    pass_store.upsert_passes(s, batch)
            database.close()
            return batches * 100 / (time.perf_counter() - began)

        upsert_rate = timed_upsert("upsert-pull.sqlite3", pull_path=True)
        durable_rate = timed_upsert("upsert-durable.sqlite3", pull_path=False)

        # Parse cost alone: JSON:API document -> typed records, per pass.
        sample = json.loads(httpx.get(f"{server.base_url}/passes?perPage=100",
                                      headers={"Authorization": "Bearer demo"}).content)
        started = time.perf_counter()
        for _ in range(200):
            parse_document(sample)
        parse_per_s = 200 * len(sample["data"]) / (time.perf_counter() - started)
    finally:
        server.stop()

    floor_rate = floor_count / floor_s
    print(json.dumps({
        "benchmark": "pull_sync",
        "passes": stored,
        "sandbox_build_s": round(build_s, 2),
        "floor_fetch_passes_per_s": round(floor_rate),
        "pull_passes_per_s": round(stored / pull_s),
        "pull_passes_phase_per_s": round(report.passes_fetched / phases["passes"]),
        "pull_vs_floor": round((stored / pull_s) / floor_rate, 3),
        "passes_phase_vs_floor": round((report.passes_fetched / phases["passes"]) / floor_rate,
                                       3),
        "pull_seconds": {k: round(v, 2) for k, v in phases.items()},
        "upsert_rows_per_s": round(upsert_rate),
        "upsert_durable_live_search_rows_per_s": round(durable_rate),
        "parse_passes_per_s": round(parse_per_s),
    }, indent=2))


if __name__ == "__main__":
    main()
