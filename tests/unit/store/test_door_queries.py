"""The door's two query paths (SQLAlchemy, SQLite driver) agree, and read each other's rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from passdesk.store import admissions
from passdesk.store.database import Database
from passdesk.store.door_queries import CoreDoorQueries, DoorStore, SqliteDoorQueries
from passdesk.store.schema import Pass, Scan

T0 = datetime(2026, 11, 23, 19, 0, 0, 123456, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'door.sqlite3'}")
    with database.session() as s:
        s.add_all([
            Pass(id="p1", ext_id="crm-1", barcode_value="TKT-1", display_name="Ana",
                 status="active", event_id="e1", expires_at=T0 + timedelta(days=30),
                 attributes={}),
            Pass(id="p2", ext_id="TKT-1", display_name="Ben", status="active", attributes={}),
        ])
    yield database
    database.close()


def both(db):
    """The same answers from both paths, each in its own transaction."""
    door = DoorStore(db)
    with db.connection() as connection:
        yield CoreDoorQueries(connection)
    with door.transaction() as fast:
        assert isinstance(fast, SqliteDoorQueries)
        yield fast
    door.close()


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
