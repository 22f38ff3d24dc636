"""Migration 0015: a store of the release before keeps its scans, which read as never
held (no decision), and a hold decided after the upgrade is kept with who decided;
0015 goes down and up again. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import create_engine, text

from passdesk.core.admission import DoorConfig, Outcome
from passdesk.core.holds import Decision, HoldKind, HoldRule
from passdesk.scan.door import Door
from passdesk.store import migrate
from passdesk.store.database import Database
from passdesk.store.schema import Scan

NOW = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)


def test_0014_scans_upgrade_and_a_hold_decided_after_is_kept(empty_url) -> None:
    engine = create_engine(empty_url)
    migrate.upgrade(engine, "0014")
    with engine.begin() as c:
        c.execute(text("INSERT INTO passes (id, barcode_value, status, pass_type, template_id,"
                       " display_name, attributes) VALUES ('p1', 'BC-1', 'active',"
                       " 'eventTicket', 'tpl-18', 'Ada', '{}')"))
        c.execute(text("INSERT INTO scans (id, scanned_at, raw_value, source, verdict, desk) "
                       "VALUES ('old', '2026-01-01 10:00:00', 'x', 'wedge', 'deny', 'north')"))
    engine.dispose()

    db = Database.open(empty_url)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.session() as s:
        old = s.get(Scan, "old")
        assert (old.verdict, old.decision, old.decided_at, old.decided_by) == (
            "deny", None, None, None)
    door = Door(db, DoorConfig(desk="north", holds=(
        HoldRule(HoldKind.TEMPLATE, "tpl-18", reason="Check photo ID"),)), clock=lambda: NOW)
    try:
        held = door.scan("BC-1")
        assert held.verdict.outcome is Outcome.HOLD
        assert door.decide_hold(held.scan_id, Decision.CONFIRMED).verdict.lets_in
    finally:
        door.close()
    with db.session() as s:
        row = s.get(Scan, held.scan_id)
        assert (row.verdict, row.decision, row.decided_at, row.decided_by) == (
            "admit", "confirmed", NOW, "north")

    command.downgrade(migrate.config(db.engine), "0014")
    with db.engine.connect() as c:
        columns = set(c.execute(text("SELECT * FROM scans WHERE 1 = 0")).keys())
        assert c.execute(text("SELECT count(*) FROM scans")).scalar() == 2
    assert not columns & {"decision", "decided_at", "decided_by"}
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()
