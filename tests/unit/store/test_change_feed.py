"""The change feed hears what another connection commits, on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import text, update

from passdesk.store.change_feed import FeedLost, NotifyFeed, open_feed
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass

CREATED = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def desks(db_url: str):
    """Two desks on one database: separate engines, as two processes would have."""
    first, second = Database.open(db_url), Database.open(db_url)
    yield first, second
    first.close()
    second.close()


def heard(feed, *, within: float = 5.0) -> set[str]:
    """Every topic heard until a wait comes back empty (or ``within`` runs out)."""
    topics: set[str] = set()
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        got = feed.wait(0.2)
        if not got and topics:
            break
        topics |= got
    return topics


class GaveUp(Exception):
    """The desk gave up on a transaction."""


def wait_until_lost(feed) -> None:
    for _ in range(20):
        feed.wait(0.2)


def add_pass(db: Database, pass_id: str) -> None:
    with db.session() as s:
        s.add(Pass(id=pass_id, status="active", display_name="Ada", created_at=CREATED,
                   attributes={}))


def test_a_pass_written_by_another_desk_is_heard_as_passes(desks) -> None:
    writer, reader = desks
    feed = open_feed(reader)
    try:
        assert feed.wait(0.1) == frozenset()
        add_pass(writer, "p1")
        assert heard(feed) == {"passes"}
        assert feed.wait(0.3) == frozenset()  # told once, not again and again
    finally:
        feed.close()


def test_several_kinds_in_one_transaction_are_all_heard(desks) -> None:
    writer, reader = desks
    feed = open_feed(reader)
    try:
        with writer.session() as s:
            s.add(Pass(id="p2", status="active", created_at=CREATED, attributes={}))
            s.add(Event(id="e1", name="Gala", attributes={}))
        assert heard(feed) == {"passes", "events"}
        with writer.session() as s:
            s.execute(update(Pass).where(Pass.id == "p2").values(status="voided"))
        assert heard(feed) == {"passes"}
        with writer.session() as s:
            s.execute(text("DELETE FROM events"))
        assert heard(feed) == {"events"}
    finally:
        feed.close()


def test_what_is_rolled_back_or_changes_no_row_is_not_heard(desks) -> None:
    writer, reader = desks
    add_pass(writer, "p3")
    feed = open_feed(reader)
    try:
        heard(feed, within=0.5)  # whatever the set-up left
        with contextlib.suppress(GaveUp), writer.session() as s:
            s.add(Pass(id="p4", status="active", created_at=CREATED, attributes={}))
            s.flush()
            raise GaveUp  # rolled back
        # A pusher finding no work runs an UPDATE that matches nothing.
        with writer.session() as s:
            s.execute(update(Pass).where(Pass.id == "nobody").values(status="voided"))
        assert heard(feed, within=1.0) == set()
        add_pass(writer, "p5")
        assert heard(feed) == {"passes"}
    finally:
        feed.close()


def test_a_closed_feed_returns_at_once_with_nothing(desks) -> None:
    writer, reader = desks
    feed = open_feed(reader)
    feed.close()
    add_pass(writer, "p6")
    # An hour: were a closed feed to wait, the test's own timeout would end it.
    assert feed.wait(3600.0) == frozenset()


@pytest.mark.postgres
def test_postgresql_feed_says_it_is_lost_when_its_connection_dies(pg_database_url) -> None:
    db = Database.open(pg_database_url)
    try:
        feed = open_feed(db)
        assert isinstance(feed, NotifyFeed)
        with db.connection() as c:
            c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE query LIKE 'LISTEN%' AND datname = current_database()"))
        with pytest.raises(FeedLost):
            wait_until_lost(feed)
        feed.close()
        again = open_feed(db)  # a new feed works again
        add_pass(db, "p7")
        assert heard(again) == {"passes"}
        again.close()
    finally:
        db.close()
