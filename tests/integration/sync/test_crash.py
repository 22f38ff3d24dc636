"""SIGKILL at random points: every committed operation survives and lands exactly once."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, Scan
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all, loyalty_template

ROOT = Path(__file__).resolve().parents[3]
MIN_ROUNDS, MAX_ROUNDS = 6, 20


def marked_in_flight(url: str) -> int:
    """Rows the killed child left "sending" after committing "about to send"."""
    db = Database.open(url)
    with db.session() as s:
        rows = s.scalars(outbox.select_state(outbox.SENDING)).all()
        marked = sum(1 for r in rows if (r.facts or {}).get("sent_at"))
    db.close()
    return marked


@pytest.mark.slow
def test_sigkill_at_random_points_loses_nothing_and_doubles_nothing(sandbox, api,
                                                                     tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db = Database.open(url)
    PullSync(api, db).run(reconcile=False)
    db.close()
    cards = [p.id for p in api.passes.list(pass_template_uuid=loyalty_template(api),
                                           status="active", per_page=4).records]
    start = {c: api.loyalty.get(c).balance for c in cards}

    rng = random.Random(20261123)
    reported_ops: dict[str, tuple[str, int]] = {}
    reported_scans: set[str] = set()
    kills_mid_delivery = 0
    for round_no in range(MAX_ROUNDS):
        if round_no >= MIN_ROUNDS and kills_mid_delivery:
            break
        with subprocess.Popen(
            [sys.executable, "-m", "tests.integration.sync.crash_child", url,
             sandbox.base_url, ",".join(cards), str(round_no)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ) as child:
            # Timed from its first committed operation: on a busy machine starting
            # Python takes longer than the whole window, and it would die before working.
            first = child.stdout.readline()
            time.sleep(rng.uniform(0.4, 1.5))  # a random moment to die at
            child.send_signal(signal.SIGKILL)
            rest, err = child.communicate()
            out = first + rest
        assert child.returncode == -signal.SIGKILL, err
        for line in out.splitlines()[:-1]:  # the last line may be cut off mid-write
            kind, *rest = line.split()
            if kind == "op":
                reported_ops[rest[0]] = (rest[1], int(rest[2]))
            elif kind == "scan":
                reported_scans.add(rest[0])
        kills_mid_delivery += marked_in_flight(url)
    # Some kill must have hit between "about to send" and "done", or the
    # check-after-a-lost-answer path was never exercised.
    assert kills_mid_delivery >= 1
    assert len(reported_ops) > 20, "the child did too little work to test anything"

    db = Database.open(url)
    clock = FakeClock()
    with PassEntryClient(sandbox.base_url, "demo") as client:
        pusher = Pusher(client, db, clock=clock)
        pusher.recover()
        drain_all(pusher, clock, db)

    with db.session() as s:
        ops = {o.id: o for o in s.scalars(select(LoyaltyOperation))}
        stored_scans = set(s.scalars(select(Scan.id)))
        states = outbox.counts(s)
    db.close()
    # Every operation the child reported committed is there, and so is every scan.
    assert set(reported_ops) <= set(ops)
    assert reported_scans <= stored_scans
    assert all(ops[i].amount == delta for i, (_card, delta) in reported_ops.items())
    # Every stored operation reached the API exactly once: 0 doubled, 0 lost.
    intended: dict[str, int] = defaultdict(int)
    for op in ops.values():
        intended[op.pass_id] += op.amount
    for card in cards:
        assert api.loyalty.get(card).balance == start[card] + intended[card], card
    assert states == {"done": len(ops)}
    assert {o.state for o in ops.values()} == {"applied"}
