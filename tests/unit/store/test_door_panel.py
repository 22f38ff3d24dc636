"""What the Door pane reads from the store: plain data, one session per call."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from passdesk.store import scans
from passdesk.store.database import Database
from passdesk.store.door_panel import (
    balance_type_of,
    desk_can_undo,
    door_choices,
    reader_names,
    recent_desk_scans,
    write_scans_csv,
)
from passdesk.store.schema import Pass, PassTemplate
from passdesk.store.search import search_passes
from passdesk.store.till_queries import read_customer, scanned_pass, till_choices

T0 = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


def _filled(db_url: str) -> Database:
    database = Database.open(db_url)
    with database.session() as s:
        s.add_all([
            PassTemplate(id="t-card", name="Coffee card", loyalty_enabled=True,
                         balance_type="decimal", attributes={}),
            PassTemplate(id="t-gala", name="Gala", loyalty_enabled=False, attributes={}),
            Pass(id="card-1", display_name="Cleo Marsh", status="active", template_id="t-card",
                 barcode_value="CARD-1", loyalty_balance=250, attributes={}),
            Pass(id="gala-1", display_name="Dan Ray", status="active", template_id="t-gala",
                 barcode_value="GALA-1", attributes={}),
        ])
    with database.session() as s:
        for n, (verdict, desk) in enumerate((("admit", "north"), ("deny", "north"),
                                             ("admit", "south"))):
            scans.record_scan(s, scanned_at=T0 + timedelta(minutes=n), raw_value="GALA-1",
                              source="wedge", verdict=verdict, pass_id="gala-1", desk=desk)
    return database


def test_the_door_panel_reads_plain_data(db_url) -> None:
    database = _filled(db_url)
    try:
        assert balance_type_of(database, "card-1") == "decimal"
        assert balance_type_of(database, "no-such-pass") is None
        rows = recent_desk_scans(database, "north", 10)
        assert [r.verdict for r in rows] == ["deny", "admit"]  # this desk's, newest first
        assert rows[0].holder == "Dan Ray"
        assert recent_desk_scans(database, "north", 1) == rows[:1]
        assert desk_can_undo(database, "north")
        assert not desk_can_undo(database, "east")
        out = io.StringIO()
        assert write_scans_csv(database, out) == 3
        assert out.getvalue().count("GALA-1") == 3
        _events, templates, readers = door_choices(database)
        assert templates == {"t-card": "Coffee card", "t-gala": "Gala"}
        assert readers == reader_names(database) == {}
    finally:
        database.close()


def test_the_till_and_the_search_read_plain_data(db_url) -> None:
    database = _filled(db_url)
    try:
        facts = scanned_pass(database, ["CARD-1"])
        assert facts is not None
        assert facts.id == "card-1"
        assert scanned_pass(database, ["NOPE"]) is None
        customer = read_customer(database, "card-1")
        assert customer is not None
        assert customer.loyalty_enabled
        assert read_customer(database, "no-such-pass") is None
        templates, readers = till_choices(database)
        assert templates == [("t-card", "Coffee card", "decimal")]
        assert readers == {}
        assert [h.id for h in search_passes(database, "Cleo", 5)] == ["card-1"]
        assert search_passes(database, "Dan", 5, loyalty_only=True) == []
    finally:
        database.close()
