"""The Loyalty tab shows what the store counted: operations generated into an SQLite
file, read by ``store.loyalty_insights``, drawn; the bars, figures and table read
back from the widgets and checked against a direct count over the rows written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from passdesk.core.loyalty import BalanceType
from passdesk.core.loyalty_insights import (
    DAY_PARTS,
    BarSpan,
    DeskLine,
    LoyaltyDay,
    LoyaltyInsights,
)
from passdesk.gui.i18n import formats
from passdesk.gui.insights.loyalty_view import LoyaltyView
from passdesk.store.database import Database
from passdesk.store.loyalty_insights import loyalty_insights
from tests.unit.store.test_loyalty_insights import (
    DEFAULT,
    LONDON,
    RULES,
    expected_figures,
    generate,
    local_midnight,
    write,
)

#: Where the picture of the tab is saved to be looked at.
PICTURE = Path("/tmp/loyalty_view.png")


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield database
    database.close()


def counted(db: Database, first: date, days: int, count: int, seed: int = 11):
    """Operations generated around ``days`` local days from ``first`` (London, across
    the spring change), the store's figures of them, and the direct count."""
    start = local_midnight(first, LONDON)
    end = local_midnight(first + timedelta(days=days), LONDON)
    log = generate(seed, start, end, LONDON, count=count)
    write(db, log)
    with db.session() as s:
        insights = loyalty_insights(s, start=start, end=end, tz=LONDON, now=end,
                                    rules=RULES, default_rules=DEFAULT)
    return insights, expected_figures(log, start, end, LONDON)


def shown(qtbot, width: int = 1024, height: int = 768) -> LoyaltyView:
    view = LoyaltyView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def not_clipped(view: LoyaltyView) -> list[str]:
    """Labels narrower than their text needs (word-wrapped ones excepted)."""
    return [f"{label.objectName() or label.text()!r}: {label.width()} < "
            f"{label.sizeHint().width()}"
            for label in view.findChildren(QLabel)
            if label.isVisible() and not label.wordWrap()
            and label.width() < label.sizeHint().width()]


def test_the_tab_shows_the_stores_figures(qtbot, db) -> None:
    first = date(2026, 3, 23)
    insights, expected = counted(db, first, days=14, count=2500)
    view = shown(qtbot)
    view.show_insights(insights)
    qtbot.wait(10)

    days = [first + timedelta(days=k) for k in range(14)]
    assert view.chart.span is BarSpan.DAY
    assert view.chart.values() == [
        (formats.day_and_month(d), *(float(v) for v in expected["days"].get(d, (0, 0, 0))[1:]))
        for d in days]
    assert view.chart.day_axis.labelsAngle() == 0  # 14 labels fit side by side
    # The days as the locale writes them ("23 Mar" / "Mar 23").
    assert view.chart.day_axis.titleText() == (f"{formats.day_and_month(days[0])} \u2013 "
                                               f"{formats.day_and_month(days[-1])} 2026")
    issued = sum(v[1] for v in expected["days"].values())
    redeemed = sum(v[2] for v in expected["days"].values())
    assert view.chart.issued.label() == f"Issued ({issued:,})"
    assert view.chart.redeemed.label() == f"Redeemed ({redeemed:,})"
    top = view.chart.points_axis.max()
    assert top >= max(max(v[1], v[2]) for v in expected["days"].values())

    figures = {key: figure.number.text() for key, figure in view.figures.items()}
    assert figures == {
        "issued": f"{issued:,}", "redeemed": f"{redeemed:,}",
        "active": f"{expected['active_cardholders']:,}",
        "rewards": f"{expected['rewards_reached']:,}",
        "waiting": f"{expected['waiting']:,}", "review": f"{expected['under_review']:,}"}
    assert view.figures["review"].property("warning") is (expected["under_review"] > 0)

    desks = sorted(expected["per_desk"], key=lambda d: (d == "(no desk)", d.casefold()))
    assert view.table_rows() == [
        [desk, f"{expected['per_desk'][desk][0]:,}", f"{expected['per_desk'][desk][1]:,}",
         f"{expected['per_desk'][desk][2]:,}",
         *(f"{expected['per_shift'][desk, p.name][0]:,}"
           if (desk, p.name) in expected["per_shift"] else "\u2013" for p in DAY_PARTS)]
        for desk in desks]

    assert not_clipped(view) == []
    assert view.chart.height() >= 260
    view.grab().save(str(PICTURE))
    assert PICTURE.stat().st_size > 10_000


def test_it_fits_the_pane_at_1024_by_768(qtbot, db) -> None:
    """What the pane leaves it at 1024 by 768 (its navigation, title and tabs)."""
    insights, _ = counted(db, date(2026, 3, 1), days=31, count=3000, seed=3)
    view = shown(qtbot, 780, 560)
    view.show_insights(insights)
    qtbot.wait(10)
    assert [label for label, _, _ in view.chart.values()] == [str(d) for d in range(1, 32)]
    assert view.chart.day_axis.labelsAngle() == -90  # side by side "10" would be "…"
    assert not_clipped(view) == []
    assert view.chart.height() >= 200
    assert view.table.isVisible()
    assert view.table.height() >= 110
    view.grab().save(str(PICTURE.with_name("loyalty_view_pane.png")))


def test_a_long_period_draws_weeks(qtbot, db) -> None:
    insights, expected = counted(db, date(2026, 1, 5), days=140, count=3000, seed=5)
    view = shown(qtbot)
    view.show_insights(insights)
    qtbot.wait(10)
    assert view.chart.span is BarSpan.WEEK
    values = view.chart.values()
    assert len(values) == 20
    assert values[0][0] == formats.day_and_month(date(2026, 1, 5))
    assert sum(v[1] for v in values) == sum(v[1] for v in expected["days"].values())
    assert sum(v[2] for v in values) == sum(v[2] for v in expected["days"].values())
    assert view.chart_title.text() == "Points issued and redeemed per week (from Monday)"
    assert view.chart.day_axis.labelsAngle() == -90  # 20 of "5 Jan" do not fit: they stand
    assert not_clipped(view) == []
    view.grab().save(str(PICTURE.with_name("loyalty_view_weeks.png")))


def test_decimal_points_and_an_empty_period(qtbot) -> None:
    at = datetime(2026, 12, 1, tzinfo=UTC)
    decimal = LoyaltyInsights(
        start=at, end=at + timedelta(days=2), as_of=at,
        days=(LoyaltyDay(date(2026, 12, 1), 1250, 300, 4), LoyaltyDay(date(2026, 12, 2))),
        active_cardholders=3, rewards_reached=1,
        per_desk=(DeskLine("Front", 4, 1250, 300),),
        per_shift=(DeskLine("Front", 4, 1250, 300, shift="morning"),),
        waiting=2, under_review=0, balance_type=BalanceType.DECIMAL)
    view = shown(qtbot)
    view.show_insights(decimal)
    assert view.chart.values() == [("1", 12.5, 3.0), ("2", 0.0, 0.0)]
    assert view.figures["issued"].number.text() == "12.50"
    assert view.table_rows() == [["Front", "4", "12.50", "3.00", "\u2013", "4", "\u2013",
                                  "\u2013"]]
    assert not view.figures["review"].property("warning")

    empty = LoyaltyInsights(start=at, end=at + timedelta(days=1), as_of=at,
                            days=(LoyaltyDay(date(2026, 12, 1)),), active_cardholders=0,
                            rewards_reached=0, per_desk=(), per_shift=(), waiting=0,
                            under_review=0)
    view.show_insights(empty)
    assert view.chart.values() == [("1", 0.0, 0.0)]
    assert view.none_label.isVisible()
    assert not view.table.isVisible()
    assert view.figures["active"].number.text() == "0"
