"""The till's store side: operations with their outbox rows, lists, totals, CSV, doubt."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from passdesk.store import loyalty as loyalty_store
from passdesk.store import loyalty_export
from passdesk.store.database import Database
from passdesk.store.loyalty import NewOperation
from passdesk.store.schema import LoyaltyOperation, OutboxRow, Pass, PassTemplate
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.loyalty import NeedsSupervisor, RepeatedChange, change_balance

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
    with pytest.raises(ChangeRefused, match="the balance is not known"):
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


def _earn_redeem_set(db, clock: Clock) -> None:
    """A front-desk shift: earn 250 for 25.00 spent, redeem 100, set to 0; a second apart."""
    change_balance(db, pass_id="p1", delta=250, desk="front", action="earn",
                   spent=Decimal("25.00"), clock=clock)
    clock.now += timedelta(seconds=1)
    change_balance(db, pass_id="p1", delta=-100, desk="front", action="redeem", clock=clock)
    clock.now += timedelta(seconds=1)
    change_balance(db, pass_id="p1", override=0, desk="front", action="set", clock=clock)


def test_export_writes_data_rows_only_points_as_shown_and_defuses_formulas(db) -> None:
    clock = Clock()
    _earn_redeem_set(db, clock)
    with db.session() as s:  # the pusher's own note, as delivery writes it
        for op in s.query(LoyaltyOperation).filter(LoyaltyOperation.action == "redeem"):
            op.note = "-100 applied"
    out = io.StringIO()
    with db.session() as s:
        written = loyalty_export.export_csv(s, out, desk="front", since=T0)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert written == 3
    assert rows[0] == list(loyalty_export.EXPORT_COLUMNS)
    assert len(rows) == 4, "data rows only: no totals block under them"
    body = rows[1:]
    assert [r[2] for r in body] == ["'=HYPERLINK(\"x\")"] * 3  # a name is not run
    assert [(r[4], r[5], r[6], r[7]) for r in body] == [
        ("earn", "+2.50", "12.50", "25.00"), ("redeem", "-1.00", "11.50", ""),
        ("set", "set 0.00", "0.00", "")]
    assert body[1][11] == "-100 applied", "our own note is not quoted"


@pytest.mark.parametrize(("text", "written"), [
    ("-10 applied", "-10 applied"), ("+5", "+5"), ("-1.50", "-1.50"),
    ("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("+HYPERLINK(\"x\")", "'+HYPERLINK(\"x\")"), ("-", "'-"), ("Ana", "Ana")])
def test_only_text_a_spreadsheet_could_run_is_quoted(text: str, written: str) -> None:
    assert loyalty_export._cell(text) == written


def test_a_shift_report_counts_each_kind_and_goes_to_its_own_table(db) -> None:
    clock = Clock()
    _earn_redeem_set(db, clock)
    clock.now += timedelta(seconds=1)
    change_balance(db, pass_id="p1", delta=5, desk="back", action="add", clock=clock)
    end = clock.now
    clock.now += timedelta(seconds=1)
    change_balance(db, pass_id="p1", delta=7, desk="front", action="add", clock=clock)  # after
    with db.session() as s:
        report = loyalty_export.shift_totals(s, desk="front", since=T0, until=end)
    assert (report.totals.operations, report.totals.issued, report.totals.redeemed,
            report.totals.overrides) == (3, 250, 100, 1)
    assert [(k.kind, k.operations, k.issued, k.redeemed) for k in report.kinds] == [
        ("earn", 1, 250, 0), ("redeem", 1, 0, 100), ("set", 1, 0, 0)]
    assert report.kinds[0].spent == Decimal("25.00")
    out = io.StringIO()
    loyalty_export.export_totals_csv(report, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(loyalty_export.TOTALS_COLUMNS)
    assert [r[3:8] for r in rows[1:]] == [
        ["earn", "1", "2.50", "0.00", "25.00"], ["redeem", "1", "0.00", "1.00", ""],
        ["set", "1", "0.00", "0.00", ""], ["all", "3", "2.50", "1.00", "25.00"]]
    assert {r[0] for r in rows[1:]} == {"front"}


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


def _pulled(db, pass_id: str, **values) -> None:
    """The pass as a pull left it: its balance field, and no balance read from PassEntry."""
    with db.session() as s:
        s.add(Pass(id=pass_id, display_name="Minh Björk", status=values.pop("status", "active"),
                   template_id=values.pop("template", "t-card"), synced_at=T0,
                   attributes={"passContent": {"points": values.pop("points", "63")}},
                   **values))


@pytest.fixture
def cards(db):
    with db.session() as s:
        s.add(PassTemplate(id="t-card", name="Card", loyalty_enabled=True,
                           balance_type="integer", attributes={
                               "header": {"header_one": {"id": "points", "label": "Points"}}}))
    return db


def test_without_a_confirmed_balance_the_pulled_one_stands_in_marked(cards) -> None:
    _pulled(cards, "c1")
    with cards.session() as s:
        card = loyalty_store.customer(s, "c1")
    assert (card.confirmed, card.expected, card.unconfirmed, card.last_known) == \
        (None, 63, True, 63)
    assert card.last_synced_at == T0
    change_balance(cards, pass_id="c1", delta=-10, desk="front", clock=Clock())
    with cards.session() as s:
        card = loyalty_store.customer(s, "c1")
        [line] = loyalty_store.operations(s, pass_id="c1")
    assert (card.expected, card.pending) == (53, 1)
    assert (line.balance_after, line.note) == (
        53, "against the last known balance 63, not confirmed")


def test_above_the_limit_the_queue_needs_a_supervisor(cards) -> None:
    _pulled(cards, "c1")
    with pytest.raises(NeedsSupervisor, match=r"More than 50 points .* a supervisor must approve"):
        change_balance(cards, pass_id="c1", delta=-51, clock=Clock())
    with pytest.raises(NeedsSupervisor, match="More than 20 points"):
        change_balance(cards, pass_id="c1", delta=-21, unconfirmed_limit=20, clock=Clock())
    with pytest.raises(ChangeRefused, match=r"the balance is 63 \(from the last sync"):
        change_balance(cards, pass_id="c1", delta=-64, approved=True, clock=Clock())
    change_balance(cards, pass_id="c1", delta=-60, approved=True, clock=Clock())
    with cards.session() as s:
        [line] = loyalty_store.operations(s, pass_id="c1")
    assert line.note.endswith("approved by a supervisor")


def test_a_confirmed_balance_is_not_limited(cards) -> None:
    _pulled(cards, "c1", loyalty_balance=400, loyalty_read_at=T0)
    change_balance(cards, pass_id="c1", delta=-300, clock=Clock())
    with cards.session() as s:
        card = loyalty_store.customer(s, "c1")
    assert (card.expected, card.unconfirmed) == (100, False)


def test_a_cancelled_card_changes_not_at_all(cards) -> None:
    _pulled(cards, "c1", status="deactivated")
    for change in ({"delta": 5}, {"delta": -5}, {"override": 0}):
        with pytest.raises(ChangeRefused, match="This card was cancelled"):
            change_balance(cards, pass_id="c1", clock=Clock(), **change)
    with cards.session() as s:
        assert s.query(OutboxRow).count() == 0
        assert loyalty_store.customer(s, "c1").cancelled
