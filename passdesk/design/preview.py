"""Template previews: an Apple-like and a Google-like card drawn from a ``TemplateDoc``.

``paint_card`` is the only code that draws a card: the designer's preview
widget calls it from ``paintEvent``, ``render_card`` calls it on a QImage,
``save_png`` writes that image. The card's size depends on the document
(type, fields, images, barcode), never on the sample values.

    images = ImageCache()  # keep one per designer: logos and barcodes decode once
    size = card_size("apple", doc)
    paint_card(painter, "apple", doc, samples, images=images)

``measure_text`` is the renderer's text width; pass it to
``template_checks.check(doc, samples, measure=measure_text)`` and the checks
warn about exactly the text the cards elide. A ``QGuiApplication`` must exist.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter

from passdesk import files
from passdesk.core.template_doc import TemplateDoc
from passdesk.core.texts import translate
from passdesk.design import apple_card, google_card
from passdesk.design.card_layout import CardLayout, palette
from passdesk.design.card_paint import paint_layout
from passdesk.design.card_text import measure_text
from passdesk.design.images import SHARED, ImageCache

__all__ = ["STYLES", "CardLayout", "ImageCache", "card_layout", "card_size", "measure_text",
           "paint_card", "render_card", "save_png"]

STYLES = ("apple", "google")

_LAYOUTS = {"apple": apple_card.layout, "google": google_card.layout}


def _check_style(style: str) -> None:
    if style not in _LAYOUTS:
        raise ValueError(f"{style!r} is not a preview style; the styles are "
                         f"{' and '.join(STYLES)}")


def card_layout(style: str, doc: TemplateDoc, samples: Mapping[str, str] | None = None,
                images: ImageCache | None = None) -> CardLayout:
    """Where everything on the card goes, in logical px (e.g. to hit-test a click).

    ``samples`` size Apple's content rows, ``images`` the logo's shape; the
    card's size depends on neither.
    """
    _check_style(style)
    return _LAYOUTS[style](doc, samples or {}, SHARED if images is None else images)


def card_size(style: str, doc: TemplateDoc) -> QSize:
    """The card's size in logical px (whole pixels, rounded up)."""
    layout = card_layout(style, doc)
    return QSize(math.ceil(layout.width), math.ceil(layout.height))


def paint_card(painter: QPainter, style: str, doc: TemplateDoc, samples: Mapping[str, str],
               *, images: ImageCache | None = None) -> None:
    """Draw the card with its top-left corner at (0, 0), in logical px.

    ``samples`` maps field ids to the values shown; a field without one shows
    its default value, else its label as a faint placeholder. The painter's
    state is left as it was.
    """
    images = SHARED if images is None else images
    layout = card_layout(style, doc, samples, images)
    paint_layout(painter, layout, doc, palette(doc), samples, images)


def render_card(style: str, doc: TemplateDoc, samples: Mapping[str, str], *,
                scale: float = 2.0, images: ImageCache | None = None) -> QImage:
    """The card as an ARGB32 premultiplied image at ``scale`` device px per logical px.

    The image's device pixel ratio is ``scale``; outside the rounded card it is
    transparent.
    """
    if not scale > 0:
        raise ValueError(f"scale must be positive, not {scale!r}")
    size = card_size(style, doc)
    image = QImage(math.ceil(size.width() * scale), math.ceil(size.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        paint_card(painter, style, doc, samples, images=images)
    finally:
        painter.end()
    return image


class _NotWritten(Exception):
    """Qt said no without saying why: the part file goes, the target stays."""


def save_png(path: str | os.PathLike[str], style: str, doc: TemplateDoc,
             samples: Mapping[str, str], scale: float = 2.0, *,
             images: ImageCache | None = None) -> Path:
    """Write the card as a PNG: to a temporary file beside ``path``, then renamed over it.

    A reader never sees half a file, and a failed export leaves no temporary
    file. Raises OSError saying what went wrong and where.
    """
    target = Path(path)
    image = render_card(style, doc, samples, scale=scale, images=images)
    try:
        with files.replacing(target) as part:
            if not image.save(str(part), "PNG"):
                raise _NotWritten
    except _NotWritten:
        raise OSError(translate("designer", "cannot write the preview to {file}: the PNG could "
                                            "not be written (is the disk full?)").format(
            file=str(target))) from None
    except OSError as exc:
        raise OSError(exc.errno, f"cannot write the preview to {target}: "
                                 f"{exc.strerror or exc}") from exc
    return target
