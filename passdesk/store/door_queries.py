"""The queries a door verdict makes, in one transaction: find, history, record
(and, at a door with "scan with loyalty", queue the points; at a desk that logs
its scans in PassEntry, queue the ``scan.log`` outbox row).

Two implementations of the same statements: ``CoreDoorQueries`` through
SQLAlchemy (any database), and ``SqliteDoorQueries`` straight on the SQLite
driver. SQLAlchemy's per-statement cost was most of a verdict's time (0.7 ms
against a 0.15 ms floor at p50, measured with a million passes), so on the
embedded SQLite file the door uses the driver and formats values exactly as
SQLAlchemy stores them (naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``), so both
read each other's rows. JSON columns are stored as JSON text, as SQLAlchemy's
JSON type does on SQLite.

Both take the verdict's locks before reading a pass's history: the SQLite path
opens its transaction with ``BEGIN IMMEDIATE`` (one writer per file), the Core
path locks the pass row and the head count (``admissions.history``,
``store/locking.py``); a second door on the same pass waits for the first's
commit and then reads its scan.

While a pull writes page after page, the door's ``BEGIN IMMEDIATE`` often finds
the write lock taken for a few milliseconds. SQLite's own busy handler sleeps
1, 2, 5, 10 ms... between tries, so a 3 ms page cost a verdict 8 ms; the door's
connection asks with no busy timeout and tries again as soon as a pull in this
process hands over its turn (``write_turns``), or every ``LOCK_POLL_S`` for a
writer elsewhere (``wait_for_lock``), up to the same 10 s as every connection.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import text as sql_text

from passdesk.core.admission import History, PassFacts
from passdesk.core.holds import PassMarks
from passdesk.core.loyalty import Card, cancelled, check_change, format_points, render_message
from passdesk.store import admissions, damage_mark, held_scans, rescue_read, scans, write_turns
from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.loyalty import NewOperation
from passdesk.store.wal_checkpoint import AUTO_CHECKPOINT_PAGES, WalCheckpointer

SCAN_COLUMNS = ("id", "scanned_at", "raw_value", "source", "pass_id", "event_id", "desk",
                "verdict", "reason", "detail", "reader_id")


class DoorQueries(Protocol):
    def find_pass(self, candidates: Sequence[str]) -> PassFacts | None: ...

    def history(self, pass_id: str, event_id: str | None, *,
                count_inside: bool) -> History: ...

    def record_scan(self, **values: Any) -> str: ...

    def queue_scan_log(self, scan_id: str, body: dict[str, Any], now: datetime) -> str:
        """Queue ``POST /scans/log`` for the scan just recorded (store/scans.py's body)."""
        ...

    def pass_marks(self, pass_id: str) -> PassMarks:
        """What hold rules read of the pass: content fields, group tags."""
        ...

    def held_scan(self, scan_id: str) -> held_scans.HeldScan | None:
        """The hold ``scan_id`` if it is still undecided."""
        ...

    def decide_held(self, scan_id: str, **values: Any) -> bool:
        """A person's decision on a hold (``held_scans.decide_params``); False: decided."""
        ...

    def queue_loyalty(self, op: NewOperation, now: datetime,
                      repeat_since: datetime) -> str | None:
        """Queue ``op`` (a positive delta) with its outbox row; returns its id.

        None, and nothing written, when the one loyalty check
        (``core.loyalty.check_change``) refuses it: the pass's template has no
        loyalty balance, the card is cancelled, the balance would pass
        ``MAX_POINTS``, or the same change was queued at this desk since
        ``repeat_since`` (a double scan). The balance it leads to (when known)
        and the message's placeholders are filled in here, where the pass's
        balance, balance type and name are at hand.
        """
        ...


#: Whether the pass's template keeps a balance, its balance type, the holder's name,
#: the balance the API last confirmed, the pass's status and its template's name
#: (a pass without a template reads as one whose template keeps no balance).
LOYALTY_SQL = (
    "SELECT t.loyalty_enabled, t.balance_type, p.display_name, p.loyalty_balance,"
    " p.status, t.name"
    " FROM passes p LEFT JOIN pass_templates t ON t.id = p.template_id WHERE p.id = :p")
_LOYALTY = sql_text(LOYALTY_SQL)


def _door_change(op: NewOperation) -> None:
    # The door asks no supervisor and stands in no last synced balance, so it may only
    # add: a redemption at the door is a caller's mistake, not a refusal.
    if op.delta is None or op.delta <= 0:
        raise ValueError(f"a door adds points only, not {op.kind} {op.amount}")


def _allowed(op: NewOperation, row: Sequence[Any] | None, expected: int | None,
             repeated: bool) -> bool:
    """The one loyalty check (``core.loyalty.check_change``) on what the door read.

    A refusal queues nothing and the scan stands; the Door shows no points for it
    (``DoorResult.loyalty_points`` is 0), as for a pass that collects none.
    """
    if row is None:  # no such pass: nothing to add to
        return False
    card = Card(loyalty=bool(row[0]), template_name=row[5], cancelled=cancelled(row[4]),
                balance=expected, balance_type=row[1])
    return check_change(card, delta=op.delta, repeated=repeated) is None


def _completed(op: NewOperation, balance_type: str | None, name: str | None,
               expected: int | None) -> NewOperation:
    """``op`` with the balance it leads to and its message's placeholders filled in."""
    after = op.balance_after if op.balance_after is not None else (
        expected + op.amount if expected is not None else None)
    message = op.message and render_message(
        op.message, points=format_points(op.amount, balance_type),
        balance=format_points(after, balance_type) if after is not None else "",
        name=(name or "").split(" ")[0])
    return dataclasses.replace(op, balance_after=after, message=message or None)


class CoreDoorQueries:
    def __init__(self, connection) -> None:
        self._c = connection

    def find_pass(self, candidates: Sequence[str]) -> PassFacts | None:
        return admissions.find_pass(self._c, candidates)

    def history(self, pass_id: str, event_id: str | None, *, count_inside: bool) -> History:
        return admissions.history(self._c, pass_id, event_id, count_inside=count_inside)

    def record_scan(self, **values: Any) -> str:
        return scans.record_scan(self._c, **values)

    def queue_scan_log(self, scan_id: str, body: dict[str, Any], now: datetime) -> str:
        return scans.queue_log(self._c, scan_id, body, now)

    def pass_marks(self, pass_id: str) -> PassMarks:
        return held_scans.pass_marks(self._c, pass_id)

    def held_scan(self, scan_id: str) -> held_scans.HeldScan | None:
        return held_scans.held_scan(self._c, scan_id)

    def decide_held(self, scan_id: str, **values: Any) -> bool:
        return held_scans.decide(self._c, scan_id, **values)

    def queue_loyalty(self, op: NewOperation, now: datetime,
                      repeat_since: datetime) -> str | None:
        _door_change(op)
        row = self._c.execute(_LOYALTY, {"p": op.pass_id}).first()
        expected = loyalty_store.expected_balance(self._c, op.pass_id).expected
        if not _allowed(op, row, expected,
                        loyalty_store.repeated_since(self._c, op, repeat_since)):
            return None
        op = _completed(op, row[1], row[2], expected)
        return loyalty_store.queue_operation(self._c, op, now)


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
                return admissions.facts_from(
                    (*row[:6], _read(row[6]), *row[7:10], _read(row[10]), _read(row[11]),
                     row[12]))
        return None

    def history(self, pass_id: str, event_id: str | None, *, count_inside: bool) -> History:
        last = [(v, _read(at), *reader) for v, at, *reader in self._cur.execute(
            admissions.LAST_SCANS_SQL, {"p": pass_id, "e": event_id}).fetchall()]
        inside = 0
        if count_inside:
            by_verdict = dict(self._cur.execute(admissions.COUNT_SQL, {"e": event_id}))
            inside = admissions.inside_from(by_verdict)
        return admissions.history_from(last, inside)

    def record_scan(self, **values: Any) -> str:
        scan_id = values.pop("scan_id", None) or str(uuid.uuid4())
        row = {"id": scan_id, "pass_id": None, "event_id": None, "desk": None, "reason": None,
               "detail": None, "reader_id": None, **values,
               "scanned_at": _stored(values["scanned_at"])}
        self._cur.execute(_INSERT_SQL, tuple(row[c] for c in SCAN_COLUMNS))
        return scan_id

    def queue_scan_log(self, scan_id: str, body: dict[str, Any], now: datetime) -> str:
        # One more INSERT on the driver, in the scan's transaction.
        row = scans.log_row(scan_id, body, now)
        self._cur.execute(_insert_sql("outbox", tuple(row)),
                          tuple(_driver_value(v) for v in row.values()))
        return row["op_id"]

    def pass_marks(self, pass_id: str) -> PassMarks:
        return held_scans.marks_from(
            self._cur.execute(held_scans.MARKS_SQL, {"p": pass_id}).fetchone())

    def held_scan(self, scan_id: str) -> held_scans.HeldScan | None:
        return held_scans.held_from(
            self._cur.execute(held_scans.HELD_SQL, {"s": scan_id}).fetchone())

    def decide_held(self, scan_id: str, **values: Any) -> bool:
        params = held_scans.decide_params(scan_id, **values)
        params["at"] = _stored(params["at"])
        return self._cur.execute(held_scans.DECIDE_SQL, params).rowcount == 1

    def queue_loyalty(self, op: NewOperation, now: datetime,
                      repeat_since: datetime) -> str | None:
        _door_change(op)
        row = self._cur.execute(LOYALTY_SQL, {"p": op.pass_id}).fetchone()
        expected = self._expected(op.pass_id, row[3]) if row is not None else None
        if not _allowed(op, row, expected, self._repeated(op, repeat_since)):
            return None
        op = _completed(op, row[1], row[2], expected)
        op_id = str(uuid.uuid4())
        for table, values in zip(("loyalty_operations", "outbox"),
                                 loyalty_store.operation_rows(op, now, op_id), strict=True):
            self._cur.execute(_insert_sql(table, tuple(values)),
                              tuple(_driver_value(v) for v in values.values()))
        return op_id

    def _repeated(self, op: NewOperation, since: datetime) -> bool:
        found = self._cur.execute(loyalty_store.REPEATED_SQL,
                                  loyalty_store.repeated_params(op, _stored(since))).fetchone()
        return found is not None

    def _expected(self, pass_id: str, confirmed: int | None) -> int | None:
        """``loyalty_store.expected_balance`` on the driver: pending changes over the last read."""
        return loyalty_store.with_pending(
            confirmed, self._cur.execute(loyalty_store.PENDING_SQL, {"p": pass_id}))


def _driver_value(value: Any) -> Any:
    """A Python value as SQLAlchemy stores it on SQLite."""
    if isinstance(value, datetime):
        return _stored(value)
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


@cache
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608 - our own names
            f"VALUES ({', '.join('?' * len(columns))})")


_INSERT_SQL = _insert_sql("scans", SCAN_COLUMNS)


#: How often a door waiting for the write lock tries again, and for how long in all
#: (the busy timeout every connection has, ``store/database.py``).
LOCK_POLL_S = 0.001
LOCK_WAIT_S = 10.0
#: The busy timeout the engine's connections have (restored when the door lets go).
BUSY_TIMEOUT_MS = 10_000


def _busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == sqlite3.SQLITE_BUSY
    return "locked" in str(exc) or "busy" in str(exc)


def begin_immediate(cursor: sqlite3.Cursor, *, wait_for_lock: bool) -> None:
    """``BEGIN IMMEDIATE``; ``wait_for_lock``: the connection has no busy timeout, so
    the lock is asked for again when a pull hands over its turn, or every LOCK_POLL_S,
    until LOCK_WAIT_S have passed."""
    if not wait_for_lock:
        cursor.execute("BEGIN IMMEDIATE")
        return
    try:
        cursor.execute("BEGIN IMMEDIATE")
        return
    except sqlite3.OperationalError as exc:
        if not _busy(exc):
            raise
    deadline = time.monotonic() + LOCK_WAIT_S
    # A pull in this process lets the door go before its next page (write_turns).
    with write_turns.door_waiting():
        while True:
            write_turns.wait_for_turn(LOCK_POLL_S)
            try:
                cursor.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or time.monotonic() >= deadline:
                    raise


@contextmanager
def sqlite_transaction(driver: sqlite3.Connection, *,
                       wait_for_lock: bool = False) -> Iterator[SqliteDoorQueries]:
    """One door transaction on an SQLite driver connection, committed on success.
    ``wait_for_lock``: see ``begin_immediate`` (a connection without a busy timeout)."""
    cursor = driver.cursor()
    try:
        # The one writer from before the history's read.
        begin_immediate(cursor, wait_for_lock=wait_for_lock)
        yield SqliteDoorQueries(cursor)
        driver.commit()
    except BaseException:
        # The original error says why; DoorStore checks the connection afterwards.
        with suppress(sqlite3.Error):
            driver.rollback()
        raise
    finally:
        cursor.close()


class DoorStore:
    """Opens the door's transaction on the fastest path the database allows."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self._raw = None  # one SQLite driver connection, kept for the door's life
        self._checkpoints: WalCheckpointer | None = None
        if database.is_sqlite:
            # The pull's pages (the cache engine's transactions) let a waiting door first.
            write_turns.bulk_writes_yield(database.cache_engine)
            self._checkpoints = WalCheckpointer(database)

    @contextmanager
    def transaction(self) -> Iterator[DoorQueries]:
        if not self.db.is_sqlite:
            with self.db.connection() as connection:
                yield CoreDoorQueries(connection)
            return
        if self._raw is None:
            # From the durable engine: its pragmas (synchronous=FULL) apply.
            self._raw = self.db.engine.raw_connection()
            # Inside a transaction begun IMMEDIATE nothing waits in WAL mode: only the
            # BEGIN does, and begin_immediate polls for it finely.
            self._raw.driver_connection.execute("PRAGMA busy_timeout=0")
            # Checkpoints off the verdict's path (wal_checkpoint.py).
            self._raw.driver_connection.execute("PRAGMA wal_autocheckpoint=0")
        try:
            with sqlite_transaction(self._raw.driver_connection, wait_for_lock=True) as door:
                yield door
            self._checkpoints.committed()
        except sqlite3.Error as exc:
            self._check_connection()
            self._note_damage(exc)
            raise
        finally:
            write_turns.door_wrote()  # a pull held back for this scan goes on

    def expect_scan(self) -> None:
        """A scan is coming: a pull in this process holds its next page back for it."""
        if self.db.is_sqlite:
            write_turns.door_expects_scan()

    def _note_damage(self, exc: sqlite3.Error) -> None:
        """This driver connection bypasses the engine's error hook: a damaged page met
        by a scan leaves the same note, so the next start offers the rescue."""
        path = self.db.engine.url.database
        if path and path != ":memory:" and rescue_read.is_damage_error(exc):
            damage_mark.note(Path(path), exc)

    def _check_connection(self) -> None:
        """After a failed transaction: a connection still inside one (its rollback
        failed: an I/O error, a damaged file) is dropped, and the next scan opens a
        fresh one, so the door resumes by itself once the cause is gone."""
        driver = self._raw.driver_connection
        try:
            stuck = driver.in_transaction
            driver.execute("SELECT 1").fetchone()
        except sqlite3.Error:
            stuck = True
        if stuck:
            raw, self._raw = self._raw, None
            raw.invalidate()  # closes the driver's connection; the pool makes a new one
            raw.close()

    def close(self) -> None:
        if self._checkpoints is not None:
            self._checkpoints.close()
        if self._raw is not None:
            # Back to the pool as the engine made it.
            with suppress(sqlite3.Error):
                self._raw.driver_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                self._raw.driver_connection.execute(
                    f"PRAGMA wal_autocheckpoint={AUTO_CHECKPOINT_PAGES}")
            self._raw.close()
            self._raw = None
