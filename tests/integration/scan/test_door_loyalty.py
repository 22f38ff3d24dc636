"""Scan with loyalty against the sandbox: an admission's points reach the API exactly once."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, or_, select

from passdesk.api import PassEntryClient
from passdesk.api.http import RetryPolicy
from passdesk.core.admission import DoorConfig, Outcome, Reason
from passdesk.core.loyalty import ScanLoyalty
from passdesk.scan.door import Door
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all

POINTS = 7


@pytest.fixture
def api(sandbox):
    # One attempt per request: the pusher does the retrying.
    with PassEntryClient(sandbox.base_url, "demo", retry=RetryPolicy(max_attempts=1),
                         timeout=httpx.Timeout(5.0)) as client:
        yield client


@pytest.fixture
def db(api, tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'door.sqlite3'}")
    PullSync(api, database).run(reconcile=False)
    yield database
    database.close()


def a_pass(db, *, loyalty: bool) -> str:
    with db.session() as s:
        return s.scalars(select(Pass.id).join(PassTemplate, Pass.template_id == PassTemplate.id)
                         .where(PassTemplate.loyalty_enabled.is_(loyalty),
                                Pass.status == "active", Pass.event_id.is_(None),
                                # Not expired: the door would rightly turn it away.
                                or_(Pass.expires_at.is_(None),
                                    Pass.expires_at > datetime.now(UTC)))
                         .order_by(Pass.id).limit(1)).one()


def test_an_admission_adds_its_points_once_and_a_denied_scan_adds_none(api, db,
                                                                       sandbox) -> None:
    card = a_pass(db, loyalty=True)
    start = api.loyalty.get(card).balance
    door = Door(db, DoorConfig(desk="north", admit_non_tickets=True),
                   loyalty=ScanLoyalty(POINTS, "Thanks for visiting! {points} points added."))
    try:
        admitted = door.scan(card)
        assert admitted.verdict.outcome is Outcome.ADMIT
        assert (admitted.loyalty_points, admitted.loyalty_op is not None) == (POINTS, True)
        again = door.scan(card)
        assert again.verdict.reason is Reason.ALREADY_ADMITTED
        assert (again.loyalty_points, again.loyalty_op) == (0, None)
    finally:
        door.close()
    with db.session() as s:
        assert outbox.counts(s) == {"pending": 1}

    clock = FakeClock()
    sandbox.requests.clear()
    drain_all(Pusher(api, db, clock=clock), clock, db)
    # Through the documented loyalty route (§4.2), by the pass's id.
    assert [(e.method, e.path) for e in sandbox.requests.entries() if e.method == "PATCH"] \
        == [("PATCH", f"/api/v1/loyalty/{card}")]
    assert api.loyalty.get(card).balance == start + POINTS
    with db.session() as s:
        assert outbox.counts(s) == {"done": 1}
        op = s.get(LoyaltyOperation, admitted.loyalty_op)
        assert (op.state, op.action, op.desk, op.confirmed_balance) == \
            ("applied", "scan", "north", start + POINTS)
        assert op.message == f"Thanks for visiting! {POINTS} points added."
    # Nothing is left to send twice.
    drain_all(Pusher(api, db, clock=clock), clock, db)
    assert api.loyalty.get(card).balance == start + POINTS


def test_a_ticket_without_loyalty_or_a_door_without_points_queues_nothing(api, db) -> None:
    ticket = a_pass(db, loyalty=False)
    card = a_pass(db, loyalty=True)
    with_points = Door(db, DoorConfig(desk="north", admit_non_tickets=True),
                          loyalty=ScanLoyalty(POINTS))
    plain = Door(db, DoorConfig(desk="south", admit_non_tickets=True))
    try:
        result = with_points.scan(ticket)
        assert result.verdict.lets_in
        assert result.loyalty_op is None
        result = plain.scan(card)
        assert result.verdict.lets_in
        assert result.loyalty_points == 0
    finally:
        with_points.close()
        plain.close()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(LoyaltyOperation)) == 0
        assert outbox.counts(s) == {}
