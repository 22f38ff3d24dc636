"""Redeeming without a confirmed balance: the card's balance as last synced, a limit,
and a supervisor above it; where that balance is read from a pulled pass."""

from __future__ import annotations

import pytest

from passdesk.core.loyalty import (
    DEFAULT_UNCONFIRMED_LIMIT,
    Action,
    Card,
    Refused,
    cancelled,
    check_change,
    plan,
    unconfirmed_limit_units,
)
from passdesk.core.loyalty_fields import balance_field_ids, pulled_balance


def redeem(points: int, balance: int | None, *, confirmed: bool = True,
           limit: int | None = None, approved: bool = False) -> Refused | None:
    refusal = check_change(Card(balance=balance, confirmed=confirmed), delta=-points,
                           limit=limit, approved=approved)
    return refusal.reason if refusal else None


def test_a_confirmed_balance_only_stops_at_zero() -> None:
    assert redeem(500, 500) is None
    assert redeem(500, 500, limit=0) is None  # the limit is for unconfirmed balances only
    assert str(check_change(Card(balance=500), delta=-501)) == (
        "Not enough points: the balance is 500.")


def test_an_unconfirmed_balance_allows_up_to_the_limit_then_asks_a_supervisor() -> None:
    assert redeem(10, 63, confirmed=False, limit=50) is None
    assert redeem(51, 63, confirmed=False, limit=50) is Refused.SUPERVISOR
    assert redeem(51, 63, confirmed=False, limit=50, approved=True) is None
    too_much = check_change(Card(balance=63, confirmed=False), delta=-64, limit=50)
    assert str(too_much) == ("Not enough points: the balance is 63 (from the last sync, "
                             "not confirmed).")
    assert redeem(1, None, confirmed=False, limit=50) is Refused.BALANCE_UNKNOWN
    assert redeem(DEFAULT_UNCONFIRMED_LIMIT + 1, 1000, confirmed=False) is Refused.SUPERVISOR


def test_the_plan_carries_the_supervisor_question() -> None:
    asked = plan(Action.REDEEM, "60", balance=63, confirmed=False, unconfirmed_limit=50)
    assert (asked.ok, asked.supervisor, asked.balance_after) == (True, True, 3)
    assert not plan(Action.REDEEM, "10", balance=63, confirmed=False,
                    unconfirmed_limit=50).supervisor
    assert not plan(Action.ADD, "600", balance=63, confirmed=False,
                    unconfirmed_limit=50).supervisor


def test_a_limit_is_in_points_as_the_pass_shows_them() -> None:
    assert unconfirmed_limit_units(50, "integer") == 50
    assert unconfirmed_limit_units(50, "decimal") == 5000


@pytest.mark.parametrize(("status", "is_cancelled"), [
    ("deactivated", True), ("nullified", True), ("active", False), ("removed", False),
    (None, False)])
def test_which_cards_are_cancelled(status, is_cancelled) -> None:
    assert cancelled(status) is is_cancelled


def test_the_balance_field_is_found_by_its_label_or_its_name() -> None:
    template = {"header": {"header_one": {"id": "pts", "label": "Points", "default_value": "0"}},
                "primary": {"primary_one": {"id": "fullName", "label": "Member"}}}
    assert balance_field_ids(template) == ["pts"]
    assert pulled_balance({"pts": "63", "fullName": "Minh"}, "integer", ["pts"]) == 63
    assert pulled_balance({"points": "1,240"}) == 1240  # named like a balance
    assert pulled_balance({"Balance": {"value": "12.50"}}, "decimal") == 1250
    assert pulled_balance({"points": "lots"}) is None
    assert pulled_balance({"fullName": "Minh"}) is None
    assert pulled_balance(None) is None
