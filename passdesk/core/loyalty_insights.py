"""Loyalty insights for a shop owner, as plain data: points issued and redeemed per
day, active cardholders, rewards reached, operations per desk and per shift, and
the changes still waiting. ``store/loyalty_insights.py`` counts them; the
Insights pane draws them (``gui/insights/loyalty_view.py``).

Words used throughout:

- an **operation** is one row of the loyalty log (``loyalty_operations``): one
  balance change a desk queued (the Till, a scan with loyalty, a Door taking an
  undone admission's points back, the hub). One PassEntry refused ("failed")
  or a person discarded changed no balance: it is left out of every figure,
  as the Z-report leaves it out (``core.loyalty_report.NOT_COUNTED``). One
  still on its way counts.
- **issued** are the points counted deltas added (amount above zero);
  **redeemed** the points counted deltas took (amount below zero), as a
  positive number. A SET (an override of the balance) moves no points in or
  out: it counts as an operation only, as in the Z-report.
- a **day** is a local day where the desk is: midnight to midnight in the
  desk's time zone, so the day of a daylight-saving change lasts 23 or 25 hours.
- an **active cardholder** is a card (a pass) with at least one counted
  operation in the period.
- a **reward reached** is a card whose balance crossed, upwards, one of the
  reward thresholds of its template (the Till's "Earning and rewards",
  ``core.loyalty.Reward``) by a counted operation in the period: the balance
  before it was below the threshold and the balance after it (what the
  customer was told, ``balance_after``) at or above. Before a delta is the
  balance after less the amount, as the Till plans it; before a SET is the
  balance after the card's previous counted operation whose balance is known
  (by time, then id, at any date), and when there is none every reward the new
  balance reaches counts, as the Till's plan says.
  An operation whose resulting balance is not known (older rows, a Door taking
  points back) reaches none. A card counts once, however many rewards or
  times it reached in the period.
- a **shift** is a part of the local day at a desk (``DAY_PARTS``: night,
  morning, afternoon, evening). The Till's own shift (started at
  ``TillSetup.shift_started``, ended by its Z-report) lives in each till's
  settings, not in the store, so past shifts cannot be told apart from the
  log; a part of the day reads the same at every desk and on every day.
- **waiting** are the operations queued and not yet confirmed by PassEntry
  (state "pending": in the outbox or being sent); **under review** the ones
  whose outcome the pusher could not tell, flagged for a person (state
  "review"). Both are the queue as it is now, whenever the change was made:
  an old change still waiting is what the owner must see.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from passdesk.core.loyalty import BalanceType

#: States of an operation still waiting for PassEntry, and flagged for a person.
WAITING, UNDER_REVIEW = "pending", "review"
#: What an operation made without a desk name is listed as.
NO_DESK = "(no desk)"


@dataclass(frozen=True)
class DayPart:
    """A shift: from ``starts`` (local time) to the next part's start, or midnight."""

    name: str
    starts: time

    @property
    def seconds(self) -> int:
        return self.starts.hour * 3600 + self.starts.minute * 60 + self.starts.second


#: The parts of a local day, in order; the first starts at midnight.
DAY_PARTS: tuple[DayPart, ...] = (
    DayPart("night", time(0)), DayPart("morning", time(6)),
    DayPart("afternoon", time(12)), DayPart("evening", time(17)))


def part_of(local: time, parts: Sequence[DayPart] = DAY_PARTS) -> DayPart:
    """The part of the day ``local`` (a local wall-clock time) falls in."""
    found = parts[0]
    for part in parts:
        if local >= part.starts:
            found = part
    return found


@dataclass(frozen=True)
class Tally:
    """Counted operations, and the points they issued and redeemed."""

    operations: int = 0
    issued: int = 0
    redeemed: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.operations + other.operations, self.issued + other.issued,
                     self.redeemed + other.redeemed)


@dataclass(frozen=True)
class LoyaltyDay:
    """One local day's counted operations and points."""

    day: date
    issued: int = 0
    redeemed: int = 0
    operations: int = 0


@dataclass(frozen=True)
class DeskLine:
    """One desk's counted operations in the period (``shift`` None: the whole day)."""

    desk: str
    operations: int
    issued: int
    redeemed: int
    #: The part of the day (``DayPart.name``), or None for the desk's total.
    shift: str | None = None


@dataclass(frozen=True)
class LoyaltyInsights:
    """The figures of a period (``start`` included, ``end`` not), read at ``as_of``."""

    start: datetime
    end: datetime
    as_of: datetime
    #: Every local day from the one ``start`` falls in, none skipped.
    days: tuple[LoyaltyDay, ...]
    active_cardholders: int
    rewards_reached: int
    #: Per desk, by name (``NO_DESK`` last).
    per_desk: tuple[DeskLine, ...]
    #: Per desk, then per part of the day in ``DAY_PARTS`` order; parts with no
    #: operation are left out.
    per_shift: tuple[DeskLine, ...]
    waiting: int
    under_review: int
    #: The cards' balance type; None when the period mixes integer and decimal.
    balance_type: BalanceType | None = BalanceType.INTEGER

    @property
    def totals(self) -> Tally:
        return sum((Tally(d.operations, d.issued, d.redeemed) for d in self.days), Tally())


# --- local days ----------------------------------------------------------------------


def offsets(start: datetime, end: datetime, tz: tzinfo) -> tuple[tuple[datetime, int], ...]:
    """``tz``'s offset from UTC, in whole seconds, over [``start``, ``end``): pairs
    (from this instant, UTC; offset), the first from ``start``, one more at each change.

    Found by stepping six hours at a time and halving down to the second at each
    change, so a year costs a few thousand ``utcoffset`` calls.
    """
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    found = [(start, _offset(start, tz))]
    at = start
    while at < end:
        nxt = min(at + _STEP, end)
        if _offset(nxt, tz) != found[-1][1]:
            # The change is in (at, nxt]: halve, in whole seconds, to its first second.
            low, high = int(at.timestamp()), math.ceil(nxt.timestamp())
            while high - low > 1:
                mid = (low + high) // 2
                if _offset(_utc(mid), tz) == found[-1][1]:
                    low = mid
                else:
                    high = mid
            change = max(_utc(high), at)
            if change < end:
                found.append((change, _offset(change, tz)))
        at = nxt
    return tuple(found)


_STEP = timedelta(hours=6)


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _offset(at: datetime, tz: tzinfo) -> int:
    delta = at.astimezone(tz).utcoffset() or timedelta()
    return int(delta.total_seconds())


def local_day(at: datetime, tz: tzinfo) -> date:
    return at.astimezone(tz).date()


def days_from(first: date, last: date) -> tuple[date, ...]:
    """Every date from ``first`` to ``last``, both included."""
    count = (last - first).days + 1
    return tuple(first + timedelta(days=k) for k in range(max(count, 0)))


# --- the chart's bars -------------------------------------------------------------------


class BarSpan(StrEnum):
    """What one bar of the chart covers: a day, a week (from Monday), a month."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


#: The most bars the chart draws before it groups days into weeks, then months.
MAX_BARS = 31


@dataclass(frozen=True)
class Bar:
    """One bar pair of the chart: the points issued and redeemed from ``first`` on."""

    first: date
    issued: int
    redeemed: int
    operations: int


def bars(days: Iterable[LoyaltyDay], max_bars: int = MAX_BARS) -> tuple[BarSpan, tuple[Bar, ...]]:
    """``days`` as at most ``max_bars`` bars (when the period allows): one a day,
    else one a week (from Monday), else one a month."""
    days = tuple(days)
    for span in BarSpan:
        grouped: dict[date, Bar] = {}
        for day in days:
            key = _bar_start(day.day, span)
            was = grouped.get(key, Bar(key, 0, 0, 0))
            grouped[key] = Bar(key, was.issued + day.issued, was.redeemed + day.redeemed,
                               was.operations + day.operations)
        if len(grouped) <= max_bars or span is BarSpan.MONTH:
            return span, tuple(grouped[k] for k in sorted(grouped))
    raise AssertionError("unreachable")  # pragma: no cover


def _bar_start(day: date, span: BarSpan) -> date:
    if span is BarSpan.WEEK:
        return day - timedelta(days=day.weekday())
    if span is BarSpan.MONTH:
        return day.replace(day=1)
    return day
