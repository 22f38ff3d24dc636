"""What the loyalty till reads from the store for its settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.core.loyalty import BalanceType
from passdesk.store.schema import PassTemplate


def loyalty_templates(session: Session) -> list[tuple[str, str, str]]:
    """(id, name, balance type) of the templates with loyalty, by name.

    The balance type is "integer" or "decimal"; anything else the API sent
    reads as "integer", as ``BalanceType.of`` does everywhere else.
    """
    rows = session.execute(
        select(PassTemplate.id, PassTemplate.name, PassTemplate.balance_type)
        .where(PassTemplate.loyalty_enabled.is_(True)))
    found = [(template_id, name or template_id, str(BalanceType.of(kind)))
             for template_id, name, kind in rows]
    return sorted(found, key=lambda t: (t[1].casefold(), t[0]))
