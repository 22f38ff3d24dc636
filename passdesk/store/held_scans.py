"""Held scans in the store: what a hold rule reads of a pass, and a door
person's decision on a held scan (issue 21, part 4; ``core/holds.py``).

A held scan is recorded like any other, with verdict "hold": it counts
neither as admitted nor as inside. The decision changes that row in place, in
a door transaction, to "admit" or "deny", and keeps who decided and when
(``decision``, ``decided_at``, ``decided_by``; migration 0015). It changes
a row still undecided only: a hold is decided once.

The statements run on the door's two paths (``store/door_queries.py``): the
SQLite driver and SQLAlchemy Core.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from passdesk.core.holds import PassMarks
from passdesk.store.schema import Pass, Scan
from passdesk.store.types import Json, UtcDateTime

HOLD = "hold"
MARKS_SQL = "SELECT attributes, group_tags, group_tag FROM passes WHERE id = :p"
HELD_SQL = ("SELECT id, pass_id, event_id, raw_value, source, reader_id, detail FROM scans"
            " WHERE id = :s AND verdict = 'hold' AND decision IS NULL")
DECIDE_SQL = ("UPDATE scans SET verdict = :v, reason = :r, detail = :d, decision = :dec,"
              " decided_at = :at, decided_by = :by"
              " WHERE id = :s AND verdict = 'hold' AND decision IS NULL")

_MARKS = sql_text(MARKS_SQL).columns(attributes=Json, group_tags=Json)
_HELD = sql_text(HELD_SQL)
_DECIDE = sql_text(DECIDE_SQL).bindparams(bindparam("at", type_=UtcDateTime()))


@dataclass(frozen=True)
class HeldScan:
    """An undecided held scan, as the decision needs it."""

    id: str
    pass_id: str | None
    event_id: str | None
    value: str
    source: str
    reader_id: str | None
    #: The hold's reason, as the panel said it ("Check photo ID").
    reason: str


def marks_from(row: Sequence[Any] | None) -> PassMarks:
    """``PassMarks`` from a ``MARKS_SQL`` row (JSON as text on the driver, parsed on Core)."""
    if row is None:
        return PassMarks({})
    attributes, tags, tag = (json.loads(v) if isinstance(v, str) and i < 2 else v
                             for i, v in enumerate(row))
    content = attributes.get("passContent") if isinstance(attributes, dict) else None
    listed = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    return PassMarks(content if isinstance(content, dict) else {},
                     tuple(listed or ([tag] if tag else [])))


def held_from(row: Sequence[Any] | None) -> HeldScan | None:
    return HeldScan(*row[:6], row[6] or "") if row is not None else None


def decide_params(scan_id: str, *, verdict: str, reason: str, detail: str, decision: str,
                  at: datetime | str, by: str) -> dict[str, Any]:
    return {"s": scan_id, "v": verdict, "r": reason, "d": detail, "dec": decision,
            "at": at, "by": by}


def pass_marks(session: Session | Connection, pass_id: str) -> PassMarks:
    return marks_from(session.execute(_MARKS, {"p": pass_id}).first())


def held_scan(session: Session | Connection, scan_id: str) -> HeldScan | None:
    return held_from(session.execute(_HELD, {"s": scan_id}).first())


def decide(session: Session | Connection, scan_id: str, **values: Any) -> bool:
    """Set the decision on an undecided hold; False when it was decided already."""
    return session.execute(_DECIDE, decide_params(scan_id, **values)).rowcount == 1


@dataclass(frozen=True)
class WaitingHold:
    """A hold still to decide at a desk, for its "waiting holds" list."""

    scan_id: str
    at: datetime
    holder: str | None
    value: str
    reason: str


def waiting_holds(session: Session, desk: str) -> list[WaitingHold]:
    """``desk``'s undecided holds, oldest first (they stay listed until decided)."""
    rows = session.execute(
        select(Scan.id, Scan.scanned_at, Pass.display_name, Scan.raw_value, Scan.detail)
        .outerjoin(Pass, Pass.id == Scan.pass_id)
        .where(Scan.desk == desk, Scan.verdict == HOLD, Scan.decision.is_(None))
        .order_by(Scan.scanned_at)).all()
    return [WaitingHold(i, at, name, value, detail or "") for i, at, name, value, detail in rows]
