"""The current pass record (PASSENTRY-API.md §2): barcode shapes, legacy words,
new attributes, decimal balances, the new resource types."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from passdesk.core.jsonapi import parse_document
from passdesk.core.records import (
    Batch,
    Pass,
    PassStatus,
    TemplateProcessing,
    ValidationType,
    balance_from_api,
    device_type_from_api,
    resource_from_json,
    validation_type_from_api,
)


def a_pass(**attributes) -> Pass:
    record = resource_from_json({"id": "p-uuid", "type": "pass", "attributes": {
        "extId": "EXT-7", **attributes}})
    assert isinstance(record, Pass)
    return record


@pytest.mark.parametrize("barcode", [
    {},
    None,
    {"type": "qrCode", "value": "123abcd", "displayText": True},
    {"enabled": True, "type": "qr", "source": "custom", "value": "123abcd", "displayText": True},
    {"enabled": True, "type": "code128", "source": "uuid", "value": "x", "future": 1},
    {"enabled": False},
])
def test_every_barcode_shape_round_trips_exactly(barcode) -> None:
    attributes = {"status": "issued", "barcode": barcode, "nfc": None}
    record = a_pass(**attributes)
    written = record.to_resource()["attributes"]
    assert json.dumps(written) == json.dumps({"extId": "EXT-7", **attributes})


@pytest.mark.parametrize(("barcode", "kind", "empty", "message"), [
    ({}, None, True, None),
    ({"type": "qrCode", "value": "123abcd"}, "qr", False, "123abcd"),
    ({"enabled": True, "type": "pdf417", "source": "custom", "value": "V"}, "pdf417", False, "V"),
    ({"enabled": True, "type": "qr", "source": "uuid"}, "qr", False, "p-uuid"),
    ({"enabled": True, "type": "aztec", "source": "extId"}, "aztec", False, "EXT-7"),
    ({"enabled": False, "type": "qr", "source": "custom", "value": "V"}, "qr", True, None),
])
def test_barcode_kind_emptiness_and_what_it_encodes(barcode, kind, empty, message) -> None:
    record = a_pass(barcode=barcode)
    assert record.barcode.kind == kind
    assert record.barcode.is_empty is empty
    assert record.barcode_message == message


def test_no_barcode_at_all_encodes_nothing() -> None:
    assert a_pass(barcode=None).barcode_message is None
    assert a_pass().barcode_message is None


def test_legacy_words_read_in_current_words() -> None:
    assert device_type_from_api("apple") == "iphone"
    assert device_type_from_api("iphone") == "iphone"
    assert device_type_from_api("android") == "android"
    assert device_type_from_api("watch") == "watch"  # unknown kept
    assert device_type_from_api(None) is None
    assert a_pass(deviceType="apple").device == "iphone"
    assert a_pass(deviceType="apple").to_resource()["attributes"]["deviceType"] == "apple"
    assert validation_type_from_api("thirdParty") == ValidationType.EXTERNAL
    assert validation_type_from_api("internal") == ValidationType.INTERNAL
    assert [v.value for v in ValidationType] == ["internal", "external"]


def test_new_pass_attributes() -> None:
    record = a_pass(status="nullified", nullifiedAt="2026-03-28T14:00:00Z", groupTag="a",
                    groupTags=["b", "a"], passDesign={
                        "backgroundColor": "#000", "thumbnailImageUrl": "t",
                        "artworkImageUrl": "a", "secondaryLogoImageUrl": "s",
                        "venueMapImageUrl": "v"})
    assert record.status == PassStatus.NULLIFIED
    assert record.is_nullified
    assert record.nullified_at == "2026-03-28T14:00:00Z"
    assert record.tags == ["b", "a"]
    design = record.pass_design
    assert (design.thumbnail_image_url, design.artwork_image_url,
            design.secondary_logo_image_url, design.venue_map_image_url) == ("t", "a", "s", "v")
    assert not design.extra


def test_group_tags_placeholder_and_old_single_tag() -> None:
    # the docs' schema example holds the string "<array>": kept, not a list of tags
    odd = a_pass(groupTags="<array>", groupTag="solo")
    assert odd.tags == ["solo"]
    assert odd.to_resource()["attributes"]["groupTags"] == "<array>"


def test_enhanced_event_data_keeps_unknown_keys() -> None:
    eed = {"event": {"name": "Gig", "startDateTime": "2026-12-10T18:00:00Z"},
           "venue": {"name": "Hall", "location": {"latitude": 1.5, "longitude": 2.5}},
           "seating": {"row": "F"}}
    record = a_pass(enhancedEventData=eed)
    assert record.event_name == "Gig"
    assert record.event_end is None
    assert record.venue_name == "Hall"
    assert record.to_resource()["attributes"]["enhancedEventData"] == eed


@pytest.mark.parametrize(("sent", "read"), [
    (17, 17), (12.5, Decimal("12.5")), (17.0, Decimal("17.0")), ("25", 25),
    ("10.25", Decimal("10.25")), (1.005, Decimal("1.00")), (None, None),
])
def test_balances_are_ints_or_two_place_decimals(sent, read) -> None:
    got = balance_from_api(sent)
    assert got == read
    assert type(got) is type(read)


@pytest.mark.parametrize("sent", ["lots", True, [1], float("nan")])
def test_balance_that_is_not_a_number_is_refused(sent) -> None:
    with pytest.raises(ValueError, match="not a balance"):
        balance_from_api(sent)


def test_batches_of_every_type_are_one_record_kind() -> None:
    body = {"data": [
        {"id": "1", "type": "walletMessaging", "attributes": {"status": "scheduled", "tag": None}},
        {"id": "2", "type": "passCreation", "attributes": {"progress": {
            "total": 3, "processed": 1, "pending": 2}}},
        {"id": "3", "type": "passUpdate", "attributes": {"scheduledAt": "2024-01-01T00:00:00Z"}},
    ]}
    doc = parse_document(body)
    assert all(isinstance(b, Batch) for b in doc.many())
    assert doc.many()[1].progress.pending == 2
    assert doc.to_json() == body


def test_template_processing_reads_the_202_answer() -> None:
    record = resource_from_json({"type": "passTemplate", "id": "t1", "attributes": {
        "processingStatus": "processing", "message": "wait"},
        "links": {"self": "https://api.passentry.com/v1/pass-templates/t1"}})
    processing = TemplateProcessing.from_resource(record)
    assert processing == TemplateProcessing("t1", "processing", "wait",
                                            "https://api.passentry.com/v1/pass-templates/t1")
