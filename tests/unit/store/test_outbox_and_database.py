"""Outbox scheduling rules and opening databases, on real SQLite files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.store import outbox
from passdesk.store.database import Database, DatabaseError, database_url, sqlite_file_for

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    yield database
    database.close()


def test_back_online_only_unsent_rows_jump_the_queue(db) -> None:
    later = NOW + timedelta(minutes=4)
    with db.session() as s:
        unsent = outbox.enqueue(s, kind="pass.notify", order_key="a", payload={}, now=NOW)
        checking = outbox.enqueue(s, kind="loyalty.change", order_key="b", payload={}, now=NOW)
        unsent.next_attempt_at = checking.next_attempt_at = later
        checking.facts = {"sent_at": NOW.isoformat(), "balance_before": 3}
    with db.session() as s:
        assert outbox.make_unsent_due(s, NOW) == 1
    with db.session() as s:
        assert outbox.get(s, unsent.seq).next_attempt_at == NOW
        assert outbox.get(s, checking.seq).next_attempt_at == later  # still waits to check


def test_rows_of_one_pass_go_in_order_and_a_failed_one_holds_the_rest(db) -> None:
    with db.session() as s:
        first = outbox.enqueue(s, kind="pass.update", order_key="p", payload={}, now=NOW)
        second = outbox.enqueue(s, kind="pass.update", order_key="p", payload={}, now=NOW)
        other = outbox.enqueue(s, kind="pass.update", order_key="q", payload={}, now=NOW)
    with db.session() as s:
        assert outbox.claim_next(s, NOW).seq == first.seq
    with db.session() as s:
        assert outbox.claim_next(s, NOW).seq == other.seq  # p's next waits behind "sending"
        outbox.get(s, first.seq).state = outbox.FAILED
    with db.session() as s:
        assert outbox.claim_next(s, NOW) is None
        outbox.discard(s, first.seq)
    with db.session() as s:
        assert outbox.claim_next(s, NOW).seq == second.seq


def test_each_server_has_its_own_file(tmp_path) -> None:
    default = database_url(None, tmp_path)
    other = database_url(None, tmp_path, "http://127.0.0.1:8765/api/v1")
    third = database_url(None, tmp_path, "https://staging.example.com/api/v1")
    assert default.endswith("/passdesk.sqlite3")
    assert len({default, other, third}) == 3
    assert sqlite_file_for("http://127.0.0.1:8765/api/v1").startswith("passdesk-127.0.0.1-8765-")
    assert database_url("postgresql+psycopg://h/db", tmp_path, "x") == "postgresql+psycopg://h/db"


def test_env_database_url_wins(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_DATABASE_URL", "sqlite:////tmp/env.sqlite3")
    assert database_url("postgresql+psycopg://h/db", tmp_path) == "sqlite:////tmp/env.sqlite3"


@pytest.mark.parametrize(("url", "words"), [
    ("nosuchdriver://x/y", "Cannot use the database"),
    ("not a url at all", "not valid"),
])
def test_bad_urls_are_readable_errors(url: str, words: str) -> None:
    with pytest.raises(DatabaseError, match=words):
        Database.open(url)


def test_a_file_that_is_not_a_database_is_a_readable_error(tmp_path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        Database.open(f"sqlite:///{junk}")


def test_a_claim_names_its_pusher_and_only_an_expired_one_is_taken_over(db) -> None:
    with db.session() as s:
        first = outbox.enqueue(s, kind="pass.update", order_key="p", payload={}, now=NOW)
        later = outbox.enqueue(s, kind="pass.update", order_key="p", payload={}, now=NOW)
    with db.session() as s:
        row = outbox.claim_next(s, NOW, claimer="desk-a")
        assert (row.seq, row.claimed_by) == (first.seq, "desk-a")
        assert row.claimed_until == NOW + outbox.CLAIM_LEASE
    # Desk B finds nothing while desk A's claim holds (p's next row waits behind it).
    with db.session() as s:
        assert outbox.claim_next(s, NOW + timedelta(minutes=1), claimer="desk-b") is None
    # Desk A went silent: when the lease runs out, desk B takes the row over, mark and all.
    after = NOW + outbox.CLAIM_LEASE + timedelta(seconds=1)
    with db.session() as s:
        row = outbox.claim_next(s, after, claimer="desk-b")
        assert (row.seq, row.claimed_by, row.attempts) == (first.seq, "desk-b", 2)
        row.state = outbox.DONE
    with db.session() as s:
        assert outbox.claim_next(s, after, claimer="desk-a").seq == later.seq


def test_recovering_leaves_another_desks_live_claim_alone_on_a_shared_database(db) -> None:
    with db.session() as s:
        mine = outbox.enqueue(s, kind="pass.update", order_key="a", payload={}, now=NOW)
        theirs = outbox.enqueue(s, kind="pass.update", order_key="b", payload={}, now=NOW)
    with db.session() as s:
        assert outbox.claim_next(s, NOW, claimer="desk-a").seq == mine.seq
        assert outbox.claim_next(s, NOW, claimer="desk-b").seq == theirs.seq
    with db.session() as s:  # desk A restarts
        recovered = outbox.recover(s, NOW + timedelta(seconds=5), "desk-a")
    with db.session() as s:
        states = {seq: outbox.get(s, seq).state for seq in (mine.seq, theirs.seq)}
    if db.is_sqlite:  # one desk per file: whatever was sending was this desk's
        assert recovered == 2
        assert states == {mine.seq: outbox.PENDING, theirs.seq: outbox.PENDING}
    else:  # desk B is still delivering its row
        assert recovered == 1
        assert states == {mine.seq: outbox.PENDING, theirs.seq: outbox.SENDING}


@pytest.mark.postgres
def test_a_plain_postgresql_url_opens_with_the_driver_passdesk_ships(pg_database_url) -> None:
    plain = pg_database_url.replace("postgresql+psycopg://", "postgresql://")
    database = Database.open(plain)
    try:
        assert database.engine.dialect.driver == "psycopg"
        with database.session() as s:
            assert outbox.counts(s) == {}
    finally:
        database.close()
