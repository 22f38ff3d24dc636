"""Totals of loyalty operations: a list's footer, and a shift's Z-report by kind.

Operations that were refused or discarded changed no balance, so they are
left out everywhere; operations still on their way count, and are also
counted as "not yet confirmed".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from passdesk.core.loyalty import Action, BalanceType


@dataclass(frozen=True)
class Totals:
    operations: int = 0
    issued: int = 0
    redeemed: int = 0
    overrides: int = 0
    #: Waiting for the API or for a person.
    unconfirmed: int = 0


#: Operation states that did not (or will not) change a balance.
NOT_COUNTED = ("failed", "discarded")
#: Operation states still waiting for the API or for a person.
UNCONFIRMED = ("pending", "review")


def totals(operations: Iterable[tuple[str, int, str]]) -> Totals:
    """Totals over (kind "delta"|"override", amount, state); refused and discarded ones left out."""
    count = issued = redeemed = overrides = unconfirmed = 0
    for kind, amount, state in operations:
        if state in NOT_COUNTED:
            continue
        count += 1
        unconfirmed += state in UNCONFIRMED
        if kind == "override":
            overrides += 1
        elif amount >= 0:
            issued += amount
        else:
            redeemed -= amount
    return Totals(count, issued, redeemed, overrides, unconfirmed)


# --- the Z-report ------------------------------------------------------------------

#: The kinds a report lists, in this order; older rows without an action are
#: "set" (an override) or "change" (a delta).
REPORT_KINDS = (Action.EARN, Action.ADD, Action.REDEEM, Action.SET, Action.SCAN, Action.UNDO)
OTHER_CHANGE = "change"


@dataclass(frozen=True)
class KindTotal:
    """One kind of operation in a shift: how many, the points in and out, money spent."""

    kind: str
    operations: int = 0
    issued: int = 0
    redeemed: int = 0
    #: Sum of the amounts spent (earn only).
    spent: Decimal = Decimal(0)
    unconfirmed: int = 0


@dataclass(frozen=True)
class ShiftReport:
    desk: str
    started: datetime
    ended: datetime
    totals: Totals
    #: Only the kinds that happened, in ``REPORT_KINDS`` order.
    kinds: tuple[KindTotal, ...]
    #: None when the shift's cards mix integer and decimal balances.
    balance_type: BalanceType | None = BalanceType.INTEGER


@dataclass(frozen=True)
class ReportLine:
    """One operation as a report counts it."""

    action: str | None
    kind: str  # "delta" | "override"
    amount: int
    state: str
    spent: str | None = None


def _kind_of(line: ReportLine) -> str:
    try:
        return str(Action(line.action))
    except ValueError:
        return str(Action.SET) if line.kind == "override" else OTHER_CHANGE


def _money(text: str | None) -> Decimal:
    try:
        return Decimal(text) if text else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def shift_report(desk: str, started: datetime, ended: datetime, lines: Iterable[ReportLine],
                 balance_type: BalanceType | None = BalanceType.INTEGER) -> ShiftReport:
    """The Z-report of ``lines`` (a shift's operations at ``desk``)."""
    counted = [line for line in lines if line.state not in NOT_COUNTED]
    by_kind: dict[str, KindTotal] = {}
    for line in counted:
        name = _kind_of(line)
        was = by_kind.get(name, KindTotal(name))
        delta = line.amount if line.kind == "delta" else 0
        by_kind[name] = KindTotal(
            name, was.operations + 1, was.issued + max(delta, 0), was.redeemed + max(-delta, 0),
            was.spent + _money(line.spent), was.unconfirmed + (line.state in UNCONFIRMED))
    order = [str(k) for k in REPORT_KINDS] + [OTHER_CHANGE]
    kinds = tuple(by_kind[k] for k in order if k in by_kind)
    all_totals = totals((line.kind, line.amount, line.state) for line in counted)
    return ShiftReport(desk, started, ended, all_totals, kinds, balance_type)
