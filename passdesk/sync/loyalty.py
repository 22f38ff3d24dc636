"""Loyalty changes made at a counter: local effect + outbox row in one transaction.

The rules that protect a customer's balance (``core.loyalty.check_change``, the
one check the till and the hub ask too) are checked here, inside the
transaction that queues the change, so no screen can skip them: the template
must have a loyalty balance, a cancelled (deactivated or nullified) card changes not at all,
a redemption may not take the balance the customer will have below zero, and
the same change to the same pass at the same desk within ``REPEAT_WINDOW`` (a
double click, a double scan) is refused unless the caller says it is meant
(``repeat=True``).

A redemption needs a balance. Without one PassEntry confirmed, the balance the
card showed when it was last synced stands in (offline, or before PassEntry
answered), for up to ``unconfirmed_limit`` points; above that a supervisor
must approve (``approved=True``), and the operation's note says so.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from passdesk.api import PassEntryClient
from passdesk.core.loyalty import (
    DECIMAL_PLACES,
    DEFAULT_UNCONFIRMED_LIMIT,
    REPEAT_WINDOW,
    Card,
    Refusal,
    Refused,
    cancelled,
    check_amount,
    check_change,
    format_points,
    unconfirmed_limit_units,
)
from passdesk.core.payloads import LoyaltyChange
from passdesk.core.texts import translate
from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.loyalty import NewOperation
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync.changes import ChangeRefused, Clock, utcnow


class LoyaltyRefused(ChangeRefused):
    """The one loyalty check (``core.loyalty.check_change``) refused the change."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.words)
        self.refusal = refusal


class RepeatedChange(LoyaltyRefused):
    """The same change was just made: most likely a double click or a double scan."""


class NeedsSupervisor(LoyaltyRefused):
    """A redemption above the limit against a balance PassEntry has not confirmed."""


def refused(refusal: Refusal) -> LoyaltyRefused:
    """The exception a caller catches for ``refusal``."""
    kind = {Refused.REPEATED: RepeatedChange,
            Refused.SUPERVISOR: NeedsSupervisor}.get(refusal.reason, LoyaltyRefused)
    return kind(refusal)


def change_balance(db: Database, *, pass_id: str, delta: int | None = None,
                   override: int | None = None, message: str | None = None,
                   desk: str | None = None, action: str | None = None,
                   spent: Decimal | None = None, repeat: bool = False,
                   unconfirmed_limit: int | Decimal = DEFAULT_UNCONFIRMED_LIMIT,
                   approved: bool = False, clock: Clock = utcnow) -> str:
    """Queue a delta (+ adds, - subtracts) or an override; returns the operation id.

    Once this returns, the operation is committed: it survives a crash and is
    delivered exactly once, or flagged for a person if that cannot be told.
    ``unconfirmed_limit`` is in points as the pass shows them (50, or 50.00).
    """
    amount = check_amount(delta, override)  # the check's part that needs no store
    if amount is not None:
        raise refused(amount)
    problems = LoyaltyChange(delta=delta, override=override).problems()
    if problems:  # both or neither: a caller's mistake
        raise ChangeRefused("; ".join(problems))
    now = clock()
    with db.session() as session:
        row = session.get(Pass, pass_id)
        if row is None:
            raise ChangeRefused(translate("loyalty", "No pass {pass_id} in the local store; "
                                                 "sync first.").format(pass_id=pass_id))
        template = session.get(PassTemplate, row.template_id) if row.template_id else None
        balance_type = template.balance_type if template is not None else None
        known = loyalty_store.expected_balance(session, pass_id)
        balance, note = known.expected, None
        if known.confirmed is None and delta is not None:  # the card as last synced
            last = loyalty_store.last_known_balance(session, pass_id)
            if last.value is not None:
                balance = last.expected
                note = (f"against the last known balance "
                        f"{format_points(last.value, balance_type)}, not confirmed")
        op = NewOperation(pass_id, delta, override, message, desk, action, spent, None, note)
        card = Card(loyalty=template is not None and bool(template.loyalty_enabled),
                    template_name=template.name if template is not None else None,
                    cancelled=cancelled(row.status), balance=balance,
                    balance_type=balance_type, confirmed=note is None)
        limit = unconfirmed_limit_units(unconfirmed_limit, balance_type)
        refusal = check_change(
            card, delta=delta, override=override, limit=limit, approved=approved,
            repeated=not repeat and loyalty_store.repeated_since(
                session, op, now - REPEAT_WINDOW))
        if refusal is not None:
            raise refused(refusal)
        if approved and check_change(card, delta=delta, limit=limit) is not None:
            note = f"{note}; above the limit, approved by a supervisor"
        after = override if override is not None else (
            balance + delta if balance is not None and delta is not None else None)
        op = replace(op, balance_after=after, note=note)
        return loyalty_store.queue_operation(session, op, now)


def to_units(balance: int | Decimal | None) -> int | None:
    """The API's balance as the store counts it: an integer template's as it is; a
    decimal template's (a Decimal, §4: floats of at most 2 places) in hundredths."""
    if isinstance(balance, Decimal):
        return int((balance.scaleb(DECIMAL_PLACES)).to_integral_value(ROUND_HALF_UP))
    return balance


def to_api(units: int, decimal: bool) -> int | Decimal:
    """A number of points as the store counts them, as the API takes it (§4.2)."""
    return Decimal(units).scaleb(-DECIMAL_PLACES) if decimal else units


def read_balance(db: Database, client: PassEntryClient, pass_id: str, *,
                 clock: Clock = utcnow) -> int | None:
    """Ask the API for the balance and keep it, unless a change to this pass is in
    doubt (then a read cannot be placed before or after it). Network errors raise.
    A decimal balance comes back in hundredths, as the store counts it."""
    balance = to_units(client.loyalty.get(pass_id).balance)
    with db.session() as session:
        if balance is not None and not loyalty_store.in_doubt(session, pass_id):
            loyalty_store.confirm_balance(session, pass_id, balance, clock())
    return balance
