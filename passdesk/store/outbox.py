"""The outbox: changes waiting for the API, delivered in order per pass.

States: ``pending`` (waiting, maybe until ``next_attempt_at``), ``sending``
(claimed by a pusher; after a crash this means "outcome unknown"),
``done``, ``failed`` (the API refused it; a person retries or discards),
``review`` (we cannot tell whether it was applied; a person decides),
``discarded``. A row blocks later rows with the same ``order_key`` until it
is done or discarded, so changes to one pass never overtake each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from passdesk.store.schema import Event, OutboxRow, Pass, TemplateDraft

PENDING, SENDING, DONE, FAILED, REVIEW, DISCARDED = (
    "pending", "sending", "done", "failed", "review", "discarded")
#: States that hold back later rows of the same pass.
BLOCKING = (PENDING, SENDING, FAILED, REVIEW)
#: States a person must act on.
NEEDS_A_PERSON = (FAILED, REVIEW)


@dataclass(frozen=True)
class OutboxItem:
    """An outbox row as plain data, safe to hand to another thread."""

    seq: int
    op_id: str
    kind: str
    order_key: str
    target_id: str | None
    payload: dict[str, Any]
    state: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    last_error: str | None
    facts: dict[str, Any]
    #: Who or what it is about, in words: the pass holder's or the event's name.
    subject: str | None = None

    @classmethod
    def of(cls, row: OutboxRow, subject: str | None = None) -> OutboxItem:
        return cls(row.seq, row.op_id, row.kind, row.order_key, row.target_id,
                   dict(row.payload or {}), row.state, row.attempts, row.created_at,
                   row.next_attempt_at, row.last_error, dict(row.facts or {}), subject)


def enqueue(session: Session, *, kind: str, order_key: str, payload: dict[str, Any],
            now: datetime, target_id: str | None = None, op_id: str | None = None) -> OutboxRow:
    row = OutboxRow(op_id=op_id or str(uuid.uuid4()), kind=kind, order_key=order_key,
                    target_id=target_id, payload=payload, state=PENDING, attempts=0,
                    created_at=now, facts={})
    session.add(row)
    session.flush()  # assigns seq
    return row


def claim_next(session: Session, now: datetime, *, include_unfinished: bool = False
               ) -> OutboxRow | None:
    """The oldest deliverable row, marked ``sending`` (commit to make the claim stick).

    ``include_unfinished`` also returns rows left ``sending`` by a pusher that
    died: their outcome is unknown and delivery must check before resending.
    """
    earlier = aliased(OutboxRow)
    blocked = exists().where(and_(earlier.order_key == OutboxRow.order_key,
                                  earlier.seq < OutboxRow.seq,
                                  earlier.state.in_(BLOCKING)))
    states = [PENDING, SENDING] if include_unfinished else [PENDING]
    due = (OutboxRow.next_attempt_at.is_(None)) | (OutboxRow.next_attempt_at <= now)
    query = (select(OutboxRow).where(OutboxRow.state.in_(states), due, ~blocked)
             .order_by(OutboxRow.seq).limit(1))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    row = session.scalars(query).first()
    if row is not None:
        row.state = SENDING
        row.claimed_at = now
        row.attempts += 1
    return row


def select_state(state: str):
    return select(OutboxRow).where(OutboxRow.state == state).order_by(OutboxRow.seq)


def get(session: Session, seq: int) -> OutboxRow:
    row = session.get(OutboxRow, seq)
    if row is None:
        raise LookupError(f"outbox row {seq} is gone")
    return row


def next_due(session: Session) -> datetime | None:
    """When the earliest waiting row becomes due (None: nothing waits)."""
    return session.scalar(select(func.min(OutboxRow.next_attempt_at))
                          .where(OutboxRow.state == PENDING))


def make_unsent_due(session: Session, now: datetime) -> int:
    """Waiting rows that never reached the server are due now (back online)."""
    rows = session.scalars(select(OutboxRow).where(OutboxRow.state == PENDING,
                                                   OutboxRow.next_attempt_at > now)).all()
    moved = 0
    for row in rows:
        if not (row.facts or {}).get("sent_at"):
            row.next_attempt_at = now
            moved += 1
    return moved


def counts(session: Session) -> dict[str, int]:
    return dict(session.execute(select(OutboxRow.state, func.count())
                                .group_by(OutboxRow.state)).all())


def items(session: Session, states: tuple[str, ...], limit: int = 500) -> list[OutboxItem]:
    """Rows in ``states``, oldest first, each named by its pass, event or template draft."""
    rows = list(session.scalars(select(OutboxRow).where(OutboxRow.state.in_(states))
                                .order_by(OutboxRow.seq).limit(limit)))
    targets = {r.target_id for r in rows if r.target_id}
    names: dict[str, str | None] = {}
    if targets:
        names.update(session.execute(select(Pass.id, Pass.display_name)
                                     .where(Pass.id.in_(targets))).all())
        names.update(session.execute(select(Event.id, Event.name)
                                     .where(Event.id.in_(targets))).all())
        names.update(session.execute(select(TemplateDraft.id, TemplateDraft.name)
                                     .where(TemplateDraft.id.in_(targets))).all())
    return [OutboxItem.of(r, names.get(r.target_id or "")) for r in rows]


def retry(session: Session, seq: int, now: datetime) -> None:
    """A person decided to send a failed or to-be-reviewed row again.

    The "about to send" mark goes: the person judged it was not applied, so
    the pusher sends instead of checking (and flagging it) again.
    """
    row = get(session, seq)
    if row.state in NEEDS_A_PERSON:
        row.state, row.next_attempt_at, row.last_error = PENDING, now, None
        row.facts = {k: v for k, v in (row.facts or {}).items() if k != "sent_at"}


def discard(session: Session, seq: int) -> OutboxRow:
    """A person gives up on a row; later rows of the same pass may go on."""
    row = get(session, seq)
    if row.state in (PENDING, FAILED, REVIEW):
        row.state = DISCARDED
    return row
