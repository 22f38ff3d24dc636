"""Loyalty operations made at this desk, the balance a customer will have, and the till's lists.

An operation and its outbox row are written by ``queue_operation`` in the
caller's transaction, with the same Core statements on a session or a door
connection, so a till operation and a scan with loyalty share one path.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from passdesk.core.loyalty import BalanceType, cancelled
from passdesk.core.loyalty_fields import balance_field_ids, pulled_balance
from passdesk.core.loyalty_report import Totals, totals
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Pass, PassTemplate
from passdesk.store.types import UtcDateTime

Executor = Session | Connection

# Operation states, following the outbox row.
PENDING, APPLIED, FAILED, REVIEW, DISCARDED = (
    "pending", "applied", "failed", "review", "discarded")
#: Outbox states and the operation state each one means.
_FOLLOWS = {"pending": PENDING, "sending": PENDING, "done": APPLIED, "failed": FAILED,
            "review": REVIEW, "discarded": DISCARDED}


@dataclass(frozen=True)
class Balance:
    """What the API last confirmed, and what it will be once pending operations land."""

    confirmed: int | None
    expected: int | None
    pending_operations: int


# Written once as SQL: the door's SQLite driver path runs the same text
# (store/door_queries.py), so both answer alike.
PENDING_SQL = ("SELECT kind, amount FROM loyalty_operations WHERE pass_id = :p"
               " AND state IN ('pending', 'review') ORDER BY created_at")
REPEATED_SQL = ("SELECT 1 FROM loyalty_operations WHERE pass_id = :p AND kind = :k"
                " AND amount = :a AND created_at >= :s"
                " AND state NOT IN ('failed', 'discarded')"
                " AND COALESCE(desk, '') = COALESCE(:d, '') LIMIT 1")
_PENDING = text(PENDING_SQL)
_REPEATED = text(REPEATED_SQL).bindparams(bindparam("s", type_=UtcDateTime()))


def with_pending(confirmed: int | None, pending: Iterable[tuple[str, int]]) -> int | None:
    """The balance once ``pending`` (kind, amount), oldest first, land on ``confirmed``."""
    value = confirmed
    for kind, amount in pending:
        if kind == "override":
            value = amount
        elif value is not None:
            value += amount
    return value


def expected_balance(session: Executor, pass_id: str) -> Balance:
    confirmed = session.scalar(select(Pass.loyalty_balance).where(Pass.id == pass_id))
    pending = _pending(session, pass_id)
    return Balance(confirmed, with_pending(confirmed, pending), len(pending))


def _pending(session: Executor, pass_id: str) -> list[tuple[str, int]]:
    return [(kind, amount) for kind, amount in session.execute(_PENDING, {"p": pass_id})]


@dataclass(frozen=True)
class LastKnown:
    """The balance the pass showed when it was last synced: not confirmed by PassEntry."""

    value: int | None
    #: When the pass was last synced.
    at: datetime | None
    #: ``value`` with this desk's pending operations on top.
    expected: int | None


def last_known_balance(session: Session, pass_id: str) -> LastKnown:
    """From the pass's balance field as pulled (``core.loyalty_fields``)."""
    row = session.execute(
        select(Pass.attributes, Pass.synced_at, PassTemplate.attributes,
               PassTemplate.balance_type)
        .outerjoin(PassTemplate, PassTemplate.id == Pass.template_id)
        .where(Pass.id == pass_id)).first()
    if row is None:
        return LastKnown(None, None, None)
    attributes, synced_at, template, balance_type = row
    content = (attributes or {}).get("passContent")
    value = pulled_balance(content, balance_type, balance_field_ids(template))
    expected = with_pending(value, _pending(session, pass_id)) if value is not None else None
    return LastKnown(value, synced_at if value is not None else None, expected)


# --- writing -------------------------------------------------------------------------


@dataclass(frozen=True)
class NewOperation:
    """One balance change to queue: exactly one of ``delta`` and ``override``."""

    pass_id: str
    delta: int | None = None
    override: int | None = None
    message: str | None = None
    desk: str | None = None
    action: str | None = None
    spent: Decimal | None = None
    balance_after: int | None = None
    #: Why a person should know more about it (kept with the operation).
    note: str | None = None

    @property
    def kind(self) -> str:
        return "override" if self.override is not None else "delta"

    @property
    def amount(self) -> int:
        value = self.override if self.override is not None else self.delta
        assert value is not None
        return value


def repeated_params(op: NewOperation, since: object) -> dict[str, Any]:
    return {"p": op.pass_id, "k": op.kind, "a": op.amount, "s": since, "d": op.desk}


def repeated_since(session: Executor, op: NewOperation, since: datetime) -> bool:
    """Whether the same change to the same pass was queued at this desk since ``since``."""
    return session.execute(_REPEATED, repeated_params(op, since)).first() is not None


def operation_rows(op: NewOperation, now: datetime, op_id: str
                   ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The loyalty_operations row and the outbox row of ``op``, as column values."""
    operation = {"id": op_id, "pass_id": op.pass_id, "created_at": now, "kind": op.kind,
                 "amount": op.amount, "message": op.message, "desk": op.desk,
                 "state": PENDING, "confirmed_balance": None, "note": op.note,
                 "action": op.action, "spent": str(op.spent) if op.spent is not None else None,
                 "balance_after": op.balance_after}
    payload = {op.kind: op.amount, **({"message": op.message} if op.message else {})}
    outbox_row = {"op_id": op_id, "kind": OutboxKind.LOYALTY_CHANGE, "order_key": op.pass_id,
                  "target_id": op.pass_id, "payload": payload, "state": "pending",
                  "attempts": 0, "created_at": now, "next_attempt_at": None,
                  "claimed_at": None, "last_error": None, "facts": {}}
    return operation, outbox_row


def queue_operation(session: Executor, op: NewOperation, now: datetime) -> str:
    """Write ``op`` and its outbox row in the caller's transaction; returns its id."""
    op_id = str(uuid.uuid4())
    operation, outbox_row = operation_rows(op, now, op_id)
    session.execute(insert(LoyaltyOperation), [operation])
    session.execute(insert(OutboxRow), [outbox_row])
    return op_id


def take_back_scan_points(session: Session, *, pass_id: str, desk: str | None,
                          scanned_at: datetime, now: datetime) -> int:
    """An admission with points was undone: take its points back; returns how many.

    Not sent yet: the change is dropped (only if no pusher has claimed it,
    checked in the same UPDATE). Sent or on its way: the opposite change is
    queued, so the balance ends where it was either way.
    """
    op = session.scalars(select(LoyaltyOperation).where(
        LoyaltyOperation.pass_id == pass_id, LoyaltyOperation.action == "scan",
        func.coalesce(LoyaltyOperation.desk, "") == (desk or ""),
        LoyaltyOperation.created_at == scanned_at,
        LoyaltyOperation.state.not_in((FAILED, DISCARDED)))).first()
    if op is None or op.kind != "delta":
        return 0
    dropped = session.execute(
        update(OutboxRow).where(OutboxRow.op_id == op.id, OutboxRow.state == "pending",
                                OutboxRow.attempts == 0)
        .values(state="discarded")).rowcount
    if dropped:
        op.state, op.note = DISCARDED, "admission undone before the points were sent"
    else:
        queue_operation(session, NewOperation(pass_id, delta=-op.amount, desk=desk,
                                              action="undo"), now)
    return op.amount


def set_state(session: Session, op_id: str, state: str, *, note: str | None = None,
              confirmed_balance: int | None = None) -> None:
    op = session.get(LoyaltyOperation, op_id)
    if op is None:
        return
    op.state = state
    if note is not None:
        op.note = note
    if confirmed_balance is not None:
        op.confirmed_balance = confirmed_balance


def follow_outbox(session: Session, row: OutboxRow) -> None:
    """After a person retried or discarded ``row``, its operation follows."""
    if row.kind == OutboxKind.LOYALTY_CHANGE and row.state in _FOLLOWS:
        set_state(session, row.op_id, _FOLLOWS[row.state])


def confirm_balance(session: Session, pass_id: str, balance: int, when: datetime) -> None:
    row = session.get(Pass, pass_id)
    if row is not None:
        row.loyalty_balance = balance
        row.loyalty_read_at = when
        row.synced_at = when


def in_doubt(session: Executor, pass_id: str) -> bool:
    """Whether a change to this pass may have reached the API without our knowing.

    Then a balance read now cannot be told apart from "before" or "after" it.
    """
    rows = session.execute(select(OutboxRow.state, OutboxRow.facts).where(
        OutboxRow.order_key == pass_id, OutboxRow.kind == OutboxKind.LOYALTY_CHANGE,
        OutboxRow.state.in_(("pending", "sending", "review")))).all()
    return any(state != "pending" or (facts or {}).get("sent_at") for state, facts in rows)


# --- reading: the customer at the till ----------------------------------------------


@dataclass(frozen=True)
class Customer:
    id: str
    name: str | None
    ext_id: str | None
    status: str | None
    template_id: str | None
    template_name: str | None
    loyalty_enabled: bool
    balance_type: BalanceType
    #: As the API last said, and when it said it.
    confirmed: int | None
    read_at: datetime | None
    #: With this desk's operations that have not landed yet.
    expected: int | None
    pending: int
    review: int
    failed: int
    #: No balance PassEntry confirmed: ``expected`` rests on the balance the pass
    #: showed when it was last synced (at ``last_synced_at``).
    unconfirmed: bool = False
    last_known: int | None = None
    last_synced_at: datetime | None = None
    #: The number printed under the card's code (its barcode value), if it has one.
    card_number: str | None = None

    @property
    def active(self) -> bool:
        return self.status == "active"

    @property
    def cancelled(self) -> bool:
        """A deactivated card: no points in or out at a till."""
        return cancelled(self.status)


def customer(session: Session, pass_id: str) -> Customer | None:
    row = session.execute(
        select(Pass, PassTemplate.loyalty_enabled, PassTemplate.balance_type)
        .outerjoin(PassTemplate, PassTemplate.id == Pass.template_id)
        .where(Pass.id == pass_id)).first()
    if row is None:
        return None
    p, enabled, balance_type = row
    balance = expected_balance(session, pass_id)
    states = dict(session.execute(
        select(LoyaltyOperation.state, func.count()).where(LoyaltyOperation.pass_id == pass_id)
        .group_by(LoyaltyOperation.state)).all())
    expected, last = balance.expected, LastKnown(None, None, None)
    if balance.confirmed is None and enabled:
        last = last_known_balance(session, pass_id)
        if last.value is not None:
            expected = last.expected
    return Customer(p.id, p.display_name, p.ext_id, p.status, p.template_id,
                    p.template_name, bool(enabled), BalanceType.of(balance_type),
                    balance.confirmed, p.loyalty_read_at, expected,
                    states.get(PENDING, 0), states.get(REVIEW, 0), states.get(FAILED, 0),
                    unconfirmed=last.value is not None, last_known=last.value,
                    last_synced_at=last.at, card_number=p.barcode_value)


@dataclass(frozen=True)
class OperationLine:
    id: str
    at: datetime
    pass_id: str
    holder: str | None
    action: str | None
    kind: str
    amount: int
    spent: str | None
    balance_after: int | None
    confirmed_balance: int | None
    state: str
    message: str | None
    note: str | None
    desk: str | None
    balance_type: BalanceType


def operations(session: Session, *, pass_id: str | None = None, desk: str | None = None,
               since: datetime | None = None, until: datetime | None = None,
               limit: int | None = 500) -> list[OperationLine]:
    """Operations, newest first, for a customer and/or a desk from ``since`` (included)
    to ``until`` (not included)."""
    query = (select(LoyaltyOperation, Pass.display_name, PassTemplate.balance_type)
             .outerjoin(Pass, Pass.id == LoyaltyOperation.pass_id)
             .outerjoin(PassTemplate, PassTemplate.id == Pass.template_id)
             .order_by(LoyaltyOperation.created_at.desc()))
    filters = []
    if pass_id is not None:
        filters.append(LoyaltyOperation.pass_id == pass_id)
    if desk is not None:
        filters.append(LoyaltyOperation.desk == desk)
    if since is not None:
        filters.append(LoyaltyOperation.created_at >= since)
    if until is not None:
        filters.append(LoyaltyOperation.created_at < until)
    if filters:
        query = query.where(and_(*filters))
    if limit is not None:
        query = query.limit(limit)
    return [OperationLine(op.id, op.created_at, op.pass_id, holder, op.action, op.kind,
                          op.amount, op.spent, op.balance_after, op.confirmed_balance,
                          op.state, op.message, op.note, op.desk, BalanceType.of(balance_type))
            for op, holder, balance_type in session.execute(query)]


def operation_totals(session: Session, *, pass_id: str | None = None, desk: str | None = None,
                     since: datetime | None = None) -> Totals:
    """Totals over every matching operation (not only the ones a list shows)."""
    query = select(LoyaltyOperation.kind, LoyaltyOperation.amount, LoyaltyOperation.state)
    if pass_id is not None:
        query = query.where(LoyaltyOperation.pass_id == pass_id)
    if desk is not None:
        query = query.where(LoyaltyOperation.desk == desk)
    if since is not None:
        query = query.where(LoyaltyOperation.created_at >= since)
    return totals((kind, amount, state) for kind, amount, state in session.execute(query).all())
