"""Bulk insert-or-update that works on SQLite and PostgreSQL alike.

SQLite takes the raw driver's ``executemany`` (``store.bulk_sqlite``: the pull
writes 100,000s of rows, and SQLAlchemy's statement building cost more than
SQLite's work); PostgreSQL keeps SQLAlchemy's INSERT .. ON CONFLICT. Both
overwrite only the columns named, so what a row does not mention is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from passdesk.store import bulk_sqlite


def upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]], *,
           update: Iterable[str] | None = None) -> int:
    """Insert ``rows``; where the primary key exists, overwrite ``update`` columns.

    ``update`` defaults to every column given except the primary key, so
    columns the rows do not mention (e.g. a loyalty balance) are kept.
    """
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):
        raise NotImplementedError(f"upsert is not written for {dialect}")
    keys = [c.name for c in table.primary_key.columns]
    columns = list(update) if update is not None else [c for c in rows[0] if c not in keys]
    if dialect == "sqlite":
        return bulk_sqlite.upsert(session, table, rows, columns)
    return statement_upsert(session, table, rows, columns)


def statement_upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]],
                     columns: Sequence[str]) -> int:
    """SQLAlchemy's INSERT .. ON CONFLICT DO UPDATE (PostgreSQL; on SQLite, the
    tests' measure of what the raw path must store)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=[c.name for c in table.primary_key.columns],
        set_={c: statement.excluded[c] for c in columns})
    session.execute(statement, list(rows))
    return len(rows)
