"""The template document: exact round trips, and edits that never touch the old document."""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passdesk.core.template_doc import (
    BANNER_KEY,
    BARCODE_KEY,
    DEFAULT_SLOT_KEYS,
    LOGO_KEY,
    SLOT_GROUPS,
    SlotField,
    SlotsFull,
    TemplateDoc,
    TemplateFormatError,
)
from passdesk.sandbox.demo_data import build_demo_data
from tests.conftest import VENDOR_FIXTURES

VENDOR_FILE = VENDOR_FIXTURES / "passentry_api_docs__one_passTemplate_1.json"


def dumps(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False)


@pytest.fixture
def vendor() -> dict:
    return json.loads(VENDOR_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def doc(vendor: dict) -> TemplateDoc:
    return TemplateDoc.from_json(vendor)


def assert_round_trip(obj: Any) -> TemplateDoc:
    before = dumps(obj)
    doc = TemplateDoc.from_json(obj)
    assert doc.to_json() == obj
    assert dumps(doc.to_json()) == before
    assert doc.to_text() == before
    assert dumps(obj) == before  # reading did not change the caller's object
    assert TemplateDoc.from_text(before) == doc
    return doc


# --- round trips --------------------------------------------------------------


def test_vendor_example_round_trips_byte_for_byte(vendor: dict) -> None:
    doc = assert_round_trip(vendor)
    assert doc.envelope == "document"
    assert doc.template_id == "f0af94dc3c69a80cee32c173"
    # The fixture really is the vendor's odd backFields order, kept as read.
    assert [s.slot for s in doc.slots("backFields")] == list(DEFAULT_SLOT_KEYS["backFields"])
    assert list(DEFAULT_SLOT_KEYS["backFields"]) == [
        "backOne", "backTwo", "backFive", "backFour", "backThree"]


def test_vendor_file_text_round_trips(vendor: dict) -> None:
    text = VENDOR_FILE.read_text(encoding="utf-8")
    assert TemplateDoc.from_text(text).to_text() == text.rstrip("\n")


def test_resource_and_bare_attributes_keep_their_envelope(vendor: dict) -> None:
    resource = vendor["data"]
    doc = assert_round_trip(resource)
    assert (doc.envelope, doc.template_id) == ("resource", "f0af94dc3c69a80cee32c173")
    bare = assert_round_trip(resource["attributes"])
    assert (bare.envelope, bare.template_id) == ("attributes", None)
    body = assert_round_trip({"passTemplate": resource["attributes"]})
    assert body.envelope == "body"
    assert doc.attributes() == bare.attributes() == body.attributes()
    # An edit keeps the envelope too.
    assert list(doc.with_attribute("name", "X").to_json()) == list(resource)
    assert doc.with_attribute("name", "X").to_json()["attributes"]["name"] == "X"


@pytest.mark.parametrize("name", ["Riverside Arena Ticket", "Lantern Coffee Rewards",
                                  "Riverside Members Club"])
def test_sandbox_demo_templates_round_trip(name: str) -> None:
    stored = next(t for t in build_demo_data().templates.values()
                  if t.attributes["name"] == name)
    assert_round_trip(stored.attributes)
    assert_round_trip({"data": {"id": stored.id, "type": "passTemplate",
                                "attributes": stored.attributes}})
    doc = TemplateDoc.from_json(stored.attributes)
    assert doc.get("loyalty") == stored.attributes["loyalty"]  # an unknown key, kept


EDGE_CASES = {
    "empty template": {},
    "unknown keys everywhere": {
        "zeta": 1, "name": "N", "alpha": [1, {"b": 2, "a": 1}],
        "primary": {"extra": True, "primary_one": {"textAlignment": "right", "id": "x",
                                                   "label": "X", "default_value": None,
                                                   "dateStyle": "short"},
                    "primary_two": {"id": None, "label": None, "default_value": None}},
    },
    "unicode labels": {"name": "Été 🎟 夏", "header": {"header_one": {
        "id": "prénom", "label": "Prénom \u2013 名前 😀", "default_value": "Zoë"}}},
    "a group missing": {"name": "N", "primary": {"primary_one": {
        "id": "a", "label": "A", "default_value": None}}},
    "a slot that is not an object": {"secondary": {"secOne": "oops", "secTwo": 7,
                                                   "secThree": None, "secFour": [1]}},
    "extra slots": {"auxiliary": {"auxOne": {"id": "a", "label": "A", "default_value": None},
                                  "auxTwo": None, "auxThree": None,
                                  "auxFour": {"id": "d", "label": "D", "default_value": 4}}},
    "list-shaped groups": {"header": [{"id": "a", "label": "A", "default_value": None}, None,
                                      "junk"], "backFields": []},
    "groups of odd shapes": {"header": "x", "primary": 3, "secondary": None, "auxiliary": True},
    "defaults of any JSON type": {"primary": {"primary_one": {
        "id": "n", "label": "N", "default_value": {"value": [1, 2.5, None, True]}}}},
    "inferred keys": {"name": "N", LOGO_KEY: "https://example.com/l.png",
                      BANNER_KEY: "data:image/png;base64,iVBORw0KGgo=",
                      BARCODE_KEY: {"type": "qrCode", "altText": "scan me", "x": 1}},
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
    assert [s.slot for s in doc.slots("secondary")] == ["secThree"]  # null = an empty slot
    assert [s.slot for s in doc.slots("primary")] == ["primary_one", "primary_two"]
    assert all(s.empty for s in doc.slots("primary"))
    listy = TemplateDoc.from_json(EDGE_CASES["list-shaped groups"])
    assert listy.slots("header") == [SlotField("header", "1", "a", "A", None),
                                     SlotField("header", "2", None, None, None)]
    assert listy.slots("backFields") == []
    odd = TemplateDoc.from_json(EDGE_CASES["groups of odd shapes"])
    assert odd.slots("header") == []
    assert odd.slots("primary") == []
    assert len(odd.slots("secondary")) == 3  # null group -> default empty slots
    extra = TemplateDoc.from_json(EDGE_CASES["extra slots"])
    assert extra.field_ids() == ["a", "d"]
    assert extra.slots("auxiliary")[-1] == SlotField("auxiliary", "auxFour", "d", "D", 4)


json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)
slot_objects = st.one_of(
    st.fixed_dictionaries(
        {"id": st.none() | st.text(max_size=8), "label": st.none() | st.text(max_size=8),
         "default_value": json_values},
        optional={"textAlignment": json_values}),
    json_values)
slot_keys = st.sampled_from([k for keys in DEFAULT_SLOT_KEYS.values() for k in keys]) | st.text(
    max_size=6)
groups = st.one_of(st.dictionaries(slot_keys, slot_objects, max_size=6),
                   st.lists(slot_objects, max_size=4), json_scalars)
attribute_keys = st.sampled_from(
    ["backgroundColor", "name", "description", "labelColor", "textColor", "templateType",
     *SLOT_GROUPS, LOGO_KEY, BANNER_KEY, BARCODE_KEY, "loyalty"]) | st.text(max_size=6).filter(
    lambda k: k not in ("data", "attributes", "passTemplate"))


@st.composite
def attribute_dicts(draw: st.DrawFn) -> dict:
    keys = draw(st.lists(attribute_keys, unique=True, max_size=12))
    return {k: draw(groups if k in SLOT_GROUPS else json_values) for k in keys}


@settings(max_examples=150, deadline=None)
@given(attribute_dicts(), st.sampled_from(["attributes", "resource", "document"]))
def test_any_attribute_dict_round_trips_byte_for_byte(attributes: dict, envelope: str) -> None:
    obj: dict = attributes
    if envelope == "resource":
        obj = {"id": "x", "type": "passTemplate", "attributes": attributes}
    elif envelope == "document":
        obj = {"data": {"id": "x", "type": "passTemplate", "attributes": attributes}}
    doc = TemplateDoc.from_json(obj)
    assert json.dumps(doc.to_json()) == json.dumps(obj)
    assert doc.to_json() == obj
    # Reading any shape never crashes.
    doc.fields()
    _ = (doc.name, doc.template_type, doc.logo, doc.banner, doc.barcode_type)


@settings(max_examples=100, deadline=None)
@given(attribute_dicts(), st.data())
def test_edits_never_change_the_document_they_start_from(attributes: dict,
                                                         data: st.DataObject) -> None:
    doc = TemplateDoc.from_json(attributes)
    before = doc.to_text()
    group = data.draw(st.sampled_from(SLOT_GROUPS))
    edits = [
        lambda d: d.with_attribute("name", "Renamed"),
        lambda d: d.with_attribute(LOGO_KEY, None),
        lambda d: d.add_field(group, "newField", "New"),
        lambda d: d.move_field(group, 0, len(d.slots(group)) - 1),
        lambda d: d.remove_field(group, d.slots(group)[0].slot),
        lambda d: d.with_slot(group, d.slots(group)[0].slot, label="L"),
        lambda d: d.move_to_group(group, d.fields()[0].slot, "backFields"),
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
    ('{\n  "name": "A"\n  "primary": {}\n}', "line 3: Expecting ',' delimiter"),
    ('{"name": "A",}', "line 1: Expecting property name enclosed in double quotes"),
    ('{\n "name": "A"', "line 2: Expecting ',' delimiter"),
    ("", "the text is empty"),
    ("[1, 2]", "a template is a JSON object, not a list"),
    ('"x"', "a template is a JSON object, not a string"),
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
    assert isinstance(caught.value, ValueError)


def test_a_byte_order_mark_is_ignored(vendor: dict) -> None:
    assert TemplateDoc.from_text("\ufeff" + json.dumps(vendor)).to_json() == vendor


def test_new_template_has_vendor_key_order_and_every_slot_null() -> None:
    doc = TemplateDoc.new("Coffee", "storeCard")
    attributes = doc.to_json()
    assert list(attributes) == ["backgroundColor", "name", "description", "labelColor",
                                "textColor", "templateType", "header", "primary", "secondary",
                                "auxiliary", "backFields"]
    assert (doc.name, doc.template_type, doc.envelope) == ("Coffee", "storeCard", "attributes")
    for group, keys in DEFAULT_SLOT_KEYS.items():
        assert list(attributes[group]) == list(keys)
        assert all(v == {"id": None, "label": None, "default_value": None}
                   for v in attributes[group].values())
    assert TemplateDoc.new().name == "Untitled template"
    assert TemplateDoc.new().template_type == "generic"
    assert LOGO_KEY not in attributes
    assert BARCODE_KEY not in attributes


# --- reading ------------------------------------------------------------------


def test_read_properties(doc: TemplateDoc) -> None:
    assert (doc.name, doc.description, doc.template_type) == (
        "Summer Sale 2023", "Summer Sale Pass", "storeCard")
    assert (doc.background_color, doc.label_color, doc.text_color) == (
        "#EFEFEF", "#FF8477", "#29323A")
    assert (doc.logo, doc.banner, doc.barcode_type) == (None, None, None)
    inferred = TemplateDoc.from_json(EDGE_CASES["inferred keys"])
    assert inferred.logo == "https://example.com/l.png"
    assert inferred.banner == "data:image/png;base64,iVBORw0KGgo="
    assert (inferred.barcode_type, inferred.barcode_alt_text) == ("qrCode", "scan me")


def test_slots_and_fields(doc: TemplateDoc) -> None:
    assert doc.slots("primary") == [
        SlotField("primary", "primary_one", "attendee", "Attendee", None),
        SlotField("primary", "primary_two", None, None, None)]
    assert [s.empty for s in doc.slots("header")] == [False, True, True]
    assert doc.field_ids() == ["name", "attendee", "address", "dob", "website"]
    assert [(f.group, f.slot) for f in doc.fields()] == [
        ("header", "header_one"), ("primary", "primary_one"), ("secondary", "secOne"),
        ("auxiliary", "auxOne"), ("backFields", "backOne")]
    with pytest.raises(ValueError, match="not a slot group"):
        doc.slots("footer")


def test_slot_field_empty() -> None:
    assert SlotField("header", "header_one", None, None, None).empty
    assert SlotField("header", "header_one", " ", "", None).empty
    assert not SlotField("header", "header_one", None, "Label", None).empty
    assert not SlotField("header", "header_one", None, None, 0).empty
    assert not SlotField("header", "header_one", "id", None, None).empty


def test_returned_data_are_copies(doc: TemplateDoc, vendor: dict) -> None:
    doc.attributes()["name"] = "changed"
    doc.to_json()["data"]["attributes"]["header"]["header_one"]["id"] = "changed"
    with_default = doc.with_slot("header", "header_one", default_value={"a": [1]})
    with_default.slots("header")[0].default_value["a"].append(2)
    assert doc.to_json() == vendor
    assert with_default.slots("header")[0].default_value == {"a": [1]}
    with pytest.raises(AttributeError, match="immutable"):
        doc._attrs = {}  # type: ignore[misc]


def test_equality_compares_the_json(vendor: dict) -> None:
    a, b = TemplateDoc.from_json(vendor), TemplateDoc.from_json(copy.deepcopy(vendor))
    assert a == b
    assert a != a.with_attribute("name", "Other")
    assert a.with_attribute("name", "Other") == b.with_attribute("name", "Other")
    with pytest.raises(TypeError):
        hash(a)


# --- edits ---------------------------------------------------------------------


def slot_json(doc: TemplateDoc, group: str) -> dict:
    return doc.attributes()[group]


def test_with_attribute_replaces_in_place_and_keeps_the_old_doc(doc: TemplateDoc,
                                                                vendor: dict) -> None:
    edited = doc.with_attribute("name", "Winter Sale").with_attribute("textColor", "#000000")
    assert (edited.name, edited.text_color) == ("Winter Sale", "#000000")
    assert list(edited.attributes()) == list(vendor["data"]["attributes"])
    assert doc.to_json() == vendor
    # Everything else is identical, byte for byte.
    expected = copy.deepcopy(vendor)
    expected["data"]["attributes"].update(name="Winter Sale", textColor="#000000")
    assert dumps(edited.to_json()) == dumps(expected)


def test_none_nulls_vendor_keys_and_removes_inferred_keys(doc: TemplateDoc) -> None:
    assert doc.with_attribute("description", None).attributes()["description"] is None
    with_logo = doc.with_attribute(LOGO_KEY, "https://example.com/logo.png")
    assert with_logo.logo == "https://example.com/logo.png"
    assert list(with_logo.attributes())[-1] == LOGO_KEY
    assert with_logo.with_attribute(LOGO_KEY, None) == doc
    assert doc.with_attribute(BANNER_KEY, None) is doc  # an untouched doc never gains keys
    assert BANNER_KEY not in doc.with_attribute(BANNER_KEY, None).attributes()


def test_a_missing_vendor_key_is_inserted_in_vendor_order() -> None:
    doc = TemplateDoc.from_json({"backgroundColor": "#FFF", "templateType": "generic",
                                 "header": {}})
    assert list(doc.with_attribute("name", "N").attributes()) == [
        "backgroundColor", "name", "templateType", "header"]
    assert list(doc.with_attribute("primary", {}).attributes()) == [
        "backgroundColor", "templateType", "header", "primary"]
    # With no vendor key to place it by, a new key goes at the end.
    assert list(TemplateDoc.from_json({"x": 1}).with_attribute("name", "N").attributes()) == [
        "x", "name"]


def test_with_barcode(doc: TemplateDoc) -> None:
    coded = doc.with_barcode("pdf417", alt_text="1234")
    assert coded.attributes()[BARCODE_KEY] == {"type": "pdf417", "altText": "1234"}
    assert coded.with_barcode("aztec").attributes()[BARCODE_KEY] == {"type": "aztec"}
    assert coded.with_barcode(None) == doc
    keeps = TemplateDoc.from_json({BARCODE_KEY: {"type": "qrCode", "size": 2}})
    assert keeps.with_barcode("aztec").attributes()[BARCODE_KEY] == {"type": "aztec", "size": 2}
    assert doc.barcode_type is None


def test_with_slot_changes_only_the_given_parts(doc: TemplateDoc, vendor: dict) -> None:
    edited = doc.with_slot("header", "header_one", label="Full name")
    assert edited.slots("header")[0] == SlotField("header", "header_one", "name", "Full name",
                                                  None)
    edited = edited.with_slot("header", "header_one", default_value="Guest", field_id="guest")
    assert edited.slots("header")[0] == SlotField("header", "header_one", "guest", "Full name",
                                                  "Guest")
    assert doc.to_json() == vendor
    assert doc.with_slot("header", "header_one") is doc
    with pytest.raises(KeyError, match="no slot"):
        doc.with_slot("header", "header_four", label="x")


def test_with_slot_keeps_unknown_keys_and_fills_null_slots() -> None:
    doc = TemplateDoc.from_json(EDGE_CASES["unknown keys everywhere"])
    edited = doc.with_slot("primary", "primary_one", label="Y")
    assert list(slot_json(edited, "primary")) == ["extra", "primary_one", "primary_two"]
    assert slot_json(edited, "primary")["primary_one"] == {
        "textAlignment": "right", "id": "x", "label": "Y", "default_value": None,
        "dateStyle": "short"}
    nulls = TemplateDoc.from_json({"secondary": {"secOne": None}})
    assert nulls.with_slot("secondary", "secOne", field_id="a").attributes() == {
        "secondary": {"secOne": {"id": "a", "label": None, "default_value": None}}}
    with pytest.raises(ValueError, match="not a slot"):
        TemplateDoc.from_json(EDGE_CASES["a slot that is not an object"]).with_slot(
            "secondary", "secOne", label="x")
    with pytest.raises(ValueError, match="not a group of slots"):
        TemplateDoc.from_json(EDGE_CASES["groups of odd shapes"]).add_field("header", "a", "A")


def test_add_field_fills_the_first_empty_slot(doc: TemplateDoc, vendor: dict) -> None:
    edited = doc.add_field("secondary", "tier", "Tier")
    assert slot_json(edited, "secondary")["secTwo"] == {"id": "tier", "label": "Tier",
                                                        "default_value": None}
    edited = edited.add_field("secondary", "since", "Since", default_value="2024")
    assert slot_json(edited, "secondary")["secThree"]["default_value"] == "2024"
    with pytest.raises(SlotsFull, match="secondary has no empty slot"):
        edited.add_field("secondary", "more", "More")
    assert isinstance(SlotsFull("x"), ValueError)
    assert doc.to_json() == vendor


def test_add_field_to_a_missing_group_creates_it_in_place() -> None:
    doc = TemplateDoc.from_json(EDGE_CASES["a group missing"])
    edited = doc.add_field("header", "seat", "Seat")
    assert list(edited.attributes()) == ["name", "header", "primary"]
    assert list(slot_json(edited, "header")) == list(DEFAULT_SLOT_KEYS["header"])
    assert edited.slots("header")[0].field_id == "seat"
    assert "header" not in doc.attributes()


def test_add_field_to_a_list_shaped_group() -> None:
    doc = TemplateDoc.from_json(EDGE_CASES["list-shaped groups"])
    edited = doc.add_field("header", "b", "B")
    assert edited.attributes()["header"] == [
        {"id": "a", "label": "A", "default_value": None},
        {"id": "b", "label": "B", "default_value": None}, "junk"]
    with pytest.raises(SlotsFull):
        doc.add_field("backFields", "x", "X")


def test_remove_field_keeps_the_slot_and_its_unknown_keys() -> None:
    doc = TemplateDoc.from_json(EDGE_CASES["unknown keys everywhere"])
    edited = doc.remove_field("primary", "primary_one")
    assert slot_json(edited, "primary")["primary_one"] == {
        "textAlignment": "right", "id": None, "label": None, "default_value": None,
        "dateStyle": "short"}
    assert edited.field_ids() == []
    assert doc.field_ids() == ["x"]


def test_remove_field_on_the_vendor_example(doc: TemplateDoc) -> None:
    edited = doc.remove_field("auxiliary", "auxOne")
    assert "dob" not in edited.field_ids()
    assert list(slot_json(edited, "auxiliary")) == ["auxOne", "auxTwo", "auxThree"]
    assert "dob" in doc.field_ids()


def filled(doc: TemplateDoc, group: str) -> list[str | None]:
    return [s.field_id for s in doc.slots(group)]


def test_move_field_moves_contents_like_a_list() -> None:
    doc = TemplateDoc.from_json({"backFields": {
        "backOne": {"id": "a", "label": "A", "default_value": None, "k": 1},
        "backTwo": {"id": "b", "label": "B", "default_value": None},
        "backFive": {"id": "c", "label": "C", "default_value": None},
        "backFour": {"id": None, "label": None, "default_value": None},
        "backThree": {"id": "e", "label": "E", "default_value": None},
    }})
    down = doc.move_field("backFields", 0, 2)
    assert filled(down, "backFields") == ["b", "c", "a", None, "e"]
    assert list(slot_json(down, "backFields")) == ["backOne", "backTwo", "backFive", "backFour",
                                                   "backThree"]
    # The slot object travels whole, with its unknown key.
    assert slot_json(down, "backFields")["backFive"] == {"id": "a", "label": "A",
                                                         "default_value": None, "k": 1}
    up = doc.move_field("backFields", 4, 1)
    assert filled(up, "backFields") == ["a", "e", "b", "c", None]
    assert doc.move_field("backFields", 2, 2) is doc
    assert down.move_field("backFields", 2, 0) == doc
    assert filled(doc, "backFields") == ["a", "b", "c", None, "e"]
    with pytest.raises(IndexError):
        doc.move_field("backFields", 0, 5)
    with pytest.raises(IndexError):
        doc.move_field("backFields", -1, 0)


def test_move_field_skips_malformed_slots() -> None:
    doc = TemplateDoc.from_json({"secondary": {
        "secOne": {"id": "a", "label": "A", "default_value": None}, "bad": "x",
        "secTwo": {"id": "b", "label": "B", "default_value": None}}})
    moved = doc.move_field("secondary", 0, 1)
    assert moved.attributes()["secondary"] == {
        "secOne": {"id": "b", "label": "B", "default_value": None}, "bad": "x",
        "secTwo": {"id": "a", "label": "A", "default_value": None}}


def test_move_to_group(doc: TemplateDoc, vendor: dict) -> None:
    moved = doc.move_to_group("header", "header_one", "secondary")
    assert filled(moved, "header") == [None, None, None]
    assert filled(moved, "secondary") == ["address", "name", None]
    assert moved.slots("secondary")[1] == SlotField("secondary", "secTwo", "name", "Name", None)
    assert moved.field_ids() == ["attendee", "address", "name", "dob", "website"]
    assert doc.to_json() == vendor
    with pytest.raises(ValueError, match="empty"):
        doc.move_to_group("header", "header_two", "secondary")
    full = doc.add_field("primary", "p2", "P2")
    with pytest.raises(SlotsFull):
        full.move_to_group("header", "header_one", "primary")


def test_move_to_a_missing_group() -> None:
    doc = TemplateDoc.from_json(EDGE_CASES["a group missing"])
    moved = doc.move_to_group("primary", "primary_one", "backFields")
    assert moved.slots("backFields")[0].field_id == "a"
    assert filled(moved, "primary") == [None]
    assert list(moved.attributes()) == ["name", "primary", "backFields"]


def test_edits_are_cheap(doc: TemplateDoc) -> None:
    start = time.perf_counter()
    current = doc
    for n in range(200):
        current = current.with_slot("header", "header_one", label=f"Name {n}")
        current = current.move_field("secondary", 0, 2)
    per_edit = (time.perf_counter() - start) / 400
    assert per_edit < 300e-6
    assert current.slots("header")[0].label == "Name 199"
