"""Where everything on a preview card goes: the plain geometry both card styles produce.

``apple_card.layout`` and ``google_card.layout`` turn a document into a
``CardLayout`` (rectangles in logical px, card at (0, 0)); ``card_paint``
draws any layout. The card's size depends on the document only, never on the
sample values. Typing a sample changes pixels inside that field's box, or,
where Wallet sizes a row by its content (Apple's secondary and auxiliary
rows), inside that row. Slot widths and text sizes come from
``core.template_layout``, the same numbers the template checks measure against.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from passdesk.core.colour import parse_colour
from passdesk.core.template_doc import SlotField, TemplateDoc
from passdesk.core.template_layout import BOX_PADDING, FIELD_GAP, SlotBox, group_boxes
from passdesk.design.barcode_image import symbology
from passdesk.design.card_text import line_height, measure_text

#: Encoded in the preview's barcode when the template gives no alternative text.
SAMPLE_BARCODE_VALUE = "SAMPLE-0001"
#: Gap between a field's label line and its value line.
LABEL_GAP = 1.0
#: White space around the barcode inside its white panel, and its text's size.
BARCODE_MARGIN = 10.0
BARCODE_TEXT_SIZE = 11.0

_FALLBACK = {"background": "#FFFFFF", "text": "#111111", "label": "#555555"}


@dataclass(frozen=True)
class Palette:
    background: QColor
    text: QColor
    label: QColor

    @property
    def placeholder(self) -> QColor:
        """The label colour, fainter: for a label shown where a value will go."""
        colour = QColor(self.label)
        colour.setAlphaF(0.6)
        return colour


def _colour(text: str | None, fallback: str) -> QColor:
    try:
        rgb = parse_colour(text)
    except ValueError:
        rgb = None
    return QColor(*rgb) if rgb is not None else QColor(fallback)


def palette(doc: TemplateDoc) -> Palette:
    """The document's colours; a missing or unreadable one falls back to a neutral default."""
    return Palette(_colour(doc.background_color, _FALLBACK["background"]),
                   _colour(doc.text_color, _FALLBACK["text"]),
                   _colour(doc.label_color, _FALLBACK["label"]))


@dataclass(frozen=True)
class FieldPlace:
    """One slot on the card: its box (label line over value line) and how text aligns."""

    slot: SlotField
    box: SlotBox
    rect: QRectF
    align: str = "left"  # "left" | "right"

    @property
    def label_rect(self) -> QRectF:
        return QRectF(self.rect.x(), self.rect.y(), self.rect.width(),
                      line_height(self.box.label_size))

    @property
    def value_rect(self) -> QRectF:
        top = self.rect.y() + line_height(self.box.label_size) + LABEL_GAP
        return QRectF(self.rect.x(), top, self.rect.width(), line_height(self.box.value_size))

    @property
    def text_x(self) -> float:
        return self.rect.x() + BOX_PADDING


def field_height(box: SlotBox) -> float:
    return line_height(box.label_size) + LABEL_GAP + line_height(box.value_size)


@dataclass(frozen=True)
class BarcodeArea:
    """The white panel, the box the barcode image fits in, and the text line below it."""

    kind: str | None  # "qr", "aztec", "pdf417", "code128"; None: a type not drawn here
    barcode_type: str | None
    value: str
    panel: QRectF
    code: QRectF
    text: QRectF
    #: The barcode's ``displayText``: its value is written under it.
    show_text: bool = True


@dataclass(frozen=True)
class CardLayout:
    style: str
    template_type: str
    width: float
    height: float
    radius: float
    fields: tuple[FieldPlace, ...]
    #: The logo area; ``logo_round`` draws it as a circle (Google).
    logo: QRectF | None = None
    logo_round: bool = False
    #: The template name line (Apple: when there is no logo; Google: the issuer line).
    name: QRectF | None = None
    name_size: float = 16.0
    #: The banner's rectangle and kind: "strip" (behind text) or "hero" (bottom of card).
    banner: QRectF | None = None
    banner_kind: str | None = None
    barcode: BarcodeArea | None = None
    #: Radius of the semicircle cut from the top centre (Apple's event ticket); 0: none.
    notch: float = 0.0

    def field(self, group: str, slot: str) -> FieldPlace | None:
        return next((f for f in self.fields
                     if f.slot.group == group and f.slot.slot == slot), None)


def shown_slots(doc: TemplateDoc, group: str) -> list[SlotField]:
    """The slots a group shows: every non-empty one, in order (as the checks count them)."""
    return [s for s in doc.slots(group) if not s.empty]


def row_places(style: str, template_type: str, doc: TemplateDoc, group: str, *, x: float,
               y: float, width: float, row_gap: float, align: str = "left",
               samples: Mapping[str, str] | None = None) -> tuple[list[FieldPlace], float]:
    """A group's fields in rows ``width`` wide from (x, y), as ``group_boxes`` sizes them.

    Returns the places and the y below the last row (``y`` itself if there are none).
    """
    slots = shown_slots(doc, group)
    places: list[FieldPlace] = []
    left, top, bottom = x, y, y
    for box in group_boxes(style, template_type, group, slots, samples or {}, measure_text):
        if places and left + box.width > x + width + 0.5:
            left, top = x, bottom + row_gap
        height = field_height(box)
        places.append(FieldPlace(slots[box.index], box, QRectF(left, top, box.width, height),
                                 align))
        left += box.width + FIELD_GAP
        bottom = max(bottom, top + height)
    return places, bottom


def barcode_area(doc: TemplateDoc, *, centre_x: float, top: float, square: float,
                 wide: float) -> BarcodeArea | None:
    """The barcode panel, centred on ``centre_x`` from ``top``; None without a barcode.

    QR and Aztec codes fit a ``square`` box; PDF417 and Code 128 a ``wide`` box.
    """
    barcode_type = doc.barcode_type
    if barcode_type is None:
        return None
    # A custom value shows as typed; a pass id or External ID is a sample here.
    custom = doc.barcode_value if doc.barcode_source == "custom" else None
    value = custom if custom and custom.strip() else SAMPLE_BARCODE_VALUE
    kind = symbology(barcode_type)
    if kind in ("qr", "aztec"):
        code_w = code_h = square
    elif kind == "pdf417":
        code_w, code_h = wide, round(wide / 3.6)
    elif kind == "code128":
        code_w, code_h = wide, 56.0
    else:
        code_w, code_h = wide, line_height(BARCODE_TEXT_SIZE) * 2
    text_h = line_height(BARCODE_TEXT_SIZE)
    panel_w = max(code_w, square) + 2 * BARCODE_MARGIN
    panel_h = BARCODE_MARGIN + code_h + 6 + text_h + BARCODE_MARGIN - 2
    panel = QRectF(round(centre_x - panel_w / 2), top, panel_w, panel_h)
    code = QRectF(panel.center().x() - code_w / 2, top + BARCODE_MARGIN, code_w, code_h)
    text = QRectF(panel.x() + BARCODE_MARGIN, code.bottom() + 6, panel_w - 2 * BARCODE_MARGIN,
                  text_h)
    return BarcodeArea(kind, barcode_type, value, panel, code, text, doc.barcode_display_text)
