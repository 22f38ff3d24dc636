"""Looking a pass up by the number printed on it (its barcode value or ext id), on
SQLite and PostgreSQL: whole or in part, any case, O/0 and I/l/1 alike; by the
Door's and Till's search (``search.find_passes``) and the Passes list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from passdesk.store import search
from passdesk.store.database import Database
from passdesk.store.pass_list import PassFilter, SortKey, list_keys, pass_ids
from passdesk.store.schema import Event, Pass, PassTemplate

T0 = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as s:
        s.add_all([
            PassTemplate(id="tt", name="Ticket", loyalty_enabled=False, attributes={}),
            PassTemplate(id="tc", name="Coffee card", loyalty_enabled=True, attributes={}),
            Event(id="e1", name="Winter Gala", start_time=T0, time_zone="Europe/London",
                  attributes={}),
            Pass(id="ticket", display_name="Ana Berg", ext_id="9f8e7d6c5b4a",
                 barcode_value="TKT-25VUM-KBIRK", template_id="tt", event_id="e1",
                 status="active", created_at=T0,
                 attributes={"passContent": {"seat": "Block A, Row 3, Seat 7"}}),
            Pass(id="card", display_name="Ben Okafor", ext_id="crm-card-7",
                 barcode_value="CARD-KQ5Z2-6YFBF", template_id="tc", status="active",
                 loyalty_balance=154, created_at=T0 + timedelta(days=1), attributes={}),
            Pass(id="other", display_name="Cleo Tan", ext_id="TKT-25XXX-ZZZZZ",
                 barcode_value=None, template_id="tt", status="removed",
                 created_at=T0 + timedelta(days=2), attributes={}),
        ])
    yield database
    database.close()


def found(db, typed: str, **kw) -> list[str]:
    with db.session() as s:
        return [hit.id for hit in search.find_passes(s, typed, 20, **kw)]


def listed(db, typed: str) -> list[str]:
    with db.session() as s:
        return pass_ids(s, list_keys(s, PassFilter(text=typed), SortKey()).keys)


@pytest.mark.parametrize("typed", [
    "TKT-25VUM-KBIRK", "tkt-25vum-kbirk", "TKT-25VUM", "25vum", "25VUM-KB", "TKT-25VUM-KB1RK",
    "tkt 25vum kbirk", "TKT25VUMKBIRK", "VUMKB", "kb1rk", "KBlRK",
])
def test_a_ticket_is_found_by_its_number_whole_or_in_part(db, typed) -> None:
    assert found(db, typed)[0] == "ticket"
    assert "ticket" in listed(db, typed)
    assert "card" not in found(db, typed)


def test_o_and_zero_are_one_character_and_the_ext_id_counts_too(db) -> None:
    assert found(db, "CARD-KQ5Z2-6YFBF") == ["card"]
    assert found(db, "card-kq5z2") == ["card"]
    assert found(db, "KQSZ2") == []  # S is not 5
    assert found(db, "crm-card-7") == ["card"]
    assert found(db, "card7") == ["card"]  # the ext id's parts, run together
    assert found(db, "9F8E7D") == ["ticket"]  # inside the ext id
    assert listed(db, "6YFBF") == ["card"]
    assert found(db, "TKT-25XXX-ZZZZZ") == ["other"]  # an ext id printed as the number


def test_the_whole_number_comes_first_then_numbers_that_start_so(db) -> None:
    assert set(found(db, "TKT-25")) == {"ticket", "other"}
    assert set(listed(db, "TKT-25")) == {"ticket", "other"}
    assert listed(db, "TKT")[:2] == ["other", "ticket"]  # the list: newest first
    with db.session() as s:
        s.add(Pass(id="inside", display_name="Xavier 25VUM", barcode_value="X-TKT-25VUM-KB1RK",
                   created_at=T0 + timedelta(days=9), attributes={}))
    assert found(db, "TKT-25VUM-KBIRK")[:2] == ["ticket", "inside"]  # whole, then inside
    assert found(db, "25VUM")[0] == "inside"  # a name word outranks a part inside a number


def test_two_characters_or_nothing_to_look_up_find_no_numbers(db) -> None:
    assert found(db, "VU") == []  # inside a number: too short to look up
    assert found(db, "25") == ["other"]  # the start of a word of an ext id
    assert found(db, "--") == []
    assert listed(db, "-") == []


def test_the_till_finds_loyalty_cards_only(db) -> None:
    assert found(db, "TKT-25VUM-KBIRK", loyalty_only=True) == []
    assert found(db, "Ana", loyalty_only=True) == []
    assert found(db, "card-kq5z2", loyalty_only=True) == ["card"]
    assert found(db, "Ben", loyalty_only=True) == ["card"]


def test_a_hit_carries_event_seat_status_and_balance(db) -> None:
    with db.session() as s:
        ticket = search.find_passes(s, "25VUM")[0]
        card = search.find_passes(s, "KQ5Z2")[0]
    assert (ticket.name, ticket.barcode, ticket.status) == ("Ana Berg", "TKT-25VUM-KBIRK",
                                                            "active")
    assert (ticket.event_name, ticket.event_time_zone) == ("Winter Gala", "Europe/London")
    assert ticket.event_start.replace(tzinfo=UTC) == T0
    assert ticket.seat == "Block A, Row 3, Seat 7"
    assert not ticket.loyalty
    assert ticket.balance is None
    assert card.loyalty
    assert card.balance == 154
    assert card.seat is None
    assert card.event_name is None


def test_edits_and_deletes_keep_the_number_index_current(db) -> None:
    with db.session() as s:
        s.get(Pass, "ticket").barcode_value = "GALA-0001"
    assert found(db, "25VUM") == []
    assert found(db, "gala-1") == []  # a part must be in order: GALA0001 has no GALA1
    assert found(db, "gala-0001") == ["ticket"]
    assert found(db, "GAIA-OOO1") == ["ticket"]  # I read as 1 on both sides, O as 0
    with db.session() as s:
        s.delete(s.get(Pass, "card"))
    assert found(db, "KQ5Z2") == []
    with db.session() as s:
        s.add(Pass(id="new", display_name="Dee", barcode_value="MEM-E2O7Z-GVLMZ",
                   created_at=T0, attributes={}))
    assert found(db, "e207z") == ["new"]


def test_a_full_pull_rebuild_indexes_the_numbers_of_passes_loaded_meanwhile(db) -> None:
    with db.session() as s:
        search.suspend_indexing(s)
        s.add(Pass(id="bulk", display_name="Eve", barcode_value="TKT-AAAAA-BBBBB",
                   created_at=T0, attributes={}))
    search.rebuild_index_in_steps(db)
    assert found(db, "AAAAA-BB") == ["bulk"]
    assert found(db, "25VUM") == ["ticket"]


def test_the_python_and_the_sql_code_keys_agree(db) -> None:
    values = ["TKT-25VUM-KBIRK", "card kq5z2/6yfbf", "a.b_c:d#e+f%g\\h", "Öl-Ili", "x'y"]
    with db.session() as s:
        dialect = s.get_bind().dialect.name
        for value in values:
            if dialect == "sqlite":
                sql = text(f"SELECT {search.sqlite_code_sql(':v')}")
                stored = s.execute(sql, {"v": value}).scalar()
            else:
                stored = s.execute(text("SELECT passdesk_code_key(:v, NULL)"),
                                   {"v": value}).scalar().rstrip(" ")
            assert stored == search.code_key(value), value


def test_a_long_part_is_looked_up_by_its_end_and_checked_whole(db) -> None:
    # "XYZ25VUM" ends like the ticket's number but is not in it.
    assert found(db, "XYZ25VUM") == []
    assert listed(db, "XYZ25VUM") == []
    assert found(db, "T25VUMKB") == ["ticket"]
    assert listed(db, "T25VUMKB") == ["ticket"]


def test_the_list_combines_a_number_with_its_filters(db) -> None:
    with db.session() as s:
        def keys(flt):
            return pass_ids(s, list_keys(s, flt, SortKey()).keys)
        assert keys(PassFilter(text="TKT-25", status="removed")) == ["other"]
        assert keys(PassFilter(text="TKT-25VUM-KB", status="active")) == ["ticket"]
        assert keys(PassFilter(text="TKT-25VUM-KB", status="removed")) == []
        assert keys(PassFilter(text="TKT", event_id="e1")) == ["ticket"]
