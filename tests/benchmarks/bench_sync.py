"""Pull sync throughput against the sandbox, beside the bare fetch floor. Prints JSON.

    .venv/bin/python tests/benchmarks/bench_sync.py [--passes 100000]

floor_fetch_passes_per_s: the same pages fetched with bare httpx and parsed
with json, stored nowhere: what the network and the server alone cost.
pull_passes_per_s: a full PullSync.run() into a new SQLite file (entities,
templates, events, readers, every pass, event membership), per pass.
pull_passes_phase_per_s: only the passes phase of that run.
upsert_rows_per_s: bulk upsert of prepared pass rows, 100 per transaction.
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
from passdesk.store import rows
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
        upsert_db = Database.open(f"sqlite:///{workdir / 'upsert.sqlite3'}")
        batches = args.passes // 100
        prepared = [[{**r, "id": f"{b:06d}-{i:03d}", "ext_id": f"x{b}-{i}"}
                     for i, r in enumerate(template)] for b in range(batches)]
        started = time.perf_counter()
        for batch in prepared:
            with upsert_db.session() as s:
                pass_store.upsert_passes(s, batch)
        upsert_s = time.perf_counter() - started
        upsert_db.close()

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
        "upsert_rows_per_s": round(batches * 100 / upsert_s),
        "parse_passes_per_s": round(parse_per_s),
    }, indent=2))


if __name__ == "__main__":
    main()
