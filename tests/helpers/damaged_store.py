"""A real store file with unsent changes and scans, and a way to damage some of its pages.

The store is made by the app (``Database.open``: the migrations) and filled
through the app's schema; ``damage`` overwrites chosen leaf pages of one table
with fixed garbage (seeded), so a test is the same at every run.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Scan, SyncState, TemplateDraft

START = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
#: Tables a test compares row by row, with their key column.
KEYS = {"outbox": "op_id", "scans": "id", "loyalty_operations": "id",
        "template_drafts": "id", "sync_state": "key"}


def build_store(path: Path, *, scans: int = 2000, outbox: int = 300) -> None:
    """A store at ``path`` as the app would leave it: queued changes, scans, sync cursors."""
    database = Database.open(f"sqlite:///{path}")
    rng = random.Random(21)
    try:
        with database.session() as session:
            for n in range(outbox):
                session.add(OutboxRow(
                    op_id=str(uuid.UUID(int=rng.getrandbits(128))), kind="loyalty_change",
                    order_key=f"pass-{n % 40}", target_id=f"pass-{n % 40}",
                    payload={"delta": n, "note": "x" * rng.randint(20, 200)},
                    state="pending", attempts=0, created_at=START + timedelta(seconds=n)))
            for n in range(scans):
                session.add(Scan(
                    id=str(uuid.UUID(int=rng.getrandbits(128))),
                    scanned_at=START + timedelta(seconds=n), raw_value=f"CODE-{n:06d}",
                    source="keyboard", pass_id=f"pass-{n % 500}", event_id="event-1",
                    desk="Door 1", verdict="admit" if n % 7 else "deny",
                    reason=None if n % 7 else "already inside", detail="d" * (n % 90)))
            for n in range(60):
                session.add(LoyaltyOperation(
                    id=str(uuid.UUID(int=rng.getrandbits(128))), pass_id=f"pass-{n}",
                    created_at=START + timedelta(minutes=n), kind="delta", amount=n,
                    desk="Till", state="pending"))
            session.add(TemplateDraft(
                id="draft-1", name="Winter gala", document='{"fields": []}', samples={},
                created_at=START, updated_at=START, publish_state="draft"))
            session.add(SyncState(key="server", value={"base_url": "http://127.0.0.1:1"}))
            session.add(SyncState(key="passes", value={"watermark": "2026-12-06T17:00:00Z"}))
            session.add(SyncState(key="scans", value={"newest": "2026-12-06T17:00:00Z"}))
    finally:
        database.close()


def rows_by_rowid(path: Path, table: str) -> dict[int, tuple]:
    """Every row of ``table`` in a sound file, by rowid."""
    with closing(sqlite3.connect(path)) as conn:
        cols = _columns(conn, table)
        return {r[0]: r[1:] for r in conn.execute(
            f"SELECT rowid, {', '.join(cols)} FROM {table}")}  # noqa: S608


def readable_one_by_one(path: Path, table: str, rowids: list[int]) -> dict[int, tuple]:
    """The rows of a damaged file that SQLite still returns when asked for each alone."""
    conn = sqlite3.connect(path)
    try:
        cols = _columns(conn, table)
        found = {}
        for rowid in rowids:
            try:
                row = conn.execute(f"SELECT {', '.join(cols)} FROM {table} "  # noqa: S608
                                   "NOT INDEXED WHERE rowid = ?", (rowid,)).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row is not None:
                found[rowid] = row
        return found
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({table})")]


def leaf_pages(path: Path, table: str) -> list[int]:
    """The leaf pages of ``table``'s b-tree, in page order (SQLite's dbstat)."""
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,))]


def damage(path: Path, pages: list[int], *, seed: int = 21) -> None:
    """Overwrite ``pages`` (1-based) with seeded garbage, as a failing disk might."""
    with closing(sqlite3.connect(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    rng = random.Random(seed)
    with path.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * size)
            file.write(rng.randbytes(size))


def damaged_store(path: Path, *, table: str = "scans", share: float = 0.25) -> list[int]:
    """``build_store`` then damage a middle run of ``table``'s leaf pages; returns them."""
    build_store(path)
    leaves = leaf_pages(path, table)
    count = max(1, int(len(leaves) * share))
    start = (len(leaves) - count) // 2
    chosen = leaves[start:start + count]
    damage(path, chosen)
    return chosen


#: A query that reads every scan's values: it meets any damaged scans page.
SCAN_COUNT = text("SELECT count(detail) FROM scans")
