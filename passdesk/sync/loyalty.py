"""Loyalty changes made at a counter: local effect + outbox row in one transaction.

The rules that protect a customer's balance are checked here, inside the
transaction that queues the change, so no screen can skip them: the template
must have a loyalty balance, a redemption may not take the balance the
customer will have below zero, and the same change to the same pass at the
same desk within ``REPEAT_WINDOW`` (a double click, a double scan) is refused
unless the caller says it is meant (``repeat=True``).
"""

from __future__ import annotations

from decimal import Decimal

from passdesk.api import PassEntryClient
from passdesk.core.loyalty import REPEAT_WINDOW, format_points
from passdesk.core.payloads import LoyaltyChange
from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.loyalty import NewOperation
from passdesk.store.schema import Pass, PassTemplate
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

KIND = loyalty_store.KIND


class RepeatedChange(ChangeRefused):
    """The same change was just made: most likely a double click or a double scan."""


def change_balance(db: Database, *, pass_id: str, delta: int | None = None,
                   override: int | None = None, message: str | None = None,
                   desk: str | None = None, action: str | None = None,
                   spent: Decimal | None = None, repeat: bool = False,
                   clock: Clock = utcnow) -> str:
    """Queue a delta (+ adds, - subtracts) or an override; returns the operation id.

    Once this returns, the operation is committed: it survives a crash and is
    delivered exactly once, or flagged for a person if that cannot be told.
    """
    problems = LoyaltyChange(delta=delta, override=override).problems()
    if problems:
        raise ChangeRefused("; ".join(problems))
    now = clock()
    with db.session() as session:
        row = session.get(Pass, pass_id)
        if row is None:
            raise ChangeRefused(f"No pass {pass_id} in the local store; sync first.")
        template = session.get(PassTemplate, row.template_id) if row.template_id else None
        if template is None or not template.loyalty_enabled:
            name = template.name if template is not None and template.name else "this pass's"
            raise ChangeRefused(f"{row.display_name or 'This pass'} cannot collect points: "
                                f"the {name} template has no loyalty balance.")
        balance = loyalty_store.expected_balance(session, pass_id).expected
        if delta is not None and delta < 0:
            if balance is None:
                raise ChangeRefused("The balance is not known yet, so a redemption cannot be "
                                    "checked. Connect to read it.")
            if balance + delta < 0:
                shown = format_points(balance, template.balance_type)
                raise ChangeRefused(f"Not enough points: the balance is {shown}.")
        after = override if override is not None else (
            balance + delta if balance is not None and delta is not None else None)
        op = NewOperation(pass_id, delta, override, message, desk, action, spent, after)
        if not repeat and loyalty_store.repeated_since(session, op, now - REPEAT_WINDOW):
            raise RepeatedChange(
                "The same change was made to this pass a moment ago, so it was not made "
                "again. Do it once more if it is meant.")
        return loyalty_store.queue_operation(session, op, now)


def read_balance(db: Database, client: PassEntryClient, pass_id: str, *,
                 clock: Clock = utcnow) -> int | None:
    """Ask the API for the balance and keep it, unless a change to this pass is in
    doubt (then a read cannot be placed before or after it). Network errors raise."""
    balance = client.loyalty.get(pass_id).balance
    with db.session() as session:
        if balance is not None and not loyalty_store.in_doubt(session, pass_id):
            loyalty_store.confirm_balance(session, pass_id, balance, clock())
    return balance
