"""The till's store side: operations with their outbox rows, lists, totals, CSV, doubt."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.loyalty import NewOperation
from passdesk.store.schema import OutboxRow, Pass, PassTemplate
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.loyalty import RepeatedChange, change_balance

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as s:
        s.add(PassTemplate(id="t-cafe", name="Cafe", loyalty_enabled=True,
                           balance_type="decimal", attributes={}))
        s.add(PassTemplate(id="t-show", name="Show", loyalty_enabled=False, attributes={}))
        s.add(Pass(id="p1", display_name="=HYPERLINK(\"x\")", ext_id="c-1", status="active",
                   template_id="t-cafe", loyalty_balance=1000, attributes={}))
        s.add(Pass(id="p2", display_name="Ana Ruiz", status="removed", template_id="t-cafe",
                   attributes={}))
        s.add(Pass(id="p3", display_name="Tom Field", template_id="t-show", attributes={}))
    yield database
    database.close()


def test_the_balance_a_customer_will_have_counts_what_is_on_its_way(db) -> None:
    clock = Clock()
    change_balance(db, pass_id="p1", delta=250, desk="front", action="earn",
                   spent=Decimal("25.00"), clock=clock)
    clock.now += timedelta(seconds=1)
    change_balance(db, pass_id="p1", delta=-200, desk="front", action="redeem", clock=clock)
    with db.session() as s:
        card = loyalty_store.customer(s, "p1")
    assert (card.confirmed, card.expected, card.pending, card.loyalty_enabled) == \
        (1000, 1050, 2, True)
    assert str(card.balance_type) == "decimal"
    with db.session() as s:
        lines = loyalty_store.operations(s, pass_id="p1")
    assert [(ln.action, ln.amount, ln.balance_after, ln.spent) for ln in lines] == [
        ("redeem", -200, 1050, None), ("earn", 250, 1250, "25.00")]


def test_rules_are_checked_where_the_change_is_queued(db) -> None:
    with pytest.raises(ChangeRefused, match="Show template has no loyalty balance"):
        change_balance(db, pass_id="p3", delta=1)
    with pytest.raises(ChangeRefused, match=r"Not enough points: the balance is 10\.00"):
        change_balance(db, pass_id="p1", delta=-1001)
    with pytest.raises(ChangeRefused, match="not known yet"):
        change_balance(db, pass_id="p2", delta=-1)  # never read: cannot be checked
    clock = Clock()
    change_balance(db, pass_id="p1", delta=5, desk="front", clock=clock)
    clock.now += timedelta(seconds=4)
    with pytest.raises(RepeatedChange):
        change_balance(db, pass_id="p1", delta=5, desk="front", clock=clock)
    change_balance(db, pass_id="p1", delta=5, desk="back", clock=clock)  # another desk
    change_balance(db, pass_id="p1", delta=5, desk="front", clock=clock, repeat=True)
    clock.now += timedelta(seconds=6)
    change_balance(db, pass_id="p1", delta=5, desk="front", clock=clock)  # window passed
    with db.session() as s:
        assert loyalty_store.customer(s, "p1").pending == 4
        assert s.query(OutboxRow).count() == 4


def test_a_change_in_doubt_keeps_a_balance_read_from_being_trusted(db) -> None:
    change_balance(db, pass_id="p1", delta=5, clock=Clock())
    with db.session() as s:
        assert not loyalty_store.in_doubt(s, "p1")  # pending, never sent
        row = s.query(OutboxRow).one()
        row.facts = {"sent_at": T0.isoformat()}
    with db.session() as s:
        assert loyalty_store.in_doubt(s, "p1")
        row = s.query(OutboxRow).one()
        row.state, row.facts = "review", {}
    with db.session() as s:
        assert loyalty_store.in_doubt(s, "p1")


def test_export_writes_points_as_shown_totals_and_defuses_formulas(db) -> None:
    clock = Clock()
    change_balance(db, pass_id="p1", delta=250, desk="front", action="earn",
                   spent=Decimal("25.00"), clock=clock)
    clock.now += timedelta(seconds=1)
    change_balance(db, pass_id="p1", delta=-100, desk="front", action="redeem", clock=clock)
    clock.now += timedelta(seconds=1)
    change_balance(db, pass_id="p1", override=0, desk="front", action="set", clock=clock)
    out = io.StringIO()
    with db.session() as s:
        totals = loyalty_store.export_csv(s, out, desk="front", since=T0)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(loyalty_store.EXPORT_COLUMNS)
    body = rows[1:4]
    assert [r[2] for r in body] == ["'=HYPERLINK(\"x\")"] * 3  # a name is not run
    assert [(r[4], r[5], r[6], r[7]) for r in body] == [
        ("earn", "+2.50", "12.50", "25.00"), ("redeem", "-1.00", "11.50", ""),
        ("set", "set 0.00", "0.00", "")]
    assert ["points issued", "2.50"] in rows
    assert ["points redeemed", "1.00"] in rows
    assert ["balances set", "1"] in rows
    assert (totals.operations, totals.issued, totals.redeemed) == (3, 250, 100)


def test_taking_back_scan_points_drops_unsent_ones_and_reverses_sent_ones(db) -> None:
    op = NewOperation("p1", delta=100, desk="door", action="scan")
    with db.session() as s:
        loyalty_store.queue_operation(s, op, T0)
        assert loyalty_store.take_back_scan_points(
            s, pass_id="p1", desk="door", scanned_at=T0, now=T0) == 100
        assert [r.state for r in s.query(OutboxRow)] == ["discarded"]
        # Already undone: nothing more to take back.
        assert loyalty_store.take_back_scan_points(
            s, pass_id="p1", desk="door", scanned_at=T0, now=T0) == 0
        later = T0 + timedelta(minutes=1)
        loyalty_store.queue_operation(s, op, later)
        s.query(OutboxRow).filter(OutboxRow.state == "pending").one().attempts = 1
        assert loyalty_store.take_back_scan_points(
            s, pass_id="p1", desk="door", scanned_at=later, now=later) == 100
        assert [dict(r.payload) for r in s.query(OutboxRow).order_by(OutboxRow.seq)] == [
            {"delta": 100}, {"delta": 100}, {"delta": -100}]
