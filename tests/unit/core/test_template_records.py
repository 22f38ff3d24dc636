"""The typed template record: both shapes PassEntry serves parse, round-trip exactly, and
read the same through the shape-independent accessors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passdesk.core.records import (
    SLOT_GROUPS,
    PassTemplate,
    TemplateField,
    TemplateProcessing,
    resource_from_json,
)
from passdesk.core.records.templates import TemplateSlot
from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_shape import to_current
from tests.unit.core.template_examples import example


def test_the_records_module_re_exports_the_template_model() -> None:
    from passdesk.core.records import templates
    assert PassTemplate is templates.PassTemplate
    assert TemplateField is templates.TemplateField
    assert SLOT_GROUPS == ("header", "primary", "secondary", "auxiliary", "backFields")
    assert type(resource_from_json(example("SHOW_CURRENT")["data"])) is PassTemplate


@pytest.mark.parametrize(("name", "shape"), [("SHOW_CURRENT", "current"),
                                             ("SHOW_DEPRECATED", "deprecated"),
                                             ("CREATE_ACCEPTED", "current")])
def test_each_shown_example_parses_and_round_trips_exactly(name: str, shape: str) -> None:
    resource = example(name)["data"]
    record = PassTemplate.from_resource(resource)
    assert record.shape == shape
    assert json.dumps(record.to_resource()) == json.dumps(resource)


@pytest.mark.parametrize("name", ["CREATE_REQUEST", "UPDATE_REQUEST"])
def test_request_bodies_parse_and_round_trip(name: str) -> None:
    attributes = example(name)["passTemplate"]
    record = PassTemplate.from_json(attributes)
    assert record.shape == "current"
    assert json.dumps(record.to_json()) == json.dumps(attributes)
    assert record.to_current() == attributes


def test_the_current_shape_is_typed() -> None:
    record = PassTemplate.from_json(example("CREATE_REQUEST")["passTemplate"])
    assert (record.name, record.template_type, record.default_language) == (
        "PassEntry Supermarket", "generic", "en")
    assert record.colors is not None
    assert record.colors.background == "#dbdbdb"
    assert record.images is not None
    assert record.images.watermark == {
        "color": "light", "position": "bottomRight"}
    header = record.fields_["header"]["one"]
    assert isinstance(header, TemplateField)
    assert (header.field_id, header.default_value) == ("points", "0")
    assert header.localisation["is"] == {"label": "Stig", "defaultValue": "0"}
    assert record.fields() == [TemplateSlot("header", "one", "points", "Points", "0"),
                               TemplateSlot("details", "two", "discount", "Discount", "15%")]


def test_the_accessors_read_both_shapes_alike() -> None:
    old = PassTemplate.from_resource(example("SHOW_DEPRECATED")["data"])
    assert (old.name, old.template_type) == ("Summer Sale 2023", "storeCard")
    assert old.field_ids() == ["name", "attendee", "address", "dob", "website"]
    assert [(f.group, f.slot) for f in old.fields()] == [
        ("header", "one"), ("central", "one"), ("details", "one"), ("details", "two"),
        ("back", "one")]
    new = PassTemplate.from_json(old.to_current())
    assert new.shape == "current"
    assert new.fields() == old.fields()
    assert new.colors is not None
    assert new.colors.label == "#FF8477"
    # The deprecated record itself is untouched by the conversion.
    assert old.to_resource() == example("SHOW_DEPRECATED")["data"]


def test_to_current_on_the_deprecated_example() -> None:
    attributes = example("SHOW_DEPRECATED")["data"]["attributes"]
    assert to_current(attributes) == {
        "name": "Summer Sale 2023",
        "description": "Summer Sale Pass",
        "templateType": "loyalty",
        "colors": {"background": "#EFEFEF", "label": "#FF8477", "text": "#29323A"},
        "fields": {
            "header": {"one": {"id": "name", "label": "Name", "defaultValue": None}},
            "central": {"one": {"id": "attendee", "label": "Attendee", "defaultValue": None}},
            "details": {"one": {"id": "address", "label": "Address", "defaultValue": None},
                        "two": {"id": "dob", "label": "DOB", "defaultValue": None}},
            "back": {"one": {"id": "website", "label": "Website", "defaultValue": None}},
        },
    }


def test_deprecated_slots_go_in_number_order_and_unknown_keys_stay() -> None:
    attributes = {"name": "N", "loyalty": {"enabled": True}, "backFields": {
        "backOne": {"id": "a", "label": "A", "default_value": None},
        "backTwo": {"id": "b", "label": "B", "default_value": None},
        "backFive": {"id": "e", "label": "E", "default_value": None},
        "backFour": {"id": None, "label": None, "default_value": None},
        "backThree": {"id": "c", "label": "C", "default_value": 3, "dateStyle": "short"}}}
    current = to_current(attributes)
    assert current["loyalty"] == {"enabled": True}
    assert [(k, v["id"]) for k, v in current["fields"]["back"].items()] == [
        ("one", "a"), ("two", "b"), ("three", "c"), ("four", "e")]
    assert current["fields"]["back"]["three"] == {"id": "c", "label": "C", "defaultValue": 3,
                                                  "dateStyle": "short"}
    record = PassTemplate.from_json(attributes)
    assert json.dumps(record.to_json()) == json.dumps(attributes)


def test_a_processing_answer_is_recognised() -> None:
    record = PassTemplate.from_resource(example("CREATE_ACCEPTED")["data"])
    assert TemplateProcessing.from_resource(record).processing_status == "processing"
    assert record.id == "19cb334f9696e64e10e7759f0"
    shown = PassTemplate.from_resource(example("SHOW_CURRENT")["data"])
    assert TemplateProcessing.from_resource(shown).processing_status != "processing"


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "passentry"
TEMPLATE_FIXTURES = sorted(FIXTURES.glob("5.*-pass-template-*.json"))


@pytest.mark.parametrize("path", TEMPLATE_FIXTURES, ids=lambda p: p.name)
def test_every_template_example_of_the_doc_parses_and_round_trips(path: Path) -> None:
    """The doc's own examples, as extracted to fixtures: record and designer document."""
    text = path.read_text(encoding="utf-8")
    obj = json.loads(text)
    if "data" in obj:
        record = PassTemplate.from_resource(obj["data"])
        assert json.dumps(record.to_resource()) == json.dumps(obj["data"])
    else:
        record = PassTemplate.from_json(obj["passTemplate"])
        assert json.dumps(record.to_json()) == json.dumps(obj["passTemplate"])
    assert PassTemplate.from_json(record.to_current()).shape == "current"
    doc = TemplateDoc.from_json(obj)
    if record.shape == "current":
        assert doc.to_json() == obj
    else:
        assert doc.converted
        assert doc.field_ids() == record.field_ids()


def test_the_fixtures_are_there() -> None:
    assert len(TEMPLATE_FIXTURES) >= 5
