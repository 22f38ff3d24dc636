"""Loyalty insights over generated operation logs: every figure against a direct count
in Python over the rows written (local days across a daylight-saving change and
around local midnight, active cardholders, rewards reached, desks and shifts, the
queue), on an SQLite file and on PostgreSQL."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from passdesk.core.loyalty import BalanceType, LoyaltyRules, Reward
from passdesk.core.loyalty_insights import NO_DESK, LoyaltyInsights, bars, offsets
from passdesk.store.database import Database
from passdesk.store.loyalty_insights import loyalty_insights
from passdesk.store.schema import LoyaltyOperation, Pass, PassTemplate

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
#: Reward thresholds per template; "t-shop" and cards the store does not hold use DEFAULT.
RULES = {"t-cafe": LoyaltyRules(rewards=(Reward(100, "A coffee"), Reward(250, "A cake"))),
         "t-deli": LoyaltyRules(rewards=(Reward(50, "A sandwich"),)),
         "t-plain": LoyaltyRules()}
DEFAULT = LoyaltyRules(rewards=(Reward(500, "A hamper"),))
TEMPLATES = {"t-cafe": "integer", "t-deli": "integer", "t-plain": "integer",
             "t-shop": "decimal"}
DESKS = ("Front", "back counter", "Hub", None)
STATES = ("applied",) * 6 + ("pending",) * 2 + ("review", "failed", "discarded")
NOT_COUNTED = ("failed", "discarded")


@dataclass(frozen=True)
class Row:
    id: str
    pass_id: str
    created_at: datetime
    kind: str
    amount: int
    desk: str | None
    state: str
    balance_after: int | None

    def as_dict(self) -> dict:
        return {"id": self.id, "pass_id": self.pass_id, "created_at": self.created_at,
                "kind": self.kind, "amount": self.amount, "desk": self.desk,
                "state": self.state, "balance_after": self.balance_after,
                "action": None, "message": None, "note": None, "spent": None,
                "confirmed_balance": None}


@dataclass(frozen=True)
class Log:
    rows: list[Row]
    #: pass id -> template id (None: no template); cards absent here are not in the store.
    cards: dict[str, str | None]


def local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(), tz).astimezone(UTC)


def generate(seed: int, start: datetime, end: datetime, tz: tzinfo, count: int) -> Log:
    """Operations around the period: inside and outside it, on its edges, near each
    local midnight, part-of-day boundary and offset change, to the microsecond."""
    rnd = random.Random(seed)
    cards = {f"p{k}": rnd.choice([*TEMPLATES, None]) for k in range(120)}
    pass_ids = [*cards, "p-gone-1", "p-gone-2"]  # two cards the store does not hold
    moments = [start, end, end - timedelta(microseconds=1), *(at for at, _ in
                                                               offsets(start, end, tz))]
    day = (start - timedelta(days=1)).astimezone(tz).date()
    while local_midnight(day, tz) <= end + timedelta(days=1):
        for hour in (0, 6, 12, 17):
            moments.append(datetime.combine(day, time(hour), tz).astimezone(UTC))
        day += timedelta(days=1)
    span = (end - start) + timedelta(days=2)
    times = []
    for _ in range(count):
        pick = rnd.random()
        if pick < 0.4:
            base = rnd.choice(moments)
            at = base + timedelta(seconds=rnd.uniform(-5400, 5400))
        elif pick < 0.5:
            at = rnd.choice(moments)
        else:
            at = start - timedelta(days=1) + span * rnd.random()
        times.append(at.replace(microsecond=rnd.randrange(1_000_000)) if pick >= 0.5
                     or rnd.random() < 0.5 else at)
    times.sort()
    balances = {p: rnd.randrange(0, 300) for p in pass_ids}
    rows = []
    for n, at in enumerate(times):
        pass_id = rnd.choice(pass_ids)
        state = rnd.choice(STATES)
        if rnd.random() < 0.1:
            kind, amount = "override", rnd.choice([0, 40, 120, 300, 600, rnd.randrange(900)])
            after = amount
        else:
            kind = "delta"
            amount = rnd.choice([-1, 1]) * rnd.randrange(1, 200)
            if balances[pass_id] + amount < 0:
                amount = -amount
            after = balances[pass_id] + amount
        if state not in NOT_COUNTED:
            balances[pass_id] = after
        known = after if rnd.random() > 0.1 else None
        rows.append(Row(f"op-{n:06d}", pass_id, at, kind, amount, rnd.choice(DESKS), state, known))
    return Log(rows, cards)


def write(db: Database, log: Log) -> None:
    with db.session() as s:
        s.execute(insert(PassTemplate), [
            {"id": t, "name": t, "loyalty_enabled": True, "balance_type": kind,
             "attributes": {}} for t, kind in TEMPLATES.items()])
        s.execute(insert(Pass), [{"id": p, "template_id": t, "attributes": {}}
                                 for p, t in log.cards.items()])
        s.execute(insert(LoyaltyOperation), [row.as_dict() for row in log.rows])


# --- the direct count ------------------------------------------------------------------


def shift_of(local: datetime) -> str:
    hour = local.hour
    return "night" if hour < 6 else "morning" if hour < 12 else "afternoon" if hour < 17 \
        else "evening"


def counted_in(log: Log, start: datetime, end: datetime) -> list[Row]:
    return [r for r in log.rows if start <= r.created_at < end and r.state not in NOT_COUNTED]


def rules_of(log: Log, pass_id: str) -> LoyaltyRules:
    template = log.cards.get(pass_id)
    return RULES.get(template, DEFAULT) if template is not None else DEFAULT


def reward_cards(log: Log, start: datetime, end: datetime) -> set[str]:
    reached = set()
    for row in counted_in(log, start, end):
        if row.balance_after is None:
            continue
        if row.kind == "delta":
            before = row.balance_after - row.amount
        else:
            earlier = [r for r in log.rows if r.pass_id == row.pass_id
                       and (r.created_at, r.id) < (row.created_at, row.id)
                       and r.state not in NOT_COUNTED and r.balance_after is not None]
            before = max(earlier, key=lambda r: (r.created_at, r.id)).balance_after \
                if earlier else None
        if rules_of(log, row.pass_id).newly_reached(before, row.balance_after):
            reached.add(row.pass_id)
    return reached


def expected_figures(log: Log, start: datetime, end: datetime, tz: tzinfo) -> dict:
    rows = counted_in(log, start, end)
    per_day: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_desk: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    per_shift: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        local = row.created_at.astimezone(tz)
        issued = row.amount if row.kind == "delta" and row.amount > 0 else 0
        redeemed = -row.amount if row.kind == "delta" and row.amount < 0 else 0
        desk = row.desk or NO_DESK
        for bucket in (per_day[local.date()], per_desk[desk],
                       per_shift[desk, shift_of(local)]):
            bucket[0] += 1
            bucket[1] += issued
            bucket[2] += redeemed
    states = Counter(r.state for r in log.rows)
    kinds = {BalanceType.of(TEMPLATES.get(log.cards.get(r.pass_id) or "")) for r in rows}
    return {
        "days": {d: tuple(v) for d, v in per_day.items()},
        "per_desk": {d: tuple(v) for d, v in per_desk.items()},
        "per_shift": {k: tuple(v) for k, v in per_shift.items()},
        "active_cardholders": len({r.pass_id for r in rows}),
        "rewards_reached": len(reward_cards(log, start, end)),
        "waiting": states["pending"],
        "under_review": states["review"],
        "balance_type": kinds.pop() if len(kinds) == 1 else None,
    }


def figures_of(insights: LoyaltyInsights) -> dict:
    return {
        "days": {d.day: (d.operations, d.issued, d.redeemed) for d in insights.days
                 if d.operations},
        "per_desk": {d.desk: (d.operations, d.issued, d.redeemed) for d in insights.per_desk},
        "per_shift": {(d.desk, d.shift): (d.operations, d.issued, d.redeemed)
                      for d in insights.per_shift},
        "active_cardholders": insights.active_cardholders,
        "rewards_reached": insights.rewards_reached,
        "waiting": insights.waiting,
        "under_review": insights.under_review,
        "balance_type": insights.balance_type,
    }


def read(db: Database, start: datetime, end: datetime, tz: tzinfo,
         now: datetime | None = None) -> LoyaltyInsights:
    with db.session() as s:
        return loyalty_insights(s, start=start, end=end, tz=tz, now=now or end,
                                rules=RULES, default_rules=DEFAULT)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    yield database
    database.close()


# --- the tests -------------------------------------------------------------------------

#: (time zone, first local day, days): the spring change in London, the autumn one in
#: New York, and a day that is not a whole number of hours from UTC (India, +5:30).
PERIODS = [(LONDON, date(2026, 3, 26), 6), (NEW_YORK, date(2026, 10, 29), 6),
           (ZoneInfo("Asia/Kolkata"), date(2026, 6, 1), 3)]


@pytest.mark.parametrize(("tz", "first", "length"), PERIODS)
@pytest.mark.parametrize("seed", [1, 2])
def test_every_figure_matches_a_direct_count(db, tz, first, length, seed) -> None:
    start = local_midnight(first, tz)
    end = local_midnight(first + timedelta(days=length), tz)
    log = generate(seed, start, end, tz, count=1500)
    write(db, log)
    insights = read(db, start, end, tz)
    assert figures_of(insights) == expected_figures(log, start, end, tz)
    assert [d.day for d in insights.days] == [first + timedelta(days=k) for k in range(length)]
    # Each desk's line is the sum of its shifts'; the days add up to the desks.
    for line in insights.per_desk:
        shifts = [s for s in insights.per_shift if s.desk == line.desk]
        assert (sum(s.operations for s in shifts), sum(s.issued for s in shifts),
                sum(s.redeemed for s in shifts)) == (line.operations, line.issued,
                                                     line.redeemed)
    assert insights.totals.operations == sum(d.operations for d in insights.per_desk)
    assert insights.per_desk[-1].desk == NO_DESK
    assert [d.desk for d in insights.per_desk[:-1]] == ["back counter", "Front", "Hub"]


def test_a_period_that_does_not_start_at_midnight(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        start = datetime(2026, 3, 28, 15, 17, 3, 250_000, tzinfo=UTC)
        end = datetime(2026, 3, 30, 9, 41, tzinfo=UTC)
        log = generate(7, start, end, LONDON, count=800)
        write(db, log)
        insights = read(db, start, end, LONDON)
        assert figures_of(insights) == expected_figures(log, start, end, LONDON)
        assert [d.day for d in insights.days] == [date(2026, 3, 28), date(2026, 3, 29),
                                                  date(2026, 3, 30)]
    finally:
        db.close()


def op(n: int, at: datetime, amount: int, *, card: str = "p1", state: str = "applied",
       kind: str = "delta", desk: str | None = "Front", after: int | None = None) -> Row:
    return Row(f"op-{n:06d}", card, at, kind, amount, desk, state, after)


def test_local_days_around_midnight_and_the_spring_change(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        london = [  # (local wall-clock time, points)
            (datetime(2026, 3, 28, 23, 59, 59, 999_999), 1),
            (datetime(2026, 3, 29, 0, 0), 10),  # GMT: 00:00 UTC
            (datetime(2026, 3, 29, 0, 59, 59), 100),  # the last second of GMT
            (datetime(2026, 3, 29, 3, 0), 1000),  # BST: 02:00 UTC
            (datetime(2026, 3, 29, 23, 30), 10_000),  # BST: 22:30 UTC, still the 29th
            (datetime(2026, 3, 30, 0, 10), 100_000),  # BST: 23:10 UTC on the 29th
        ]
        rows = [op(n, wall.replace(tzinfo=LONDON).astimezone(UTC), points)
                for n, (wall, points) in enumerate(london)]
        write(db, Log(rows, {"p1": "t-cafe"}))
        start, end = (local_midnight(date(2026, 3, day), LONDON) for day in (28, 31))
        insights = read(db, start, end, LONDON)
        assert [(d.day.day, d.issued) for d in insights.days] == [
            (28, 1), (29, 11_110), (30, 100_000)]
        assert {s.shift: s.operations for s in insights.per_shift} == {
            "night": 4, "evening": 2}
    finally:
        db.close()


def test_rewards_reached_follow_each_templates_thresholds(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        t = datetime(2026, 5, 4, 9, tzinfo=UTC)
        minute = timedelta(minutes=1)
        rows = [
            op(0, t, 30, card="cafe-1", after=90),  # 60 -> 90: below 100
            op(1, t + minute, 20, card="cafe-1", after=110),  # 90 -> 110: a coffee
            op(2, t + 2 * minute, 20, card="cafe-1", after=130),  # again: counted once
            op(3, t, 60, card="deli-1", after=60),  # 0 -> 60: a sandwich
            op(4, t, 60, card="deli-2", after=60, state="failed"),  # refused: none
            op(5, t, 400, card="shop-1", after=600),  # 200 -> 600 on the default rules
            op(6, t, 600, card="cafe-2", kind="override", after=600),  # no before: reached
            op(7, t - timedelta(days=2), 10, card="cafe-3", after=300),
            op(8, t, 290, card="cafe-3", kind="override", after=290),  # from 300: none
            op(9, t, -50, card="cafe-4", after=120),  # a redemption reaches nothing
            op(10, t, 100, card="deli-3", after=None),  # balance not known: none
            op(11, t, 100, card="plain-1", after=900),  # a template without rewards
        ]
        cards = {"cafe-1": "t-cafe", "cafe-2": "t-cafe", "cafe-3": "t-cafe",
                 "cafe-4": "t-cafe", "deli-1": "t-deli", "deli-2": "t-deli",
                 "deli-3": "t-deli", "shop-1": "t-shop", "plain-1": "t-plain"}
        write(db, Log(rows, cards))
        insights = read(db, t - timedelta(hours=1), t + timedelta(hours=1), UTC)
        assert insights.rewards_reached == 4  # cafe-1, deli-1, shop-1, cafe-2
        assert insights.active_cardholders == 8  # all but deli-2 (refused)
        with db.session() as s:
            none = loyalty_insights(s, start=t - timedelta(hours=1), end=t + timedelta(hours=1),
                                    tz=UTC, now=t)
        assert none.rewards_reached == 0  # no rewards set up anywhere
    finally:
        db.close()


def test_days_stop_at_now_and_the_queue_is_the_whole_log(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    try:
        start = local_midnight(date(2026, 12, 1), LONDON)
        rows = [op(0, start + timedelta(hours=30), 5),
                op(1, start - timedelta(days=40), 5, state="pending"),
                op(2, start + timedelta(hours=1), 5, state="review"),
                op(3, start + timedelta(hours=2), 5, state="discarded")]
        write(db, Log(rows, {"p1": None}))
        now = start + timedelta(days=2, hours=10)
        insights = read(db, start, start + timedelta(days=31), LONDON, now=now)
        assert [d.day.day for d in insights.days] == [1, 2, 3]
        assert (insights.waiting, insights.under_review) == (1, 1)
        assert insights.totals.operations == 2
        assert insights.balance_type is BalanceType.INTEGER  # a card without a template
        empty = read(db, start + timedelta(days=10), start + timedelta(days=11), LONDON,
                     now=now)
        assert [d.day.day for d in empty.days] == [11]
        assert (empty.active_cardholders, empty.per_desk, empty.per_shift) == (0, (), ())
    finally:
        db.close()


def test_a_long_period_draws_weeks_then_months() -> None:
    from passdesk.core.loyalty_insights import BarSpan, LoyaltyDay

    days = [LoyaltyDay(date(2026, 1, 1) + timedelta(days=k), k, 1, 1) for k in range(300)]
    span, drawn = bars(days[:31])
    assert (span, len(drawn)) == (BarSpan.DAY, 31)
    span, drawn = bars(days[:120])
    assert span is BarSpan.WEEK
    assert drawn[0].first == date(2025, 12, 29)
    assert sum(b.issued for b in drawn) == sum(range(120))
    span, drawn = bars(days)
    assert span is BarSpan.MONTH
    assert [b.first.month for b in drawn] == list(range(1, 11))
    assert sum(b.redeemed for b in drawn) == 300
