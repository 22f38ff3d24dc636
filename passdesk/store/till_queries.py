"""What the loyalty till reads from the store for its settings, and the scans it logs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.core.loyalty import BalanceType
from passdesk.store import scans
from passdesk.store.database import Database
from passdesk.store.schema import PassTemplate

#: What a logged till scan says in PassEntry's dashboard.
CARD_FOUND, PASS_FOUND = "Loyalty card found", "Pass found"


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


def log_till_scan(database: Database, *, reader_id: str, scan_type: str, value: str,
                  source: str, pass_id: str, loyalty: bool, desk: str,
                  now: datetime) -> str:
    """A till scan that found ``pass_id``, recorded and queued for ``POST /scans/log``
    as ``reader_id``, in one transaction; returns the scan's id.

    Its verdict is ``scans.FOUND``: the Door's rules count admissions only, so
    a card shown at the till never counts as someone let in. No ``loyalty`` in
    the body: the till's points go through their own outbox row.
    """
    detail = CARD_FOUND if loyalty else PASS_FOUND
    with database.session() as session:
        scan_id = scans.record_scan(session, scanned_at=now, raw_value=value, source=source,
                                    verdict=scans.FOUND, pass_id=pass_id, desk=desk,
                                    detail=detail)
        scans.queue_log(session, scan_id, scans.log_body(
            reader_id=reader_id, scan_type=scan_type, verdict=scans.FOUND, detail=detail,
            value=value, pass_id=pass_id), now)
    return scan_id
