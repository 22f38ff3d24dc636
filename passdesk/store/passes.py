"""Writes and lookups on the passes table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from passdesk.store import pass_events
from passdesk.store import rows as row_builders
from passdesk.store.rows import PASS_RECORD_COLUMNS
from passdesk.store.schema import Pass
from passdesk.store.upsert import upsert

NULLIFIED = "nullified"
#: Columns a nullified record does not overwrite: PassEntry clears the barcode and
#: NFC message of a nullified pass, and the Door must still recognise its code; its
#: content too, and a person still wants to see whose pass it was.
KEPT_WHEN_NULLIFIED = ("barcode_value", "barcode_type", "nfc_value", "display_name")


def upsert_passes(session: Session, rows: Sequence[dict[str, Any]],
                  events: Sequence[dict[str, Any]] = (),
                  stored: Sequence[dict[str, Any]] | None = None) -> int:
    """Insert or refresh passes from full records (``rows.pass_row``); the balance stays.

    ``events``: the rows (``rows.pass_event_row``) of the events the passes'
    ``enhancedEventData`` name. A row with an ``event_id`` takes it (mapped to
    the events list's id where that list has the event); a row without keeps
    the event the desk linked it to. ``stored``: the same rows converted ahead
    for SQLite (``bulk_sqlite.stored_rows``; ignored elsewhere).
    """
    mapping = pass_events.place(session, events)
    groups: dict[tuple[str, ...], tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for row, ready in zip(rows, stored if stored is not None else rows, strict=True):
        columns = PASS_RECORD_COLUMNS
        if row.get("status") == NULLIFIED:
            # PassEntry cleared its code: the Door still knows it, and says why it is refused.
            columns = tuple(c for c in columns if c not in KEPT_WHEN_NULLIFIED)
        if "event_id" in row:
            event_id = mapping.get(row["event_id"], row["event_id"])
            row, ready = {**row, "event_id": event_id}, {**ready, "event_id": event_id}
            columns = (*columns, "event_id")
        group = groups.setdefault(columns, ([], []))
        group[0].append(row)
        group[1].append(ready)
    return sum(upsert(session, Pass.__table__, group, update=columns,
                      stored=ready if stored is not None else None)
               for columns, (group, ready) in groups.items())


def upsert_records(session: Session, records: Sequence[Any], now: datetime) -> int:
    """``upsert_passes`` for pass records (``core.records.Pass``), with their events."""
    events = [e for e in (row_builders.pass_event_row(r, now) for r in records) if e]
    return upsert_passes(session, [row_builders.pass_row(r, now) for r in records], events)


def known_ids(session: Session, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    if not ids:
        return set()
    return set(session.scalars(select(Pass.id).where(Pass.id.in_(ids))))


def apply_sparse(session: Session, records: Sequence[tuple[str, dict[str, Any]]],
                 columns_of, now: datetime) -> int:
    """Merge sparse attributes (``fields=``) into stored passes; returns rows changed."""
    by_id = dict(records)
    if not by_id:
        return 0
    stored = session.execute(
        select(Pass.id, Pass.attributes).where(Pass.id.in_(list(by_id)))).all()
    changes = []
    for pass_id, attributes in stored:
        sparse = by_id[pass_id]
        merged = {**(attributes or {}), **sparse}
        if merged != attributes:
            changes.append({"id": pass_id, "attributes": merged, "synced_at": now,
                            **columns_of(sparse)})
    for change in changes:
        session.execute(update(Pass).where(Pass.id == change["id"]).values(
            {k: v for k, v in change.items() if k != "id"}))
    return len(changes)


def newest_created_at(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Pass.created_at)))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Pass)) or 0


def mark_nullified(session: Session, pass_id: str, now: datetime) -> Pass:
    """The local side of nullifying: cancelled for good, and its ext id freed for a
    new pass (the attributes keep it). Its code stays, so the Door can say why."""
    row = _get(session, pass_id)
    row.status, row.nullified_at, row.ext_id = NULLIFIED, now, None
    return row


def mark_reactivated(session: Session, pass_id: str) -> Pass:
    """The local side of reactivating a deactivated pass (PassEntry's answer refines it)."""
    row = _get(session, pass_id)
    row.status = "active" if row.added_at is not None and row.removed_at is None else "issued"
    row.deactivated_at = None
    return row


def _get(session: Session, pass_id: str) -> Pass:
    row = session.get(Pass, pass_id)
    if row is None:
        raise LookupError(f"No pass {pass_id} in the local store")
    return row
