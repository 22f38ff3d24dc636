"""Every JSON example of the vendor texts parses into typed records without loss."""

from __future__ import annotations

import json

import pytest

from passdesk.core.jsonapi import DocumentError, parse_document
from passdesk.core.records import (
    Entity,
    Event,
    GenericResource,
    Pass,
    PassTap,
    PassTemplate,
    Reader,
    ReaderConfiguration,
    WebhookNotice,
)
from tests.conftest import VENDOR_FIXTURES

DOCUMENTS = sorted(
    p for p in VENDOR_FIXTURES.glob("*.json")
    if isinstance(json.loads(p.read_text()), dict) and "data" in json.loads(p.read_text())
    and "webhook.verify" not in p.read_text() and "passslot" not in p.name
)


def load(name: str) -> dict:
    return json.loads((VENDOR_FIXTURES / name).read_text(encoding="utf-8"))


def test_every_vendor_document_is_covered() -> None:
    # 20 documents in the vendor texts: a regenerate that loses some must fail here.
    assert len(DOCUMENTS) == 20


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_vendor_document_round_trips_exactly(path) -> None:
    original = json.loads(path.read_text(encoding="utf-8"))
    doc = parse_document(original)
    # Same keys, same order, same values: nothing the API sends is lost.
    assert json.dumps(doc.to_json()) == json.dumps(original)
    records = doc.data if isinstance(doc.data, list) else [doc.data]
    assert not any(isinstance(r, GenericResource) for r in records + doc.included)


def test_pass_attributes_are_typed() -> None:
    record = parse_document(load("passentry_api_docs__one_pass_1.json")).one()
    assert isinstance(record, Pass)
    assert record.status == "issued"
    assert record.barcode is not None
    assert record.barcode.barcode_type == "qrCode"
    assert record.locations[0].radius == 90
    assert record.locations[0].name == "West Entrance"
    assert record.beacons[0].proximity_uuid == "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0"
    assert record.beacons[0].major == 65535
    assert record.pass_design.background_color == "#EFEFEF"
    # The vendor's schema notation {"oneOf": ...} is unknown to us: kept, not dropped.
    assert record.pass_source.extra == {"oneOf": {"appleBase64": "string",
                                                  "googleDownloadUrl": "string"}}


def test_list_document_has_typed_pages() -> None:
    doc = parse_document(load("passentry_api_docs__list_pass_1.json"))
    assert [type(r) for r in doc.many()] == [Pass] * 5
    assert doc.page.total_count == 8
    assert doc.page.total_pages == 2
    assert doc.page.next_link == "/api/v1/passes?page=2&perPage=5"
    assert doc.page.prev_link is None


def test_template_slots_keep_their_order_and_nulls() -> None:
    template = parse_document(load("passentry_api_docs__one_passTemplate_1.json")).one()
    assert isinstance(template, PassTemplate)
    assert template.field_ids() == ["name", "attendee", "address", "dob", "website"]
    # The vendor sends backFive before backFour before backThree: keep that order.
    assert list(template.back_fields) == ["backOne", "backTwo", "backFive", "backFour",
                                          "backThree"]
    assert template.header["header_two"].field_id is None


def test_event_meta_and_loyalty_meta() -> None:
    event = parse_document(load("passentry_api_docs__one_event_3.json")).one()
    assert isinstance(event, Event)
    assert event.time_zone == "Europe/London"
    assert event.passes_count == 0
    loyalty = parse_document(load("passentry_api_docs__one_pass_6.json"))
    assert loyalty.meta["loyalty"]["balance"] == 17
    assert loyalty.one().content_value("points") == "17"


def test_webhook_with_included_records() -> None:
    doc = parse_document(load("passentry_api_docs__webhook_passTapped_1.json"))
    notice = doc.one()
    assert isinstance(notice, WebhookNotice)
    assert notice.webhook_type == "passTapped"
    assert notice.relationships["reader"]["data"]["id"] == "CC202952"
    kinds = [type(r) for r in doc.included]
    assert kinds == [PassTap, Pass, Reader]
    assert doc.included[0].successful is True


def test_reader_configuration_secrets_stay_out_of_repr_and_redacted_json() -> None:
    raw = load("passentry_api_docs__one_readerConfiguration_1.json")
    config = parse_document(raw).one()
    assert isinstance(config, ReaderConfiguration)
    secret_key = raw["data"]["attributes"]["readerConfigurationApiKey"]
    assert config.reader_configuration_api_key == secret_key
    assert secret_key not in repr(config)
    assert "PRIVATE KEY" not in repr(config)
    redacted = config.redacted_json()
    assert redacted["readerConfigurationApiKey"] == "********"
    assert redacted["nfcPrivateKey"] == "********"
    assert redacted["googleCollectorId"] == "95415519"


def test_entity_deeplinks() -> None:
    entities = parse_document(load("passentry_api_docs__list_entity_1.json")).many()
    assert all(isinstance(e, Entity) for e in entities)
    assert entities[1].name == "PassEntry Coffee"
    assert entities[0].pass_deeplinks["apple"].startswith("shoebox://pass/")


@pytest.mark.parametrize("body", [
    [], {"meta": {}}, {"data": [{"id": "1"}]}, {"data": "x"}, None,
])
def test_not_a_document_is_a_clear_error(body) -> None:
    with pytest.raises(DocumentError):
        parse_document(body)
