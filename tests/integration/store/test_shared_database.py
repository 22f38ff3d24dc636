"""Several desks on one database at once, each its own process (spawned).

Doors: N processes scan the same passes through the real Door. Every
pass is admitted exactly once; every other scan of it is denied as already
admitted; with a capacity, admissions never exceed it. This holds because
the database serialises the verdicts (a row lock and an advisory lock on
PostgreSQL, the write lock on SQLite), not because the desks are polite.

Pushers: desks drain one outbox to the sandbox at once; each row is
delivered by exactly one of them (loyalty deltas are not idempotent, so a
row sent twice would show in the balance).
"""

from __future__ import annotations

import multiprocessing
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from passdesk.api import PassEntryClient
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import OutboxRow, Pass, Scan
from passdesk.sync import loyalty
from passdesk.sync.pull import PullSync
from tests.integration.store import workers
from tests.integration.sync.helpers import loyalty_template

EVENT = "evt-shared"
NOW = datetime.now(UTC)


def seed_passes(url: str, count: int) -> list[str]:
    """``count`` active passes for EVENT; returns the barcodes the doors scan."""
    db = Database.open(url)
    with db.session() as s:
        s.add_all([Pass(id=f"pass-{n:04d}", ext_id=f"crm-{n:04d}", barcode_value=f"TKT-{n:04d}",
                        display_name=f"Guest {n}", status="active", event_id=EVENT,
                        expires_at=NOW + timedelta(days=1), attributes={})
                   for n in range(count)])
    db.close()
    return [f"TKT-{n:04d}" for n in range(count)]


def run_desks(target, argument_lists: list[tuple]) -> dict[str, object]:
    """Start one spawned process per argument list, all released together; their results."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(argument_lists))
    results = context.Queue()
    processes = [context.Process(target=target, args=(*args, barrier, results))
                 for args in argument_lists]
    for process in processes:
        process.start()
    found = dict(results.get(timeout=240) for _ in processes)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    for name, result in found.items():
        assert not isinstance(result, str), f"{name} failed:\n{result}"
    return found


def admissions_per_pass(url: str) -> Counter:
    db = Database.open(url)
    with db.session() as s:
        rows = s.execute(select(Scan.pass_id, func.count()).where(Scan.verdict == "admit")
                         .group_by(Scan.pass_id)).all()
    db.close()
    return Counter(dict(rows))


DESKS = 4


def test_every_pass_is_admitted_once_however_many_doors_scan_it(db_url) -> None:
    values = seed_passes(db_url, 30)
    found = run_desks(workers.scan_desk, [
        (db_url, f"door-{d}", values, EVENT, None, d) for d in range(DESKS)])

    verdicts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for seen in found.values():
        for value, outcome, reason in seen:
            verdicts[value].append((outcome, reason))
    assert set(verdicts) == set(values)
    for value, each in verdicts.items():
        assert len(each) == DESKS
        # Exactly one door said yes; every other said "already admitted".
        assert sorted(each) == sorted([("admit", "admitted")]
                                      + [("deny", "already admitted")] * (DESKS - 1)), value
    # And the log agrees: one admission per pass, every scan recorded.
    per_pass = admissions_per_pass(db_url)
    assert set(per_pass.values()) == {1}
    assert len(per_pass) == len(values)


@pytest.mark.slow
def test_a_capacity_holds_across_doors(db_url) -> None:
    capacity = 12
    values = seed_passes(db_url, 30)
    found = run_desks(workers.scan_desk, [
        (db_url, f"door-{d}", values, EVENT, capacity, 100 + d) for d in range(DESKS)])

    outcomes = Counter()
    for seen in found.values():
        for _value, outcome, reason in seen:
            outcomes[(outcome, reason)] += 1
    # 30 people for 12 places: the doors together let in exactly 12, never 13.
    assert outcomes[("admit", "admitted")] == capacity
    assert set(outcomes) <= {("admit", "admitted"), ("deny", "already admitted"),
                             ("deny", "capacity reached")}
    assert outcomes[("deny", "capacity reached")] >= len(values) - capacity
    per_pass = admissions_per_pass(db_url)
    assert sum(per_pass.values()) == capacity
    assert set(per_pass.values()) == {1}


@pytest.mark.slow
@pytest.mark.postgres
def test_pushers_of_several_desks_deliver_each_row_once(sandbox, pg_database_url) -> None:
    url = pg_database_url
    with PassEntryClient(sandbox.base_url, "demo") as api:
        db = Database.open(url)
        PullSync(api, db).run(reconcile=False)
        cards = [p.id for p in api.passes.list(pass_template_uuid=loyalty_template(api),
                                               status="active", per_page=6).records]
        start = {c: api.loyalty.get(c).balance for c in cards}
        intended: Counter = Counter()
        for n in range(60):
            card, delta = cards[n % len(cards)], 1 + n % 7
            loyalty.change_balance(db, pass_id=card, delta=delta, desk="till", repeat=True)
            intended[card] += delta
        db.close()

        found = run_desks(workers.push_desk, [
            (url, sandbox.base_url, f"desk-{d}") for d in range(3)])

        # Not a row twice: every delta landed exactly once on the API.
        for card in cards:
            assert api.loyalty.get(card).balance == start[card] + intended[card], card
    delivered = [seq for outcomes in found.values() for seq, result in outcomes
                 if result == "done"]
    assert len(delivered) == len(set(delivered)) == 60
    db = Database.open(url)
    with db.session() as s:
        assert outbox.counts(s) == {"done": 60}
        by_claimer = Counter(s.scalars(select(OutboxRow.claimed_by)))
    db.close()
    assert set(by_claimer) <= {"desk-0", "desk-1", "desk-2"}
    # They really worked side by side (released together, 60 rows to share).
    assert len(by_claimer) >= 2
    # Each outcome was reported by the desk whose claim the row carries.
    for claimer, outcomes in found.items():
        assert by_claimer[claimer] == sum(1 for _seq, r in outcomes if r == "done")
