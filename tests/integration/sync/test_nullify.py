"""Nullify and reactivate, queued here and delivered to a strict sandbox.

Nullifying is irreversible and idempotent: a lost answer is simply asked
again (the second call answers 200). The pass is refused at the Door with
plain words, its ext id is free for a new pass, and PassEntry answers 404 for
it. Reactivating sends ``passAction: reactivate``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from passdesk.api import NotFoundError, PassEntryClient
from passdesk.core.admission import DoorConfig, Outcome, Reason
from passdesk.core.payloads import PassInput
from passdesk.scan.door import Door
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import Pass
from passdesk.sync import passes
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all


@pytest.fixture
def api(strict) -> Iterator[PassEntryClient]:
    with PassEntryClient(strict.base_url, "demo") as client:
        yield client


@pytest.fixture
def synced(api, db) -> Database:
    PullSync(api, db).run(reconcile=False)
    return db


def a_ticket(db: Database) -> Pass:
    with db.session() as s:
        return s.query(Pass).filter(Pass.status == "active", Pass.pass_type == "eventTicket",
                                    Pass.barcode_value.is_not(None)).order_by(Pass.id).first()


def test_a_nullified_pass_is_refused_at_the_door_and_its_ext_id_reused(strict, api,
                                                                        synced) -> None:
    ticket = a_ticket(synced)
    clock = FakeClock()
    passes.nullify_pass(synced, pass_id=ticket.id, clock=clock)
    # The answer of the first call is lost: the pusher asks again; the second answers 200.
    strict.faults.set(drop=1, drop_method="POST", drop_path=f"/passes/{ticket.id}/nullify")
    drain_all(Pusher(api, synced, clock=clock), clock, synced)
    calls = [(e.method, e.path, e.status, e.fault) for e in strict.requests.entries()
             if e.path.endswith("/nullify")]
    assert [c[2:] for c in calls] == [(200, "drop"), (200, None)]
    with synced.session() as s:
        assert outbox.counts(s) == {"done": 1}
        row = s.get(Pass, ticket.id)
        assert (row.status, row.ext_id) == ("nullified", None)
        assert row.barcode_value == ticket.barcode_value  # the Door still knows the code
    with pytest.raises(NotFoundError):
        api.passes.get(ticket.id)

    door = Door(synced, DoorConfig(desk="north", admit_non_tickets=True))
    result = door.scan(ScanRead(ticket.barcode_value, source="wedge", kind=ScanKind.BARCODE))
    assert result.verdict.outcome is Outcome.DENY
    assert result.verdict.reason is Reason.NULLIFIED
    assert result.verdict.message == "Cancelled: this pass was nullified"
    door.close()

    again = passes.issue_pass(synced, new=PassInput(ticket.template_id, {"fullName": "New"},
                                                    ext_id=ticket.ext_id), clock=clock)
    drain_all(Pusher(api, synced, clock=clock), clock, synced)
    assert api.passes.get(ticket.ext_id).id not in (ticket.id, again)


def test_reactivate_sends_the_pass_action(strict, api, synced) -> None:
    ticket = a_ticket(synced)
    clock = FakeClock()
    passes.deactivate_many(synced, pass_ids=[ticket.id], clock=clock)
    drain_all(Pusher(api, synced, clock=clock), clock, synced)
    assert api.passes.get(ticket.id).status == "deactivated"
    passes.reactivate_pass(synced, pass_id=ticket.id, clock=clock)
    drain_all(Pusher(api, synced, clock=clock), clock, synced)
    assert api.passes.get(ticket.id).status != "deactivated"
    with synced.session() as s:
        row = s.get(Pass, ticket.id)
        assert row.status == api.passes.get(ticket.id).status
        assert row.deactivated_at is None or row.status != "deactivated"
