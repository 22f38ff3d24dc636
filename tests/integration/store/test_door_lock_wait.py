"""The door's transaction waits for a pull's write transaction finely, and no longer
than every connection's busy timeout (store/door_queries.begin_immediate)."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from passdesk.store import door_queries
from passdesk.store.database import Database
from passdesk.store.door_queries import DoorStore


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield database
    database.close()


def hold_write_lock(db: Database, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another connection (the pull) holds the write lock for ``seconds``."""
    taken = threading.Event()

    def hold() -> None:
        con = sqlite3.connect(db.engine.url.database, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        taken.set()
        time.sleep(seconds)
        con.execute("COMMIT")
        con.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(10)
    return thread, taken


def test_a_door_waits_for_the_writer_then_records(db) -> None:
    store = DoorStore(db)
    with store.transaction():
        pass  # the door's connection is open, its busy timeout off
    thread, _ = hold_write_lock(db, 0.3)
    with store.transaction() as door:
        door.record_scan(scanned_at=door_queries.datetime.now(door_queries.UTC),
                         raw_value="X-1", source="test", verdict="admit")
    thread.join()
    with db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT raw_value FROM scans").scalars().all() == ["X-1"]
    store.close()


def test_a_door_gives_up_after_the_busy_timeout(db, monkeypatch) -> None:
    monkeypatch.setattr(door_queries, "LOCK_WAIT_S", 0.2)
    store = DoorStore(db)
    thread, _ = hold_write_lock(db, 1.0)
    with pytest.raises(sqlite3.OperationalError, match="locked"), store.transaction():
        pass
    thread.join()
    with store.transaction() as door:  # the lock is free again: the door goes on
        door.record_scan(scanned_at=door_queries.datetime.now(door_queries.UTC),
                         raw_value="X-2", source="test", verdict="admit")
    store.close()


def test_the_connection_goes_back_to_the_pool_with_its_busy_timeout(db) -> None:
    store = DoorStore(db)
    with store.transaction():
        pass
    driver = store._raw.driver_connection
    assert driver.execute("PRAGMA busy_timeout").fetchone()[0] == 0
    store.close()
    assert driver.execute("PRAGMA busy_timeout").fetchone()[0] == door_queries.BUSY_TIMEOUT_MS
