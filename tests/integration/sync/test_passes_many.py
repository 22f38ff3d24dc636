"""One message or one deactivation for many passes: all queued in one transaction, each
delivered to the sandbox once."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from passdesk.api import PassEntryClient
from passdesk.api.http import RetryPolicy
from passdesk.store.schema import OutboxRow, Pass
from passdesk.sync import passes
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all


@pytest.fixture
def synced(api, db):
    PullSync(api, db).run(reconcile=False)
    return db


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pusher(sandbox, synced, clock):
    with PassEntryClient(sandbox.base_url, "demo", retry=RetryPolicy(max_attempts=1),
                         timeout=httpx.Timeout(2.0)) as client:
        yield Pusher(client, synced, clock=clock)


def _ids(db, status: str, n: int) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Pass.id).where(Pass.status == status)
                              .order_by(Pass.id).limit(n)))


def _outbox_rows(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxRow))


def test_notify_many_reaches_every_pass_once(sandbox, synced, pusher, clock) -> None:
    ids = _ids(synced, "active", 3)
    assert passes.notify_many(synced, pass_ids=ids + ids[:1], message="Doors at 7",
                              clock=clock) == 3
    assert _outbox_rows(synced) == 3  # the repeated id is messaged once
    with synced.session() as s:
        assert {s.get(Pass, i).latest_message for i in ids} == {"Doors at 7"}
    drain_all(pusher, clock, synced)
    assert [sandbox.state.passes[i].attributes["latestMessage"] for i in ids] == \
        ["Doors at 7"] * 3
    notified = [e for e in sandbox.requests.entries() if e.path.endswith("/notification")]
    assert len(notified) == 3


def test_an_unknown_pass_queues_nothing_at_all(synced) -> None:
    ids = _ids(synced, "active", 2)
    with pytest.raises(ChangeRefused):
        passes.notify_many(synced, pass_ids=[*ids, "not-a-pass"], message="Hello")
    with pytest.raises(ChangeRefused):
        passes.notify_many(synced, pass_ids=ids, message="   ")
    with pytest.raises(ChangeRefused):
        passes.deactivate_many(synced, pass_ids=[*ids, "not-a-pass"])
    assert _outbox_rows(synced) == 0
    with synced.session() as s:
        assert {s.get(Pass, i).status for i in ids} == {"active"}


def test_deactivate_many_skips_those_already_deactivated(sandbox, synced, pusher,
                                                         clock) -> None:
    active, already = _ids(synced, "active", 2), _ids(synced, "deactivated", 1)
    assert passes.deactivate_many(synced, pass_ids=active + already, clock=clock) == 2
    assert _outbox_rows(synced) == 2
    with synced.session() as s:
        assert {s.get(Pass, i).status for i in active} == {"deactivated"}
        assert all(s.get(Pass, i).deactivated_at is not None for i in active)
    drain_all(pusher, clock, synced)
    assert [sandbox.state.passes[i].attributes["status"] for i in active] == \
        ["deactivated"] * 2
