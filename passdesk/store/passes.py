"""Writes and lookups on the passes table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from passdesk.store.rows import PASS_RECORD_COLUMNS
from passdesk.store.schema import Pass
from passdesk.store.upsert import upsert


def upsert_passes(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    """Insert or refresh passes from full records; local columns (balance, event) stay."""
    return upsert(session, Pass.__table__, rows, update=PASS_RECORD_COLUMNS)


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


def set_event(session: Session, event_id: str, pass_ids: Sequence[str]) -> None:
    if pass_ids:
        session.execute(update(Pass).where(Pass.id.in_(list(pass_ids)))
                        .values(event_id=event_id))


def newest_created_at(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Pass.created_at)))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Pass)) or 0
