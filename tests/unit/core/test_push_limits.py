"""The daily push limits, per wallet, in words for the people about to send."""

from __future__ import annotations

import pytest

from passdesk.core.push_limits import Wallet, limits_warning, ordinal, wallet_of


@pytest.mark.parametrize(("device", "wallet"), [
    ("android", Wallet.GOOGLE), ("iphone", Wallet.APPLE), ("apple", Wallet.APPLE),
    ("ios", Wallet.APPLE),
    ("Apple", Wallet.APPLE), (None, Wallet.GOOGLE), ("", Wallet.GOOGLE),
    ("watch", Wallet.GOOGLE),  # unknown: the stricter
])
def test_device_type_tells_the_wallet(device, wallet) -> None:
    assert wallet_of(device) is wallet


def test_nothing_to_say_within_the_limits() -> None:
    assert limits_warning([("android", 2), ("apple", 2), (None, 0)]) is None
    assert limits_warning([]) is None


def test_the_example_from_the_issue() -> None:
    passes = [("android", 3)] * 12 + [("android", 0)] * 28
    assert limits_warning(passes) == (
        "12 of the 40 selected passes would get their 4th message today: "
        "Google shows only 3 a day on the lock screen.")


def test_one_pass_and_all_passes_are_said_plainly() -> None:
    assert limits_warning([("android", 3)]) == (
        "This pass would get its 4th message today: Google shows only 3 a day on the "
        "lock screen.")
    assert limits_warning([("android", 3), (None, 5)]) == (
        "All 2 selected passes would get their 4th or later message today: Google shows "
        "only 3 a day on the lock screen.")
    assert limits_warning([("android", 3), ("android", 0)]).startswith(
        "1 of the 2 selected passes would get its 4th")


def test_unknown_device_gets_the_stricter_google_limit() -> None:
    assert "Google shows only 3" in limits_warning([(None, 3)])
    assert limits_warning([(None, 2)]) is None


def test_an_iphone_past_three_gets_the_advice_and_no_limit_the_guide_dropped() -> None:
    assert limits_warning([("iphone", 3)]) == (
        "This pass would get its 4th message today: more than the 3 a day PassEntry "
        "recommends.")
    # The current guide states no Apple limit of its own (it once said 10 a day).
    assert limits_warning([("iphone", 10)]) == (
        "This pass would get its 11th message today: more than the 3 a day PassEntry "
        "recommends.")


def test_several_rules_are_each_said_most_serious_first() -> None:
    text = limits_warning([("iphone", 10), ("android", 3), ("apple", 4), ("android", 0)])
    assert text == (
        "1 of the 4 selected passes would get its 4th message today: Google shows only 3 a "
        "day on the lock screen. "
        "2 of the 4 selected passes would get their 5th or later message today: more than "
        "the 3 a day PassEntry recommends.")


def test_sending_more_than_one_counts_them_all() -> None:
    assert limits_warning([("android", 1)], adding=2) is None
    assert "4th" in limits_warning([("android", 1)], adding=3)


@pytest.mark.parametrize(("n", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"),
                                         (11, "11th"), (12, "12th"), (13, "13th"),
                                         (21, "21st"), (22, "22nd"), (101, "101st")])
def test_ordinals(n, text) -> None:
    assert ordinal(n) == text
