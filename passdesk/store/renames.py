"""A record created here gets the API's id once delivered: rename it everywhere."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from passdesk.store.schema import Event, LoyaltyOperation, OutboxRow, Pass, Scan

LOCAL_PREFIX = "local-"


def is_local(record_id: str | None) -> bool:
    return bool(record_id) and record_id.startswith(LOCAL_PREFIX)


def _outbox(session: Session, old: str, new: str) -> None:
    session.execute(update(OutboxRow).where(OutboxRow.order_key == old).values(order_key=new))
    session.execute(update(OutboxRow).where(OutboxRow.target_id == old).values(target_id=new))


def rename_pass(session: Session, old: str, new: str) -> None:
    """Local pass ``old`` is ``new`` on the API. A pull may already have stored ``new``."""
    local = session.get(Pass, old)
    existing = session.get(Pass, new)
    if local is not None and existing is not None:
        # Keep the API's row; carry over what only this desk knew.
        existing.event_id = existing.event_id or local.event_id
        if existing.loyalty_balance is None:
            existing.loyalty_balance = local.loyalty_balance
        session.delete(local)
    elif local is not None:
        session.execute(update(Pass).where(Pass.id == old).values(id=new))
    session.execute(update(LoyaltyOperation).where(LoyaltyOperation.pass_id == old)
                    .values(pass_id=new))
    session.execute(update(Scan).where(Scan.pass_id == old).values(pass_id=new))
    _outbox(session, old, new)


def rename_event(session: Session, old: str, new: str) -> None:
    local = session.get(Event, old)
    if local is not None and session.get(Event, new) is not None:
        session.delete(local)
    elif local is not None:
        session.execute(update(Event).where(Event.id == old).values(id=new))
    session.execute(update(Pass).where(Pass.event_id == old).values(event_id=new))
    session.execute(update(Scan).where(Scan.event_id == old).values(event_id=new))
    _outbox(session, old, new)
