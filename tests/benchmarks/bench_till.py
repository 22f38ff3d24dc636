"""How fast the till answers at the counter. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_till.py [--passes 1000000] [--operations 2000]

On a store of --passes loyalty passes (the door benchmark's synthetic store)
with --operations operations already made at this till:

identify_*_ms: a scanned value -> the customer card's data (find the pass,
    read the template, the expected balance and the operation counts).
operation_*_ms: ``change_balance`` - the rules (loyalty template, never below
    zero, not a repeat), the operation and its outbox row, committed with
    synchronous=FULL. What one press of Apply costs before the screen answers.
shift_list_ms: this shift's list (200 rows) and its totals over every
    operation of the shift.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from passdesk.store import loyalty as loyalty_store
from passdesk.store.admissions import find_pass
from passdesk.store.database import Database
from passdesk.sync.loyalty import change_balance
from tests.benchmarks.bench_scan import build_store, percentiles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=1_000_000)
    parser.add_argument("--operations", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "till.sqlite3"
        keys = build_store(path, args.passes)
        con = sqlite3.connect(path)
        con.execute("INSERT INTO pass_templates (id, name, loyalty_enabled, attributes) "
                    "VALUES ('t1', 'Ticket', 1, '{}')")
        con.execute("UPDATE passes SET loyalty_balance = 1000")
        con.commit()
        con.close()
        db = Database.open(f"sqlite:///{path}")
        rng = random.Random(11)
        clock_now = [datetime.now(UTC)]

        def clock() -> datetime:
            clock_now[0] += timedelta(milliseconds=10)
            return clock_now[0]

        identify, operate = [], []
        for _ in range(args.operations):
            pass_id, _ext_id, barcode = rng.choice(keys)
            started = time.perf_counter()
            with db.session() as session:
                facts = find_pass(session, (barcode,))
                loyalty_store.customer(session, facts.id)
            identify.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            change_balance(db, pass_id=pass_id, delta=rng.choice((5, 10, -1)), desk="bench",
                           action="add", clock=clock)
            operate.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        with db.session() as session:
            since = clock_now[0] - timedelta(days=1)
            loyalty_store.operations(session, desk="bench", since=since, limit=200)
            totals = loyalty_store.operation_totals(session, desk="bench", since=since)
        shift_ms = (time.perf_counter() - started) * 1000
        db.close()
    identify_p50, identify_p99 = percentiles(identify)
    operation_p50, operation_p99 = percentiles(operate)
    print(json.dumps({"passes": args.passes, "operations": args.operations,
                      "identify_ms_p50": identify_p50, "identify_ms_p99": identify_p99,
                      "operation_ms_p50": operation_p50, "operation_ms_p99": operation_p99,
                      "shift_list_ms": round(shift_ms, 2),
                      "shift_operations": totals.operations}))


if __name__ == "__main__":
    main()
