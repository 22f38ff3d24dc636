"""How much a loyalty card was changed lately: the points added and redeemed on one
pass within the last hour, for the venue's hourly limit (``core.roles.till_step_up``).

Every desk's operations count (the store is the venue's), adds and redemptions
together. A change PassEntry refused (``failed``) or a person discarded never
happened, so it does not count; one waiting, sent or under review does. A set
balance (an override) is not a change by a number of points and is not counted:
it asks for a supervisor's PIN on its own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from passdesk.store.database import Database
from passdesk.store.loyalty import DISCARDED, FAILED
from passdesk.store.schema import LoyaltyOperation

#: The window of the hourly limit.
HOUR = timedelta(hours=1)


def changed_since(session: Session, pass_id: str, since: datetime) -> int:
    """The points added and redeemed on ``pass_id`` from ``since`` on (0 or more)."""
    total = session.scalar(
        select(func.coalesce(func.sum(func.abs(LoyaltyOperation.amount)), 0))
        .where(LoyaltyOperation.pass_id == pass_id, LoyaltyOperation.kind == "delta",
               LoyaltyOperation.created_at >= since,
               LoyaltyOperation.state.not_in((FAILED, DISCARDED))))
    return int(total or 0)


def changed_this_hour(database: Database, pass_id: str, now: datetime) -> int:
    """The points added and redeemed on ``pass_id`` within the hour before ``now``."""
    with database.session() as session:
        return changed_since(session, pass_id, now - HOUR)
