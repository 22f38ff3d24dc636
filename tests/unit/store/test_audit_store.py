"""The audit trail in a real SQLite store: entries chain across sessions, and a row
changed, taken out or cut off the end behind the app's back is reported."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import text

from passdesk.core.audit_chain import GENESIS, BreakKind, seal
from passdesk.store import audit
from passdesk.store.audit import AuditFilter
from passdesk.store.database import Database

T0 = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield database
    database.close()


def write(db: Database, count: int = 4) -> None:
    """``count`` entries, each in its own transaction, as desks write them."""
    kinds = [("door.admit_by_hand", "P-100", None, {"admitted": True}),
             ("till.set_balance", "P-200", {"points": 40}, {"points": 100}),
             ("step_up", "till.set_balance", None, None),
             ("roles.add_person", "Sam", None, {"role": "door_staff"})]
    for n in range(count):
        action, subject, before, after = kinds[n % len(kinds)]
        with db.session() as session:
            audit.append(session, desk=f"desk-{n % 2 + 1}", actor=f"person {n}",
                         authorised_by="Maria" if action == "step_up" else None,
                         action=action, subject=subject, before=before, after=after,
                         at=T0 + timedelta(minutes=n))


def run_sql(db: Database, sql: str, **params) -> None:
    with db.engine.begin() as connection:
        connection.execute(text(sql), params)


def verify(db: Database):
    with db.session() as session:
        return audit.verify(session)


def test_entries_chain_across_sessions(db) -> None:
    write(db, 4)
    with db.session() as session:
        newest_first = audit.entries(session)
        kept = audit.head(session)
    assert [e.seq for e in newest_first] == [4, 3, 2, 1]
    chain = list(reversed(newest_first))
    assert chain[0].prev_hash == GENESIS
    assert all(later.prev_hash == earlier.hash for earlier, later in pairwise(chain))
    assert (kept.seq, kept.hash) == (4, chain[-1].hash)
    assert chain[1].before == {"points": 40}
    assert chain[1].after == {"points": 100}
    assert chain[0].at == T0


def test_a_whole_chain_verifies_empty(db) -> None:
    assert verify(db) == []  # none written yet
    write(db, 5)
    assert verify(db) == []


def test_a_row_edited_with_sql_is_reported_as_edited(db) -> None:
    write(db, 4)
    run_sql(db, "UPDATE audit_entries SET after = :v WHERE seq = 2", v='{"points":9999}')

    breaks = verify(db)

    assert [(b.seq, b.kind) for b in breaks] == [(2, BreakKind.EDITED)]
    assert breaks[0].words == "Entry 2 was changed after it was written."


def test_an_edited_row_whose_hash_was_made_again_breaks_the_next_link(db) -> None:
    write(db, 4)
    with db.session() as session:
        second = next(e for e in audit.entries(session) if e.seq == 2)
    forged = replace(second, actor="someone else", hash="")
    run_sql(db, "UPDATE audit_entries SET actor = :a, hash = :h WHERE seq = 2",
            a="someone else", h=seal(forged))

    assert [(b.seq, b.kind) for b in verify(db)] == [(3, BreakKind.BROKEN_LINK)]


def test_a_middle_row_deleted_is_missing(db) -> None:
    write(db, 5)
    run_sql(db, "DELETE FROM audit_entries WHERE seq = 3")

    breaks = verify(db)

    assert [(b.seq, b.kind) for b in breaks] == [(3, BreakKind.MISSING)]
    assert breaks[0].words == "Entry 3 is missing."


def test_the_last_row_deleted_is_noticed_by_the_head(db) -> None:
    write(db, 4)
    run_sql(db, "DELETE FROM audit_entries WHERE seq = 4")

    breaks = verify(db)

    assert [(b.seq, b.kind) for b in breaks] == [(4, BreakKind.MISSING)]
    assert "last one written" in breaks[0].words


def test_every_row_deleted_is_noticed_by_the_head(db) -> None:
    write(db, 3)
    run_sql(db, "DELETE FROM audit_entries")

    assert [b.words for b in verify(db)] == [
        "Entries 1 to 3 are missing (the last ones written)."]


def test_an_entry_after_a_cut_end_keeps_the_gap_visible(db) -> None:
    write(db, 3)
    run_sql(db, "DELETE FROM audit_entries WHERE seq = 3")
    write(db, 1)  # the next desk writes on

    assert [(b.seq, b.kind) for b in verify(db)] == [(3, BreakKind.MISSING)]


def test_filter_by_action_prefix(db) -> None:
    write(db, 8)
    with db.session() as session:
        till = audit.entries(session, AuditFilter(action="till."))
        exact = audit.entries(session, AuditFilter(action="door.admit_by_hand"))
        step_ups = audit.entries(session, AuditFilter(action="step_up"))
        names = audit.actions(session)

    assert [e.seq for e in till] == [6, 2]
    assert [e.seq for e in exact] == [5, 1]
    assert [e.seq for e in step_ups] == [7, 3]
    assert names == ["door.admit_by_hand", "roles.add_person", "step_up", "till.set_balance"]


def test_filter_by_a_like_wildcard_is_taken_literally(db) -> None:
    write(db, 4)
    with db.session() as session:
        assert audit.entries(session, AuditFilter(action="%")) == []
        assert audit.entries(session, AuditFilter(action="till_")) == []


def test_filter_by_words_in_desk_person_subject_and_values(db) -> None:
    write(db, 8)
    with db.session() as session:
        def seqs(words: str) -> list[int]:
            return [e.seq for e in audit.entries(session, AuditFilter(words=words))]

        assert seqs("P-200") == [6, 2]
        assert seqs("maria") == [7, 3]  # who authorised it, any case
        assert seqs("PERSON 4") == [5]
        assert seqs("door_staff") == [8, 4]  # inside the JSON values
        assert seqs("  desk-2 ") == [8, 6, 4, 2]
        assert seqs("nobody") == []


def test_filter_by_time_and_limit(db) -> None:
    write(db, 6)
    with db.session() as session:
        window = audit.entries(session, AuditFilter(since=T0 + timedelta(minutes=2),
                                                    until=T0 + timedelta(minutes=4)))
        newest = audit.entries(session, limit=2)

    assert [e.seq for e in window] == [4, 3]  # since included, until not
    assert [e.seq for e in newest] == [6, 5]
