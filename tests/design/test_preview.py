"""The preview cards, drawn for real: colours, fields, elision, barcodes, images, export."""

from __future__ import annotations

import os
import socket
import stat

import pytest
import zxingcpp
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from passdesk.core.template_checks import check
from passdesk.design.card_text import fitted
from passdesk.design.images import ImageCache
from passdesk.design.preview import (
    STYLES,
    card_layout,
    card_size,
    measure_text,
    paint_card,
    render_card,
    save_png,
)
from tests.design.cards import (
    BACKGROUND,
    LOGO_COLOUR,
    SAMPLES,
    STORE_SAMPLES,
    TYPES,
    banner_image,
    data_url,
    logo_image,
    store_doc,
    ticket_doc,
)

SCALE = 2.0
LONG = "Maximilian Alexander Featherstonehaugh-Worthington III"


def rgb(image: QImage, x: float, y: float) -> str:
    """The colour at logical (x, y) as #RRGGBB."""
    return image.pixelColor(int(x * SCALE), int(y * SCALE)).name().upper()


def changed_box(a: QImage, b: QImage) -> QRectF | None:
    """The logical-pixel bounding box of every pixel that differs, None if none does."""
    assert a.size() == b.size()
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    width, stride = a.width(), a.bytesPerLine()
    bits_a, bits_b = bytes(a.constBits()), bytes(b.constBits())
    left, top, right, bottom = width, None, -1, -1
    for y in range(a.height()):
        row_a = bits_a[y * stride:y * stride + width * 4]
        row_b = bits_b[y * stride:y * stride + width * 4]
        if row_a == row_b:
            continue
        first = next(i for i in range(0, width * 4, 4) if row_a[i:i + 4] != row_b[i:i + 4])
        last = next(i for i in range(width * 4 - 4, -1, -4) if row_a[i:i + 4] != row_b[i:i + 4])
        top = y if top is None else top
        bottom = y
        left, right = min(left, first // 4), max(right, last // 4)
    if top is None:
        return None
    return QRectF(left / SCALE, top / SCALE, (right - left + 1) / SCALE,
                  (bottom - top + 1) / SCALE)


def inside(inner: QRectF, outer: QRectF, slack: float = 1.0) -> bool:
    return outer.adjusted(-slack, -slack, slack, slack).contains(inner)


def group_rect(layout, group: str) -> QRectF:
    """Where a group's fields are: Apple sizes its secondary and auxiliary rows by content."""
    rect = QRectF()
    for place in layout.fields:
        if place.slot.group == group:
            rect = rect.united(place.rect)
    return rect


def changes_within(style: str, group: str) -> str:
    """"row" where a typed sample may move its neighbours (Apple's content rows), else "box"."""
    return "row" if style == "apple" and group in ("header", "details") else "box"


def decode(image: QImage, rect: QRectF, barcode_format) -> list[str]:
    """What zxing-cpp reads in the logical ``rect`` of ``image``."""
    crop = image.copy(QRect(int(rect.x() * SCALE), int(rect.y() * SCALE),
                            int(rect.width() * SCALE), int(rect.height() * SCALE)))
    gray = crop.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytes(gray.constBits())  # the view does not own its pixels: keep them alive
    view = zxingcpp.ImageView(pixels, gray.width(), gray.height(), zxingcpp.ImageFormat.Lum,
                              gray.bytesPerLine())
    found = zxingcpp.read_barcodes(view, formats=barcode_format)
    del pixels
    return [b.text for b in found if b.valid]


def bytes_of(image: QImage) -> bytes:
    return bytes(image.constBits())


@pytest.fixture
def images() -> ImageCache:
    return ImageCache()


# --- the card ---------------------------------------------------------------------------


@pytest.mark.parametrize("template_type", TYPES)
@pytest.mark.parametrize("style", STYLES)
def test_a_card_is_drawn_in_its_background_colour(qapp, style, template_type, images) -> None:
    doc = ticket_doc(template_type)
    image = render_card(style, doc, SAMPLES, images=images)
    size = card_size(style, doc)
    assert not image.isNull()
    assert image.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert image.devicePixelRatio() == SCALE
    assert (image.width(), image.height()) == (size.width() * 2, size.height() * 2)
    assert size.width() >= 320
    assert size.height() >= 200
    # The top padding is empty card; the very corner is outside the rounded card.
    assert rgb(image, size.width() / 4, 4) == BACKGROUND
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255


@pytest.mark.parametrize("style", STYLES)
def test_changing_the_background_colour_changes_the_card(qapp, style, images) -> None:
    doc = ticket_doc()
    before = render_card(style, doc, SAMPLES, images=images)
    after = render_card(style, doc.with_colour("background", "rgb(10, 110, 63)"),
                        SAMPLES, images=images)
    width = card_size(style, doc).width()
    assert rgb(before, width / 4, 4) == BACKGROUND
    assert rgb(after, width / 4, 4) == "#0A6E3F"


@pytest.mark.parametrize("group", ["header", "central", "details"])
@pytest.mark.parametrize("template_type", TYPES)
@pytest.mark.parametrize("style", STYLES)
def test_typing_a_sample_changes_only_that_fields_value(qapp, style, template_type, group,
                                                        images) -> None:
    banner = data_url(banner_image())
    doc = ticket_doc(template_type, banner=banner, logo=data_url(logo_image()))
    layout = card_layout(style, doc)
    place = next(p for p in layout.fields if p.slot.group == group)
    field_id = place.slot.field_id
    before = render_card(style, doc, SAMPLES, images=images)
    after = render_card(style, doc, {**SAMPLES, field_id: "Typed 42"}, images=images)
    box = changed_box(before, after)
    assert box is not None, "typing changed nothing"
    if changes_within(style, group) == "row":
        typed = card_layout(style, doc, {**SAMPLES, field_id: "Typed 42"})
        area = group_rect(card_layout(style, doc, SAMPLES), group).united(
            group_rect(typed, group))
        if group == "header":  # the logo text has the room the header fields leave
            area = area.united(typed.name)
        assert inside(box, area), (box.getRect(), area.getRect())
        return
    assert inside(box, place.value_rect), (
        f"{style} {template_type} {field_id}: changed {box.getRect()}, "
        f"field value box {place.value_rect.getRect()}")


def test_the_layout_does_not_move_while_typing(qapp) -> None:
    doc = ticket_doc()
    for style in STYLES:
        assert card_size(style, doc) == card_size(style, doc)
        short = render_card(style, doc, {"event": "A"})
        long = render_card(style, doc, {"event": LONG * 2})
        assert short.size() == long.size()


@pytest.mark.parametrize("style", STYLES)
def test_a_long_value_is_elided_inside_its_box(qapp, style, images) -> None:
    doc = ticket_doc("generic")
    place = card_layout(style, doc, {**SAMPLES, "holder": LONG}).field("details", "one")
    assert place is not None
    width, size = place.box.text_width, place.box.value_size
    assert measure_text(LONG, size) > width
    shown = fitted(LONG, size, width)
    assert shown.endswith("…")
    assert measure_text(shown, size) <= width
    short = render_card(style, doc, {**SAMPLES, "holder": "x"}, images=images)
    long = render_card(style, doc, {**SAMPLES, "holder": LONG}, images=images)
    box = changed_box(short, long)
    assert box is not None
    area = place.value_rect
    if changes_within(style, "details") == "row":
        area = group_rect(card_layout(style, doc, {**SAMPLES, "holder": "x"}), "details")
    assert inside(box, area), (box.getRect(), area.getRect())
    # The elided text uses its box, it is not a word or two.
    assert box.right() > place.rect.right() - 20


@pytest.mark.parametrize("style", STYLES)
def test_an_empty_design_shows_its_labels_as_placeholders(qapp, style, images) -> None:
    doc = ticket_doc("generic")
    blank = render_card(style, doc.with_slot("details", "one", label=""), {},
                        images=images)
    labelled = render_card(style, doc, {}, images=images)
    place = card_layout(style, doc).field("details", "one")
    box = changed_box(blank, labelled)
    assert box is not None
    assert inside(box, group_rect(card_layout(style, doc), "details")
                  if changes_within(style, "details") == "row" else place.rect)
    assert box.bottom() > place.value_rect.top()  # the label shows in the value line too


@pytest.mark.parametrize("style", STYLES)
def test_unicode_text_is_drawn(qapp, style, images) -> None:
    doc = ticket_doc()
    place = card_layout(style, doc).field("central", "one")
    plain = render_card(style, doc, {"event": "x"}, images=images)
    unicode = render_card(style, doc, {"event": "Zoë 東京 ✓ Ωμέγα"}, images=images)
    box = changed_box(plain, unicode)
    assert box is not None
    assert inside(box, place.value_rect)
    assert box.width() > 100


# --- barcode ----------------------------------------------------------------------------


@pytest.mark.parametrize(("barcode_type", "barcode_format"), [
    ("qr", zxingcpp.BarcodeFormat.QRCode),
    ("pdf417", zxingcpp.BarcodeFormat.PDF417),
    ("aztec", zxingcpp.BarcodeFormat.Aztec),
    ("code128", zxingcpp.BarcodeFormat.Code128),
])
@pytest.mark.parametrize("style", STYLES)
def test_the_barcode_scans_as_its_value(qapp, style, barcode_type, barcode_format,
                                        images) -> None:
    for alt_text, expected in (("TKT-7QX2M-PL0ZD", "TKT-7QX2M-PL0ZD"), (None, "SAMPLE-0001")):
        doc = ticket_doc(barcode=barcode_type, alt_text=alt_text)
        area = card_layout(style, doc).barcode
        assert area is not None
        image = render_card(style, doc, SAMPLES, images=images)
        assert rgb(image, area.panel.x() + 3, area.panel.center().y()) == "#FFFFFF"
        assert decode(image, area.panel, barcode_format) == [expected]


@pytest.mark.parametrize("style", STYLES)
def test_no_barcode_draws_no_panel(qapp, style, images) -> None:
    with_code = ticket_doc()
    without = ticket_doc(barcode=None)
    assert card_layout(style, without).barcode is None
    assert card_size(style, without).height() < card_size(style, with_code).height()
    panel = card_layout(style, with_code).barcode.panel
    image = render_card(style, without, SAMPLES, images=images)
    assert rgb(image, panel.x() + 3, min(panel.center().y(), image.height() / 2 - 8)) != "#FFFFFF"


# --- images -----------------------------------------------------------------------------


def colour_count(image: QImage, rect: QRectF, colour: QColor) -> int:
    wanted = colour.name()
    return sum(image.pixelColor(x, y).name() == wanted
               for x in range(int(rect.left() * SCALE), int(rect.right() * SCALE))
               for y in range(int(rect.top() * SCALE), int(rect.bottom() * SCALE)))


@pytest.mark.parametrize("style", STYLES)
def test_a_data_url_logo_is_drawn_in_the_logo_area(qapp, style, images) -> None:
    doc = ticket_doc(logo=data_url(logo_image()))
    layout = card_layout(style, doc)
    assert layout.logo is not None
    image = render_card(style, doc, SAMPLES, images=images)
    area = layout.logo.width() * layout.logo.height() * SCALE * SCALE
    assert colour_count(image, layout.logo, LOGO_COLOUR) > area * 0.6
    # A JPEG decodes too.
    jpeg = render_card(style, ticket_doc(logo=data_url(logo_image(), "JPEG")), SAMPLES)
    assert colour_count(jpeg, layout.logo, LOGO_COLOUR) == 0  # JPEG shifts colours slightly
    assert jpeg.pixelColor(int(layout.logo.center().x() * 2),
                           int(layout.logo.center().y() * 2)).red() > 200


@pytest.mark.parametrize("style", STYLES)
def test_an_https_logo_is_a_placeholder_and_never_fetched(qapp, style, images,
                                                          monkeypatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("the preview touched the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    url = "https://cdn.example.com/brand/logo.png"
    doc = ticket_doc(logo=url)
    picture = images.picture(url)
    assert picture.image is None
    assert picture.placeholder == "cdn.example.com"
    layout = card_layout(style, doc)
    image = render_card(style, doc, SAMPLES, images=images)
    centre = image.pixelColor(int(layout.logo.center().x() * 2),
                              int(layout.logo.center().y() * 2))
    assert centre.name().upper() != BACKGROUND  # something is drawn there
    assert colour_count(image, layout.logo, LOGO_COLOUR) == 0


@pytest.mark.parametrize("bad", ["data:image/png;base64,not-base64!", "data:image/png;base64,"
                                 "aGVsbG8=", "ftp://example.com/x.png", "logo.png"])
def test_a_broken_image_string_is_a_placeholder(qapp, bad, images) -> None:
    picture = images.picture(bad)
    assert picture.image is None
    assert picture.placeholder
    for style in STYLES:
        assert not render_card(style, ticket_doc(logo=bad, banner=bad), SAMPLES).isNull()


def test_each_image_string_is_decoded_once(qapp, images) -> None:
    doc = ticket_doc(logo=data_url(logo_image()), banner=data_url(banner_image()))
    for n in range(5):
        for style in STYLES:
            render_card(style, doc.with_colour("text", f"#00000{n}"), SAMPLES,
                        images=images)
    assert images.decodes == 2
    small = ImageCache(max_entries=4)
    for n in range(10):
        small.picture(data_url(logo_image(QColor(n * 20, 0, 0))))
    assert len(small) == 4


@pytest.mark.parametrize("style", STYLES)
def test_the_banner_shows_where_the_style_puts_it(qapp, style, images) -> None:
    banner = data_url(banner_image())
    for template_type in TYPES:
        layout = card_layout(style, ticket_doc(template_type, banner=banner))
        if style == "apple" and template_type == "generic":
            assert layout.banner is None
            continue
        assert layout.banner is not None
        image = render_card(style, ticket_doc(template_type, banner=banner), SAMPLES,
                            images=images)
        assert rgb(image, layout.banner.center().x(), layout.banner.top() + 2) != BACKGROUND
        if style == "google":
            assert layout.banner.bottom() == card_size(style, ticket_doc(
                template_type, banner=banner)).height()


# --- same input, same pixels ----------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_the_same_input_gives_the_same_pixels(qapp, style) -> None:
    doc = ticket_doc(logo=data_url(logo_image()), banner=data_url(banner_image()))
    first = render_card(style, doc, SAMPLES, images=ImageCache())
    second = render_card(style, doc, dict(SAMPLES), images=ImageCache())
    third = render_card(style, doc, SAMPLES)
    assert bytes_of(first) == bytes_of(second) == bytes_of(third)


def test_paint_card_draws_where_the_painter_points(qapp) -> None:
    doc = store_doc()
    size = card_size("apple", doc)
    image = QImage(size.width() + 40, size.height() + 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    painter.translate(20, 20)
    paint_card(painter, "apple", doc, STORE_SAMPLES)
    assert painter.transform().dx() == 20  # state restored
    painter.end()
    assert image.pixelColor(10, 10).name() == "#000000"
    assert image.pixelColor(20 + size.width() // 2, 22).name().upper() == "#F4EDE4"


def test_an_unknown_style_is_refused(qapp) -> None:
    with pytest.raises(ValueError, match="apple and google"):
        card_size("samsung", ticket_doc())


# --- export ---------------------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
def test_save_png_writes_a_whole_png_and_no_temp_file(qapp, style, tmp_path) -> None:
    doc = store_doc(banner=data_url(banner_image()))
    target = tmp_path / "out" / f"card-{style}.png"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert save_png(target, style, doc, STORE_SAMPLES) == target
    loaded = QImage(str(target))
    size = card_size(style, doc)
    assert (loaded.width(), loaded.height()) == (size.width() * 2, size.height() * 2)
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not a private 0600
    assert save_png(target, style, doc, STORE_SAMPLES, scale=1.0) == target
    assert QImage(str(target)).width() == size.width()


def test_save_png_says_where_it_failed(qapp, tmp_path) -> None:
    missing = tmp_path / "no such folder" / "card.png"
    with pytest.raises(OSError, match=r"cannot write the preview to .*card\.png"):
        save_png(missing, "apple", store_doc(), STORE_SAMPLES)
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(OSError, match="cannot write the preview"):
        save_png(folder, "apple", store_doc(), STORE_SAMPLES)
    assert list(tmp_path.iterdir()) == [folder]
    assert list(folder.iterdir()) == []


# --- the checks measure what the renderer draws -------------------------------------------


def test_checks_flag_what_the_renderer_elides_and_not_what_fits(qapp) -> None:
    doc = store_doc()
    fits = check(doc, STORE_SAMPLES, measure=measure_text)
    assert [f for f in fits if "cut off" in f.message] == []
    findings = check(doc, {**STORE_SAMPLES, "member": LONG}, measure=measure_text)
    cut = [f for f in findings if "cut off" in f.message]
    assert {f.where for f in cut} == {"details.one"}
    assert {f.message.split(":")[0] for f in cut} == {"Apple Wallet", "Google Wallet"}


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("value", ["Alex Morgan", "Alexandra Morgan-Smythe", LONG,
                                   "東京都渋谷区神宮前一丁目", "WWWWWWWWWWWWWWWWW"])
def test_a_warning_exactly_when_the_value_is_elided(qapp, style, value) -> None:
    doc = store_doc()
    samples = {**STORE_SAMPLES, "member": value, "balance": value}
    words = {"Apple Wallet": "apple", "Google Wallet": "google"}
    flagged = {(words[f.message.split(":")[0]], f.where) for f in
               check(doc, samples, measure=measure_text) if "the value" in f.message}
    for place in card_layout(style, doc, samples).fields:
        if place.slot.field_id not in ("member", "balance"):
            continue
        elided = fitted(value, place.box.value_size, place.box.text_width) != value
        where = f"{place.slot.group}.{place.slot.slot}"
        assert ((style, where) in flagged) == elided, (style, where, value)


# --- Wallet's layout rules (m13) ---------------------------------------------------------

GALA = {**SAMPLES, "event": "Winter Gala 2026", "venue": "Royal Albert Hall",
        "holder": "Row F, Seat 12", "seat": "B", "doors": "19:00", "tier": "VIP"}


def gala_doc(**kwargs):
    return ticket_doc(**kwargs).add_field("central", "venue", "Venue")


def test_the_apple_event_ticket_shows_one_primary_field_and_shrinks_it_to_fit(qapp,
                                                                             images) -> None:
    from passdesk.design.card_paint import shrunk_size

    doc = gala_doc()
    layout = card_layout("apple", doc, GALA)
    primary = [p for p in layout.fields if p.slot.group == "central"]
    assert [p.slot.field_id for p in primary] == ["event"]  # the venue is not drawn
    assert [f.message for f in check(doc, GALA) if f.where == "central.two"
            and f.message.startswith("Apple")] == [
        "Apple Wallet shows one central field on an event ticket template: this one is not drawn"]
    place = primary[0]
    assert place.rect.width() > card_size("apple", doc).width() * 0.8  # the whole width
    for text in ("Winter Gala 2026", "Winter Gala 2026 at the Royal Hall"):
        size = shrunk_size(text, place.box)
        assert fitted(text, size, place.box.text_width) == text, "shrunk, never cut"
    assert shrunk_size("Winter Gala 2026", place.box) == place.box.value_size
    assert shrunk_size("Winter Gala 2026 at the Royal Hall", place.box) < \
        place.box.value_size
    # Drawn whole: the text reaches as far right as its full width.
    blank = render_card("apple", doc, {**GALA, "event": " "}, images=images)
    drawn = render_card("apple", doc, GALA, images=images)
    box = changed_box(blank, drawn)
    assert box is not None
    width = measure_text("Winter Gala 2026", place.box.value_size)
    assert box.width() >= width - 3
    assert inside(box, place.value_rect)
    assert [f for f in check(doc, GALA, measure=measure_text)
            if f.where == "central.one"] == []


def test_apple_detail_widths_come_from_content(qapp) -> None:
    """Apple's details rows (Wallet's secondary/auxiliary) size each field by what it shows."""
    doc = ticket_doc()
    place = card_layout("apple", doc, GALA).field("details", "one")
    assert measure_text("Row F, Seat 12", place.box.value_size) <= place.box.text_width
    other = card_layout("apple", doc, GALA).field("details", "two")
    assert place.rect.width() > other.rect.width()
    assert [f for f in check(doc, GALA, measure=measure_text)
            if f.where == "details.one" and f.message.startswith("Apple")] == []


def test_a_logo_keeps_the_logo_text_beside_it(qapp, images) -> None:
    wide = QImage(480, 150, QImage.Format.Format_ARGB32)
    wide.fill(LOGO_COLOUR)
    for logo in (logo_image(), wide):
        doc = ticket_doc(logo=data_url(logo))
        layout = card_layout("apple", doc, SAMPLES, images)
        assert layout.logo is not None
        assert layout.name is not None
        assert layout.name.left() >= layout.logo.right()
        assert layout.logo.width() <= 160
        assert layout.logo.height() <= 50
        assert abs(layout.logo.width() / layout.logo.height()
                   - logo.width() / logo.height()) < 0.05
        named = render_card("apple", doc, SAMPLES, images=images)
        nameless = render_card("apple", doc.with_attribute("name", " "), SAMPLES,
                               images=images)
        box = changed_box(nameless, named)
        assert box is not None, "the logo text is drawn"
        assert inside(box, layout.name)


@pytest.mark.parametrize("template_type", TYPES)
def test_the_event_ticket_has_a_notch(qapp, template_type, images) -> None:
    doc = ticket_doc(template_type)
    layout = card_layout("apple", doc)
    image = render_card("apple", doc, SAMPLES, images=images)
    centre = layout.width / 2
    top = image.pixelColor(int(centre * SCALE), int(2 * SCALE))
    beside = image.pixelColor(int((centre + 30) * SCALE), int(2 * SCALE))
    assert beside.alpha() == 255
    if template_type == "eventTicket":
        assert layout.notch > 0
        assert top.alpha() == 0, "the notch is cut out of the card"
        below = image.pixelColor(int(centre * SCALE), int((layout.notch + 3) * SCALE))
        assert below.alpha() == 255
    else:
        assert layout.notch == 0
        assert top.alpha() == 255


@pytest.mark.parametrize("style", STYLES)
def test_the_value_is_written_under_the_code_only_with_display_text(qapp, style,
                                                                    images) -> None:
    shown = ticket_doc().with_barcode("qr", "custom", "TKT-1", display_text=True)
    hidden = shown.with_barcode("qr", "custom", "TKT-1", display_text=False)
    area = card_layout(style, shown).barcode
    assert area.show_text
    assert not card_layout(style, hidden).barcode.show_text
    ink = QColor("#222222")
    with_text = colour_count(render_card(style, shown, SAMPLES, images=images), area.text, ink)
    without = colour_count(render_card(style, hidden, SAMPLES, images=images), area.text, ink)
    assert with_text > 0
    assert without == 0
