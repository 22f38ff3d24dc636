"""Bulk insert-or-update on SQLite through the raw driver: one ``executemany`` a batch.

For the pull's pages SQLAlchemy cost more than SQLite's own work: it compiles
the INSERT .. ON CONFLICT at every call and runs every value through its type
processors. Here the statement text is made once per (table, columns, update)
and values are converted as SQLAlchemy stores them on SQLite (naive UTC
datetimes with microseconds, JSON text, booleans as 0/1; any other type with a
processor goes through SQLAlchemy's own), so a row written either way reads
back the same (tests/unit/store/test_bulk_sqlite.py compares the two).

The statement runs on the session's own driver connection, inside the
session's transaction. A driver error is raised as SQLAlchemy's wrapper of
it (the same class and words a sync reports), and damage leaves the same
note the engine's error hook leaves (``damage_mark``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from passdesk.store import damage_mark, rescue_read
from passdesk.store.types import UtcDateTime

Convert = Callable[[Any], Any] | None
#: The dialect whose processors convert the other column types (none of ours so far).
SQLITE = sqlite.dialect()


def stored_datetime(value: datetime | None) -> str | None:
    """``UtcDateTime`` as SQLAlchemy's SQLite DateTime stores it."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is UTC:  # what the API's times parse to: no conversion to make
        return value.replace(tzinfo=None).isoformat(" ", "microseconds")
    if value.tzinfo is None:
        raise ValueError("naive datetime given; pass an aware one")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def stored_json(value: Any) -> str:
    """SQLAlchemy's JSON type stores None as the JSON text ``null``, not as NULL."""
    return json.dumps(value)


def stored_bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def _converter(table: Table, column: str, dialect) -> Convert:
    kind = table.columns[column].type
    if isinstance(kind, UtcDateTime):
        return stored_datetime
    if isinstance(kind, JSON):
        return stored_json
    if isinstance(kind, Boolean):
        return stored_bool
    return kind._cached_bind_processor(dialect)  # None for plain strings and numbers


@cache
def converters(table: Table, columns: tuple[str, ...], dialect) -> tuple[Convert, ...]:
    return tuple(_converter(table, c, dialect) for c in columns)


@cache
def upsert_sql(table: Table, columns: tuple[str, ...], update: tuple[str, ...]) -> str:
    keys = [c.name for c in table.primary_key.columns]
    action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in update)
              if update else "DO NOTHING")
    return (f"INSERT INTO {table.name} ({', '.join(columns)}) "  # noqa: S608 - our own names
            f"VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT ({', '.join(keys)}) {action}")


def driver_rows(table: Table, columns: tuple[str, ...], rows: Sequence[dict[str, Any]],
                dialect) -> list[tuple[Any, ...]]:
    """Rows as the tuples the driver takes, converted column by column."""
    pairs = tuple(zip(columns, converters(table, columns, dialect), strict=True))
    return [tuple([row[c] if f is None else f(row[c]) for c, f in pairs]) for row in rows]


def tuple_maker(table: Table, columns: tuple[str, ...]
                ) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function making a row (a dict with ``columns``) into the tuple the driver
    writes, values as ``driver_rows`` converts them: the plain ones taken in one
    step, only the others converted (the pull's fetching threads make them)."""
    take = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    convert = [(i, f) for i, f in enumerate(converters(table, columns, SQLITE)) if f is not None]

    def make(row: dict[str, Any]) -> tuple[Any, ...]:
        values = list(take(row))
        for i, f in convert:
            values[i] = f(values[i])
        return tuple(values)

    return make


def upsert_tuples(session: Session, table: Table, columns: tuple[str, ...],
                  update: tuple[str, ...], values: Sequence[tuple[Any, ...]]) -> int:
    """``upsert`` of rows made ahead by ``tuple_maker`` (``columns`` in their order)."""
    if values:
        session.flush()  # what the session holds goes first, as before any statement
        execute_many(session, upsert_sql(table, columns, update), values)
    return len(values)


def upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]],
           update: Sequence[str]) -> int:
    """``store.upsert.upsert`` on SQLite: the same rows, one ``executemany``."""
    columns = tuple(rows[0])
    values = driver_rows(table, columns, rows, session.get_bind().dialect)
    return upsert_tuples(session, table, columns, tuple(update), values)


def execute_many(session: Session, sql: str, values: Sequence[tuple[Any, ...]]) -> None:
    """``executemany`` on the session's driver connection, in its transaction."""
    _run(session, sql, lambda driver: driver.executemany(sql, values))


def execute(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """One statement on the session's driver connection, in its transaction; its rows."""
    return _run(session, sql, lambda driver: driver.execute(sql, params).fetchall())


def _run(session: Session, sql: str, call: Callable[[sqlite3.Connection], Any]) -> Any:
    connection = session.connection()
    try:
        return call(connection.connection.driver_connection)
    except sqlite3.Error as exc:
        path = connection.engine.url.database
        if path and path != ":memory:" and rescue_read.is_damage_error(exc):
            damage_mark.note(Path(path), exc)
        raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc
