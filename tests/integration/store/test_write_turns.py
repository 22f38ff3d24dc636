"""A pull's next page lets a door that waits for the write lock go first, and never
waits on it for long (store/write_turns.py), on a real SQLite store."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from passdesk.store import write_turns
from passdesk.store.database import Database
from passdesk.store.door_queries import DoorStore


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    DoorStore(database)  # a door opened on the store: the pull's pages yield to it
    yield database
    database.close()


def a_door_waits(order: list[str], release: threading.Event) -> threading.Thread:
    waiting = threading.Event()

    def door() -> None:
        with write_turns.door_waiting():
            waiting.set()
            release.wait(10)
            order.append("door")

    thread = threading.Thread(target=door)
    thread.start()
    assert waiting.wait(10)
    return thread


def pull_page(db: Database, order: list[str]) -> None:
    with db.cache_session() as session:
        session.execute(text("UPDATE search_control SET live = live"))
    order.append("pull page")


def test_a_pull_page_waits_while_a_door_waits(db, monkeypatch) -> None:
    monkeypatch.setattr(write_turns, "MAX_YIELD_S", 30.0)
    order: list[str] = []
    release = threading.Event()
    door = a_door_waits(order, release)
    threading.Timer(0.3, release.set).start()
    pull_page(db, order)
    door.join()
    assert order == ["door", "pull page"]


def test_a_pull_page_waits_no_longer_than_its_limit(db, monkeypatch) -> None:
    monkeypatch.setattr(write_turns, "MAX_YIELD_S", 0.05)
    order: list[str] = []
    release = threading.Event()
    door = a_door_waits(order, release)
    pull_page(db, order)  # the door never gets done: the page goes on anyway
    release.set()
    door.join()
    assert order == ["pull page", "door"]


def test_the_door_s_own_reads_and_writes_never_yield(db, monkeypatch) -> None:
    monkeypatch.setattr(write_turns, "MAX_YIELD_S", 30.0)
    order: list[str] = []
    release = threading.Event()
    door = a_door_waits(order, release)
    with db.session() as session:  # the durable engine: the door's, the UI's
        session.execute(text("SELECT 1"))
    order.append("read")
    release.set()
    door.join()
    assert order == ["read", "door"]


def test_a_waiting_door_wakes_when_a_pull_gives_its_turn(db, monkeypatch) -> None:
    """The door sleeps (no polling) until the pull, between two pages, wakes it."""
    monkeypatch.setattr(write_turns, "MAX_YIELD_S", 30.0)
    order: list[str] = []

    def door() -> None:
        with write_turns.door_waiting():
            write_turns.wait_for_turn(60)  # a door's poll, as long as a test allows
            order.append("door")

    thread = threading.Thread(target=door)
    thread.start()
    while write_turns.doors_waiting() == 0:
        threading.Event().wait(0.001)
    pull_page(db, order)
    thread.join(20)
    assert not thread.is_alive()
    assert order == ["door", "pull page"]


def test_a_pull_page_waits_for_a_scan_the_door_expects_until_it_is_recorded(db) -> None:
    """A scanner began typing: the pull's next page waits until the door's scan is
    written (a real door transaction), not the expectation's whole time."""
    order: list[str] = []
    door = DoorStore(db)
    write_turns.door_expects_scan(30.0)
    pull = threading.Thread(target=pull_page, args=(db, order))
    pull.start()
    pull.join(0.3)
    assert pull.is_alive()  # held back: the lock stays free for the verdict
    with door.transaction() as queries:
        assert queries is not None
        order.append("door")
    pull.join(20)
    door.close()
    assert not pull.is_alive()
    assert order == ["door", "pull page"]


def test_an_expected_scan_that_never_comes_holds_a_page_no_longer_than_its_limit(db) -> None:
    order: list[str] = []
    write_turns.door_expects_scan(0.05)  # a burst that was no scan: nothing is written
    pull_page(db, order)
    assert order == ["pull page"]
    assert not write_turns._doors_before_writers()


def test_without_a_door_waiting_or_expecting_a_page_does_not_wait(db) -> None:
    write_turns.door_wrote()
    order: list[str] = []
    write_turns.door_expects_scan(30.0)
    write_turns.door_wrote()  # the scan was recorded before the pull's next page
    assert not write_turns._doors_before_writers()
    pull_page(db, order)
    assert order == ["pull page"]


def test_a_pull_held_for_a_coming_scan_first_puts_its_wal_on_disk(db, tmp_path,
                                                                  monkeypatch) -> None:
    """Its unsynced pages would otherwise be flushed by the door's own durable commit."""
    synced: list[str] = []
    monkeypatch.setattr(write_turns, "sync_wal", lambda path: synced.append(path))
    pull_page(db, [])
    assert synced == []  # no door expects a scan: nothing to do for one
    write_turns.door_expects_scan(0.01)
    pull_page(db, [])
    assert synced == [str(tmp_path / "store.sqlite3")]


def test_syncing_the_wal_of_a_real_store_or_of_none_raises_nothing(db, tmp_path) -> None:
    pull_page(db, [])  # the WAL file exists now
    assert (tmp_path / "store.sqlite3-wal").exists()
    write_turns.sync_wal(str(tmp_path / "store.sqlite3"))
    write_turns.sync_wal(str(tmp_path / "absent.sqlite3"))
    write_turns.sync_wal(":memory:")
