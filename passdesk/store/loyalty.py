"""Loyalty operations made at this desk, and the balance a customer will have."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.store.schema import LoyaltyOperation, Pass

# Operation states, following the outbox row.
PENDING, APPLIED, FAILED, REVIEW, DISCARDED = (
    "pending", "applied", "failed", "review", "discarded")


@dataclass(frozen=True)
class Balance:
    """What the API last confirmed, and what it will be once pending operations land."""

    confirmed: int | None
    expected: int | None
    pending_operations: int


def expected_balance(session: Session, pass_id: str) -> Balance:
    confirmed = session.scalar(select(Pass.loyalty_balance).where(Pass.id == pass_id))
    pending = list(session.scalars(
        select(LoyaltyOperation).where(LoyaltyOperation.pass_id == pass_id,
                                       LoyaltyOperation.state.in_((PENDING, REVIEW)))
        .order_by(LoyaltyOperation.created_at)))
    value = confirmed
    for op in pending:
        if op.kind == "override":
            value = op.amount
        elif value is not None:
            value += op.amount
    return Balance(confirmed, value, len(pending))


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


def confirm_balance(session: Session, pass_id: str, balance: int, when: datetime) -> None:
    row = session.get(Pass, pass_id)
    if row is not None:
        row.loyalty_balance = balance
        row.synced_at = when
