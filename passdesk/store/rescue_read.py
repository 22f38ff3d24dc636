"""Reading what is still readable from a damaged SQLite file.

A damaged page makes SQLite stop a query with "database disk image is
malformed". A table is first read in one pass in rowid order; where that
stops, the reader seeks past the damage (rowid probes, doubling then halving)
and goes on, so one bad page costs only the rows on it. Rows lost in a gap
are counted exactly when one of the table's indexes (other pages) can still
be read, else the gap's rowid span is an upper bound.

Pure Python (``sqlite3``): the sqlite3 command-line tool is not shipped with
the app, so it is only a fallback for a file whose schema cannot be read
(see ``recover_with_cli``).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: SQLite's primary result codes for a damaged file (extended codes share the low byte).
DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
MIN_ROWID, MAX_ROWID = -(2 ** 63), 2 ** 63 - 1
BATCH = 500


class _Unreadable(Exception):
    """A probe hit a damaged page."""


@dataclass
class Gap:
    """Rowids after ``after`` and before ``before`` (None: to the end) that could not be read."""

    after: int
    before: int | None
    lost: int | None = None  # exact, when an index told

    @property
    def at_most(self) -> int | None:
        if self.before is None or self.after < MIN_ROWID:
            return None
        return max(self.before - self.after - 1, 0)


@dataclass
class TableRead:
    """What reading one table found: its gaps, and whether it could be read at all."""

    name: str
    columns: list[str]
    gaps: list[Gap] = field(default_factory=list)
    unreadable: str | None = None  # why, when not one row could be reached
    bad_rows: int = 0  # rows whose rowid was found but whose values could not be read

    @property
    def lost(self) -> int | None:
        """Rows lost, when known; None when some gap's size is unknown."""
        total = self.bad_rows
        for gap in self.gaps:
            size = gap.lost if gap.lost is not None else gap.at_most
            if size is None:
                return None
            total += size
        return total


def is_damage_error(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what it wraps) is SQLite saying the file is damaged."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.DatabaseError):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in DAMAGE_CODES:
                return True
            text = str(exc).lower()
            if "malformed" in text or "not a database" in text:
                return True
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


def quick_check(path: Path) -> str | None:
    """None when SQLite finds ``path`` sound, else the first problem in its words.

    Costs a read of the whole file: only run when opening failed or a query
    reported damage, never on a normal start.
    """
    # Read-only, and without a -wal no side files at all: the check leaves no trace.
    wal = path.with_name(path.name + "-wal").exists()
    uri = f"{path.resolve().as_uri()}?{'mode=ro' if wal else 'immutable=1'}"
    conn = None
    try:
        conn = sqlite3.connect(uri, uri=True)
        answer = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if not is_damage_error(exc):
            raise
        return str(exc)
    finally:
        if conn is not None:
            conn.close()
    return None if answer == "ok" else str(answer)


def quoted(name: str) -> str:
    """An SQL identifier for a name read from the file's own schema."""
    return '"' + name.replace('"', '""') + '"'


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    # Damage must stop a read, not be papered over; nothing is written here.
    conn.execute("PRAGMA query_only=ON")
    return conn


def open_source(path: Path) -> sqlite3.Connection:
    return _connect(path)


def tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Ordinary tables and their columns; raises ``sqlite3.DatabaseError`` when the
    schema itself cannot be read."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'")]
    return {name: [r[1] for r in conn.execute(f"PRAGMA table_info({quoted(name)})")]
            for name in names}


def revision(conn: sqlite3.Connection) -> str | None:
    """The file's alembic revision, or None when it cannot be read."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def read_rows(conn: sqlite3.Connection, read: TableRead) -> Iterator[list[tuple]]:
    """Batches of ``(rowid, *values)`` of every row still readable, in rowid order.

    Gaps and bad rows are noted in ``read`` as they are met.
    """
    cols = ", ".join(quoted(c) for c in read.columns)
    scan = (f"SELECT rowid, {cols} FROM {quoted(read.name)} NOT INDEXED "  # noqa: S608 - quoted
            "WHERE rowid >= ? ORDER BY rowid")
    after: int | None = MIN_ROWID - 1  # the last rowid dealt with (a Python int)
    while after is not None and after < MAX_ROWID:
        batch: list[tuple] = []
        try:
            for row in conn.execute(scan, (after + 1,)):
                batch.append(row)
                after = row[0]
                if len(batch) >= BATCH:
                    yield batch
                    batch = []
            if batch:
                yield batch
            return
        except sqlite3.DatabaseError as exc:
            if batch:
                yield batch
            if not is_damage_error(exc):
                raise
        after = yield from _past_damage(conn, read, after)


def _past_damage(conn: sqlite3.Connection, read: TableRead, after: int
                 ) -> Iterator[list[tuple]]:
    """Seek past the damage met after rowid ``after``; returns where reading goes on
    (the last rowid dealt with), or None when nothing readable follows."""
    try:
        nearest = _probe(conn, read.name, after + 1)
    except _Unreadable:
        pass
    else:
        if nearest is None:
            return None  # the damage was at the very end, past the last row
        # The row's rowid is reachable: its values (e.g. an overflow page) are not.
        row = _row(conn, read, nearest)
        if row is None:
            read.bad_rows += 1
        else:
            yield [row]
        return nearest
    resume = _first_readable_after(conn, read.name, after)
    gap = Gap(after, resume)
    read.gaps.append(gap)
    # An index lists the gap's rowids from other pages: each row is tried on its
    # own, so readable rows a doubling probe jumped over are not lost.
    rowids = _rowids_by_index(conn, read.name, after, resume)
    batch: list[tuple] = []
    if rowids is not None:
        gap.lost = 0
        for rowid in rowids:
            row = _row(conn, read, rowid)
            if row is None:
                gap.lost += 1
            else:
                batch.append(row)
        if batch:
            yield batch
    if after < MIN_ROWID and resume is None and not batch:
        read.unreadable = "no row could be reached"
    return None if resume is None else resume - 1


def _first_readable_after(conn: sqlite3.Connection, table: str, after: int) -> int | None:
    """The first rowid past the damage after ``after`` that a seek reaches, or None."""
    base = after
    step = 1
    while True:
        target = base + step
        if target > MAX_ROWID:
            return None
        try:
            found = _probe(conn, table, target)
            break
        except _Unreadable:
            step *= 2
    if found is None:
        return None
    # Damage before ``target`` (a failed probe at base + step/2): narrow down, so
    # rows between the damage and ``target`` are not skipped.
    low, high = base + step // 2, target
    while high - low > 1:
        middle = (low + high) // 2
        try:
            hit = _probe(conn, table, middle)
        except _Unreadable:
            low = middle
        else:
            high = middle
            found = hit if hit is not None else found
    return found


def _probe(conn: sqlite3.Connection, table: str, at_least: int) -> int | None:
    """The first rowid >= ``at_least`` (None: none), or ``_Unreadable``."""
    try:
        row = conn.execute(f"SELECT rowid FROM {quoted(table)} NOT INDEXED "  # noqa: S608
                           "WHERE rowid >= ? ORDER BY rowid LIMIT 1", (at_least,)).fetchone()
    except sqlite3.DatabaseError as exc:
        if not is_damage_error(exc):
            raise
        raise _Unreadable from exc
    return row[0] if row else None


def _row(conn: sqlite3.Connection, read: TableRead, rowid: int) -> tuple | None:
    cols = ", ".join(quoted(c) for c in read.columns)
    try:
        return conn.execute(f"SELECT rowid, {cols} FROM {quoted(read.name)} "  # noqa: S608
                            "NOT INDEXED WHERE rowid = ?", (rowid,)).fetchone()
    except sqlite3.DatabaseError as exc:
        if not is_damage_error(exc):
            raise
        return None


def _rowids_by_index(conn: sqlite3.Connection, table: str, after: int,
                     before: int | None) -> list[int] | None:
    """The rowids an index of ``table`` lists in the gap, or None when none reads."""
    try:
        indexes = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND (sql IS NULL OR sql NOT LIKE '% WHERE %')", (table,))]
    except sqlite3.DatabaseError:
        return None
    bounds = "rowid >= ?" + ("" if before is None else " AND rowid < ?")
    params = (after + 1,) + (() if before is None else (before,))
    for index in indexes:
        try:
            return sorted(r[0] for r in conn.execute(
                f"SELECT rowid FROM {quoted(table)} INDEXED BY {quoted(index)} "  # noqa: S608
                f"WHERE {bounds}", params))
        except sqlite3.DatabaseError:
            continue
    return None


MAGIC = b"SQLite format 3\x00"
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 512, 65536)


def header_repairs(copy: Path) -> Iterator[int]:
    """Rewrite a damaged file header in a working copy (never the kept file): the
    magic words, then each page size in turn; yields the page size tried.

    The first 100 bytes are all SQLite needs to find the rest, so a file whose
    header alone was hit ("file is not a database") reads again.
    """
    with copy.open("r+b") as file:
        header = bytearray(file.read(100))
        if len(header) < 100:
            return
        wal = copy.with_name(copy.name + "-wal").exists()
        header[0:16] = MAGIC
        header[18:20] = b"\x02\x02" if wal else b"\x01\x01"  # WAL or rollback journal
        header[21:24] = b"\x40\x20\x20"  # fixed payload fractions
        for size in PAGE_SIZES:
            header[16:18] = (1 if size == 65536 else size).to_bytes(2, "big")
            file.seek(0)
            file.write(header)
            file.flush()
            yield size


def recover_with_cli(damaged: Path, into: Path) -> bool:
    """SQLite's own ``.recover`` into a new file, when the sqlite3 tool is installed;
    for a file whose schema cannot be read. False when it is not available or failed."""
    tool = shutil.which("sqlite3")
    if tool is None:
        return False
    try:
        dump = subprocess.run([tool, str(damaged), ".recover"], capture_output=True,
                              timeout=600, check=False)
        if not dump.stdout:
            return False
        conn = sqlite3.connect(into)
        try:
            conn.executescript(dump.stdout.decode("utf-8", "replace"))
        finally:
            conn.close()
    except (OSError, subprocess.SubprocessError, sqlite3.Error):
        return False
    return True
