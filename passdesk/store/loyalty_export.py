"""The till's exports: a list of operations as data rows, and a shift's totals
(the Z-report) as a table of its own, so each imports cleanly into a spreadsheet."""

from __future__ import annotations

import csv
import re
from datetime import datetime
from decimal import Decimal
from typing import TextIO

from sqlalchemy.orm import Session

from passdesk.core.loyalty import BalanceType, format_points
from passdesk.core.loyalty_report import ReportLine, ShiftReport, shift_report
from passdesk.store.loyalty import operations

EXPORT_COLUMNS = ("created_at", "desk", "customer", "pass_id", "action", "change",
                  "new_balance", "spent", "state", "confirmed_balance", "message", "note")


def export_csv(session: Session, out: TextIO, *, pass_id: str | None = None,
               desk: str | None = None, since: datetime | None = None,
               until: datetime | None = None) -> int:
    """Write the matching operations, oldest first, as data rows only (a spreadsheet
    imports it as one table; totals go to their own file); returns how many.

    Points are written as the pass shows them ("12.50" for a decimal balance).
    Text a spreadsheet would run as a formula is quoted (names are typed by people).
    """
    lines = sorted(operations(session, pass_id=pass_id, desk=desk, since=since, until=until,
                              limit=None), key=lambda line: line.at)
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for line in lines:
        bt = line.balance_type
        change = (f"set {format_points(line.amount, bt)}" if line.kind == "override"
                  else f"{'+' if line.amount >= 0 else '-'}{format_points(abs(line.amount), bt)}")
        writer.writerow([_cell(v) for v in (
            line.at.isoformat(), line.desk, line.holder, line.pass_id, line.action or line.kind,
            change, _points(line.balance_after, bt), line.spent, line.state,
            _points(line.confirmed_balance, bt), line.message, line.note)])
    return len(lines)


def shift_totals(session: Session, *, desk: str, since: datetime, until: datetime
                 ) -> ShiftReport:
    """The Z-report of ``desk``'s operations from ``since`` to ``until``."""
    lines = operations(session, desk=desk, since=since, until=until, limit=None)
    types = {line.balance_type for line in lines}
    balance_type = types.pop() if len(types) == 1 else (None if types else BalanceType.INTEGER)
    return shift_report(desk, since, until, (
        ReportLine(line.action, line.kind, line.amount, line.state, line.spent)
        for line in lines), balance_type)


TOTALS_COLUMNS = ("desk", "shift_started", "shift_ended", "kind", "operations",
                  "points_issued", "points_redeemed", "spent", "not_yet_confirmed")


def export_totals_csv(report: ShiftReport, out: TextIO) -> None:
    """A shift's totals as one table: a row per kind of operation, then "all"."""
    writer = csv.writer(out)
    writer.writerow(TOTALS_COLUMNS)
    bt = report.balance_type or BalanceType.INTEGER
    head = [_cell(report.desk), report.started.isoformat(), report.ended.isoformat()]
    for kind in report.kinds:
        writer.writerow([*head, kind.kind, kind.operations, _points(kind.issued, bt),
                         _points(kind.redeemed, bt), f"{kind.spent:.2f}" if kind.spent else "",
                         kind.unconfirmed])
    t = report.totals
    spent = sum((k.spent for k in report.kinds), start=Decimal(0))
    writer.writerow([*head, "all", t.operations, _points(t.issued, bt), _points(t.redeemed, bt),
                     f"{spent:.2f}" if spent else "", t.unconfirmed])


def _points(value: int | None, balance_type: BalanceType) -> str:
    return format_points(value, balance_type).replace(",", "") if value is not None else ""


#: A signed number, alone or followed by plain words ("-10 applied", "+5"): what
#: this app writes itself (a change, an outbox note). A spreadsheet cannot run it.
_SIGNED_WORDS = re.compile(r"[+-]\d[\d,.]*(?:[ ][\w ,.;:>\u2192-]*)?", re.UNICODE)


def _cell(value: object) -> object:
    """Quote text a spreadsheet would run as a formula (names are typed by people)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") \
            and not _SIGNED_WORDS.fullmatch(value):
        return "'" + value
    return value if value is not None else ""

