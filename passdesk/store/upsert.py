"""Bulk insert-or-update that works on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]], *,
           update: Iterable[str] | None = None) -> int:
    """Insert ``rows``; where the primary key exists, overwrite ``update`` columns.

    ``update`` defaults to every column given except the primary key, so
    columns the rows do not mention (e.g. a loyalty balance) are kept.
    """
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}.get(dialect)
    if insert is None:
        raise NotImplementedError(f"upsert is not written for {dialect}")
    keys = [c.name for c in table.primary_key.columns]
    columns = list(update) if update is not None else [c for c in rows[0] if c not in keys]
    statement = insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=keys, set_={c: statement.excluded[c] for c in columns})
    session.execute(statement, list(rows))
    return len(rows)
