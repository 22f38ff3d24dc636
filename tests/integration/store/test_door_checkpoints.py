"""The Door's commits never checkpoint the WAL themselves; its checkpointer thread
does, every few commits (store/wal_checkpoint.py), so a verdict does not wait for
a pull's pages to be copied into the database, and the WAL still stays short."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest

from passdesk.store import door_queries, wal_checkpoint
from passdesk.store.database import Database
from passdesk.store.door_queries import DoorStore


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield database
    database.close()


def bulk_write_without_checkpoint(db: Database, pages: int) -> None:
    """A pull's connection: autocheckpoint off, its pages left in the WAL."""
    con = sqlite3.connect(db.engine.url.database, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE IF NOT EXISTS ballast (n INTEGER, b BLOB)")
    con.execute("BEGIN")
    con.executemany("INSERT INTO ballast VALUES (?, ?)",
                    [(n, bytes(3000)) for n in range(pages)])
    con.execute("COMMIT")
    con.close()


def digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def record(store: DoorStore, value: str) -> None:
    with store.transaction() as door:
        door.record_scan(scanned_at=door_queries.datetime.now(door_queries.UTC),
                         raw_value=value, source="test", verdict="admit")


def frames_left(db: Database) -> tuple[int, int]:
    """(WAL frames, frames checkpointed) as a PASSIVE checkpoint that copies
    nothing new sees them: it runs in the test, after the fact."""
    con = sqlite3.connect(db.engine.url.database)
    try:
        _busy, frames, done = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        con.close()
    return frames, done


def test_a_doors_commit_leaves_a_long_wal_to_the_checkpointer(db, monkeypatch) -> None:
    monkeypatch.setattr(wal_checkpoint, "EVERY_COMMITS", 3)
    store = DoorStore(db)
    record(store, "warm")  # the door's connection is open
    bulk_write_without_checkpoint(db, 1500)  # well past SQLite's 1,000-page autocheckpoint
    main_file = db.engine.url.database
    before = digest(main_file)
    record(store, "X-1")
    # SQLite's autocheckpoint would have copied the WAL into the file in this commit.
    assert digest(main_file) == before
    record(store, "X-2")  # the third commit asks the checkpointer
    deadline = time.monotonic() + 10
    while store._checkpoints.checkpoints == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert store._checkpoints.checkpoints == 1
    assert digest(main_file) != before  # the pages went into the database, off the door
    frames, done = frames_left(db)
    assert frames == done  # nothing left behind in the WAL
    store.close()
    with db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT raw_value FROM scans ORDER BY raw_value"
                                   ).scalars().all() == ["X-1", "X-2", "warm"]


def test_the_connection_goes_back_to_the_pool_checkpointing_as_before(db) -> None:
    store = DoorStore(db)
    record(store, "X-1")
    driver = store._raw.driver_connection
    assert driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    store.close()
    assert (driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            == wal_checkpoint.AUTO_CHECKPOINT_PAGES)


def test_without_a_thread_the_checkpoint_runs_in_line_and_the_scan_stands(db, monkeypatch) -> None:
    """A scan is recorded before its checkpoint is asked for: a process out of
    threads must not turn it into "not recorded", and the WAL is still copied."""
    monkeypatch.setattr(wal_checkpoint, "EVERY_COMMITS", 2)

    def no_thread(self) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(wal_checkpoint.threading.Thread, "start", no_thread)
    store = DoorStore(db)
    record(store, "X-1")
    bulk_write_without_checkpoint(db, 1500)
    before = digest(db.engine.url.database)
    record(store, "X-2")  # the second commit: the checkpoint, in line
    assert store._checkpoints.checkpoints == 1
    assert digest(db.engine.url.database) != before
    store.close()
    with db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT raw_value FROM scans ORDER BY raw_value"
                                   ).scalars().all() == ["X-1", "X-2"]
