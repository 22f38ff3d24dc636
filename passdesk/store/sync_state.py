"""Named cursors of the pull sync, written in the transaction of the data they describe."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from passdesk.store.schema import SyncState


def read(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(SyncState, key)
    return dict(row.value) if row is not None else None


def write(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def clear(session: Session, key: str) -> None:
    row = session.get(SyncState, key)
    if row is not None:
        session.delete(row)
