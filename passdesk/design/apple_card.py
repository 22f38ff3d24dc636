"""The Apple-like card's layout: logo bar with header fields, primary (over a strip), rows.

Top to bottom: a 50 px bar with the logo (or the template name) on the left
and up to three header fields right-aligned; the primary fields (on an event
ticket or store card with a banner, over the banner as a full-width strip);
the secondary and auxiliary rows; the barcode on a white panel.
"""

from __future__ import annotations

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

STYLE = "apple"
RADIUS = 12.0
TOP = 12.0
BAR_HEIGHT = 50.0
LOGO_SIZE = 50.0
NAME_SIZE = 15.0
#: Strip heights: Apple's 375 x 98 (event ticket) and 375 x 123 (store card), at 320 wide.
STRIP_HEIGHT = {"strip": 92.0, "strip_behind_primary": 112.0}
SECTION_GAP = 14.0
ROW_GAP = 10.0
BOTTOM = 16.0
MIN_HEIGHT = 200.0


def layout(doc: TemplateDoc) -> CardLayout:
    kind = doc.template_type or "generic"
    width, pad = CARD_WIDTH[STYLE], CARD_PADDING[STYLE]
    inner = width - 2 * pad
    fields: list[FieldPlace] = []

    # The bar: logo or name on the left, header fields on the right.
    header_x = pad + inner * (1 - APPLE_HEADER_SHARE)
    header, _bottom = row_places(STYLE, kind, doc, "header", x=header_x, y=0.0,
                                 width=inner * APPLE_HEADER_SHARE, row_gap=0.0, align="right")
    for place in header:
        top = TOP + (BAR_HEIGHT - place.rect.height()) / 2
        fields.append(FieldPlace(place.slot, place.box, place.rect.translated(0, top), "right"))
    logo = name = None
    if doc.logo is not None:
        logo = QRectF(pad, TOP, LOGO_SIZE, LOGO_SIZE)
    else:
        name = QRectF(pad, TOP, inner * (1 - APPLE_HEADER_SHARE) - FIELD_GAP, BAR_HEIGHT)
    y = TOP + BAR_HEIGHT + SECTION_GAP

    # The primary fields, over a strip when there is a banner to show.
    area = banner_area(STYLE, kind) if doc.banner is not None else None
    banner = None
    if area is not None:
        banner = QRectF(0, y - SECTION_GAP / 2, width, STRIP_HEIGHT[area])
        primary, _bottom = row_places(STYLE, kind, doc, "primary", x=pad, y=0.0, width=inner,
                                      row_gap=ROW_GAP)
        for place in primary:
            top = banner.bottom() - 12 - field_height(place.box)
            fields.append(FieldPlace(place.slot, place.box, place.rect.translated(0, top)))
        y = banner.bottom() + SECTION_GAP
    else:
        primary, bottom = row_places(STYLE, kind, doc, "primary", x=pad, y=y, width=inner,
                                     row_gap=ROW_GAP)
        fields += primary
        if primary:
            y = bottom + SECTION_GAP + 4

    for group in ("secondary", "auxiliary"):
        places, bottom = row_places(STYLE, kind, doc, group, x=pad, y=y, width=inner,
                                    row_gap=ROW_GAP)
        fields += places
        if places:
            y = bottom + SECTION_GAP

    barcode = barcode_area(doc, centre_x=width / 2, top=y + 2, square=124.0, wide=232.0)
    y = barcode.panel.bottom() + BOTTOM if barcode is not None else y - SECTION_GAP + BOTTOM
    height = float(round(max(MIN_HEIGHT, y)))
    return CardLayout(STYLE, kind, width, height, RADIUS, tuple(fields), logo=logo,
                      name=name, name_size=NAME_SIZE, banner=banner,
                      banner_kind="strip" if banner is not None else None, barcode=barcode)
