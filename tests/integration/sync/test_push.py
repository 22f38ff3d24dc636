"""Outbox delivery against the sandbox: in order, exactly once, through faults."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select

from passdesk.api import PassEntryClient
from passdesk.api.http import RetryPolicy
from passdesk.core.payloads import EventInput, LoyaltyChange, PassInput, PassUpdate, QrInput
from passdesk.store import loyalty as loyalty_store
from passdesk.store import outbox
from passdesk.store.schema import Event, LoyaltyOperation, OutboxRow, Pass
from passdesk.sync import events as event_changes
from passdesk.sync import loyalty, passes
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher, PushStopped
from tests.integration.sync.helpers import FakeClock, drain_all, loyalty_template, template_ids


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def synced(api, db):
    PullSync(api, db).run(reconcile=False)
    return db


@pytest.fixture
def pusher_client(sandbox):
    # One attempt per request: the pusher does the retrying, on its own clock.
    with PassEntryClient(sandbox.base_url, "demo", retry=RetryPolicy(max_attempts=1),
                         timeout=httpx.Timeout(2.0)) as client:
        yield client


@pytest.fixture
def pusher(pusher_client, synced, clock) -> Pusher:
    return Pusher(pusher_client, synced, clock=clock)


def loyalty_cards(api, n: int) -> list[str]:
    page = api.passes.list(pass_template_uuid=loyalty_template(api), status="active",
                           per_page=n)
    return [p.id for p in page.records]


def outbox_states(db) -> dict[str, int]:
    with db.session() as s:
        return outbox.counts(s)


def test_loyalty_changes_are_delivered_and_confirmed(api, synced, pusher, clock) -> None:
    card = loyalty_cards(api, 1)[0]
    start = loyalty.read_balance(synced, api, card, clock=clock)  # as the till does
    loyalty.change_balance(synced, pass_id=card, delta=10, message="Thanks!", clock=clock)
    loyalty.change_balance(synced, pass_id=card, delta=-3, clock=clock)
    with synced.session() as s:
        assert loyalty_store.expected_balance(s, card).pending_operations == 2
    drain_all(pusher, clock, synced)
    assert api.loyalty.get(card).balance == start + 7
    assert outbox_states(synced) == {"done": 2}
    with synced.session() as s:
        balance = loyalty_store.expected_balance(s, card)
        assert (balance.confirmed, balance.expected, balance.pending_operations) == \
            (start + 7, start + 7, 0)
        ops = s.scalars(select(LoyaltyOperation)).all()
        assert {o.state for o in ops} == {"applied"}


def test_a_non_loyalty_pass_or_a_bad_change_is_refused_locally(api, synced) -> None:
    ticket_template = template_ids(api, "eventTicket")[0]
    ticket = api.passes.list(pass_template_uuid=ticket_template, per_page=1).records[0]
    with pytest.raises(ChangeRefused, match="no loyalty balance"):
        loyalty.change_balance(synced, pass_id=ticket.id, delta=5)
    with pytest.raises(ChangeRefused, match="not both"):
        loyalty.change_balance(synced, pass_id=ticket.id, delta=5, override=1)
    assert outbox_states(synced) == {}


def test_through_429s_500s_timeouts_and_dropped_answers_nothing_is_doubled_or_lost(
        api, sandbox, synced, clock) -> None:
    # A short timeout, so the latency fault below makes answers come too late.
    client = PassEntryClient(sandbox.base_url, "demo", retry=RetryPolicy(max_attempts=1),
                             timeout=httpx.Timeout(0.5))
    pusher = Pusher(client, synced, clock=clock)
    cards = loyalty_cards(api, 8)
    start = {c: api.loyalty.get(c).balance for c in cards}
    rng = random.Random(42)
    intended = dict.fromkeys(cards, 0)
    for _ in range(40):
        card = rng.choice(cards)
        delta = rng.randint(1, 20)
        loyalty.change_balance(synced, pass_id=card, delta=delta, clock=clock, repeat=True)
        intended[card] += delta

    faults = [
        {"rate_limit": 3, "retry_after": 7},
        {"error_rate": 0.4},
        {"drop": 6, "drop_method": "PATCH", "drop_path": "/loyalty"},
        {"latency": 0.8},  # longer than the 0.5 s timeout: applied, answer too late
    ]
    outcomes = []
    for fault in faults:
        sandbox.faults.clear()
        sandbox.faults.set(**fault)
        for _ in range(4):
            outcomes += pusher.drain(max_rows=3)
            clock.advance(600)
    sandbox.faults.clear()
    drain_all(pusher, clock, synced)
    client.close()

    for card in cards:
        assert api.loyalty.get(card).balance == start[card] + intended[card], card
    assert outbox_states(synced) == {"done": 40}
    kinds = {o.result for o in outcomes}
    assert {"retry", "verify"} <= kinds  # the faults really hit
    assert any("in time" in o.message for o in outcomes)  # timeouts too
    log = sandbox.requests.entries()
    assert any(e.fault == "drop" for e in log)
    assert any(e.fault == "rate_limit" for e in log)


def test_an_answer_lost_while_someone_else_changed_the_balance_goes_to_a_person(
        api, sandbox, synced, pusher, clock) -> None:
    card = loyalty_cards(api, 1)[0]
    start = api.loyalty.get(card).balance
    first = loyalty.change_balance(synced, pass_id=card, delta=5, clock=clock)
    second = loyalty.change_balance(synced, pass_id=card, delta=1, clock=clock)
    sandbox.faults.set(drop=1, drop_method="PATCH", drop_path="/loyalty")
    assert pusher.push_once().result == "verify"
    api.loyalty.add(card, 100)  # a reader at another counter, meanwhile
    clock.advance(60)
    outcome = pusher.push_once()
    assert outcome.result == "review"
    assert f"was {start} before" in outcome.message
    # The later change to the same pass waits behind it; nothing was guessed.
    assert pusher.push_once() is None
    assert api.loyalty.get(card).balance == start + 105
    with synced.session() as s:
        assert s.get(LoyaltyOperation, first).state == "review"
        assert s.get(LoyaltyOperation, second).state == "pending"
        row = s.scalar(select(OutboxRow).where(OutboxRow.op_id == first))
        # A person looks, decides it was applied, and discards the row.
        outbox.discard(s, row.seq)
    drain_all(pusher, clock, synced)
    assert api.loyalty.get(card).balance == start + 106


def test_a_refused_change_shows_the_api_message_and_can_be_retried_or_discarded(
        api, synced, pusher, clock) -> None:
    card = loyalty_cards(api, 1)[0]
    api.loyalty.add(card, 50)
    loyalty.read_balance(synced, api, card, clock=clock)  # the till reads it: 50 or more
    start = api.loyalty.get(card).balance
    too_much = loyalty.change_balance(synced, pass_id=card, delta=-start, clock=clock)
    # Another counter redeems meanwhile, so the API refuses ours.
    api.loyalty.update(card, LoyaltyChange(delta=-10))
    start -= 10
    after = loyalty.change_balance(synced, pass_id=card, delta=2, clock=clock)
    outcome = pusher.push_once()
    assert outcome.result == "failed"
    assert "below zero" in outcome.message
    assert pusher.push_once() is None  # in order per pass: the next one waits
    with synced.session() as s:
        failed = s.scalar(select(OutboxRow).where(OutboxRow.op_id == too_much))
        assert failed.state == "failed"
        assert "below zero" in failed.last_error
        assert s.get(LoyaltyOperation, too_much).state == "failed"
        outbox.retry(s, failed.seq, clock())
    assert pusher.push_once().result == "failed"  # still refused: no retry loop
    with synced.session() as s:
        outbox.discard(s, s.scalar(select(OutboxRow.seq).where(OutboxRow.op_id == too_much)))
    drain_all(pusher, clock, synced)
    assert api.loyalty.get(card).balance == start + 2
    with synced.session() as s:
        assert s.get(LoyaltyOperation, after).state == "applied"


def test_issue_update_notify_and_deactivate_a_pass_offline_first(
        api, sandbox, synced, pusher, clock) -> None:
    template = template_ids(api, "generic")[0]
    local_id = passes.issue_pass(synced, new=PassInput(
        template, {"fullName": "Ada Lovelace"}, qr=QrInput("ADA-1")), clock=clock)
    passes.update_pass(synced, pass_id=local_id, changes=PassUpdate({"fullName": "Ada King"}),
                       clock=clock)
    passes.notify(synced, pass_id=local_id, message="Welcome, Ada", clock=clock)
    passes.update_pass(synced, pass_id=local_id, changes=PassUpdate(pass_action="deactivate"),
                       clock=clock)
    with synced.session() as s:
        local = s.get(Pass, local_id)
        assert local.display_name == "Ada King"
        assert local.status == "deactivated"  # shown at once, before delivery
        ext_id = local.ext_id
    # The create's answer is lost: found by its ext id, not created twice.
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/passes")
    drain_all(pusher, clock, synced)
    remote = api.passes.get(ext_id)
    assert sum(1 for p in api.passes.iter(pass_template_uuid=template)
               if p.ext_id == ext_id) == 1
    assert remote.content_value("fullName") == "Ada King"
    assert remote.latest_message == "Welcome, Ada"
    assert remote.status == "deactivated"
    with synced.session() as s:
        assert s.get(Pass, local_id) is None
        stored = s.get(Pass, remote.id)
        assert stored.status == "deactivated"
        assert stored.ext_id == ext_id
        assert set(outbox.counts(s)) == {"done"}


def test_create_and_update_an_event_offline_first(api, sandbox, synced, pusher,
                                                  clock) -> None:
    london = ZoneInfo("Europe/London")
    start = datetime(2031, 5, 1, 19, 30, tzinfo=london)
    jazz = EventInput("Jazz Night", "Blue Room", start, start + timedelta(hours=3),
                      "Europe/London")
    if sandbox.strict:  # the events API is legacy: the desk says so, nothing is queued
        with pytest.raises(ChangeRefused, match="does not offer"):
            event_changes.create_event(synced, event=jazz, clock=clock)
        assert outbox_states(synced) == {}
        return
    local_id = event_changes.create_event(synced, event=jazz, clock=clock)
    event_changes.update_event(synced, event_id=local_id,
                               changes=EventInput(venue_name="Blue Room, upstairs"),
                               clock=clock)
    drain_all(pusher, clock, synced)
    found = [e for e in api.events.iter() if e.name == "Jazz Night"]
    assert len(found) == 1
    assert found[0].venue_name == "Blue Room, upstairs"
    with synced.session() as s:
        assert s.get(Event, local_id) is None
        assert s.get(Event, found[0].id).venue_name == "Blue Room, upstairs"


def test_a_refused_key_stops_pushing_and_keeps_the_rows(sandbox, api, synced, clock) -> None:
    card = loyalty_cards(api, 1)[0]
    loyalty.change_balance(synced, pass_id=card, delta=1, clock=clock)
    with PassEntryClient(sandbox.base_url, "wrong") as bad, \
            pytest.raises(PushStopped, match="not accepted"):
        Pusher(bad, synced, clock=clock).drain()
    assert outbox_states(synced) == {"pending": 1}


def test_a_notification_whose_answer_was_lost_is_not_sent_again(
        api, sandbox, synced, pusher, clock) -> None:
    active = api.passes.list(status="active", per_page=1).records[0]
    passes.notify(synced, pass_id=active.id, message="Doors open at 19:00", clock=clock)
    sandbox.faults.set(drop=1, drop_method="POST", drop_path="/passes")
    assert pusher.push_once().result == "verify"
    clock.advance(60)
    outcome = pusher.push_once()
    assert outcome.result == "done"
    assert outcome.message == "answer lost; the message is on the pass"
    posts = [e for e in sandbox.requests.entries()
             if e.method == "POST" and e.path.endswith(f"/passes/{active.id}/notification")]
    assert len(posts) == 1


def test_a_decimal_template_gets_its_points_as_decimals(sandbox, api, db, clock) -> None:
    """The store counts a decimal balance in hundredths; the API takes and answers
    floats of at most 2 places (PASSENTRY-API.md §4)."""
    from decimal import Decimal

    card = loyalty_cards(api, 1)[0]
    template = sandbox.state.templates[api.passes.get(card).pass_template_uuid]
    template.loyalty = {"enabled": True, "balanceType": "decimal"}
    stored = sandbox.state.passes[card]
    stored.balance = Decimal(stored.balance).quantize(Decimal("0.01")) + Decimal("0.25")
    start = api.loyalty.get(card).balance
    assert isinstance(start, Decimal)
    PullSync(api, db).run(reconcile=False)
    op = loyalty.change_balance(db, pass_id=card, delta=250, clock=clock)  # 2.50
    drain_all(Pusher(api, db, clock=clock), clock, db)
    assert api.loyalty.get(card).balance == start + Decimal("2.50")
    with db.session() as s:
        operation = s.get(LoyaltyOperation, op)
        assert operation.confirmed_balance == int(start * 100) + 250
    assert loyalty.read_balance(db, api, card, clock=clock) == int(start * 100) + 250
