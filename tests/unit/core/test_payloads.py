"""Request bodies match the vendor examples; limits are checked before sending."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from passdesk.core.payloads import (
    BarcodeInput,
    EventInput,
    FieldValueStyle,
    LoyaltyChange,
    NfcInput,
    PassAction,
    PassInput,
    PassUpdate,
    QrInput,
    ReaderInput,
)
from passdesk.core.records import Beacon, Location
from tests.conftest import VENDOR_FIXTURES


def vendor(name: str) -> dict:
    return json.loads((VENDOR_FIXTURES / name).read_text(encoding="utf-8"))


VENUE = Location(name="Venue", latitude=51.54321132456805, longitude=-0.022901231803803924,
                 radius=100, message="Welcome to the venue")


def test_older_qr_and_nfc_inputs_are_sent_as_the_current_objects() -> None:
    # PassInput(qr=..., nfc_enabled=...) still works; the legacy "qr" key is never sent.
    body = PassInput("tmpl", {"fullName": "Jane Smith"}, nfc_enabled=True,
                     qr=QrInput("123abcd", True), locations=[VENUE]).to_body()
    assert body["pass"] == {
        "fullName": "Jane Smith", "nfc": {"enabled": True},
        "barcode": {"enabled": True, "type": "qr", "source": "custom", "value": "123abcd",
                    "displayText": True}}
    assert body["locations"] == vendor("passentry_api_docs__body_pass_1.json")["locations"]


def test_barcode_and_nfc_sources_and_group_tags() -> None:
    body = PassInput("t", barcode=BarcodeInput(source="extId", value="ignored"),
                     nfc=NfcInput(source="custom", custom_value="door-7"),
                     group_tags=["EASTER_OFFER_22", "SUMMER_SALE_22"],
                     group_tag="EASTER_OFFER_22").to_body()
    # uuid/extId encode the pass's own id: a value is only sent with source custom.
    assert body["pass"]["barcode"] == {"enabled": True, "type": "qr", "source": "extId"}
    assert body["pass"]["nfc"] == {"enabled": True, "source": "custom", "customValue": "door-7"}
    assert body["groupTags"] == ["EASTER_OFFER_22", "SUMMER_SALE_22"]
    assert body["groupTag"] == "EASTER_OFFER_22"
    key = PassInput("t", nfc=NfcInput(source="custom", custom_value="x")).to_body(
        nfc_custom_value_key="custom_value")
    assert key["pass"]["nfc"]["custom_value"] == "x"


def test_barcode_and_nfc_problems_are_plain() -> None:
    assert PassInput("t", barcode=BarcodeInput(source="custom")).problems() == [
        "a custom barcode needs a value"]
    assert PassInput("t", barcode=BarcodeInput(type="ean13")).problems() == [
        "unknown barcode type 'ean13'"]
    assert PassInput("t", nfc=NfcInput(source="custom")).problems() == [
        "a custom NFC message needs a value"]
    assert BarcodeInput(enabled=False).to_json() == {"enabled": False}


def test_reactivate_is_a_pass_action() -> None:
    body = PassUpdate(pass_action=PassAction.REACTIVATE, message="Welcome back").to_body()
    assert body == {"pass": {}, "message": "Welcome back", "passAction": "reactivate"}


def test_update_pass_body_equals_the_vendor_example() -> None:
    body = PassUpdate({"fullName": "Jane Roberts"}, nfc_enabled=False,
                      message="Your pass details have been updated. Click to show pass",
                      locations=[VENUE]).to_body()
    assert body == vendor("passentry_api_docs__body_pass_2.json")


def test_event_body_equals_the_vendor_example() -> None:
    london = ZoneInfo("Europe/London")
    body = EventInput("Bob Marley Live", "The Lyceum Theatre",
                      datetime(1975, 7, 17, 22, 30, tzinfo=london),
                      datetime(1975, 7, 18, 2, 30, tzinfo=london), "Europe/London").to_body()
    assert body == vendor("passentry_api_docs__body_event_1.json")


def test_object_value_style_wraps_values() -> None:
    body = PassInput("t", {"fullName": "Jane"}).to_body(FieldValueStyle.OBJECT)
    assert body["pass"] == {"fullName": {"value": "Jane"}}


def test_loyalty_change_refuses_both_keys_and_builds_the_vendor_body() -> None:
    assert LoyaltyChange(delta=10).to_body() == vendor("passentry_api_docs__body_balance_1.json")
    assert LoyaltyChange(override=0, message="Reset").to_body() == {
        "overrideBalance": 0, "message": "Reset"}
    with pytest.raises(ValueError, match="not both"):
        LoyaltyChange(delta=1, override=2).to_body()
    assert LoyaltyChange().problems() == ["a balance change or an override is required"]
    assert LoyaltyChange(delta="5").problems() == ["the balance must be a number"]
    assert LoyaltyChange(delta=True).problems() == ["the balance must be a number"]


def test_decimal_loyalty_changes_take_at_most_two_places() -> None:
    assert LoyaltyChange(delta=Decimal("2.25")).to_body() == {"balance": 2.25}
    assert LoyaltyChange(override=Decimal("10.5")).to_body() == {"overrideBalance": 10.5}
    assert LoyaltyChange(delta=Decimal("1.255")).problems() == [
        "the balance can have at most 2 decimal places"]
    assert LoyaltyChange(delta=1.005).problems() == [
        "the balance can have at most 2 decimal places"]
    assert LoyaltyChange(delta=Decimal("1.50")).problems() == []  # trailing zero is fine
    assert LoyaltyChange(override=Decimal("-1")).problems() == [
        "the balance cannot be set below zero"]


def test_limits_on_locations_and_beacons() -> None:
    eleven = [VENUE] * 11
    assert "at most 10 locations per pass (11 given)" in PassInput("t", locations=eleven).problems()
    bad = Location(latitude=91, longitude=0, radius=0)
    problems = PassInput("t", locations=[bad]).problems()
    assert any("latitude" in p for p in problems)
    assert any("radius" in p for p in problems)
    beacon = Beacon(proximity_uuid="not-a-uuid", major=70000, minor=-1)
    problems = PassInput("t", beacons=[beacon]).problems()
    assert len(problems) == 3
    assert PassInput("t", locations=[VENUE]).problems() == []


def test_reader_body_never_needs_unset_fields() -> None:
    body = ReaderInput(reader_id="south-gate-3", password="Test789!",
                       mifare_classic_nfc_enabled=True, scan_enabled=False,
                       redeem_enabled=True, qr_enabled=True).to_body()
    assert body == vendor("passentry_api_docs__body_reader_1.json")
    assert "Test789!" not in repr(ReaderInput(password="Test789!"))
