"""Till operations through lost answers: every balance ends at the intended sum.

Earn, add, redeem and set, planned as the till plans them and queued as it
queues them, while the sandbox applies every other PATCH and then drops the
connection (so the till never hears the answer). The pusher reads balances
back; nothing is doubled, nothing is lost, and with nobody else changing the
balances nothing needs a person.
"""

from __future__ import annotations

import random
from decimal import Decimal

from passdesk.core.loyalty import Action, EarnRate, LoyaltyRules, plan
from passdesk.store import loyalty as loyalty_store
from passdesk.store import outbox
from passdesk.sync import loyalty
from passdesk.sync.pull import PullSync
from passdesk.sync.push import Pusher
from tests.integration.sync.helpers import FakeClock, drain_all, loyalty_template

RULES = LoyaltyRules(EarnRate(Decimal("0.1")))


def test_lost_answers_after_apply_leave_every_balance_at_the_intended_sum(
        sandbox, api, db) -> None:
    PullSync(api, db).run()
    clock = FakeClock()
    cards = [p.id for p in api.passes.list(pass_template_uuid=loyalty_template(api),
                                           status="active", per_page=4).records]
    assert len(cards) == 4
    intended = {card: loyalty.read_balance(db, api, card, clock=clock) for card in cards}
    rng = random.Random(6)
    queued = 0
    for _ in range(40):
        card = rng.choice(cards)
        action = rng.choice([Action.EARN, Action.ADD, Action.REDEEM, Action.SET])
        typed = {Action.EARN: f"{rng.randint(5, 80)}.{rng.randint(0, 99):02d}",
                 Action.ADD: str(rng.randint(1, 9)), Action.REDEEM: str(rng.randint(1, 9)),
                 Action.SET: str(rng.randint(0, 30))}[action]
        with db.session() as s:
            balance = loyalty_store.expected_balance(s, card).expected
        p = plan(action, typed, balance=balance, rules=RULES)
        if not p.ok:  # e.g. a redemption above the balance: the till refuses it too
            continue
        loyalty.change_balance(db, pass_id=card, delta=p.delta, override=p.override,
                               action=str(action), spent=p.spent, repeat=True, clock=clock)
        intended[card] = p.balance_after
        queued += 1
    assert queued >= 25

    sandbox.faults.set(drop=queued // 2, drop_method="PATCH", drop_path="/loyalty")
    pusher = Pusher(api, db, clock=clock, rand=lambda: 0.5)
    drain_all(pusher, clock, db)

    assert {card: api.loyalty.get(card).balance for card in cards} == intended
    with db.session() as s:
        assert outbox.counts(s) == {"done": queued}
        for card in cards:
            balance = loyalty_store.expected_balance(s, card)
            assert (balance.confirmed, balance.pending_operations) == (intended[card], 0)
    assert sandbox.faults.snapshot()["drop"] == 0, "every drop fault was used"
