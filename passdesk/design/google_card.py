"""The Google-like card's layout: logo circle and issuer line, big title, grid, hero image.

Top to bottom: a round logo with the template name (the issuer line) beside
it and the first header field under that name; the first central field as
the large title and the second as a subheader; the details in rows of up to
three; the barcode on a white panel; the banner as a full-width hero image
closing the card.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_layout import (
    BOX_PADDING,
    CARD_PADDING,
    CARD_WIDTH,
    GOOGLE_LOGO_SPACE,
    banner_area,
)
from passdesk.design.card_layout import CardLayout, FieldPlace, barcode_area, row_places
from passdesk.design.card_text import line_height
from passdesk.design.images import ImageCache

STYLE = "google"
RADIUS = 18.0
TOP = 16.0
LOGO_SIZE = 40.0
NAME_SIZE = 15.0
NAME_WEIGHT = QFont.Weight.DemiBold
#: Google's hero image is 1032 x 336.
HERO_RATIO = 336 / 1032
SECTION_GAP = 16.0
ROW_GAP = 12.0
BOTTOM = 18.0


def layout(doc: TemplateDoc, samples: Mapping[str, str] | None = None,
           images: ImageCache | None = None) -> CardLayout:
    """The card's layout; Google's grid does not depend on ``samples`` or ``images``."""
    kind = doc.template_type or "generic"
    width, pad = CARD_WIDTH[STYLE], CARD_PADDING[STYLE]
    inner = width - 2 * pad
    column_x = pad + GOOGLE_LOGO_SPACE
    fields: list[FieldPlace] = []

    # The logo, the issuer line and (under it) the header field.
    logo = QRectF(pad, TOP, LOGO_SIZE, LOGO_SIZE)
    name_h = line_height(NAME_SIZE, weight=NAME_WEIGHT)
    name_w = inner - GOOGLE_LOGO_SPACE - 2 * BOX_PADDING
    header, bottom = row_places(STYLE, kind, doc, "header", x=column_x, y=TOP + name_h + 4,
                                width=inner - GOOGLE_LOGO_SPACE, row_gap=0.0)
    if header:
        name = QRectF(column_x + BOX_PADDING, TOP, name_w, name_h)
        fields += header
        top_bottom = max(logo.bottom(), bottom)
    else:
        name = QRectF(column_x + BOX_PADDING, TOP + (LOGO_SIZE - name_h) / 2, name_w, name_h)
        top_bottom = logo.bottom()
    y = top_bottom + SECTION_GAP + 2

    # The title (first central field) and subheader (second), full width.
    primary, bottom = row_places(STYLE, kind, doc, "central", x=pad, y=y, width=inner,
                                 row_gap=6.0)
    fields += primary
    if primary:
        y = bottom + SECTION_GAP + 2

    for group in ("details",):
        places, bottom = row_places(STYLE, kind, doc, group, x=pad, y=y, width=inner,
                                    row_gap=ROW_GAP)
        fields += places
        if places:
            y = bottom + ROW_GAP + 2

    barcode = barcode_area(doc, centre_x=width / 2, top=y + 4, square=132.0, wide=240.0)
    y = barcode.panel.bottom() + BOTTOM if barcode is not None else y + BOTTOM - ROW_GAP

    banner = None
    if doc.banner is not None and banner_area(STYLE, kind) == "hero":
        banner = QRectF(0, y, width, round(width * HERO_RATIO))
        y = banner.bottom()
    return CardLayout(STYLE, kind, width, float(round(y)), RADIUS, tuple(fields), logo=logo,
                      logo_round=True, name=name, name_size=NAME_SIZE, banner=banner,
                      banner_kind="hero" if banner is not None else None, barcode=barcode)
