"""What the hub's reader validation reads beyond the door's queries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from passdesk.store.schema import Pass, PassTemplate

Executor = Session | Connection


@dataclass(frozen=True)
class LoyaltyFacts:
    loyalty_enabled: bool
    balance_type: str | None
    template_name: str | None
    holder: str | None


def loyalty_facts(session: Executor, pass_id: str) -> LoyaltyFacts | None:
    """Whether the pass's template keeps a balance, and the names for messages."""
    row = session.execute(
        select(PassTemplate.loyalty_enabled, PassTemplate.balance_type, PassTemplate.name,
               Pass.display_name)
        .select_from(Pass).outerjoin(PassTemplate, PassTemplate.id == Pass.template_id)
        .where(Pass.id == pass_id)).first()
    if row is None:
        return None
    return LoyaltyFacts(bool(row[0]), row[1], row[2], row[3])
