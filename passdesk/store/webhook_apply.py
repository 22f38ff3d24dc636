"""Store writes for webhook events (PassEntry, PassSlot), in the caller's transaction.

Webhooks arrive late and out of order (PassEntry retries for days), so a
pass record from a webhook only replaces what is stored when it is at least
as new: ``synced_at`` holds the time the stored record describes, and a
webhook older than that changes nothing. Only the columns the webhook's
record carries are written; the rest of what the store knows stays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from passdesk.store import admissions
from passdesk.store.schema import Pass, Scan

#: The result of ``merge_pass``.
INSERTED, UPDATED, STALE, UNKNOWN = "inserted", "updated", "stale", "unknown pass"


def merge_pass(session: Session, pass_id: str, *, columns: Mapping[str, Any],
               attributes: Mapping[str, Any], as_of: datetime,
               insert_columns: Mapping[str, Any] | None = None,
               insert_missing: bool = True) -> str:
    """Insert the pass (with ``insert_columns`` too), or update the given ``columns``
    and merge ``attributes`` into its stored ones, unless the stored record is newer
    than ``as_of``. ``insert_missing`` False: a pass not stored is left alone."""
    row = session.execute(select(Pass.attributes, Pass.synced_at)
                          .where(Pass.id == pass_id).with_for_update()).first()
    if row is None:
        if not insert_missing:
            return UNKNOWN
        session.execute(insert(Pass), [{**(insert_columns or {}), **columns, "id": pass_id,
                                        "attributes": dict(attributes), "synced_at": as_of}])
        return INSERTED
    stored, synced_at = row
    if synced_at is not None and synced_at > as_of:
        return STALE
    session.execute(update(Pass).where(Pass.id == pass_id).values(
        **columns, attributes={**(stored or {}), **attributes}, synced_at=as_of))
    return UPDATED


def pass_attributes(session: Session, pass_id: str) -> dict[str, Any] | None:
    """The stored attributes of a pass (None: no such pass)."""
    row = session.execute(select(Pass.attributes).where(Pass.id == pass_id)).first()
    return dict(row[0] or {}) if row is not None else None


def event_of(session: Session, pass_id: str) -> str | None:
    return session.scalar(select(Pass.event_id).where(Pass.id == pass_id))


def scan_near(session: Session, pass_id: str, moment: datetime, window: timedelta,
              sources: Sequence[str] | None) -> bool:
    """Whether a scan of the pass from one of ``sources`` (None: any) was logged within
    ``window`` of ``moment`` (the same tap, reported twice)."""
    query = select(Scan.id).where(
        Scan.pass_id == pass_id,
        Scan.scanned_at >= moment - window, Scan.scanned_at <= moment + window)
    if sources is not None:
        query = query.where(Scan.source.in_(list(sources)))
    return session.execute(query.limit(1)).first() is not None


def undo_last_admission(session: Session, pass_id: str, when: datetime) -> bool:
    """Mark the pass's latest admission undone (a platform re-activated the pass)."""
    last = session.scalar(
        select(Scan.id).where(Scan.pass_id == pass_id, Scan.undone_at.is_(None),
                              Scan.verdict.in_(admissions.IN_VERDICTS))
        .order_by(Scan.scanned_at.desc()).limit(1))
    if last is None:
        return False
    session.execute(update(Scan).where(Scan.id == last).values(undone_at=when))
    return True
