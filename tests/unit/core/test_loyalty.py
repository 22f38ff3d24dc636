"""The till's arithmetic: amounts typed, points earned, rewards, messages, plans, totals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passdesk.core.loyalty import (
    Action,
    AmountError,
    BalanceType,
    EarnRate,
    LoyaltyRules,
    Reward,
    Rounding,
    format_points,
    message_values,
    parse_money,
    parse_points,
    plan,
    render_message,
)
from passdesk.core.loyalty_report import totals

COFFEE = LoyaltyRules(EarnRate(Decimal("0.1")), (Reward(5, "£5 off your next order"),
                                                 Reward(10, "A free coffee")))


def test_points_are_shown_as_the_template_says() -> None:
    assert format_points(1240) == "1,240"
    assert format_points(1240, "decimal") == "12.40"
    assert format_points(5, BalanceType.DECIMAL) == "0.05"
    assert format_points(None) == "\u2013"


@given(st.integers(min_value=0, max_value=2_000_000_000), st.sampled_from(list(BalanceType)))
def test_what_is_shown_reads_back_as_the_same_number(value: int, kind: BalanceType) -> None:
    assert parse_points(format_points(value, kind), kind) == value


@pytest.mark.parametrize(("typed", "kind", "why"), [
    ("", "integer", "Type the number of points"),
    ("abc", "integer", "not a number"),
    ("1.5", "integer", "whole numbers"),
    ("1.234", "decimal", "2 decimal places"),
    ("-3", "integer", "cannot be negative"),
    ("nan", "integer", "not a number"),
    ("1e12", "integer", "more points than a pass can hold"),
])
def test_bad_points_are_refused_with_a_reason(typed: str, kind: str, why: str) -> None:
    with pytest.raises(AmountError, match=why):
        parse_points(typed, kind)


def test_money_is_to_the_cent() -> None:
    assert parse_money("20") == Decimal("20")
    assert parse_money(" 1,299.50 ") == Decimal("1299.50")
    with pytest.raises(AmountError, match="2 decimal places"):
        parse_money("3.999")
    with pytest.raises(AmountError, match="not a purchase"):
        parse_money("2000000")


@pytest.mark.parametrize(("rounding", "spent", "points"), [
    (Rounding.DOWN, "19.99", 1), (Rounding.NEAREST, "15.00", 2), (Rounding.NEAREST, "14.99", 1),
    (Rounding.UP, "10.01", 2), (Rounding.DOWN, "9.99", 0),
])
def test_earned_points_follow_the_rate_and_rounding(rounding: Rounding, spent: str,
                                                   points: int) -> None:
    rate = EarnRate(Decimal("0.1"), rounding)  # a point per 10 spent, as the vendor guide
    assert rate.points_for(Decimal(spent)) == points


def test_a_decimal_balance_earns_hundredths() -> None:
    cashback = EarnRate(Decimal("0.05"), Rounding.DOWN)  # 5% back
    assert cashback.points_for(Decimal("12.30"), "decimal") == 61  # 0.615 -> 0.61


def test_plans_for_each_action() -> None:
    earn = plan(Action.EARN, "20", balance=3, rules=COFFEE)
    assert (earn.ok, earn.delta, earn.balance_after, earn.spent) == (True, 2, 5, Decimal(20))
    assert [r.text for r in earn.rewards] == ["£5 off your next order"]

    redeem = plan(Action.REDEEM, "5", balance=5, rules=COFFEE)
    assert (redeem.ok, redeem.delta, redeem.balance_after, redeem.rewards) == (True, -5, 0, ())

    reset = plan(Action.SET, "0", balance=12, rules=COFFEE)
    assert (reset.ok, reset.override, reset.delta, reset.balance_after) == (True, 0, None, 0)

    add = plan(Action.ADD, "1.5", balance=100, balance_type="decimal")
    assert (add.delta, add.balance_after) == (150, 250)


def test_plans_that_cannot_be_made_say_why() -> None:
    too_much = plan(Action.REDEEM, "6", balance=5)
    assert not too_much.ok
    assert too_much.problems == ("Not enough points: the balance is 5.",)
    unknown = plan(Action.REDEEM, "1", balance=None)
    assert not unknown.ok
    assert "not known" in unknown.problems[0]
    assert "earns no points" in plan(Action.EARN, "5", balance=0, rules=COFFEE).problems[0]
    assert "above zero" in plan(Action.ADD, "0", balance=0).problems[0]
    assert plan(Action.ADD, "x", balance=0).problems == ("'x' is not a number.",)
    # Adding with an unknown balance is fine: the API knows it.
    blind = plan(Action.ADD, "3", balance=None)
    assert (blind.ok, blind.balance_after) == (True, None)


def test_rewards_are_reached_once() -> None:
    assert [r.threshold for r in COFFEE.reached(12)] == [5, 10]
    assert [r.threshold for r in COFFEE.newly_reached(4, 12)] == [5, 10]
    assert COFFEE.newly_reached(6, 8) == []
    assert COFFEE.newly_reached(None, None) == []


def test_messages_fill_the_placeholders_and_leave_other_braces() -> None:
    earn = plan(Action.EARN, "20", balance=3, rules=COFFEE)
    values = message_values(earn, name="Robert Smith", balance_type="integer", currency="£")
    text = render_message("Thanks {name}! You spent {spent} and earned {points} points "
                          "({balance} now). {reward} {unknown} {0}", **values)
    assert text == ("Thanks Robert! You spent £20.00 and earned 2 points (5 now). "
                    "£5 off your next order {unknown} {0}")


def test_totals_leave_out_refused_and_discarded_operations() -> None:
    result = totals([("delta", 10, "applied"), ("delta", -4, "pending"), ("delta", 99, "failed"),
                     ("override", 0, "review"), ("delta", 7, "discarded")])
    assert (result.operations, result.issued, result.redeemed, result.overrides,
            result.unconfirmed) == (3, 10, 4, 1, 2)


def test_a_cancelled_card_plans_nothing() -> None:
    for action in (Action.EARN, Action.ADD, Action.REDEEM, Action.SET):
        refused = plan(action, "5", balance=50, cancelled=True)
        assert not refused.ok
        assert refused.problems == ("This card was cancelled: no points can be added or "
                                    "redeemed.",)
