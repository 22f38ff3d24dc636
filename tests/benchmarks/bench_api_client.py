"""Client + sandbox throughput over loopback, printed as JSON.

    .venv/bin/python tests/benchmarks/bench_api_client.py [--passes 20000]

Not part of the test run (pytest does not collect tests/benchmarks).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from passdesk.api import PassEntryClient
from passdesk.sandbox import SandboxServer


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=2000)
    args = parser.parse_args()

    started = time.perf_counter()
    server = SandboxServer(passes=args.passes)
    build_ms = (time.perf_counter() - started) * 1000
    server.start()
    try:
        with PassEntryClient(server.base_url, "demo") as client:
            first = client.passes.list(per_page=1).records[0]
            started = time.perf_counter()
            total = sum(1 for _ in client.passes.iter(per_page=100))
            full_s = time.perf_counter() - started
            get_ms = timed(lambda: client.passes.get(first.id), 200)
            page_ms = timed(lambda: client.passes.list(status="active", per_page=100), 50)
            sparse_ms = timed(lambda: client.passes.list(fields=["status"], per_page=100), 50)
    finally:
        server.stop()

    def summary(samples: list[float]) -> dict[str, float]:
        ordered = sorted(samples)
        return {"median_ms": round(statistics.median(ordered), 2),
                "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2)}

    print(json.dumps({
        "benchmark": "api_client_over_loopback",
        "passes": total,
        "sandbox_build_ms": round(build_ms, 1),
        "full_sync_pages_of_100_s": round(full_s, 3),
        "full_sync_passes_per_s": round(total / full_s),
        "get_one_pass": summary(get_ms),
        "filtered_page_of_100": summary(page_ms),
        "sparse_page_of_100": summary(sparse_ms),
    }, indent=2))


if __name__ == "__main__":
    main()
