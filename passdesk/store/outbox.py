"""The outbox: changes waiting for the API, delivered in order per pass.

States: ``pending`` (waiting, maybe until ``next_attempt_at``), ``sending``
(claimed by a pusher; after a crash this means "outcome unknown"),
``done``, ``failed`` (the API refused it; a person retries or discards),
``review`` (we cannot tell whether it was applied; a person decides),
``discarded``. A row blocks later rows with the same ``order_key`` until it
is done or discarded, so changes to one pass never overtake each other.

Several desks may run pushers on one PostgreSQL database. A pusher claims a
row in a short transaction (``SELECT ... FOR UPDATE SKIP LOCKED``, then
``sending`` with ``claimed_by`` and ``claimed_until`` committed), so no two
pushers hold the same row. A claim is a lease: a desk that crashed, or hangs,
loses its rows when ``claimed_until`` passes, and another pusher takes them
over; their "about to send" mark makes it check before sending again. The
order per ``order_key`` holds across desks: a row waits while an earlier row
of its key is pending, sending (claimed anywhere), failed or in review.
SQLite serves one desk: the claim takes the file's write lock before reading.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from passdesk.store import locking
from passdesk.store.schema import Event, OutboxRow, Pass, TemplateDraft

PENDING, SENDING, DONE, FAILED, REVIEW, DISCARDED = (
    "pending", "sending", "done", "failed", "review", "discarded")
#: States that hold back later rows of the same pass.
BLOCKING = (PENDING, SENDING, FAILED, REVIEW)
#: States a person must act on.
NEEDS_A_PERSON = (FAILED, REVIEW)
#: How long a claim holds before another pusher may take the row over. One
#: delivery (a few requests with their timeouts) ends well within it; marking
#: "about to send" renews it.
CLAIM_LEASE = timedelta(minutes=10)


#: Tells this process apart from one with the same host name and pid (containers).
_PROCESS_TOKEN = uuid.uuid4().hex[:8]


def default_claimer() -> str:
    """Who claims: this process on this computer (fits ``claimed_by``). Every
    pusher of one process claims under the same name; a restarted desk is a new one."""
    return f"{socket.gethostname()[:40]}/{os.getpid()}/{_PROCESS_TOKEN}"


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


def claim_next(session: Session, now: datetime, *, include_unfinished: bool = False,
               claimer: str | None = None, lease: timedelta = CLAIM_LEASE
               ) -> OutboxRow | None:
    """The oldest deliverable row, claimed for ``claimer`` (commit to make the claim stick).

    Deliverable: pending and due, or ``sending`` under a claim that has
    expired (its pusher died or hangs: the outcome is unknown and delivery
    checks before resending). ``include_unfinished`` also returns every
    ``sending`` row, claimed or not (one desk, after a crash of its own).
    On PostgreSQL rows another pusher is claiming are skipped, not waited for.
    """
    locking.begin_write(session)  # SQLite: nobody claims between this read and the write
    earlier = aliased(OutboxRow)
    blocked = exists().where(and_(earlier.order_key == OutboxRow.order_key,
                                  earlier.seq < OutboxRow.seq,
                                  earlier.state.in_(BLOCKING)))
    due = (OutboxRow.next_attempt_at.is_(None)) | (OutboxRow.next_attempt_at <= now)
    if include_unfinished:
        takeable = OutboxRow.state.in_([PENDING, SENDING]) & due
    else:
        expired = (OutboxRow.state == SENDING) & (
            OutboxRow.claimed_until.is_(None) | (OutboxRow.claimed_until < now))
        takeable = ((OutboxRow.state == PENDING) & due) | expired
    query = (select(OutboxRow).where(takeable, ~blocked)
             .order_by(OutboxRow.seq).limit(1))
    if locking.dialect_of(session) == "postgresql":
        query = query.with_for_update(skip_locked=True)
    row = session.scalars(query).first()
    if row is not None:
        row.state = SENDING
        row.claimed_at = now
        row.claimed_by = (claimer or default_claimer())[:64]
        row.claimed_until = now + lease
        row.attempts += 1
    return row


def recover(session: Session, now: datetime, claimer: str | None = None) -> int:
    """Rows left ``sending`` by a pusher that is gone become due again (marks stay).

    SQLite (one desk): every ``sending`` row, since this desk's own pusher is
    the only one. A shared database: rows ``claimer`` holds, and rows whose
    claim has expired; rows another desk is delivering right now are left alone.
    """
    query = select_state(SENDING)
    if locking.dialect_of(session) != "sqlite":
        query = query.where(OutboxRow.claimed_until.is_(None) | (OutboxRow.claimed_until < now)
                            | (OutboxRow.claimed_by == claimer))
        query = query.with_for_update(skip_locked=True)
    else:
        locking.begin_write(session)
    rows = session.scalars(query).all()
    for row in rows:
        row.state = PENDING
        row.next_attempt_at = None
        row.claimed_until = None
    return len(rows)


def held(session: Session, seq: int, claimer: str) -> OutboxRow | None:
    """Row ``seq``, locked, while ``claimer``'s claim on it holds; None once another
    pusher took it over (after the lease ran out) or it is no longer being sent."""
    query = select(OutboxRow).where(OutboxRow.seq == seq)
    if locking.dialect_of(session) == "postgresql":
        query = query.with_for_update()
    else:
        locking.begin_write(session)
    row = session.scalars(query).first()
    if row is None:
        raise LookupError(f"outbox row {seq} is gone")
    return row if row.state == SENDING and row.claimed_by == claimer else None


def renew_claim(row: OutboxRow, now: datetime, lease: timedelta = CLAIM_LEASE) -> None:
    """The claimer is still at it (e.g. about to send): the lease runs from now."""
    if row.state == SENDING:
        row.claimed_until = now + lease


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
