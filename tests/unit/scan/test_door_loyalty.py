"""Door with "scan with loyalty": points for admissions only, in the scan's transaction."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from passdesk.core.admission import DoorConfig, Outcome
from passdesk.core.loyalty import ScanLoyalty
from passdesk.scan.door import Door
from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Pass, PassTemplate

T0 = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'door.sqlite3'}")
    with database.session() as s:
        s.add(PassTemplate(id="t-card", name="Coffee card", loyalty_enabled=True,
                           balance_type="decimal", attributes={}))
        s.add(Pass(id="card-1", display_name="Cleo Marsh", status="active",
                   template_id="t-card", loyalty_balance=250, attributes={}))
    yield database
    database.close()


def make_door(db, loyalty: ScanLoyalty) -> Door:
    return Door(db, DoorConfig(desk="north"), loyalty=loyalty, clock=lambda: T0)


def queued(db) -> list[tuple]:
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxRow)) == \
            s.scalar(select(func.count()).select_from(LoyaltyOperation))
        return [tuple(r) for r in s.execute(
            select(LoyaltyOperation.amount, LoyaltyOperation.desk, LoyaltyOperation.action,
                   LoyaltyOperation.balance_after, LoyaltyOperation.message))]


def test_an_admission_queues_its_points_and_a_denial_none(db) -> None:
    door = make_door(db, ScanLoyalty(100, "{points} points, {name}! Balance {balance}."))
    try:
        admitted = door.scan("card-1")
        assert admitted.verdict.outcome is Outcome.ADMIT
        assert (admitted.loyalty_points, admitted.loyalty_op is not None) == (100, True)
        denied = door.scan("card-1")  # already admitted
        assert denied.verdict.outcome is Outcome.DENY
        assert (denied.loyalty_points, denied.loyalty_op) == (0, None)
        unknown = door.scan("nobody")
        assert (unknown.loyalty_points, unknown.loyalty_op) == (0, None)
    finally:
        door.close()
    # A decimal balance counts hundredths: 100 is "1.00".
    assert queued(db) == [(100, "north", "scan", 350, "1.00 points, Cleo! Balance 3.50.")]


@pytest.mark.parametrize("loyalty", [ScanLoyalty(), ScanLoyalty(-5)])
def test_a_door_without_points_or_asked_to_take_them_queues_none(db, loyalty) -> None:
    door = make_door(db, loyalty)
    try:
        result = door.scan("card-1")
    finally:
        door.close()
    assert result.verdict.outcome is Outcome.ADMIT
    assert (result.loyalty_points, result.loyalty_op) == (0, None)
    assert queued(db) == []


def test_points_can_be_switched_on_while_the_door_runs(db) -> None:
    door = make_door(db, ScanLoyalty())
    try:
        door.loyalty = ScanLoyalty(5)
        assert door.scan("card-1").loyalty_points == 5
    finally:
        door.close()
    assert [row[0] for row in queued(db)] == [5]


def outbox_states(db) -> list[tuple[str, dict, str]]:
    with db.session() as s:
        return [(r.state, dict(r.payload), r.kind) for r in
                s.scalars(select(OutboxRow).order_by(OutboxRow.seq))]


def test_undoing_an_admission_drops_points_not_yet_sent(db) -> None:
    door = make_door(db, ScanLoyalty(100))
    try:
        door.scan("card-1")
        undone = door.undo_last_admission()
    finally:
        door.close()
    assert undone.points_taken_back == 100
    assert outbox_states(db) == [("discarded", {"delta": 100}, "loyalty.change")]
    with db.session() as s:
        assert s.scalar(select(LoyaltyOperation.state)) == "discarded"


def test_undoing_an_admission_whose_points_were_claimed_queues_them_back(db) -> None:
    door = make_door(db, ScanLoyalty(100))
    try:
        door.scan("card-1")
        with db.session() as s:  # a pusher took it (it may be on the wire)
            s.scalar(select(OutboxRow)).attempts = 1
        undone = door.undo_last_admission()
    finally:
        door.close()
    assert undone.points_taken_back == 100
    assert [(state, payload) for state, payload, _kind in outbox_states(db)] == [
        ("pending", {"delta": 100}), ("pending", {"delta": -100})]
    with db.session() as s:
        assert s.scalars(select(LoyaltyOperation.action)
                         .order_by(LoyaltyOperation.amount)).all() == ["undo", "scan"]


def test_undoing_an_admission_without_points_takes_nothing(db) -> None:
    door = make_door(db, ScanLoyalty())
    try:
        door.scan("card-1")
        assert door.undo_last_admission().points_taken_back == 0
    finally:
        door.close()
    assert outbox_states(db) == []
