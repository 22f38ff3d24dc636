"""Loyalty insights counted from the loyalty log: ``core.loyalty_insights`` says
what each figure means; this module counts them in SQL, portable to SQLite and
PostgreSQL, so a year of operations is a few aggregate queries, not a loop.

Local days: the period's offsets from UTC are found in Python (a few per year,
``core.loyalty_insights.offsets``), so each operation's local wall-clock time is
its UTC epoch second plus a CASE over those few instants; its local day and
part of the day are then plain integer arithmetic the database groups by.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, and_, case, func, literal, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from passdesk.core.loyalty import BalanceType, LoyaltyRules
from passdesk.core.loyalty_insights import (
    DAY_PARTS,
    NO_DESK,
    UNDER_REVIEW,
    WAITING,
    DayPart,
    DeskLine,
    LoyaltyDay,
    LoyaltyInsights,
    Tally,
    days_from,
    local_day,
    offsets,
)
from passdesk.core.loyalty_report import NOT_COUNTED
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate

DAY_SECONDS = 86_400
_EPOCH_DAY = date(1970, 1, 1)
Op = LoyaltyOperation


class _EpochSeconds(FunctionElement):
    """Whole seconds since 1970-01-01 of a naive-UTC timestamp column (floored)."""

    type = BigInteger()
    name = "epoch_seconds"
    inherit_cache = True


@compiles(_EpochSeconds, "sqlite")
def _epoch_sqlite(element: _EpochSeconds, compiler: Any, **kw: Any) -> str:
    # SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff" text; strftime would round the
    # fraction to milliseconds (23:59:59.9996 into the next day), so cut it off.
    column = compiler.process(element.clauses, **kw)
    return f"CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER)"


@compiles(_EpochSeconds)
def _epoch_standard(element: _EpochSeconds, compiler: Any, **kw: Any) -> str:
    # PostgreSQL: a ``timestamp`` (no zone)'s epoch is its nominal UTC seconds.
    return (f"CAST(FLOOR(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)}))"
            " AS BIGINT)")


def loyalty_insights(session: Session, *, start: datetime, end: datetime, tz: tzinfo,
                     now: datetime, rules: Mapping[str, LoyaltyRules] | None = None,
                     default_rules: LoyaltyRules | None = None,
                     parts: Sequence[DayPart] = DAY_PARTS) -> LoyaltyInsights:
    """The figures of the operations made from ``start`` (included) to ``end`` (not),
    in local days of ``tz``, read at ``now`` (the days listed stop at its day, unless
    an operation is later); the queue (waiting, under review) is the whole log's.

    ``rules`` (per template id) and ``default_rules`` (every other card) are the
    Till's (``TillSetup.rules``, ``TillSetup.default_rules``): their reward
    thresholds decide what "reward reached" means. ``parts``: the shifts, the
    first starting at midnight.
    """
    for moment in (start, end, now):
        if moment.tzinfo is None:
            raise ValueError("naive datetime given; pass an aware one")
    if not parts or parts[0].seconds != 0:
        raise ValueError("the first part of the day starts at midnight")
    start, end, now = start.astimezone(UTC), end.astimezone(UTC), now.astimezone(UTC)
    in_period = and_(Op.created_at >= start, Op.created_at < end,
                     Op.state.not_in(NOT_COUNTED))
    lines = _tallies(session, in_period, start, end, tz, parts) if end > start else []
    active, reached, balance_type = _cards(session, in_period, start, end, rules or {},
                                           default_rules or LoyaltyRules())
    queue = dict(session.execute(
        select(Op.state, func.count()).where(Op.state.in_((WAITING, UNDER_REVIEW)))
        .group_by(Op.state)).all())
    per_day: dict[date, Tally] = {}
    per_desk: dict[str, Tally] = {}
    per_shift: dict[tuple[str, int], Tally] = {}
    for day, part, desk, tally in lines:
        per_day[day] = per_day.get(day, Tally()) + tally
        per_desk[desk] = per_desk.get(desk, Tally()) + tally
        per_shift[desk, part] = per_shift.get((desk, part), Tally()) + tally
    desks = sorted(per_desk, key=lambda d: (d == NO_DESK, d.casefold(), d))
    return LoyaltyInsights(
        start=start, end=end, as_of=now,
        days=tuple(LoyaltyDay(d, t.issued, t.redeemed, t.operations) for d, t in (
            (d, per_day.get(d, Tally())) for d in _days(start, end, now, tz, per_day))),
        active_cardholders=active, rewards_reached=reached,
        per_desk=tuple(DeskLine(d, *_figures(per_desk[d])) for d in desks),
        per_shift=tuple(DeskLine(d, *_figures(per_shift[d, k]), shift=part.name)
                        for d in desks for k, part in enumerate(parts)
                        if (d, k) in per_shift),
        waiting=queue.get(WAITING, 0), under_review=queue.get(UNDER_REVIEW, 0),
        balance_type=balance_type)


def _figures(tally: Tally) -> tuple[int, int, int]:
    return tally.operations, tally.issued, tally.redeemed


def _days(start: datetime, end: datetime, now: datetime, tz: tzinfo,
          counted: Mapping[date, Tally]) -> tuple[date, ...]:
    """From ``start``'s local day to the last one the period has reached by ``now``
    (or the last with an operation, should a desk's clock run ahead)."""
    first = local_day(start, tz)
    reached = min(end, now)
    last = local_day(reached - timedelta(microseconds=1), tz) if reached > start else first
    last = max([last, *counted])
    return days_from(first, last)


def _tallies(session: Session, in_period: ColumnElement[bool], start: datetime,
             end: datetime, tz: tzinfo, parts: Sequence[DayPart]
             ) -> list[tuple[date, int, str, Tally]]:
    """(local day, part index, desk, tally) for every group with an operation.

    The database first groups by desk and by a slot of local time (the longest
    that every part of the day starts on: an hour for ``DAY_PARTS``), so the
    local time is computed once per row; then those groups by day and part.
    """
    steps = offsets(start, end, tz)
    if len(steps) == 1:
        offset: ColumnElement[Any] = literal(steps[0][1], BigInteger)
    else:
        offset = case(*((Op.created_at < at, literal(before, BigInteger))
                        for (at, _), (_, before) in zip(steps[1:], steps, strict=False)),
                      else_=literal(steps[-1][1], BigInteger))
    slot = math.gcd(DAY_SECONDS, *(p.seconds for p in parts))
    per_day = DAY_SECONDS // slot
    # Three levels, each plain SQL: the local slot is computed once per row (the
    # first grouping), day and part from it, then the groups the figures need.
    slots = (select(((_EpochSeconds(Op.created_at) + offset) // slot).label("slot"), Op.desk,
                    func.count().label("operations"),
                    func.sum(case((and_(Op.kind == "delta", Op.amount > 0), Op.amount),
                                  else_=0)).label("issued"),
                    func.sum(case((and_(Op.kind == "delta", Op.amount < 0), -Op.amount),
                                  else_=0)).label("redeemed"))
             .where(in_period).group_by("slot", Op.desk).subquery())
    of_day = slots.c.slot % per_day
    part = case(*((of_day < p.seconds // slot, literal(k - 1, BigInteger))
                  for k, p in enumerate(parts) if k),
                else_=literal(len(parts) - 1, BigInteger)) if len(parts) > 1 \
        else literal(0, BigInteger)
    keyed = select((slots.c.slot // per_day).label("day"), part.label("part"), slots.c.desk,
                   slots.c.operations, slots.c.issued, slots.c.redeemed).subquery()
    rows = session.execute(
        select(keyed.c.day, keyed.c.part, keyed.c.desk, func.sum(keyed.c.operations),
               func.sum(keyed.c.issued), func.sum(keyed.c.redeemed))
        .group_by(keyed.c.day, keyed.c.part, keyed.c.desk))
    return [(_EPOCH_DAY + timedelta(days=int(day)), int(part_index), desk or NO_DESK,
             Tally(int(count), int(issued or 0), int(redeemed or 0)))
            for day, part_index, desk, count, issued, redeemed in rows]


def _cards(session: Session, in_period: ColumnElement[bool], start: datetime, end: datetime,
           rules: Mapping[str, LoyaltyRules], default_rules: LoyaltyRules
           ) -> tuple[int, int, BalanceType | None]:
    """Active cardholders, how many reached a reward, and their balance type (None:
    integer and decimal mixed), in one pass over the period's operations."""
    rewards = _Rewards(rules, default_rules)
    reached_by_delta = case((rewards.by_delta(), 1), else_=0) if rewards.any else literal(0)
    cards = (select(Op.pass_id, func.max(reached_by_delta).label("reached"))
             .where(in_period).group_by(Op.pass_id).subquery())
    reached = cards.c.reached == 1
    if rewards.any:
        reached = or_(reached, cards.c.pass_id.in_(rewards.by_override(in_period, start, end)))
    rows = session.execute(
        select(PassTemplate.balance_type, func.count(),
               func.sum(case((reached, 1), else_=0)))
        .select_from(cards)
        .outerjoin(Pass, Pass.id == cards.c.pass_id)
        .outerjoin(PassTemplate, PassTemplate.id == Pass.template_id)
        .group_by(PassTemplate.balance_type)).all()
    types = {BalanceType.of(kind) for kind, _, _ in rows}
    balance_type = types.pop() if len(types) == 1 else (None if types else BalanceType.INTEGER)
    return (sum(int(n) for _, n, _ in rows), sum(int(r or 0) for _, _, r in rows),
            balance_type)


class _Rewards:
    """The Till's reward thresholds as SQL: which operation crossed one upwards."""

    def __init__(self, rules: Mapping[str, LoyaltyRules], default_rules: LoyaltyRules) -> None:
        self.groups: dict[tuple[int, ...], list[str]] = {}
        for template_id, template_rules in rules.items():
            self.groups.setdefault(_thresholds(template_rules), []).append(template_id)
        self.listed = list(rules)
        self.default = _thresholds(default_rules)
        every = {t for ts in (*self.groups, self.default) for t in ts}
        self.any = bool(every)
        self.lowest = min(every, default=0)

    def crossed(self, pass_id: Any, before: Any, after: Any) -> ColumnElement[bool]:
        """Whether a balance going from ``before`` to ``after`` on ``pass_id``'s card
        reached one of its template's rewards."""

        def crosses(thresholds: tuple[int, ...]) -> ColumnElement[bool]:
            return or_(*(and_(before < t, after >= t) for t in thresholds))

        def cards_of(template_ids: list[str]) -> Any:
            return select(Pass.id).where(Pass.template_id.in_(template_ids))

        which = [and_(crosses(ts), pass_id.in_(cards_of(ids)))
                 for ts, ids in self.groups.items() if ts]
        if self.default:
            others = pass_id.not_in(cards_of(self.listed)) if self.listed else true()
            which.append(and_(crosses(self.default), others))
        return and_(after >= self.lowest, or_(*which))

    def by_delta(self) -> ColumnElement[bool]:
        """A delta adding points: before it is the balance after less the amount."""
        return and_(Op.kind == "delta", Op.amount > 0, Op.balance_after.is_not(None),
                    self.crossed(Op.pass_id, Op.balance_after - Op.amount, Op.balance_after))

    def by_override(self, in_period: ColumnElement[bool], start: datetime, end: datetime
                    ) -> Any:
        """The cards a SET in the period took over a threshold: before it is the
        balance after the card's previous counted operation with one (by time,
        then id), or none. Only the cards with such a SET are looked back on."""
        candidates = select(Op.pass_id).where(in_period, Op.kind == "override",
                                              Op.balance_after >= self.lowest)
        history = (select(Op.pass_id, Op.kind, Op.created_at, Op.balance_after,
                          func.lag(Op.balance_after).over(
                              partition_by=Op.pass_id, order_by=(Op.created_at, Op.id))
                          .label("previous"))
                   .where(Op.state.not_in(NOT_COUNTED), Op.balance_after.is_not(None),
                          Op.created_at < end, Op.pass_id.in_(candidates))
                   .subquery())
        return (select(history.c.pass_id)
                .where(history.c.kind == "override", history.c.created_at >= start,
                       self.crossed(history.c.pass_id, func.coalesce(history.c.previous, -1),
                                    history.c.balance_after)))


def _thresholds(rules: LoyaltyRules) -> tuple[int, ...]:
    return tuple(sorted({reward.threshold for reward in rules.rewards}))
