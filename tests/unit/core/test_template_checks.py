"""Template checks, and the slot geometry the previews and the checks share."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passdesk.core.template_checks import REQUIRED_SLOTS, Finding, check
from passdesk.core.template_doc import BARCODE_KEY, TemplateDoc
from passdesk.core.template_layout import (
    CARD_PADDING,
    CARD_WIDTH,
    CHAR_WIDTH_EM,
    SlotBox,
    banner_area,
    chars_that_fit,
    estimate_text_width,
    slot_boxes,
    visible_groups,
)
from passdesk.sandbox.demo_data import build_demo_data
from tests.conftest import VENDOR_FIXTURES

#: What a Summer Sale pass typically carries.
VENDOR_SAMPLES = {"name": "Alex Morgan", "attendee": "Alex Morgan",
                  "address": "221B Baker Street", "dob": "1990-04-12",
                  "website": "https://passentry.com"}
LABEL_CONTRAST = Finding(
    "warning", "colors.label",
    "label colour #FF8477 on background #EFEFEF has contrast 2.1:1; "
    "WCAG asks for at least 3:1")


@pytest.fixture
def vendor_doc() -> TemplateDoc:
    path = VENDOR_FIXTURES / "passentry_api_docs__one_passTemplate_1.json"
    return TemplateDoc.from_text(path.read_text(encoding="utf-8"))


def good() -> TemplateDoc:
    """A small template no rule fires on."""
    return (TemplateDoc.new("Coffee", "loyalty")
            .add_field("header", "points", "Points")
            .add_field("central", "member", "Member")
            .add_field("details", "tier", "Tier"))


def at(findings: list[Finding], where: str) -> list[Finding]:
    return [f for f in findings if f.where == where]


# --- the vendor example and the demo templates ------------------------------------


def test_vendor_example_has_only_its_real_label_contrast_problem(vendor_doc) -> None:
    # #FF8477 on #EFEFEF really is 2.07:1, below WCAG's 3:1 for large text.
    assert check(vendor_doc, VENDOR_SAMPLES) == [LABEL_CONTRAST]
    assert check(vendor_doc) == [LABEL_CONTRAST]  # labels stand in for missing samples


def test_vendor_example_with_a_readable_label_colour_is_clean(vendor_doc) -> None:
    assert check(vendor_doc.with_colour("label", "#B03A2E"), VENDOR_SAMPLES) == []


def test_sandbox_demo_templates_are_clean() -> None:
    for stored in build_demo_data().templates.values():
        assert check(TemplateDoc.from_json(stored.attributes)) == [], stored.attributes["name"]


def test_a_good_template_is_clean() -> None:
    assert check(good(), {"points": "120", "member": "Sam Lee", "tier": "Gold"}) == []


# --- one rule at a time ----------------------------------------------------------


def test_slot_with_a_label_but_no_id_is_an_error() -> None:
    doc = good().with_slot("details", "two", label="Since")
    assert at(check(doc), "details.two") == [Finding(
        "error", "details.two",
        "it has a label but no field id; passes cannot fill it")]
    doc = good().with_slot("details", "two", default_value="2024")
    assert "a default value but no field id" in at(check(doc), "details.two")[0].message


def test_duplicate_ids_name_each_slot() -> None:
    doc = good().add_field("details", "tier", "Tier again")
    findings = [f for f in check(doc) if "used more than once" in f.message]
    assert findings == [
        Finding("error", "details.one",
                "field id 'tier' is used more than once (also Details field 2)"),
        Finding("error", "details.two",
                "field id 'tier' is used more than once (also Details field 1)"),
    ]


def test_odd_field_ids_are_warnings() -> None:
    for bad_id in ("first name", "2nd", "naïve", "a-b"):
        doc = good().add_field("details", bad_id, "X")
        assert at(check(doc), "details.two") == [Finding(
            "warning", "details.two",
            f"field id {bad_id!r} should use only letters, digits and _ "
            "and not start with a digit")]
    assert check(good().add_field("details", "_member_2", "X")) == []


@pytest.mark.parametrize("name", [None, "", "   "])
def test_a_template_needs_a_name(name: str | None) -> None:
    assert at(check(good().with_attribute("name", name)), "name") == [
        Finding("error", "name", "the template has no name")]


def test_unknown_or_missing_template_type_is_a_warning() -> None:
    [finding] = check(good().with_attribute("templateType", "boardingPass"))
    assert (finding.level, finding.where) == ("warning", "templateType")
    assert "'boardingPass' is not one passdesk knows" in finding.message
    [finding] = check(good().with_attribute("templateType", None))
    assert finding.message.startswith("no template type")


@pytest.mark.parametrize(("key", "text", "what"), [
    ("colors.background", "white", "background colour"),
    ("colors.text", "#12345", "text colour"),
    ("colors.label", "rgb(300, 0, 0)", "label colour"),
])
def test_unparsable_colours_are_errors_quoting_the_text(key: str, text: str, what: str) -> None:
    part = key.split(".")[1]
    [finding] = check(good().with_colour(part, text))
    assert (finding.level, finding.where) == ("error", key)
    assert finding.message.startswith(f"the {what} {text!r} is not a colour")
    [finding] = check(good().with_colour(part, 123))  # type: ignore[arg-type]
    assert (finding.level, finding.where) == ("error", key)


def test_low_text_contrast_is_a_warning_with_the_ratio() -> None:
    doc = good().with_colour("text", "#777").with_colour("background", "#fff")
    # 4.48:1 must not print as "4.5:1", which would contradict the message.
    assert check(doc) == [Finding(
        "warning", "colors.text",
        "text colour #777777 on background #FFFFFF has contrast 4.48:1; "
        "WCAG asks for at least 4.5:1")]
    assert check(doc.with_colour("text", "#767676")) == []


def test_low_label_contrast_is_a_warning_at_three_to_one() -> None:
    doc = good().with_colour("label", "#AAAAAA")  # 2.3:1 on white
    assert [f.where for f in check(doc)] == ["colors.label"]
    assert check(good().with_colour("label", "#949494")) == []  # 3.03:1


def test_required_group_empty_is_an_error() -> None:
    assert REQUIRED_SLOTS == {"eventTicket": ("central",), "loyalty": ("central",),
                              "generic": ("central",), "transit": ("central",)}
    doc = good().remove_field("central", "one")
    assert at(check(doc), "central") == [
        Finding("error", "central", "a loyalty card template needs at least one central field")]
    # An unknown type has no required groups (it is warned about instead).
    assert at(check(doc.with_attribute("templateType", "x")), "central") == []


def test_images_must_be_web_or_png_jpeg_data_urls() -> None:
    ok = ["https://example.com/logo.png", "HTTPS://cdn.example.com/a?b=c",
          "data:image/png;base64,iVBORw0KGgo=", "data:image/jpeg;base64,/9j/4AAQ"]
    for value in ok:
        assert check(good().with_image("logo", value).with_image("banner", value)) == []
    for value in ["ftp://example.com/a.png", "http://example.com/a.png", "logo.png",
                  "data:image/gif;base64,R0lGOD", "data:image/png,rawbytes", "https://", 42]:
        findings = check(good().with_image("banner", value))
        assert [(f.level, f.where) for f in findings] == [("error", "images.banner")], value
        assert "is not an https URL" in findings[0].message


def test_barcode_type_must_be_known() -> None:
    for kind in ("qr", "pdf417", "aztec", "code128"):
        assert check(good().with_barcode(kind, "custom", "1234")) == []
        assert check(good().with_barcode(kind, "extId")) == []
    [finding] = check(good().with_barcode("ean13"))
    assert finding == Finding("error", BARCODE_KEY,
                              "barcode type 'ean13' is not one of QR code, Code 128, Aztec, PDF417")
    [finding] = check(good().with_barcode("qr", "custom", ""))
    assert finding.message == "the barcode holds your own text, but the text is empty"
    [finding] = check(good().with_attribute(BARCODE_KEY, {"enabled": True, "type": "qr",
                                                          "source": "serial"}))
    assert finding.where == BARCODE_KEY
    assert "'serial'" in finding.message
    assert check(good().with_attribute(BARCODE_KEY, {"enabled": False, "type": "x"})) == []


def test_text_cut_off_names_the_style_slot_and_what_fits() -> None:
    long_value = "Wolfgang Amadeus Mozart-Wilhelmina"
    findings = check(good(), {"tier": "Gold", "member": long_value})
    assert [f.where for f in findings] == ["central.one", "central.one"]
    apple, google = findings
    assert apple.level == "warning"
    assert apple.message.startswith(
        f"Apple Wallet: the value {long_value!r} will be cut off; about ")
    assert google.message.startswith("Google Wallet: the value")
    fits = int(apple.message.split("about ")[1].split(" of")[0])
    box = slot_boxes("apple", "loyalty", "central", 1)[0]
    assert estimate_text_width(long_value[:fits], box.value_size) <= box.text_width
    assert estimate_text_width(long_value[:fits + 1], box.value_size) > box.text_width
    assert apple.message.endswith(f"about {fits} of {len(long_value)} characters fit")


def test_cut_off_uses_default_then_label_and_checks_labels_too() -> None:
    long = "M" * 40
    by_default = good().with_slot("details", "one", default_value=long)
    assert {f.where for f in check(by_default)} == {"details.one"}
    by_label = good().with_slot("details", "one", label=long)
    messages = [f.message for f in check(by_label)]
    assert any("the label" in m for m in messages)
    assert any("the value" in m for m in messages)  # the label stands in for the value
    # A sample replaces the default.
    assert check(by_default, {"tier": "Gold"}) == []


def test_back_fields_wrap_and_are_never_cut_off() -> None:
    doc = good().add_field("back", "terms", "Terms", default_value="word " * 200)
    assert check(doc) == []


def test_a_real_measure_can_replace_the_estimate() -> None:
    calls = []

    def wide(text: str, size: float) -> float:
        calls.append((text, size))
        return 1000.0 * len(text)

    findings = check(good(), {"points": "1", "member": "S", "tier": "G"}, measure=wide)
    assert calls
    assert findings
    assert all("cut off" in f.message for f in findings)
    assert {f.message.split(":")[0] for f in findings} == {"Apple Wallet", "Google Wallet"}


def test_findings_are_errors_first_then_document_order() -> None:
    doc = (good().with_image("logo", "nope")           # error, last key
           .with_colour("label", "#EEEEEE")           # warning, labelColor
           .with_attribute("templateType", "boardingPass")    # warning, templateType
           .with_attribute("name", "")                        # error, name
           .with_slot("header", "two", label="X")      # error, header.header_two
           .add_field("details", "tier", "Tier"))           # errors, duplicate
    assert [(f.level, f.where) for f in check(doc)] == [
        ("error", "name"), ("error", "images.logo"), ("error", "header.two"),
        ("error", "details.one"), ("error", "details.two"),
        ("warning", "templateType"), ("warning", "colors.label"),
    ]


json_text = st.text(max_size=12)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["name", "templateType", "transitType", "colors", "images", "fields",
                     BARCODE_KEY, "header", "primary"]),
    st.none() | st.integers() | json_text | st.lists(json_text, max_size=2)
    | st.dictionaries(
        st.sampled_from(["background", "logo", "type", "source", "header", "details", "one"])
        | json_text,
        st.none() | json_text | st.dictionaries(
            st.sampled_from(["id", "label", "defaultValue", "type", "one"]),
            st.none() | json_text | st.dictionaries(
                st.sampled_from(["id", "label", "defaultValue"]), st.none() | json_text)),
        max_size=3)))
def test_check_never_crashes_on_odd_documents(attributes: dict) -> None:
    for finding in check(TemplateDoc.from_json(attributes)):
        assert finding.level in ("error", "warning")


# --- layout ------------------------------------------------------------------------


def test_card_widths() -> None:
    assert CARD_WIDTH == {"apple": 320.0, "google": 330.0}
    assert set(CARD_PADDING) == {"apple", "google"}


def test_visible_groups_never_show_back_fields_on_the_front() -> None:
    for style in ("apple", "google"):
        for kind in ("generic", "eventTicket", "loyalty", "unknown"):
            groups = visible_groups(style, kind)
            assert "back" not in groups
            assert {"central", "details"} <= set(groups)
    with pytest.raises(ValueError, match="preview style"):
        visible_groups("windows", "generic")


def test_banner_areas() -> None:
    assert banner_area("apple", "loyalty") == "strip_behind_primary"
    assert banner_area("apple", "eventTicket") == "strip"
    assert banner_area("apple", "generic") is None
    assert banner_area("google", "generic") == "hero"


def inner(style: str) -> float:
    return CARD_WIDTH[style] - 2 * CARD_PADDING[style]


def test_apple_secondary_row_shares_the_width() -> None:
    one = slot_boxes("apple", "generic", "details", 1)
    three = slot_boxes("apple", "generic", "details", 3)
    assert one == [SlotBox("details", 0, inner("apple"), 11.0, 15.0)]
    assert [b.index for b in three] == [0, 1, 2]
    assert three[0].width == pytest.approx((inner("apple") - 2 * 8.0) / 3)
    five = slot_boxes("apple", "generic", "details", 5)  # rows of up to 4
    assert [round(b.width, 1) for b in five] == [round((inner("apple") - 24) / 4, 1)] * 4 + [
        inner("apple")]


def test_apple_header_takes_at_most_45_percent_and_three_boxes() -> None:
    boxes = slot_boxes("apple", "generic", "header", 5)
    assert len(boxes) == 3
    assert sum(b.width for b in boxes) <= 0.45 * inner("apple")
    assert boxes[0].value_size < slot_boxes("apple", "generic", "central", 1)[0].value_size


def test_apple_primary_is_big_and_at_most_two_and_one_on_an_event_ticket() -> None:
    assert len(slot_boxes("apple", "generic", "central", 3)) == 2
    assert len(slot_boxes("apple", "eventTicket", "central", 3)) == 1
    store = slot_boxes("apple", "loyalty", "central", 1)[0]
    ticket = slot_boxes("apple", "eventTicket", "central", 1)[0]
    assert store.value_size > ticket.value_size >= 24


def test_google_title_primary_and_grid() -> None:
    header = slot_boxes("google", "generic", "header", 3)
    assert [b.index for b in header] == [0]  # only the first header shows, as the title
    assert header[0].width < inner("google")
    primary = slot_boxes("google", "generic", "central", 1)[0]
    assert primary.width == inner("google")
    assert primary.value_size >= 20
    grid = slot_boxes("google", "generic", "details", 4)  # rows of up to 3
    assert [round(b.width, 2) for b in grid] == [round((inner("google") - 16) / 3, 2)] * 3 + [
        inner("google")]


def test_back_fields_are_full_width_and_wrap() -> None:
    for style in ("apple", "google"):
        boxes = slot_boxes(style, "generic", "back", 5)
        assert len(boxes) == 5
        assert all(b.width == inner(style) and b.max_lines is None for b in boxes)


def test_no_fields_no_boxes() -> None:
    assert slot_boxes("apple", "generic", "details", 0) == []


def test_text_width_estimates_by_character_class() -> None:
    assert CHAR_WIDTH_EM["narrow"] == 0.28
    assert CHAR_WIDTH_EM["wide"] == 0.85
    assert estimate_text_width("il.,'|!", 10) == pytest.approx(7 * 2.8)
    assert estimate_text_width("MW@", 10) == pytest.approx(3 * 8.5)
    assert estimate_text_width("0123456789", 10) == pytest.approx(56.0)
    assert estimate_text_width("ABC", 10) == pytest.approx(3 * 6.6)
    assert estimate_text_width("abc", 10) == pytest.approx(3 * 5.2)
    assert estimate_text_width("夏🎟", 10) == pytest.approx(20.0)
    assert estimate_text_width("e\u0301", 10) == pytest.approx(5.2)  # a combining accent is free
    assert estimate_text_width("", 10) == 0.0
    assert estimate_text_width("MMMM", 20) == 2 * estimate_text_width("MMMM", 10)


def test_chars_that_fit() -> None:
    assert chars_that_fit("abcdef", 10, 5.2 * 3) == 3
    assert chars_that_fit("abcdef", 10, 1000) == 6
    assert chars_that_fit("abcdef", 10, 1) == 0


def test_vendor_fixture_is_the_one_the_checks_read(vendor_doc) -> None:
    # Guards the fixture itself: the vendor's example template, as the vendor printed it.
    text = (VENDOR_FIXTURES / "passentry_api_docs__one_passTemplate_1.json").read_text(
        encoding="utf-8")
    assert json.loads(text)["data"]["attributes"]["name"] == "Summer Sale 2023"
    assert vendor_doc.field_ids() == ["name", "attendee", "address", "dob", "website"]


# --- the user's words ----------------------------------------------------------------------

#: Words of the API that a person never reads in a check.
API_KEYS = ("eventTicket", "storeCard", "templateType", "central.", "details.", "header.",
            "back.", "colors.", "images.", "defaultValue", "default_value",
            "backFields", "qrCode", "pdf417", "code128")


def png_url(width: int, height: int) -> str:
    import base64
    import struct
    import zlib

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    data = (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)))
    return "data:image/png;base64," + base64.b64encode(data).decode()


def test_no_check_speaks_in_api_keys() -> None:
    doc = (TemplateDoc.new("", "eventTicket")
           .with_colour("text", "#EEEEEE").with_colour("label", "blue-ish")
           .with_image("logo", png_url(480, 150))
           .with_slot("header", "one", label="Gate")
           .add_field("central", "event", "Event")
           .add_field("central", "venue", "Venue")
           .add_field("details", "seat", "Seat")
           .add_field("details", "seat", "Seat again")
           .with_barcode("ean13"))
    samples = {"event": "x" * 80, "venue": "The Royal Albert Hall", "seat": "W" * 60}
    findings = check(doc, samples) + check(TemplateDoc.new("Empty", "loyalty"))
    findings += check(TemplateDoc.new("Odd", "generic").with_attribute("templateType", None))
    assert len(findings) >= 9
    for finding in findings:
        shown = f"{finding.place}: {finding.message}"
        assert finding.place, finding
        assert not [key for key in API_KEYS if key in shown], shown
    places = {f.place for f in findings}
    assert {"Header field 1", "Central field 1", "Central field 2", "Details field 1",
            "Details field 2", "Text colour", "Label colour", "Logo", "Barcode",
            "Name", "Type"} <= places
    messages = " | ".join(f.message for f in findings)
    assert "an event ticket template" in messages
    assert "a loyalty card template needs at least one central field" in messages


def test_apple_draws_one_primary_field_on_an_event_ticket_and_says_so() -> None:
    doc = (TemplateDoc.new("Winter Gala 2026", "eventTicket")
           .add_field("central", "event", "Event").add_field("central", "venue", "Venue"))
    [hidden] = [f for f in check(doc) if "not drawn" in f.message]
    assert (hidden.where, hidden.place) == ("central.two", "Central field 2")
    assert hidden.message == ("Apple Wallet shows one central field on an event ticket "
                              "template: this one is not drawn")
    assert len(slot_boxes("apple", "eventTicket", "central", 2)) == 1
    assert len(slot_boxes("apple", "loyalty", "central", 2)) == 2


@pytest.mark.parametrize(("width", "height", "warned"), [(480, 150, True), (300, 300, False),
                                                         (200, 180, False)])
def test_a_wide_logo_is_warned_about_for_googles_circle(width, height, warned) -> None:
    doc = good().with_image("logo", png_url(width, height))
    found = [f for f in check(doc) if f.where == "images.logo"]
    assert bool(found) == warned
    if warned:
        assert found[0].message == ("Google shows the logo in a circle: a wide logo is cut; "
                                    "use a square logo")
        assert found[0].level == "warning"


def test_apple_rows_take_their_widths_from_content() -> None:
    shown = TemplateDoc.new("Gala", "eventTicket")
    for field_id in ("seat", "door", "tier"):
        shown = shown.add_field("details", field_id, field_id.title())
    samples = {"seat": "Row F, Seat 12", "door": "B", "tier": "VIP"}
    assert [f for f in check(shown, samples) if f.where.startswith("details")
            and f.message.startswith("Apple")] == []
    seat, door, tier = slot_boxes("apple", "eventTicket", "details", 3, natural=[
        estimate_text_width("Row F, Seat 12", 15) + 5, 20.0, 30.0])
    assert seat.width > door.width
    assert seat.width > tier.width
    assert seat.text_width >= estimate_text_width("Row F, Seat 12", 15)
    equal = slot_boxes("apple", "eventTicket", "details", 3)
    assert estimate_text_width("Row F, Seat 12", 15) > equal[0].text_width  # cut before
    # Too full: the narrow keep their width, the wide share the rest.
    from passdesk.core.template_layout import share_row

    assert share_row([10.0, 500.0, 500.0], 300.0) == [10.0, 137.0, 137.0]
    assert share_row([50.0, 50.0], 300.0) == [146.0, 146.0]


def test_the_event_ticket_primary_shrinks_before_it_is_cut() -> None:
    doc = TemplateDoc.new("Gala", "eventTicket").add_field("central", "event", "Event")
    box = slot_boxes("apple", "eventTicket", "central", 1)[0]
    assert box.min_value_size is not None
    assert box.min_value_size < box.value_size
    fits_when_smaller = "Winter Gala 2026 at the Royal Hall"
    assert estimate_text_width(fits_when_smaller, box.value_size) > box.text_width
    assert estimate_text_width(fits_when_smaller, box.min_value_size) <= box.text_width
    apple = [f for f in check(doc, {"event": fits_when_smaller}) if f.message.startswith("Apple")]
    assert apple == []
    too_long = "Winter Gala 2026 at the Royal Albert Hall, London, with the orchestra"
    assert [f.where for f in check(doc, {"event": too_long})
            if f.message.startswith("Apple")] == ["central.one"]


def test_a_watermark_is_light_or_dark_at_a_corner() -> None:
    assert check(good().with_watermark("light", "bottomRight")) == []
    for bad in ({"color": "pink"}, {"color": "dark", "position": "middle"}, "dark"):
        [finding] = check(good().with_attribute("images", {"watermark": bad}))
        assert (finding.where, finding.place) == ("images.watermark", "Watermark")
