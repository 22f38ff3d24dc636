"""The points changed on one card within the last hour: what the venue's hourly limit
counts (issue 23)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.store import loyalty as loyalty_store
from passdesk.store.card_changes import changed_since, changed_this_hour
from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate
from passdesk.sync.loyalty import change_balance

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as s:
        s.add(PassTemplate(id="t-club", name="Club", loyalty_enabled=True,
                           balance_type="integer", attributes={}))
        for pass_id in ("p1", "p2"):
            s.add(Pass(id=pass_id, display_name=pass_id, status="active",
                       template_id="t-club", loyalty_balance=500, attributes={}))
    yield database
    database.close()


def queue(db: Database, pass_id: str, *, at: datetime, delta: int | None = None,
          override: int | None = None, desk: str = "front") -> str:
    return change_balance(db, pass_id=pass_id, delta=delta, override=override, desk=desk,
                          clock=lambda: at)


def test_adds_and_redemptions_of_the_last_hour_count_together_at_every_desk(db) -> None:
    queue(db, "p1", at=T0 - timedelta(minutes=61), delta=200)  # over an hour ago
    queue(db, "p1", at=T0 - timedelta(minutes=59), delta=60)
    queue(db, "p1", at=T0 - timedelta(minutes=30), delta=-25, desk="bar")
    queue(db, "p1", at=T0 - timedelta(minutes=1), delta=15)
    queue(db, "p2", at=T0 - timedelta(minutes=5), delta=-40)  # another card
    assert changed_this_hour(db, "p1", T0) == 60 + 25 + 15
    assert changed_this_hour(db, "p2", T0) == 40
    assert changed_this_hour(db, "p-none", T0) == 0
    # Exactly an hour ago is within the hour.
    assert changed_this_hour(db, "p1", T0 - timedelta(minutes=1) + timedelta(hours=1)) == 15
    with db.session() as s:
        assert changed_since(s, "p1", T0 - timedelta(minutes=59)) == 100


def test_a_set_balance_and_changes_that_never_happened_do_not_count(db) -> None:
    queue(db, "p1", at=T0 - timedelta(minutes=10), override=900)
    refused = queue(db, "p1", at=T0 - timedelta(minutes=9), delta=-70)
    discarded = queue(db, "p1", at=T0 - timedelta(minutes=8), delta=30)
    queue(db, "p1", at=T0 - timedelta(minutes=7), delta=-5)
    review = queue(db, "p1", at=T0 - timedelta(minutes=6), delta=8)
    with db.session() as s:
        loyalty_store.set_state(s, refused, loyalty_store.FAILED)
        loyalty_store.set_state(s, discarded, loyalty_store.DISCARDED)
        loyalty_store.set_state(s, review, loyalty_store.REVIEW)
    with db.session() as s:
        states = {op.id: op.state for op in s.query(LoyaltyOperation)}
    assert (states[refused], states[discarded]) == ("failed", "discarded")
    assert changed_this_hour(db, "p1", T0) == 5 + 8
