"""The fields a template asks for, from the shapes templates come in."""

from __future__ import annotations

import json

from passdesk.core.template_fields import FieldSpec, template_fields
from passdesk.sandbox.demo_data import build_demo_data
from tests.conftest import VENDOR_FIXTURES
from tests.unit.core.template_examples import example


def test_the_vendor_template_gives_its_fields_in_slot_order() -> None:
    doc = json.loads((VENDOR_FIXTURES / "passentry_api_docs__one_passTemplate_1.json")
                     .read_text(encoding="utf-8"))
    fields = template_fields(doc["data"]["attributes"])
    assert fields == [
        FieldSpec("name", "Name", None, "header", "one"),
        FieldSpec("attendee", "Attendee", None, "central", "one"),
        FieldSpec("address", "Address", None, "details", "one"),
        FieldSpec("dob", "DOB", None, "details", "two"),
        FieldSpec("website", "Website", None, "back", "one"),
    ]
    # A whole resource is read the same way.
    assert template_fields(doc["data"]) == fields


def test_sandbox_templates_carry_defaults() -> None:
    data = build_demo_data()
    coffee = next(t for t in data.templates.values()
                  if t.attributes["name"] == "Lantern Coffee Rewards")
    fields = {f.field_id: f for f in template_fields(coffee.attributes)}
    assert fields["points"].default == "0"
    assert fields["fullName"].label == "Member"
    assert fields["terms"].group == "back"
    assert fields["tier"].default is None


def test_unknown_shapes_are_skipped_not_trusted() -> None:
    attributes = {
        "header": "not a group",
        "primary": [{"id": "fullName", "label": "Name", "default_value": {"value": "Guest"}},
                    "junk", {"id": None}],
        "secondary": {"secOne": {"id": "  ", "label": "Blank"},
                      "secTwo": {"id": "fullName", "label": "Again"},
                      "secThree": {"id": 7, "label": None, "default_value": 3}},
        "auxiliary": None,
        "somethingNew": {"x": {"id": "ignored"}},
    }
    assert template_fields(attributes) == [
        FieldSpec("fullName", "Name", "Guest", "central", "one"),
        FieldSpec("7", "7", "3", "details", "three"),
    ]
    assert template_fields(None) == []
    assert template_fields({}) == []


def test_the_current_shape_is_read_in_group_and_slot_order() -> None:
    attributes = example("CREATE_REQUEST")["passTemplate"]
    assert template_fields(attributes) == [
        FieldSpec("points", "Points", "0", "header", "one"),
        FieldSpec("discount", "Discount", "15%", "details", "two"),
    ]
    shown = example("SHOW_CURRENT")
    assert [f.field_id for f in template_fields(shown["data"])] == ["membership_tier"]
    assert template_fields({"fields": {"back": {"one": {"id": "terms"}}, "odd": 1}}) == [
        FieldSpec("terms", "terms", None, "back", "one")]
