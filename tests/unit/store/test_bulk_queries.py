"""Bulk issue's store questions, on SQLite and PostgreSQL: which ext ids are taken."""

from __future__ import annotations

from datetime import UTC, datetime

from passdesk.store import bulk_queries, outbox
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import Pass, PassTemplate

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_an_ext_id_is_taken_by_a_stored_pass_or_a_queued_creation(db_url) -> None:
    db = Database.open(db_url)
    try:
        with db.session() as s:
            s.add(PassTemplate(id="t1", name="Ticket", attributes={"b": 1, "a": 2}))
            s.add(Pass(id="p1", ext_id="crm-1", attributes={}))
            outbox.enqueue(s, kind=OutboxKind.PASS_CREATE, order_key="local-2",
                           payload={"ext_id": "crm-2", "template": "t1"}, now=NOW)
        with db.session() as s:
            assert bulk_queries.known_ext_ids(s, ["crm-1", "crm-2", "crm-3"]) == {
                "crm-1", "crm-2"}
            [template] = bulk_queries.templates(s)
            assert list(template.attributes) == ["b", "a"]  # as stored, keys in order
            assert bulk_queries.delivery_facts(s, "crm-1").pass_id == "p1"
    finally:
        db.close()


def test_codes_name_their_holder_and_events_come_soonest_first(db_url) -> None:
    from datetime import timedelta

    from passdesk.store.schema import Event

    db = Database.open(db_url)
    try:
        with db.session() as s:
            s.add(Pass(id="p1", barcode_value="GALA-0001", display_name="Ada", attributes={}))
            s.add(Pass(id="p2", barcode_value="GALA-0002", attributes={}))
            for n, (name, days) in enumerate((("Later", 9), ("Sooner", 1), ("Undated", None))):
                start = NOW + timedelta(days=days) if days is not None else None
                s.add(Event(id=f"e{n}", name=name, start_time=start, attributes={}))
        with db.session() as s:
            assert bulk_queries.barcode_holders(s, ["GALA-0001", "GALA-0002", "GALA-9"]) == {
                "GALA-0001": "Ada", "GALA-0002": None}
            assert [e.name for e in bulk_queries.events(s)] == ["Sooner", "Later", "Undated"]
    finally:
        db.close()
