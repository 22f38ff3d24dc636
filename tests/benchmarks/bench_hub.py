"""How fast the venue hub answers readers under load. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_hub.py [--passes 100000] [--requests 2000]
                                                   [--clients 20]

The hub runs as its own process (``passdesk hub``) on a SQLite store holding
--passes passes; --clients concurrent clients, one keep-alive connection each,
send --requests documented reader requests (PassEntry readers and VTAPs, 90%
known codes) over loopback. The clients are a minimal HTTP/1.1 client in one
asyncio loop (like wrk): httpx would spend more CPU per request than the hub,
and on a 2-core machine the numbers would be the client's. validate_*_ms is
each request's round trip as a client sees it (HTTP, bearer check, parse,
look up, rules, scan record committed with synchronous=FULL, answer);
sequential_* is the same with one client, nothing queued.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.integration.hub.load import (  # noqa: E402 - after the path is set
    build_store,
    drive_raw,
    reader_requests,
)

TOKEN = "bench-token"


def start_hub(database: Path) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "PASSDESK_HUB_TOKEN": TOKEN,
           "PASSDESK_CONFIG_DIR": str(database.parent / "config"),
           "PASSDESK_DATA_DIR": str(database.parent / "data")}
    process = subprocess.Popen(
        [sys.executable, "-m", "passdesk", "hub", "--port", "0",
         "--database", f"sqlite:///{database}"],
        env=env, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    for line in process.stderr:
        found = re.search(r"passdesk hub on (http://\S+) ", line)
        if found:
            return process, found.group(1)
        if time.monotonic() > deadline:
            break
    process.kill()
    raise RuntimeError("the hub did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="passdesk-bench-hub-"))
    started = time.perf_counter()
    barcodes = build_store(workdir / "venue.sqlite3", args.passes)
    build_s = time.perf_counter() - started
    process, url = start_hub(workdir / "venue.sqlite3")
    try:
        drive_raw(url, TOKEN, reader_requests(barcodes, 200, seed=1), clients=4)  # warm up
        load = drive_raw(url, TOKEN, reader_requests(barcodes, args.requests),
                         clients=args.clients)
        alone = drive_raw(url, TOKEN, reader_requests(barcodes, 500, seed=3), clients=1)
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(json.dumps({
        "benchmark": "hub",
        "passes": args.passes,
        "requests": load.requests,
        "clients": args.clients,
        "errors": len(load.errors),
        "store_build_s": round(build_s, 1),
        "validate_p50_ms": round(load.percentile(50), 2),
        "validate_p99_ms": round(load.percentile(99), 2),
        "requests_per_s": round(load.requests / load.elapsed_s, 1),
        "sequential_p50_ms": round(alone.percentile(50), 2),
        "sequential_p99_ms": round(alone.percentile(99), 2),
    }, indent=2))


if __name__ == "__main__":
    main()
