"""The door's two query paths (SQLAlchemy, SQLite driver) agree, and read each other's rows.

On PostgreSQL the door's own path is SQLAlchemy Core too: the same checks then
hold between two Core transactions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from passdesk.core.loyalty import MAX_POINTS, REPEAT_WINDOW
from passdesk.store import admissions, outbox
from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.door_queries import (
    CoreDoorQueries,
    DoorQueries,
    DoorStore,
    SqliteDoorQueries,
)
from passdesk.store.loyalty import NewOperation
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Pass, PassTemplate, Scan

T0 = datetime(2026, 11, 23, 19, 0, 0, 123456, tzinfo=UTC)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as s:
        s.add_all([
            Pass(id="p1", ext_id="crm-1", barcode_value="TKT-1", display_name="Ana",
                 status="active", event_id="e1", expires_at=T0 + timedelta(days=30),
                 attributes={}),
            Pass(id="p2", ext_id="TKT-1", display_name="Ben", status="active", attributes={}),
            PassTemplate(id="t-card", name="Coffee card", loyalty_enabled=True,
                         balance_type="integer", attributes={}),
            PassTemplate(id="t-ticket", name="Gala", loyalty_enabled=False, attributes={}),
        ])
        s.add_all([
            Pass(id=f"card-{n}", display_name="Cleo Marsh", status="active",
                 template_id="t-card", loyalty_balance=10, attributes={}) for n in (1, 2)])
        s.add(Pass(id="gala-1", display_name="Dan", status="active", template_id="t-ticket",
                   attributes={}))
        s.add(Pass(id="full", display_name="Flo", status="active", template_id="t-card",
                   loyalty_balance=MAX_POINTS - 10, attributes={}))
        s.add_all([Pass(id=status, display_name="Gus", status=status, template_id="t-card",
                        loyalty_balance=10, attributes={})
                   for status in ("deactivated", "nullified")])
    yield database
    database.close()


def both(db):
    """The same answers from both paths, each in its own transaction."""
    door = DoorStore(db)
    with db.connection() as connection:
        yield CoreDoorQueries(connection)
    with door.transaction() as fast:
        assert isinstance(fast, door_path(db))
        yield fast
    door.close()


def door_path(db) -> type:
    """What the door's own transaction uses on this database."""
    return SqliteDoorQueries if db.is_sqlite else CoreDoorQueries


def test_lookups_agree_including_priority_and_timestamps(db) -> None:
    for queries in both(db):
        facts = queries.find_pass(["TKT-1"])
        # An ext id outranks a barcode: "TKT-1" is p2's ext id and p1's barcode.
        assert facts.id == "p2"
        ana = queries.find_pass(["nothing", "crm-1"])
        assert ana.name == "Ana"
        assert ana.expires_at == T0 + timedelta(days=30)
        assert queries.find_pass(["nobody"]) is None


def test_rows_written_by_either_path_are_read_by_the_other(db) -> None:
    door = DoorStore(db)
    with door.transaction() as fast:
        fast.record_scan(scanned_at=T0, raw_value="crm-1", source="wedge", verdict="admit",
                         pass_id="p1", event_id="e1", desk="north")
    with db.connection() as connection:
        core = CoreDoorQueries(connection)
        core.record_scan(scanned_at=T0 + timedelta(minutes=5), raw_value="crm-1",
                         source="wedge", verdict="exit", pass_id="p1", event_id="e1",
                         desk="south")
    with db.session() as s:
        times = [scan.scanned_at for scan in s.scalars(select(Scan).order_by(Scan.scanned_at))]
        assert times == [T0, T0 + timedelta(minutes=5)]
    for queries in both(db):
        history = queries.history("p1", "e1", count_inside=True)
        assert (history.admitted_at, history.exited_since, history.inside) == (T0, True, 0)
    with db.session() as s:
        assert [(r.value, r.verdict) for r in admissions.recent_scans(s, "north")] == [
            ("crm-1", "admit")]
    door.close()


def test_a_failed_transaction_leaves_nothing(db) -> None:
    door = DoorStore(db)

    def scan_then_fail() -> None:
        with door.transaction() as fast:
            fast.record_scan(scanned_at=T0, raw_value="x", source="wedge", verdict="deny")
            raise RuntimeError("power went out mid-scan")

    with pytest.raises(RuntimeError):
        scan_then_fail()
    with db.session() as s:
        assert s.scalars(select(Scan)).all() == []
    door.close()


# --- scan with loyalty --------------------------------------------------------------

PATHS = ("core", "driver")


@contextmanager
def door_transaction(db, path: str) -> Iterator[DoorQueries]:
    """One door transaction on ``path``: SQLAlchemy Core, or the door's own (the SQLite driver)."""
    if path == "core":
        with db.connection() as connection:
            yield CoreDoorQueries(connection)
        return
    door = DoorStore(db)
    try:
        with door.transaction() as fast:
            assert isinstance(fast, door_path(db))
            yield fast
    finally:
        door.close()


def points(card: str = "card-1", delta: int = 5, desk: str | None = "north") -> NewOperation:
    return NewOperation(card, delta=delta, message="Thanks {name}! {points} points added.",
                        desk=desk, action="scan")


def admit_with_points(db, path: str, op: NewOperation, at: datetime = T0) -> str | None:
    with door_transaction(db, path) as door:
        door.record_scan(scanned_at=at, raw_value=op.pass_id, source="wedge",
                         verdict="admit", pass_id=op.pass_id, desk=op.desk)
        return door.queue_loyalty(op, at, at - REPEAT_WINDOW)


def written(db) -> tuple[int, int, int]:
    """(scans, loyalty operations, outbox rows) in the store."""
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(table))
                     for table in (Scan, LoyaltyOperation, OutboxRow))


@pytest.mark.parametrize("path", PATHS)
def test_points_are_queued_with_the_scan_and_read_back_through_the_orm(db, path) -> None:
    op_id = admit_with_points(db, path, points())
    assert op_id is not None
    assert written(db) == (1, 1, 1)
    with db.session() as s:
        [line] = loyalty_store.operations(s, desk="north")
        assert (line.id, line.pass_id, line.at, line.action, line.kind, line.amount) == \
            (op_id, "card-1", T0, "scan", "delta", 5)
        assert (line.state, line.balance_after, line.holder) == ("pending", 15, "Cleo Marsh")
        assert line.message == "Thanks Cleo! 5 points added."  # placeholders filled in
        [item] = outbox.items(s, (outbox.PENDING,))
        assert (item.op_id, item.kind, item.order_key, item.target_id) == \
            (op_id, OutboxKind.LOYALTY_CHANGE, "card-1", "card-1")
        assert item.payload == {"delta": 5, "message": "Thanks Cleo! 5 points added."}
        assert (item.created_at, item.attempts, item.facts) == (T0, 0, {})
        assert loyalty_store.expected_balance(s, "card-1").expected == 15


def test_both_paths_write_the_same_rows(db) -> None:
    ids = {path: admit_with_points(db, path, points(f"card-{n}"))
           for n, path in enumerate(PATHS, start=1)}
    own = {"id", "op_id", "seq", "pass_id", "order_key", "target_id"}

    def columns(row) -> dict:
        return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in own}

    with db.session() as s:
        ops = [columns(s.get(LoyaltyOperation, ids[path])) for path in PATHS]
        rows = [columns(s.scalars(select(OutboxRow).where(OutboxRow.op_id == ids[path])).one())
                for path in PATHS]
    assert ops[0] == ops[1]
    assert rows[0] == rows[1]
    # And the driver's text reads back as the same Python values, typed.
    assert ops[1]["created_at"] == T0
    assert rows[1]["payload"]["delta"] == 5


@pytest.mark.parametrize("path", PATHS)
def test_a_pass_without_a_loyalty_balance_gets_no_points(db, path) -> None:
    for pass_id in ("gala-1", "p1"):  # a template without loyalty; no template at all
        assert admit_with_points(db, path, points(pass_id)) is None
    assert written(db) == (2, 0, 0)  # the scans are still recorded


@pytest.mark.parametrize("path", PATHS)
def test_a_double_scan_within_the_window_adds_points_once(db, path) -> None:
    assert admit_with_points(db, path, points()) is not None
    assert admit_with_points(db, path, points(), T0 + REPEAT_WINDOW / 2) is None
    assert written(db) == (2, 1, 1)
    # Another desk, or the same desk after the window, is a new visit.
    assert admit_with_points(db, path, points(desk="south"), T0 + REPEAT_WINDOW / 2)
    assert admit_with_points(db, path, points(), T0 + REPEAT_WINDOW * 2)
    with db.session() as s:
        assert [line.balance_after for line in loyalty_store.operations(s)] == [25, 20, 15]


@pytest.mark.parametrize("path", PATHS)
def test_a_rolled_back_scan_leaves_neither_scan_nor_points(db, path) -> None:
    def admit_then_fail() -> None:
        with door_transaction(db, path) as door:
            door.record_scan(scanned_at=T0, raw_value="card-1", source="wedge",
                             verdict="admit", pass_id="card-1")
            assert door.queue_loyalty(points(), T0, T0 - REPEAT_WINDOW) is not None
            raise RuntimeError("power went out mid-scan")

    with pytest.raises(RuntimeError):
        admit_then_fail()
    assert written(db) == (0, 0, 0)


@pytest.mark.parametrize("path", PATHS)
def test_a_door_only_adds_points(db, path) -> None:
    with pytest.raises(ValueError, match="adds points only"), \
            door_transaction(db, path) as door:
        door.queue_loyalty(points(delta=-5), T0, T0 - REPEAT_WINDOW)
    assert written(db) == (0, 0, 0)


@pytest.mark.parametrize("path", PATHS)
def test_no_points_past_what_a_pass_holds(db, path) -> None:
    """The one loyalty check (``check_change``): never above ``MAX_POINTS``, counting the
    changes still on their way (the expected balance, not the last confirmed one)."""
    assert admit_with_points(db, path, points("full", delta=11)) is None
    assert admit_with_points(db, path, points("full", delta=MAX_POINTS + 1)) is None
    assert written(db) == (2, 0, 0)  # the scans are still recorded
    assert admit_with_points(db, path, points("full", delta=6)) is not None  # MAX - 4
    # Another desk: not a double scan, but 5 more would pass MAX_POINTS; 4 reach it.
    assert admit_with_points(db, path, points("full", delta=5, desk="south")) is None
    assert admit_with_points(db, path, points("full", delta=4, desk="south")) is not None
    with db.session() as s:
        assert sorted(line.balance_after for line in loyalty_store.operations(s)) == [
            MAX_POINTS - 4, MAX_POINTS]
    assert written(db) == (5, 2, 2)


@pytest.mark.parametrize("path", PATHS)
def test_a_cancelled_card_gets_no_points(db, path) -> None:
    for status in ("deactivated", "nullified"):
        assert admit_with_points(db, path, points(status)) is None
    assert written(db) == (2, 0, 0)
