"""The three queries a door verdict makes, in one transaction: find, history, record.

Two implementations of the same statements: ``CoreDoorQueries`` through
SQLAlchemy (any database), and ``SqliteDoorQueries`` straight on the SQLite
driver. SQLAlchemy's per-statement cost was most of a verdict's time (0.7 ms
against a 0.15 ms floor at p50, measured with a million passes), so on the
embedded SQLite file the door uses the driver and formats values exactly as
SQLAlchemy stores them (naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``), so both
read each other's rows.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Protocol

from passdesk.core.admission import History, PassFacts
from passdesk.store import admissions, scans
from passdesk.store.database import Database

SCAN_COLUMNS = ("id", "scanned_at", "raw_value", "source", "pass_id", "event_id", "desk",
                "verdict", "reason", "detail")


class DoorQueries(Protocol):
    def find_pass(self, candidates: Sequence[str]) -> PassFacts | None: ...

    def history(self, pass_id: str, event_id: str | None, *,
                count_inside: bool) -> History: ...

    def record_scan(self, **values: Any) -> str: ...


class CoreDoorQueries:
    def __init__(self, connection) -> None:
        self._c = connection

    def find_pass(self, candidates: Sequence[str]) -> PassFacts | None:
        return admissions.find_pass(self._c, candidates)

    def history(self, pass_id: str, event_id: str | None, *, count_inside: bool) -> History:
        return admissions.history(self._c, pass_id, event_id, count_inside=count_inside)

    def record_scan(self, **values: Any) -> str:
        return scans.record_scan(self._c, **values)


def _stored(moment: datetime | None) -> str | None:
    """A datetime as SQLAlchemy's SQLite DateTime stores it (naive UTC, microseconds)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _read(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


class SqliteDoorQueries:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cur = cursor

    def find_pass(self, candidates: Sequence[str]) -> PassFacts | None:
        for value in candidates:
            row = self._cur.execute(admissions.FIND_SQL, {"v": value}).fetchone()
            if row is not None:
                return PassFacts(*row[:6], expires_at=_read(row[6]))
        return None

    def history(self, pass_id: str, event_id: str | None, *, count_inside: bool) -> History:
        last = [(v, _read(at)) for v, at in self._cur.execute(
            admissions.LAST_SCANS_SQL, {"p": pass_id, "e": event_id}).fetchall()]
        inside = 0
        if count_inside:
            by_verdict = dict(self._cur.execute(admissions.COUNT_SQL, {"e": event_id}))
            inside = admissions.inside_from(by_verdict)
        return admissions.history_from(last, inside)

    def record_scan(self, **values: Any) -> str:
        scan_id = values.pop("scan_id", None) or str(uuid.uuid4())
        row = {"id": scan_id, "pass_id": None, "event_id": None, "desk": None, "reason": None,
               "detail": None, **values, "scanned_at": _stored(values["scanned_at"])}
        self._cur.execute(_INSERT_SQL, tuple(row[c] for c in SCAN_COLUMNS))
        return scan_id


_INSERT_SQL = (f"INSERT INTO scans ({', '.join(SCAN_COLUMNS)}) "  # noqa: S608 - constants
               f"VALUES ({', '.join('?' * len(SCAN_COLUMNS))})")


class DoorStore:
    """Opens the door's transaction on the fastest path the database allows."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self._raw = None  # one SQLite driver connection, kept for the door's life

    @contextmanager
    def transaction(self) -> Iterator[DoorQueries]:
        if not self.db.is_sqlite:
            with self.db.connection() as connection:
                yield CoreDoorQueries(connection)
            return
        if self._raw is None:
            # From the durable engine: its pragmas (synchronous=FULL) apply.
            self._raw = self.db.engine.raw_connection()
        driver = self._raw.driver_connection
        cursor = driver.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            yield SqliteDoorQueries(cursor)
            driver.commit()
        except BaseException:
            driver.rollback()
            raise
        finally:
            cursor.close()

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None
