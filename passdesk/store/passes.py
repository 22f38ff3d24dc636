"""Writes and lookups on the passes table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from passdesk.store import bulk_sqlite, pass_events
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
                  events: Sequence[dict[str, Any]] = ()) -> int:
    """Insert or refresh passes from full records (``rows.pass_row``); the balance stays.

    ``events``: the rows (``rows.pass_event_row``) of the events the passes'
    ``enhancedEventData`` name. A row with an ``event_id`` takes it (mapped to
    the events list's id where that list has the event); a row without keeps
    the event the desk linked it to.
    """
    return upsert_placed(session, rows, pass_events.place(session, events))


def upsert_placed(session: Session, rows: Sequence[dict[str, Any]],
                  mapping: dict[str, str]) -> int:
    """``upsert_passes`` once the events are placed (``mapping``: eed id -> the id
    passes carry, from ``pass_events``)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        columns = _update_columns(row)
        if "event_id" in row:
            row = {**row, "event_id": mapping.get(row["event_id"], row["event_id"])}
        groups.setdefault(columns, []).append(row)
    return sum(upsert(session, Pass.__table__, group, update=columns)
               for columns, group in groups.items())


def _update_columns(row: dict[str, Any]) -> tuple[str, ...]:
    """The columns a full record overwrites in its stored pass."""
    columns = PASS_RECORD_COLUMNS
    if row.get("status") == NULLIFIED:
        # PassEntry cleared its code: the Door still knows it, and says why it is refused.
        columns = tuple(c for c in columns if c not in KEPT_WHEN_NULLIFIED)
    if "event_id" in row:
        columns = (*columns, "event_id")
    return columns


@dataclass(frozen=True)
class ReadyGroup:
    """Pass rows that set the same columns, as tuples the SQLite driver writes."""

    insert: tuple[str, ...]  # every column of the rows, in their order
    update: tuple[str, ...]  # what a stored pass takes from them (``_update_columns``)
    values: list[tuple[Any, ...]]


def ready_groups(rows: Sequence[dict[str, Any]]) -> list[ReadyGroup]:
    """Rows from ``rows.pass_row`` converted for SQLite's ``executemany`` ahead of
    writing (the pull's fetching thread makes them while the page before is written);
    the same values ``bulk_sqlite.driver_rows`` makes, grouped as ``upsert_passes``
    groups them. A row's ``event_id`` is its eed id until ``write_ready`` maps it."""
    groups: dict[tuple[tuple[str, ...], bool], ReadyGroup] = {}
    makers: dict[tuple[str, ...], Callable[[dict[str, Any]], tuple[Any, ...]]] = {}
    for row in rows:
        insert = tuple(row)
        key = (insert, row.get("status") == NULLIFIED)
        group = groups.get(key)
        if group is None:
            group = groups[key] = ReadyGroup(insert, _update_columns(row), [])
        make = makers.get(insert)
        if make is None:
            make = makers[insert] = bulk_sqlite.tuple_maker(Pass.__table__, insert)
        group.values.append(make(row))
    return list(groups.values())


def write_ready(session: Session, groups: Sequence[ReadyGroup], mapping: dict[str, str]) -> int:
    """Write ``ready_groups`` on SQLite, the rows' events placed (``mapping`` as for
    ``upsert_placed``); one ``executemany`` a group."""
    moved = {eed: target for eed, target in mapping.items() if eed != target}
    written = 0
    for group in groups:
        values = group.values
        if moved and group.insert[-1] == "event_id":
            values = [(*v[:-1], moved.get(v[-1], v[-1])) for v in values]
        written += bulk_sqlite.upsert_tuples(session, Pass.__table__, group.insert,
                                             group.update, values)
    return written


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
