"""The raw SQLite upsert (store.bulk_sqlite) stores what SQLAlchemy's statement stored:
the same text, numbers and NULLs, column by column, on real SQLite files; it keeps
what a row does not mention, and its errors are SQLAlchemy's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError

from passdesk.store import upsert as upsert_module
from passdesk.store.database import Database
from passdesk.store.rows import PASS_RECORD_COLUMNS
from passdesk.store.schema import Pass, PassTemplate
from tests.helpers.stored_rows import stored_rows

PARIS = timezone(timedelta(hours=1))


def pass_rows() -> list[dict]:
    base = dict.fromkeys(PASS_RECORD_COLUMNS)
    return [
        {**base, "id": "p1", "ext_id": "E-1", "status": "active", "display_name": "Zoë Ané",
         "created_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
         "added_at": datetime(2026, 1, 2, 3, 4, 5, 120, tzinfo=PARIS),
         "group_tags": ["vip", "früh"], "attributes": {"b": 1, "a": [None, "x"], "é": "ü"},
         "synced_at": datetime(2026, 1, 3, tzinfo=UTC)},
        {**base, "id": "p2", "ext_id": None, "group_tags": None, "attributes": {},
         "latest_message": "Doors\nopen", "created_at": None,
         "synced_at": datetime(2026, 1, 3, 23, 59, 59, 999999, tzinfo=UTC)},
    ]


def template_rows() -> list[dict]:
    return [{"id": "t1", "name": "Card", "template_type": "loyalty", "loyalty_enabled": True,
             "balance_type": "points", "attributes": {"x": 1}, "synced_at": None},
            {"id": "t2", "name": None, "template_type": None, "loyalty_enabled": False,
             "balance_type": None, "attributes": {}, "synced_at": None}]


@pytest.mark.parametrize(("table", "make"), [(Pass.__table__, pass_rows),
                                             (PassTemplate.__table__, template_rows)])
def test_the_raw_path_stores_what_the_statement_stored(two, table, make) -> None:
    raw, statement = two
    columns = [c for c in make()[0] if c != "id"]
    with raw.cache_session() as session:
        upsert_module.upsert(session, table, make())
    with statement.cache_session() as session:
        upsert_module.statement_upsert(session, table, make(), columns)
    assert stored_rows(raw, table.name) == stored_rows(statement, table.name)
    assert len(stored_rows(raw, table.name)) == 2


def test_an_update_keeps_what_the_rows_do_not_mention(two) -> None:
    raw, _ = two
    with raw.cache_session() as session:
        upsert_module.upsert(session, Pass.__table__, pass_rows())
    with raw.session() as session:
        session.get(Pass, "p1").loyalty_balance = 40
    changed = [{**r, "status": "removed"} for r in pass_rows()]
    with raw.cache_session() as session:
        upsert_module.upsert(session, Pass.__table__, changed, update=PASS_RECORD_COLUMNS)
    with raw.session() as session:
        got = session.execute(select(Pass.id, Pass.status, Pass.loyalty_balance, Pass.added_at)
                              .order_by(Pass.id)).all()
    assert [tuple(r) for r in got] == [
        ("p1", "removed", 40, datetime(2026, 1, 2, 2, 4, 5, 120, tzinfo=UTC)),
        ("p2", "removed", None, None)]


def test_the_raw_path_writes_in_the_sessions_transaction(two) -> None:
    raw, _ = two
    def write_then_fail() -> None:
        with raw.cache_session() as session:
            upsert_module.upsert(session, Pass.__table__, pass_rows())
            raise RuntimeError("after the write, before the commit")

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert stored_rows(raw, "passes") == []


def test_a_driver_error_is_raised_as_sqlalchemys(two) -> None:
    raw, statement = two
    bad = [{**pass_rows()[0], "id": None}]  # NOT NULL
    caught = []
    def write(db: Database, statement: bool) -> None:
        with db.cache_session() as session:
            if statement:
                upsert_module.statement_upsert(session, Pass.__table__, bad, ["attributes"])
            else:
                upsert_module.upsert(session, Pass.__table__, bad)

    for db, statement_path in ((raw, False), (statement, True)):
        with pytest.raises(IntegrityError) as error:
            write(db, statement_path)
        caught.append(error.value)
    assert type(caught[0].orig) is type(caught[1].orig)
    assert str(caught[0].orig) == str(caught[1].orig)
    assert str(caught[0]).startswith("(sqlite3.IntegrityError) NOT NULL constraint failed")


def test_a_locked_store_is_sqlalchemys_operational_error(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "locked.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with db.cache_session() as session:
            session.connection().exec_driver_sql("PRAGMA busy_timeout = 0")
            with pytest.raises(OperationalError, match="database is locked"):
                upsert_module.upsert(session, Pass.__table__, pass_rows())
    finally:
        holder.rollback()
        holder.close()
        db.close()
