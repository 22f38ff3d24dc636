"""What the loyalty till reads from the store (its customer, lists, shift totals and
settings' choices, as plain data; one session per call), and the scans it logs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.core.admission import PassFacts
from passdesk.core.loyalty import BalanceType
from passdesk.core.loyalty_report import ShiftReport
from passdesk.store import loyalty, loyalty_export, scans
from passdesk.store.admissions import find_pass
from passdesk.store.database import Database
from passdesk.store.door_panel import reader_names
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


def till_choices(database: Database) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """The till settings' choices: the loyalty templates, reader id -> name."""
    with database.session() as session:
        templates = loyalty_templates(session)
    return templates, reader_names(database)


def scanned_pass(database: Database, candidates: Sequence[str]) -> PassFacts | None:
    """The pass a scan names (its parsed candidates), or None (a few indexed reads)."""
    with database.session() as session:
        return find_pass(session, candidates)


def read_customer(database: Database, pass_id: str) -> loyalty.Customer | None:
    """``pass_id``'s holder and balance as the till shows them, or None."""
    with database.session() as session:
        return loyalty.customer(session, pass_id)


def operations_with_totals(database: Database, *, pass_id: str | None, desk: str | None,
                           since: datetime | None, limit: int):
    """The last ``limit`` operations (of a pass, or of a desk since a moment) and the
    totals of every one of them."""
    with database.session() as session:
        lines = loyalty.operations(session, pass_id=pass_id, desk=desk, since=since,
                                   limit=limit)
        totals = loyalty.operation_totals(session, pass_id=pass_id, desk=desk, since=since)
    return lines, totals


def write_operations_csv(database: Database, out: TextIO, **scope) -> int:
    """The operations in ``scope`` (``loyalty_export.export_csv``'s filters) as CSV rows."""
    with database.session() as session:
        return loyalty_export.export_csv(session, out, **scope)


def shift_report(database: Database, *, desk: str, since: datetime, until: datetime
                 ) -> ShiftReport:
    """The Z-report of ``desk`` between ``since`` and ``until``."""
    with database.session() as session:
        return loyalty_export.shift_totals(session, desk=desk, since=since, until=until)
