"""LiveChanges hands what other writers commit on as topics, and survives a lost feed."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from passdesk.store.change_feed import FeedLost, open_feed
from passdesk.store.database import Database
from passdesk.store.schema import Pass
from passdesk.store.topics import Topic
from passdesk.sync.live import LiveChanges
from passdesk.sync.service import StoreChanged, SyncService

CREATED = datetime(2026, 1, 1, tzinfo=UTC)


class Heard:
    def __init__(self) -> None:
        self.topics: list[str] = []
        self.arrived = threading.Condition()

    def __call__(self, topic: str) -> None:
        with self.arrived:
            self.topics.append(topic)
            self.arrived.notify_all()

    def wait_for(self, topic: str, timeout: float = 5.0) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: topic in self.topics, timeout)


def add_pass(db: Database, pass_id: str) -> None:
    with db.session() as s:
        s.add(Pass(id=pass_id, status="active", created_at=CREATED, attributes={}))


def test_another_desks_write_arrives_as_its_topic(db_url: str) -> None:
    writer, reader = Database.open(db_url), Database.open(db_url)
    heard = Heard()
    live = LiveChanges(reader, heard, poll_every=0.1)
    live.start()
    try:
        add_pass(writer, "p1")
        assert heard.wait_for("passes")
        assert heard.topics.count("passes") == 1
    finally:
        live.stop()
        writer.close()
        reader.close()
    assert not live.running


@pytest.mark.postgres
def test_a_lost_feed_is_opened_again_and_everything_announced(pg_database_url: str) -> None:
    db = Database.open(pg_database_url)
    heard = Heard()
    live = LiveChanges(db, heard, poll_every=0.1)
    live.start()
    try:
        add_pass(db, "p1")
        assert heard.wait_for("passes")
        with db.connection() as c:  # the database drops the listening connection
            c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE query LIKE 'LISTEN%' AND datname = current_database()"))
        assert heard.wait_for(Topic.ALL)
        add_pass(db, "p2")  # and what comes after is heard again
        with heard.arrived:
            assert heard.arrived.wait_for(lambda: heard.topics.count("passes") == 2, 5.0)
    finally:
        live.stop()
        db.close()


def test_a_feed_that_cannot_open_yet_is_retried(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    attempts = []

    def flaky(database: Database):
        attempts.append(1)
        if len(attempts) < 2:
            raise FeedLost("the database is not there yet")
        return open_feed(database)

    heard = Heard()
    live = LiveChanges(db, heard, poll_every=0.1, opener=flaky)
    live.start()
    try:
        assert heard.wait_for(Topic.ALL)  # whatever was missed meanwhile: reload it all
        add_pass(db, "p1")
        assert heard.wait_for("passes")
        assert len(attempts) == 2
    finally:
        live.stop()
        db.close()


def test_a_write_right_after_start_is_heard_even_when_the_feed_opens_slowly(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    opened = []

    def slow(database: Database):
        threading.Event().wait(0.3)  # a busy machine: the thread gets to it late
        opened.append(1)
        return open_feed(database)

    heard = Heard()
    live = LiveChanges(db, heard, poll_every=0.1, opener=slow)
    live.start()
    try:
        assert opened  # start() returned only once the feed had its starting point
        add_pass(db, "p1")
        assert heard.wait_for("passes")
    finally:
        live.stop()
        db.close()


def test_the_sync_service_tells_its_listeners_and_stops_listening(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    desk, other = Database.open(url), Database.open(url)
    notices: list[StoreChanged] = []
    arrived = threading.Event()

    def listen(notice) -> None:
        if isinstance(notice, StoreChanged) and notice.what == "passes":
            notices.append(notice)
            arrived.set()

    service = SyncService(desk, lambda: None)
    service.add_listener(listen)
    service.start()
    try:
        add_pass(other, "p1")
        assert arrived.wait(5.0)
    finally:
        service.stop()
    arrived.clear()
    add_pass(other, "p2")
    assert not arrived.wait(1.0)  # stopped: nothing more
    assert notices == [StoreChanged("passes")]
    desk.close()
    other.close()
