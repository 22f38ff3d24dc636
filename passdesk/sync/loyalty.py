"""Loyalty changes made at a counter: local effect + outbox row in one transaction."""

from __future__ import annotations

import uuid

from passdesk.core.payloads import LoyaltyChange
from passdesk.store import loyalty as loyalty_store
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

KIND = "loyalty.change"


def change_balance(db: Database, *, pass_id: str, delta: int | None = None,
                   override: int | None = None, message: str | None = None,
                   desk: str | None = None, clock: Clock = utcnow) -> str:
    """Queue a delta (+ adds, - subtracts) or an override; returns the operation id.

    Once this returns, the operation is committed: it survives a crash and is
    delivered exactly once, or flagged for a person if that cannot be told.
    """
    problems = LoyaltyChange(delta=delta, override=override).problems()
    if problems:
        raise ChangeRefused("; ".join(problems))
    now = clock()
    op_id = str(uuid.uuid4())
    with db.session() as session:
        row = session.get(Pass, pass_id)
        if row is None:
            raise ChangeRefused(f"No pass {pass_id} in the local store; sync first.")
        template = session.get(PassTemplate, row.template_id) if row.template_id else None
        if template is not None and not template.loyalty_enabled:
            raise ChangeRefused(f"Template {template.name!r} has no loyalty balance.")
        kind = "override" if override is not None else "delta"
        amount = override if override is not None else delta
        session.add(LoyaltyOperation(id=op_id, pass_id=pass_id, created_at=now, kind=kind,
                                     amount=amount, message=message, desk=desk,
                                     state=loyalty_store.PENDING))
        payload = {kind: amount, **({"message": message} if message else {})}
        outbox.enqueue(session, kind=KIND, order_key=pass_id, target_id=pass_id,
                       payload=payload, now=now, op_id=op_id)
    return op_id
