"""The Till's settings JSON: round trip, and a hand-edited file never stops the till."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from passdesk.core.loyalty import (
    DEFAULT_MESSAGES,
    DEFAULT_UNCONFIRMED_LIMIT,
    Action,
    EarnRate,
    LoyaltyRules,
    Reward,
    Rounding,
    ScanLoyalty,
)
from passdesk.settings.till import TillSetup, setup_from_json, setup_to_json


def test_every_field_round_trips() -> None:
    setup = TillSetup(
        desk="Front", currency="€",
        rules={"t1": LoyaltyRules(EarnRate(Decimal("0.25"), Rounding.NEAREST),
                                  (Reward(500, "Free coffee"),))},
        default_rules=LoyaltyRules(EarnRate(Decimal("0.1"), Rounding.UP)),
        messages={**DEFAULT_MESSAGES, Action.EARN: "Merci {name}"},
        reward_message="Yay {reward}", send_message=True, unconfirmed_limit=20,
        scan=ScanLoyalty(-2, "Ride"),
        shift_started=datetime(2026, 11, 23, 8, 0, tzinfo=UTC), sound=False,
        nfc_path="usb", vtap_port="/dev/ttyACM0", camera=True, camera_id="cam-1")
    assert setup_from_json(setup_to_json(setup)) == setup
    assert setup.rules_for("t1").earn.points_per_unit == Decimal("0.25")
    assert setup.rules_for("other") == setup.default_rules


def test_wrong_types_and_values_fall_back_to_defaults() -> None:
    got = setup_from_json({
        "desk": 7, "currency": "a-very-long-currency", "rules": {"t1": {
            "points_per_unit": "lots", "rounding": "sideways",
            "rewards": [{"threshold": -1, "text": "no"}, {"threshold": 5, "text": ""},
                        {"threshold": 10, "text": "ok"}, "junk"]}, "t2": "junk"},
        "messages": {"earn": 5, "add": "Plus {points}", "bogus": "x"},
        "scan_delta": True, "shift_started": "yesterday", "sound": "no", "camera": "yes",
        "unconfirmed_limit": -5})
    default = TillSetup()
    assert got.desk == default.desk
    assert got.currency == "a-very-l"
    assert got.rules["t1"] == LoyaltyRules(EarnRate(), (Reward(10, "ok"),))
    assert got.rules["t2"] == LoyaltyRules()
    assert got.messages[Action.EARN] == DEFAULT_MESSAGES[Action.EARN]
    assert got.messages[Action.ADD] == "Plus {points}"
    assert (got.scan, got.shift_started, got.sound, got.camera) == (ScanLoyalty(), None,
                                                                   True, False)
    assert got.unconfirmed_limit == DEFAULT_UNCONFIRMED_LIMIT
