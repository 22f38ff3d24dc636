"""The template document: current-shape round trips, deprecated templates converted on
reading, and edits that never touch the old document."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passdesk.core.template_doc import (
    BARCODE_KEY,
    DEFAULT_SLOT_KEYS,
    SLOT_GROUPS,
    SlotField,
    SlotsFull,
    TemplateDoc,
    TemplateFormatError,
)
from tests.unit.core.template_examples import example


def dumps(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False)


@pytest.fixture
def current() -> TemplateDoc:
    return TemplateDoc.from_json(example("SHOW_CURRENT"))


@pytest.fixture
def converted() -> TemplateDoc:
    return TemplateDoc.from_json(example("SHOW_DEPRECATED"))


def assert_round_trip(obj: Any) -> TemplateDoc:
    before = dumps(obj)
    doc = TemplateDoc.from_json(obj)
    assert not doc.converted
    assert doc.to_json() == obj
    assert doc.to_text() == before
    assert dumps(obj) == before  # reading did not change the caller's object
    assert TemplateDoc.from_text(before) == doc
    return doc


# --- round trips and shapes -------------------------------------------------------


@pytest.mark.parametrize("name", ["SHOW_CURRENT", "CREATE_REQUEST", "UPDATE_REQUEST"])
def test_the_docs_current_examples_round_trip_byte_for_byte(name: str) -> None:
    assert_round_trip(example(name))


def test_envelopes_are_kept() -> None:
    shown = example("SHOW_CURRENT")
    doc = assert_round_trip(shown)
    assert (doc.envelope, doc.template_id) == ("document", "19cb334f9696e64e10e7759f0")
    resource = assert_round_trip(shown["data"])
    assert (resource.envelope, resource.template_id) == ("resource", "19cb334f9696e64e10e7759f0")
    bare = assert_round_trip(shown["data"]["attributes"])
    assert (bare.envelope, bare.template_id) == ("attributes", None)
    body = assert_round_trip({"passTemplate": shown["data"]["attributes"]})
    assert body.envelope == "body"
    assert doc.with_attribute("name", "X").to_json()["data"]["attributes"]["name"] == "X"
    assert body.body() == {"passTemplate": shown["data"]["attributes"]}


def test_a_deprecated_template_is_converted_to_the_current_shape(converted: TemplateDoc) -> None:
    assert converted.converted
    assert converted.template_id == "f0af94dc3c69a80cee32c173"
    attributes = converted.attributes()
    assert attributes["templateType"] == "loyalty"
    assert attributes["colors"] == {"background": "#EFEFEF", "label": "#FF8477",
                                    "text": "#29323A"}
    assert attributes["fields"] == {
        "header": {"one": {"id": "name", "label": "Name", "defaultValue": None}},
        "central": {"one": {"id": "attendee", "label": "Attendee", "defaultValue": None}},
        "details": {"one": {"id": "address", "label": "Address", "defaultValue": None},
                    "two": {"id": "dob", "label": "DOB", "defaultValue": None}},
        "back": {"one": {"id": "website", "label": "Website", "defaultValue": None}},
    }
    for key in ("backgroundColor", "primary", "secondary", "auxiliary", "backFields"):
        assert key not in attributes
    # An edit keeps the flag; the current shape read back is no longer "converted".
    assert converted.with_attribute("name", "Y").converted
    assert not TemplateDoc.from_json(converted.to_json()).converted


def test_the_old_designers_images_and_barcode_are_carried_over() -> None:
    doc = TemplateDoc.from_json({"name": "Old", "templateType": "eventTicket",
                                 "logoImageUrl": "https://example.com/l.png",
                                 "bannerImageUrl": "data:image/png;base64,iVBORw0KGgo=",
                                 "barcode": {"type": "qrCode", "altText": "scan me"},
                                 "primary": {"primary_one": {"id": "a", "label": "A",
                                                             "default_value": "x"}}})
    assert doc.converted
    assert (doc.logo, doc.banner) == ("https://example.com/l.png",
                                      "data:image/png;base64,iVBORw0KGgo=")
    assert doc.get(BARCODE_KEY) == {"enabled": True, "type": "qr", "displayText": True}
    assert doc.slots("central")[0] == SlotField("central", "one", "a", "A", "x")


EDGE_CASES = {
    "empty template": {},
    "unknown keys everywhere": {
        "zeta": 1, "name": "N", "alpha": [1, {"b": 2, "a": 1}],
        "fields": {"extra": True, "central": {"one": {"textAlignment": "right", "id": "x",
                                                      "label": "X", "defaultValue": None}}},
    },
    "unicode labels": {"name": "Été 🎟 夏", "fields": {"header": {"one": {
        "id": "prénom", "label": "Prénom \u2013 名前 😀", "defaultValue": "Zoë"}}}},
    "a slot that is not an object": {"fields": {"details": {"one": "oops", "two": 7,
                                                            "three": None, "four": [1]}}},
    "extra slots": {"fields": {"back": {"one": {"id": "a", "label": "A"},
                                        "nine": {"id": "d", "label": "D", "defaultValue": 4},
                                        "odd": {"id": "e"}}}},
    "groups of odd shapes": {"fields": {"header": "x", "central": 3, "details": None}},
    "fields not an object": {"fields": [1, 2]},
    "localised": {"fields": {"header": example("CREATE_REQUEST")["passTemplate"]["fields"][
        "header"]}},
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_edge_cases_round_trip_and_read_without_crashing(case: str) -> None:
    attributes = EDGE_CASES[case]
    for shape in (attributes, {"id": "t1", "type": "passTemplate", "attributes": attributes},
                  {"data": {"id": "t1", "type": "passTemplate", "attributes": attributes},
                   "meta": {"x": 1}}):
        doc = assert_round_trip(copy.deepcopy(shape))
        for group in SLOT_GROUPS:
            doc.slots(group)
        doc.fields()


def test_accessors_skip_what_is_malformed_and_default_what_is_missing() -> None:
    doc = TemplateDoc.from_json(EDGE_CASES["a slot that is not an object"])
    assert [s.slot for s in doc.slots("details")] == list(DEFAULT_SLOT_KEYS["details"])
    assert all(s.empty for s in doc.slots("details"))
    extra = TemplateDoc.from_json(EDGE_CASES["extra slots"])
    assert extra.field_ids() == ["a", "d", "e"]
    assert [s.slot for s in extra.slots("back")] == [*DEFAULT_SLOT_KEYS["back"], "nine", "odd"]
    assert TemplateDoc.from_json(EDGE_CASES["fields not an object"]).fields() == []


json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)
slot_objects = st.one_of(
    st.fixed_dictionaries(
        {"id": st.none() | st.text(max_size=8), "label": st.none() | st.text(max_size=8),
         "defaultValue": json_values},
        optional={"localisation": json_values}),
    json_values)
slot_keys = st.sampled_from(["one", "two", "three", "four", "nine"]) | st.text(max_size=6)
groups = st.one_of(st.dictionaries(slot_keys, slot_objects, max_size=6), json_scalars)
field_groups = st.dictionaries(st.sampled_from([*SLOT_GROUPS, "other"]), groups, max_size=5)
attribute_keys = st.sampled_from(
    ["name", "description", "templateType", "colors", "images", "barcode", "loyalty",
     "defaultLanguage", "appLinking"]) | st.text(max_size=6).filter(
    lambda k: k not in ("data", "attributes", "passTemplate", "fields"))


@st.composite
def attribute_dicts(draw: st.DrawFn) -> dict:
    keys = draw(st.lists(attribute_keys, unique=True, max_size=8))
    attributes = {k: draw(json_values) for k in keys}
    attributes["fields"] = draw(field_groups)
    return attributes


@settings(max_examples=150, deadline=None)
@given(attribute_dicts(), st.sampled_from(["attributes", "resource", "document"]))
def test_any_current_shape_round_trips_byte_for_byte(attributes: dict, envelope: str) -> None:
    obj: dict = attributes
    if envelope == "resource":
        obj = {"id": "x", "type": "passTemplate", "attributes": attributes}
    elif envelope == "document":
        obj = {"data": {"id": "x", "type": "passTemplate", "attributes": attributes}}
    doc = TemplateDoc.from_json(obj)
    assert json.dumps(doc.to_json()) == json.dumps(obj)
    doc.fields()
    _ = (doc.name, doc.template_type, doc.logo, doc.banner, doc.barcode_type,
         doc.background_color, doc.watermark)


@settings(max_examples=100, deadline=None)
@given(attribute_dicts(), st.data())
def test_edits_never_change_the_document_they_start_from(attributes: dict,
                                                         data: st.DataObject) -> None:
    doc = TemplateDoc.from_json(attributes)
    before = doc.to_text()
    group = data.draw(st.sampled_from(SLOT_GROUPS))
    edits = [
        lambda d: d.with_attribute("name", "Renamed"),
        lambda d: d.with_image("logo", None),
        lambda d: d.with_colour("text", "#000000"),
        lambda d: d.with_barcode("aztec"),
        lambda d: d.add_field(group, "newField", "New"),
        lambda d: d.move_field(group, 0, len(d.slots(group)) - 1),
        lambda d: d.remove_field(group, d.fields()[0].slot),
        lambda d: d.with_slot(group, d.slots(group)[0].slot, label="L"),
        lambda d: d.move_to_group(d.fields()[0].group, d.fields()[0].slot, "back"),
    ]
    edit = data.draw(st.sampled_from(edits))
    try:
        edited = edit(doc)
    except (ValueError, KeyError, IndexError):
        edited = None  # a refused edit is fine; what matters is the old document
    assert doc.to_text() == before
    if edited is not None:
        json.dumps(edited.to_json())


# --- formats ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "message"), [
    ('{\n  "name": "A"\n  "fields": {}\n}', "line 3: Expecting ',' delimiter"),
    ('{"name": "A",}', "line 1: Expecting property name enclosed in double quotes"),
    ("", "the text is empty"),
    ("[1, 2]", "a template is a JSON object, not a list"),
    ("null", "a template is a JSON object, not null"),
    ('{"data": []}', "a list of templates"),
    ('{"data": {"id": "1", "type": "passTemplate"}}', "\"data.attributes\" is missing"),
    ('{"id": "1", "type": "passTemplate", "attributes": [1]}', "\"attributes\" is a list"),
    ('{"data": {"id": "1", "type": "pass", "attributes": {}}}', "a pass resource, not a pass"),
])
def test_format_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(TemplateFormatError) as caught:
        TemplateDoc.from_text(text)
    assert str(caught.value).startswith(message) or message in str(caught.value)


def test_new_template_is_current_shape_in_the_vendors_key_order() -> None:
    doc = TemplateDoc.new("Coffee", "loyalty")
    attributes = doc.to_json()
    assert list(attributes) == ["name", "templateType", "defaultLanguage", "description",
                                "colors", "fields"]
    assert (doc.name, doc.template_type, doc.envelope) == ("Coffee", "loyalty", "attributes")
    assert attributes["fields"] == {}
    assert all(s.empty for s in doc.iter_slots())
    assert [s.slot for s in doc.slots("header")] == ["one", "two", "three"]
    assert doc.body() == {"passTemplate": attributes}


# --- reading ------------------------------------------------------------------


def test_read_properties(current: TemplateDoc) -> None:
    assert (current.name, current.template_type) == ("PassEntry Supermarket", "generic")
    assert (current.background_color, current.label_color, current.text_color) == (
        "#EFEFEF", "#FF8477", "#29323A")
    assert (current.logo, current.banner, current.icon) == (
        "https://example.com/logo.png", "https://example.com/banner.png",
        "https://example.com/icon.png")
    assert current.barcode_type is None
    body = TemplateDoc.from_json(example("CREATE_REQUEST"))
    assert (body.barcode_type, body.barcode_source, body.barcode_value) == (
        "qr", "custom", "123abcd")
    assert body.watermark == {"color": "light", "position": "bottomRight"}
    assert body.localisation("header", "one") == {
        "fr": {"label": "Points", "defaultValue": "0"},
        "is": {"label": "Stig", "defaultValue": "0"}}
    assert [(f.group, f.slot, f.field_id) for f in body.fields()] == [
        ("header", "one", "points"), ("details", "two", "discount")]


def test_slots_and_fields(current: TemplateDoc) -> None:
    assert current.slots("central") == [
        SlotField("central", "one", "membership_tier", "Membership Tier", "Gold"),
        SlotField("central", "two", None, None, None)]
    assert [s.empty for s in current.slots("header")] == [False, True, True]
    assert [(f.group, f.slot) for f in current.fields()] == [
        ("header", "one"), ("central", "one"), ("details", "one"), ("back", "one")]
    with pytest.raises(ValueError, match="not a field group"):
        current.slots("primary")


def test_returned_data_are_copies(current: TemplateDoc) -> None:
    shown = example("SHOW_CURRENT")
    current.attributes()["name"] = "changed"
    current.to_json()["data"]["attributes"]["fields"]["header"]["one"]["id"] = "changed"
    with_default = current.with_slot("header", "one", default_value={"a": [1]})
    with_default.slots("header")[0].default_value["a"].append(2)
    assert current.to_json() == shown
    assert with_default.slots("header")[0].default_value == {"a": [1]}
    with pytest.raises(AttributeError, match="immutable"):
        current._attrs = {}  # type: ignore[misc]


# --- edits ---------------------------------------------------------------------


def group_json(doc: TemplateDoc, group: str) -> dict:
    return doc.attributes()["fields"][group]


def test_colours_images_and_the_watermark(current: TemplateDoc) -> None:
    shown = example("SHOW_CURRENT")
    edited = current.with_colour("text", "#000000").with_image("logo", "https://x.example/l.png")
    assert (edited.text_color, edited.logo) == ("#000000", "https://x.example/l.png")
    assert list(edited.attributes()) == list(shown["data"]["attributes"])
    assert current.to_json() == shown
    no_icon = current.with_image("icon", None)
    assert "icon" not in no_icon.attributes()["images"]
    marked = current.with_watermark("dark", "topLeft")
    assert marked.watermark == {"color": "dark", "position": "topLeft"}
    assert marked.with_watermark(None) == current
    bare = TemplateDoc.from_json({"name": "N"})
    assert bare.with_image("banner", None) is bare  # an untouched doc never gains keys
    assert list(bare.with_image("logo", "https://e.x/l.png").with_colour(
        "background", "#FFF").attributes()) == ["name", "colors", "images"]
    with pytest.raises(ValueError, match="not a colour"):
        current.with_colour("backgroundColor", "#FFF")


def test_with_barcode(current: TemplateDoc) -> None:
    coded = current.with_barcode("pdf417", "custom", "1234", display_text=True)
    assert coded.get(BARCODE_KEY) == {"enabled": True, "type": "pdf417", "source": "custom",
                                      "value": "1234", "displayText": True}
    assert coded.with_barcode("aztec", "extId").get(BARCODE_KEY) == {
        "enabled": True, "type": "aztec", "source": "extId", "displayText": True}
    off = coded.with_barcode(None)
    assert off.barcode_type is None
    assert off.get(BARCODE_KEY)["enabled"] is False
    assert current.with_barcode(None) is current
    assert current.with_barcode("qr").get(BARCODE_KEY) == {"enabled": True, "type": "qr",
                                                           "source": "uuid"}


def test_with_slot_changes_only_the_given_parts(current: TemplateDoc) -> None:
    edited = current.with_slot("header", "one", label="Tier")
    assert edited.slots("header")[0] == SlotField("header", "one", "membership_tier", "Tier",
                                                  "Gold")
    assert current.with_slot("header", "one") is current
    filled = current.with_slot("header", "two", field_id="since")
    assert list(group_json(filled, "header")) == ["one", "two"]
    assert group_json(filled, "header")["two"] == {"id": "since", "label": None,
                                                   "defaultValue": None}
    # Emptying a slot removes it: empty slots are absent, as in the vendor's examples.
    assert filled.with_slot("header", "two", field_id=None) == current
    with pytest.raises(KeyError, match="no slot"):
        current.with_slot("header", "seven", label="x")
    with pytest.raises(ValueError, match="not a slot"):
        TemplateDoc.from_json(EDGE_CASES["a slot that is not an object"]).with_slot(
            "details", "one", label="x")


def test_localisation_survives_edits() -> None:
    body = TemplateDoc.from_json(example("CREATE_REQUEST"))
    edited = body.with_slot("header", "one", label="Stamps").move_field("header", 0, 2)
    assert group_json(edited, "header")["three"]["localisation"]["is"] == {
        "label": "Stig", "defaultValue": "0"}
    assert group_json(edited, "header")["three"]["label"] == "Stamps"


def test_add_field_fills_the_first_empty_slot(current: TemplateDoc) -> None:
    edited = current.add_field("central", "tier", "Tier")
    assert group_json(edited, "central")["two"] == {"id": "tier", "label": "Tier",
                                                    "defaultValue": None}
    with pytest.raises(SlotsFull, match="central has no empty slot"):
        edited.add_field("central", "more", "More")
    body = TemplateDoc.from_json(example("CREATE_REQUEST"))
    added = body.add_field("details", "a", "A").add_field("details", "b", "B")
    assert list(group_json(added, "details")) == ["one", "two", "three"]
    assert group_json(added, "details")["one"]["id"] == "a"
    assert group_json(added, "details")["three"]["id"] == "b"
    fresh = TemplateDoc.new().add_field("back", "terms", "Terms")
    assert fresh.attributes()["fields"] == {"back": {"one": {"id": "terms", "label": "Terms",
                                                             "defaultValue": None}}}


def test_remove_move_and_move_to_group(current: TemplateDoc) -> None:
    removed = current.remove_field("details", "one")
    assert group_json(removed, "details") == {}
    assert current.remove_field("details", "two") is current
    two = current.add_field("back", "terms", "Terms")
    down = two.move_field("back", 0, 2)
    assert [s.field_id for s in down.slots("back")] == ["terms", None, "membership_tier",
                                                        None, None]
    assert list(group_json(down, "back")) == ["one", "three"]
    assert down.move_field("back", 2, 0) == two
    with pytest.raises(IndexError):
        current.move_field("back", 0, 5)
    moved = two.move_to_group("back", "one", "central")
    assert [s.field_id for s in moved.slots("central")] == ["membership_tier", "membership_tier"]
    assert list(group_json(moved, "back")) == ["two"]
    with pytest.raises(ValueError, match="empty"):
        current.move_to_group("header", "two", "details")
    with pytest.raises(SlotsFull):
        moved.move_to_group("back", "two", "central")
