"""Outbox claims between desks: a lease, a takeover, and a desk that lost its claim.

Loyalty deltas are not idempotent, so "sent once" shows in the sandbox's
balance. Runs on an SQLite file and on PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import OutboxRow
from passdesk.sync import delivery, loyalty
from passdesk.sync.pull import PullSync
from passdesk.sync.push import ClaimLost, Pusher
from tests.integration.sync.helpers import FakeClock, loyalty_card

LEASE = timedelta(minutes=2)


def test_a_desk_whose_lease_ran_out_does_not_send_what_another_took_over(
        db_url, sandbox) -> None:
    db = Database.open(db_url)
    clock = FakeClock()
    with PassEntryClient(sandbox.base_url, "demo") as client:
        PullSync(client, db).run(reconcile=False)
        card = loyalty_card(db)
        before = client.loyalty.get(card).balance
        loyalty.change_balance(db, pass_id=card, delta=9, desk="till", repeat=True,
                               clock=clock)
        hung = Pusher(client, db, clock=clock, claimer="desk-a", lease=LEASE)
        other = Pusher(client, db, clock=clock, claimer="desk-b", lease=LEASE)

        # Desk A claims the row, then hangs before sending.
        with db.session() as s:
            item = outbox.OutboxItem.of(outbox.claim_next(s, clock(), claimer="desk-a",
                                                          lease=LEASE))
        assert other.push_once() is None  # the claim holds: nothing for desk B
        clock.now += LEASE + timedelta(seconds=1)
        # The lease ran out: desk B takes the row over and delivers it.
        assert other.push_once().result == "done"
        # Desk A wakes up: it may not mark or send any more, nor overwrite the outcome.
        with pytest.raises(ClaimLost):
            delivery.deliver(item, client, hung._mark_sending)
        assert client.loyalty.get(card).balance == before + 9  # once
    with db.session() as s:
        row = s.scalars(select(OutboxRow)).one()
        assert (row.state, row.claimed_by, row.attempts) == (outbox.DONE, "desk-b", 2)
    db.close()


def test_a_lost_claim_is_reported_and_the_row_left_to_its_new_holder(db_url, sandbox) -> None:
    db = Database.open(db_url)
    clock = FakeClock()
    with PassEntryClient(sandbox.base_url, "demo") as client:
        PullSync(client, db).run(reconcile=False)
        card = loyalty_card(db)
        before = client.loyalty.get(card).balance
        loyalty.change_balance(db, pass_id=card, delta=4, desk="till", repeat=True,
                               clock=clock)
        taker = Pusher(client, db, clock=clock, claimer="desk-b", lease=LEASE)

        class SlowPusher(Pusher):
            """Desk A: its lease runs out between its claim and its first mark."""

            def _mark_sending(self, item, facts) -> None:
                clock.now += LEASE + timedelta(seconds=1)
                with db.session() as s:  # desk B takes the row over meanwhile
                    taken = outbox.claim_next(s, clock(), claimer="desk-b", lease=LEASE)
                    assert taken is not None
                    assert taken.seq == item.seq
                super()._mark_sending(item, facts)

        outcome = SlowPusher(client, db, clock=clock, claimer="desk-a", lease=LEASE).push_once()
        assert outcome.result == "lost"
        assert client.loyalty.get(card).balance == before  # desk A sent nothing
        with db.session() as s:
            row = s.scalars(select(OutboxRow)).one()
            assert (row.state, row.claimed_by) == (outbox.SENDING, "desk-b")
        # Desk B (whose claim it is) gives it back as a restarted pusher does, then delivers.
        assert taker.recover() == 1
        assert taker.push_once().result == "done"
        assert client.loyalty.get(card).balance == before + 4
    db.close()
