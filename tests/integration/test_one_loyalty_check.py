"""One loyalty check, four faces: the same values through the Till's plan, the queue
(``sync.loyalty.change_balance``) and the hub's ``/validate`` get the same decision
and the same words (``core.loyalty.check_change``); the Door's scan with points
(``Door.scan`` with a ``ScanLoyalty``) gets the same decision for the points it may
add, and shows no words: a refused change queues nothing and the scan stands.

Each case runs on its own SQLite store: a loyalty card (and a pass whose template
keeps no points) as a pull leaves them. Where a face cannot be asked the same
question, the test says what it does instead and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from passdesk.core.admission import DoorConfig
from passdesk.core.loyalty import (
    CANCELLED_WORDS,
    DEFAULT_UNCONFIRMED_LIMIT,
    MAX_POINTS,
    Action,
    Refusal,
    Refused,
    ScanLoyalty,
    no_loyalty_words,
    supervisor_words,
)
from passdesk.gui.till.card import till_plan
from passdesk.hub.validate import LOYALTY_REFUSED, BadRequest, Validator, parse_request
from passdesk.scan.door import Door
from passdesk.settings.till import TillSetup
from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.outbox import OutboxItem
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Pass, PassTemplate
from passdesk.sync import delivery
from passdesk.sync.loyalty import LoyaltyRefused, RepeatedChange, change_balance

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
CARD, SHOW = "c" * 40, "s" * 40
CARD_VALUE, SHOW_VALUE = "CARD-0001", "SHOW-0001"
CARD_TEMPLATE = "Coffee Rewards"
NOT_ENOUGH_50 = Refusal(Refused.NOT_ENOUGH, "Not enough points: the balance is 50.")


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def open_store(path: Path, *, status: str = "active", confirmed: int | None = 50,
               pulled: str | None = None) -> Database:
    """A venue's store: the card (balance ``confirmed`` by PassEntry, or ``pulled`` only)."""
    db = Database.open(f"sqlite:///{path}")
    created = datetime(2026, 1, 1, tzinfo=UTC)
    with db.session() as s:
        s.add(PassTemplate(id="t-card", name=CARD_TEMPLATE, loyalty_enabled=True,
                           balance_type="integer", attributes={
                               "header": {"header_one": {"id": "points", "label": "Points"}}}))
        s.add(PassTemplate(id="t-show", name="Arena Ticket", loyalty_enabled=False,
                           attributes={}))
        s.add(Pass(id=CARD, barcode_value=CARD_VALUE, status=status, pass_type="storeCard",
                   template_id="t-card", template_name=CARD_TEMPLATE,
                   display_name="Cora Card", created_at=created, synced_at=T0,
                   loyalty_balance=confirmed,
                   loyalty_read_at=T0 if confirmed is not None else None,
                   attributes={"passContent": {"points": pulled}} if pulled else {}))
        s.add(Pass(id=SHOW, barcode_value=SHOW_VALUE, status="active",
                   template_id="t-show", template_name="Arena Ticket",
                   display_name="Tess Ticket", created_at=created, attributes={}))
    return db


# --- the three faces, each asked as its callers ask it ----------------------------


def till(db: Database, pass_id: str, action: Action, typed: str) -> Refusal | None:
    """The Till's plan for what a cashier typed (``TillOperation._replan``)."""
    with db.session() as s:
        customer = loyalty_store.customer(s, pass_id)
    assert customer is not None
    return till_plan(customer, action, typed, TillSetup()).refusal


def queue(db: Database, pass_id: str, clock: Clock | None = None,
          **change: Any) -> Refusal | None:
    """``change_balance`` as the Till's Apply calls it (its refusals, not others)."""
    try:
        change_balance(db, pass_id=pass_id, desk="front", clock=clock or Clock(), **change)
    except LoyaltyRefused as exc:
        return exc.refusal
    return None


def hub(db: Database, value: str, points: object, clock: Clock | None = None
        ) -> dict[str, Any]:
    """A PassEntry reader's scan with a points change, judged by the hub's Validator."""
    validator = Validator(db, DoorConfig(desk="hub"), clock=clock or Clock())
    try:
        body = {"scan": {"scanValue": value, "readerId": "gate-1",
                         "loyalty": {"balance": points}}}
        return validator.validate(parse_request(body))["validationResponse"]
    finally:
        validator.close()


def door(db: Database, value: str, points: int, clock: Clock | None = None) -> str | None:
    """A scan at a Door set to "scan with loyalty": the operation it queued, if any."""
    # A members' door: the card is let in, so its points are what is asked.
    at_door = Door(db, DoorConfig(desk="door", admit_non_tickets=True),
                   loyalty=ScanLoyalty(delta=points), clock=clock or Clock())
    try:
        result = at_door.scan(value)
    finally:
        at_door.close()
    assert result.verdict.lets_in, result.verdict  # the points never decide the verdict
    assert result.loyalty_points == (points if result.loyalty_op else 0)
    return result.loyalty_op


def hub_refusal(answer: dict[str, Any]) -> Refusal | None:
    """The hub's answer as the check's decision: the words are the reader's message."""
    if answer["status"] == "success":
        return None
    assert answer["statusDetail"] == LOYALTY_REFUSED, answer
    words = answer["readerInstructions"]["message"]
    return Refusal(next(r for r in Refused if _words_of(r, words)), words)


def _words_of(reason: Refused, words: str) -> bool:
    starts = {Refused.NO_LOYALTY: "This pass cannot collect points",
              Refused.NOT_ENOUGH: "Not enough points",
              Refused.BALANCE_UNKNOWN: "Points cannot be redeemed yet",
              Refused.TOO_MANY: "That is more points",
              Refused.CANCELLED: "This card was cancelled"}
    return reason in starts and words.startswith(starts[reason])


def operations(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(LoyaltyOperation)) or 0


# --- the same value, the same decision, the same words -------------------------------


@dataclass(frozen=True)
class Case:
    """``typed`` at the Till for ``action``; ``points`` to the queue and the hub."""

    action: Action
    typed: str
    points: int
    expected: Refusal | None
    store: dict[str, Any] = field(default_factory=dict)
    pass_id: str = CARD


CASES = {
    "add": Case(Action.ADD, "10", 10, None),
    "redeem within the balance": Case(Action.REDEEM, "50", -50, None),
    "redeem more than the balance": Case(Action.REDEEM, "51", -51, NOT_ENOUGH_50),
    "redeem with no balance known": Case(
        Action.REDEEM, "1", -1, Refusal(Refused.BALANCE_UNKNOWN, "Points cannot be "
                                        "redeemed yet: the balance is not known."),
        {"confirmed": None}),
    "a balance above what a pass holds": Case(
        Action.ADD, "20", 20, Refusal(Refused.TOO_MANY, "That is more points than a pass "
                                      "can hold."), {"confirmed": MAX_POINTS - 10}),
    "a template with no loyalty balance": Case(
        Action.ADD, "5", 5, Refusal(Refused.NO_LOYALTY, "This pass cannot collect points: "
                                    "the Arena Ticket template has no loyalty balance."),
        pass_id=SHOW),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_till_the_queue_and_the_hub_decide_alike(tmp_path, name) -> None:
    case = CASES[name]
    db = open_store(tmp_path / "store.sqlite3", **case.store)
    value = CARD_VALUE if case.pass_id == CARD else SHOW_VALUE
    try:
        at_till = till(db, case.pass_id, case.action, case.typed)
        # Each face on its own store, so one's change is not the next one's balance.
        queued = queue(db, case.pass_id, delta=case.points)
        db_hub = open_store(tmp_path / "hub.sqlite3", **case.store)
        try:
            answer = hub(db_hub, value, case.points)
            at_hub = hub_refusal(answer)
            hub_ops = operations(db_hub)
        finally:
            db_hub.close()
        assert at_till == queued == at_hub == case.expected
        assert operations(db) == hub_ops == (1 if case.expected is None else 0)
        if case.points > 0:  # a door only adds: a redemption needs the till's checks
            db_door = open_store(tmp_path / "door.sqlite3", **case.store)
            try:
                at_door = door(db_door, value, case.points)
                assert (at_door is None) == (case.expected is not None)
                assert operations(db_door) == (1 if case.expected is None else 0)
            finally:
                db_door.close()
    finally:
        db.close()


def test_an_accepted_change_leaves_the_same_balance_everywhere(tmp_path) -> None:
    db = open_store(tmp_path / "store.sqlite3")
    db_hub = open_store(tmp_path / "hub.sqlite3")
    try:
        with db.session() as s:
            customer = loyalty_store.customer(s, CARD)
        planned = till_plan(customer, Action.REDEEM, "20", TillSetup())
        queue(db, CARD, delta=-20)
        answer = hub(db_hub, CARD_VALUE, -20)
        with db.session() as s, db_hub.session() as h:
            after = [s.scalar(select(LoyaltyOperation.balance_after)),
                     h.scalar(select(LoyaltyOperation.balance_after))]
        assert [planned.balance_after, *after] == [30, 30, 30]
        assert answer["readerInstructions"]["message"].endswith(
            "20 points redeemed, balance 30")
    finally:
        db.close()
        db_hub.close()


def test_a_cancelled_card_is_refused_by_every_face(tmp_path) -> None:
    """The hub asks the door's rules first (a reader's scan is a scan): they refuse a
    cancelled pass in the door's words before its points are judged."""
    cancelled = Refusal(Refused.CANCELLED, CANCELLED_WORDS)
    db = open_store(tmp_path / "store.sqlite3", status="deactivated")
    try:
        for action, typed, change in ((Action.ADD, "5", {"delta": 5}),
                                      (Action.REDEEM, "5", {"delta": -5}),
                                      (Action.SET, "0", {"override": 0})):
            assert till(db, CARD, action, typed) == queue(db, CARD, **change) == cancelled
        answer = hub(db, CARD_VALUE, 5)
        assert (answer["status"], answer["statusDetail"]) == ("failed", "deactivated")
        assert operations(db) == 0
    finally:
        db.close()


def test_a_card_with_a_last_synced_balance_only_needs_a_supervisor_at_the_till(
        tmp_path) -> None:
    """Above the limit against a balance PassEntry has not confirmed, the Till asks a
    supervisor and its queue refuses without one, in the same words. The hub stands in
    no last synced balance (a reader has no supervisor): for it the balance is not known."""
    db = open_store(tmp_path / "store.sqlite3", confirmed=None, pulled="63")
    try:
        limit = DEFAULT_UNCONFIRMED_LIMIT
        ask = Refusal(Refused.SUPERVISOR, supervisor_words(limit))
        typed = str(limit + 1)
        assert till(db, CARD, Action.REDEEM, typed) == ask
        assert queue(db, CARD, delta=-(limit + 1)) == ask
        assert queue(db, CARD, delta=-(limit + 1), approved=True) is None
        assert till(db, CARD, Action.REDEEM, "64") == queue(db, CARD, delta=-64) == Refusal(
            Refused.NOT_ENOUGH, "Not enough points: the balance is 12 (from the last sync, "
                                "not confirmed).")  # 63 less the 51 just queued
        assert hub_refusal(hub(db, CARD_VALUE, -1)).reason is Refused.BALANCE_UNKNOWN
    finally:
        db.close()


@pytest.mark.parametrize(("typed", "points", "expected"), [
    ("abc", "abc", Refusal(Refused.NOT_A_NUMBER, "'abc' is not a number.")),
    ("0", 0, Refusal(Refused.ZERO, "Type a number of points above zero.")),
    ("3000000000", 3_000_000_000, Refusal(Refused.TOO_MANY,
                                          "That is more points than a pass can hold.")),
])
def test_values_that_are_no_change_are_refused_before_the_store(tmp_path, typed, points,
                                                                expected) -> None:
    """Typed at the Till, or given to the queue, such a value is refused in the same
    words. At the hub it is the reader's request that is wrong: text or more than a
    pass holds is answered 422 (``BadRequest``), and 0 is a scan with no points."""
    db = open_store(tmp_path / "store.sqlite3")
    try:
        assert till(db, CARD, Action.ADD, typed) == queue(db, CARD, delta=points) == expected
        if points == 0:
            assert parse_request({"scan": {"scanValue": CARD_VALUE, "loyalty": {
                "balance": 0}}}).loyalty_delta is None
        else:
            with pytest.raises(BadRequest):
                parse_request({"scan": {"scanValue": CARD_VALUE,
                                        "loyalty": {"balance": points}}})
        assert operations(db) == 0
    finally:
        db.close()


def test_a_negative_balance_is_refused_alike(tmp_path) -> None:
    db = open_store(tmp_path / "store.sqlite3")
    try:
        negative = Refusal(Refused.NEGATIVE, "The number of points cannot be negative.")
        assert till(db, CARD, Action.SET, "-5") == queue(db, CARD, override=-5) == negative
        # At the till "-5" to add is no amount either; a negative delta is a redemption.
        assert till(db, CARD, Action.ADD, "-5") == negative
    finally:
        db.close()


def test_a_repeated_change_is_made_once(tmp_path) -> None:
    """The queue refuses the same change a moment later (the Till's Apply says so and
    lets it be made on purpose); the hub answers the same request with its first answer."""
    db = open_store(tmp_path / "store.sqlite3")
    try:
        clock = Clock()
        assert queue(db, CARD, clock, delta=5) is None
        clock.now += timedelta(seconds=2)
        with pytest.raises(RepeatedChange) as refused:
            change_balance(db, pass_id=CARD, delta=5, desk="front", clock=clock)
        assert refused.value.refusal.reason is Refused.REPEATED
        assert str(refused.value) == ("The same change was made to this pass a moment ago, "
                                      "so it was not made again. Do it once more if it is "
                                      "meant.")
        assert queue(db, CARD, clock, delta=5, repeat=True) is None
        assert operations(db) == 2
    finally:
        db.close()
    db_hub = open_store(tmp_path / "hub.sqlite3")
    try:
        clock = Clock()
        first = hub(db_hub, CARD_VALUE, 5, clock)
        clock.now += timedelta(seconds=2)
        assert hub(db_hub, CARD_VALUE, 5, clock) == first
        assert first["status"] == "success"
        assert operations(db_hub) == 1
    finally:
        db_hub.close()


def test_the_words_name_the_template_or_say_its() -> None:
    assert no_loyalty_words("Arena Ticket") == (
        "This pass cannot collect points: the Arena Ticket template has no loyalty balance.")
    assert no_loyalty_words(None) == (
        "This pass cannot collect points: its template has no loyalty balance.")


def test_a_loyalty_row_that_ends_failed_or_for_review_takes_its_operation_along(
        tmp_path) -> None:
    """Loyalty's end-of-row state is a finish hook of its delivery kind, as a template
    draft's is; the pusher knows no kind."""
    db = open_store(tmp_path / "store.sqlite3")
    try:
        first = change_balance(db, pass_id=CARD, delta=5, desk="front", clock=Clock())
        second = change_balance(db, pass_id=CARD, delta=6, desk="front", clock=Clock())
        with db.session() as s:
            rows = {r.op_id: r for r in s.scalars(select(OutboxRow))}
            for op_id, state in ((first, "failed"), (second, "review")):
                delivery.on_finish(s, OutboxItem.of(rows[op_id]), state,
                                   f"the API said no ({state})")
        with db.session() as s:
            ops = {o.id: (o.state, o.note) for o in s.scalars(select(LoyaltyOperation))}
        assert ops == {first: ("failed", "the API said no (failed)"),
                       second: ("review", "the API said no (review)")}
    finally:
        db.close()
