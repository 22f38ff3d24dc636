"""The Apple-like card's layout: logo bar with header fields, central (over a strip), rows.

Top to bottom: a 50 px bar with the logo (at most 160 x 50, Wallet's logo
box) and the logo text (the template name) beside it on the left, and up to
three header fields right-aligned; the central fields (Wallet's primary; on
an event ticket or loyalty card with a banner, over the banner as a
full-width strip); the details in rows of up to four (where Wallet has its
secondary and auxiliary rows); the barcode on a white panel. An event ticket
has one central field and a semicircular notch cut from its top centre; a
transit pass shows its two central fields (from, to) side by side.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF

from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_layout import (
    APPLE_HEADER_SHARE,
    CARD_PADDING,
    CARD_WIDTH,
    FIELD_GAP,
    banner_area,
)
from passdesk.design.card_layout import (
    CardLayout,
    FieldPlace,
    barcode_area,
    field_height,
    row_places,
)
from passdesk.design.images import ImageCache

STYLE = "apple"
RADIUS = 12.0
TOP = 12.0
BAR_HEIGHT = 50.0
LOGO_SIZE = 50.0
#: Wallet's logo box: a logo is scaled to fit 160 x 50 points, keeping its shape.
LOGO_MAX_WIDTH = 160.0
#: Space between the logo and the logo text; the logo text needs at least this much room.
LOGO_TEXT_GAP = 8.0
LOGO_TEXT_MIN = 40.0
#: The event ticket's notch: a semicircle cut from the top edge's centre.
NOTCH_RADIUS = 12.0
NAME_SIZE = 15.0
#: Strip heights: Apple's 375 x 98 (event ticket) and 375 x 123 (loyalty card), at 320 wide.
STRIP_HEIGHT = {"strip": 92.0, "strip_behind_primary": 112.0}
SECTION_GAP = 14.0
ROW_GAP = 10.0
BOTTOM = 16.0
MIN_HEIGHT = 200.0


def logo_rect(doc: TemplateDoc, pad: float, images: ImageCache | None,
              max_width: float = LOGO_MAX_WIDTH) -> QRectF:
    """Where the logo goes: its shape scaled into 160 (or ``max_width``) x 50, centred on
    the bar's height.

    A logo that cannot be decoded here (a web image) gets a square placeholder.
    """
    picture = images.picture(doc.logo) if images is not None and doc.logo else None
    image = picture.image if picture is not None else None
    if image is None or image.isNull() or image.height() == 0:
        return QRectF(pad, TOP, LOGO_SIZE, LOGO_SIZE)
    aspect = image.width() / image.height()
    width = min(max_width, LOGO_SIZE * aspect)
    height = width / aspect
    return QRectF(pad, TOP + (BAR_HEIGHT - height) / 2, width, height)


def layout(doc: TemplateDoc, samples: Mapping[str, str] | None = None,
           images: ImageCache | None = None) -> CardLayout:
    kind = doc.template_type or "generic"
    width, pad = CARD_WIDTH[STYLE], CARD_PADDING[STYLE]
    inner = width - 2 * pad
    fields: list[FieldPlace] = []

    # The bar: logo and logo text on the left, header fields (as wide as they need) right.
    share = inner * APPLE_HEADER_SHARE
    header, _bottom = row_places(STYLE, kind, doc, "header", x=0.0, y=0.0, width=share,
                                 row_gap=0.0, align="right", samples=samples)
    used = header[-1].rect.right() if header else -FIELD_GAP
    header_x = pad + inner - used
    for place in header:
        top = TOP + (BAR_HEIGHT - place.rect.height()) / 2
        fields.append(FieldPlace(place.slot, place.box,
                                 place.rect.translated(header_x, top), "right"))
    logo = None
    name_x = pad
    if doc.logo is not None:
        room = header_x - FIELD_GAP - LOGO_TEXT_MIN - LOGO_TEXT_GAP - pad
        logo = logo_rect(doc, pad, images, max(LOGO_SIZE, min(LOGO_MAX_WIDTH, room)))
        name_x = logo.right() + LOGO_TEXT_GAP
    name_w = header_x - FIELD_GAP - name_x
    name = QRectF(name_x, TOP, name_w, BAR_HEIGHT) if name_w >= LOGO_TEXT_MIN else None
    y = TOP + BAR_HEIGHT + SECTION_GAP

    # The central fields, over a strip when there is a banner to show.
    area = banner_area(STYLE, kind) if doc.banner is not None else None
    banner = None
    if area is not None:
        banner = QRectF(0, y - SECTION_GAP / 2, width, STRIP_HEIGHT[area])
        primary, _bottom = row_places(STYLE, kind, doc, "central", x=pad, y=0.0, width=inner,
                                      row_gap=ROW_GAP, samples=samples)
        for place in primary:
            top = banner.bottom() - 12 - field_height(place.box)
            fields.append(FieldPlace(place.slot, place.box, place.rect.translated(0, top)))
        y = banner.bottom() + SECTION_GAP
    else:
        primary, bottom = row_places(STYLE, kind, doc, "central", x=pad, y=y, width=inner,
                                     row_gap=ROW_GAP, samples=samples)
        fields += primary
        if primary:
            y = bottom + SECTION_GAP + 4

    for group in ("details",):
        places, bottom = row_places(STYLE, kind, doc, group, x=pad, y=y, width=inner,
                                    row_gap=ROW_GAP, samples=samples)
        fields += places
        if places:
            y = bottom + SECTION_GAP

    barcode = barcode_area(doc, centre_x=width / 2, top=y + 2, square=124.0, wide=232.0)
    y = barcode.panel.bottom() + BOTTOM if barcode is not None else y - SECTION_GAP + BOTTOM
    height = float(round(max(MIN_HEIGHT, y)))
    return CardLayout(STYLE, kind, width, height, RADIUS, tuple(fields), logo=logo,
                      name=name, name_size=NAME_SIZE, banner=banner,
                      banner_kind="strip" if banner is not None else None, barcode=barcode,
                      notch=NOTCH_RADIUS if kind == "eventTicket" else 0.0)
