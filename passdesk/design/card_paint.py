"""Drawing a ``CardLayout``: card, banner, logo, name, fields and barcode.

Images are scaled once per device size (``ImageCache``) and drawn 1:1 in
device pixels; the barcode is drawn with whole device pixels per module and
no smoothing, so it scans from the preview as from a phone.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from passdesk.core.template_doc import TemplateDoc
from passdesk.core.texts import translate
from passdesk.design.card_layout import (
    BARCODE_TEXT_SIZE,
    BarcodeArea,
    CardLayout,
    FieldPlace,
    Palette,
)
from passdesk.design.card_text import (
    draw_line,
    line_height,
    metrics,
    said,
    slot_text,
    wrap_lines,
)
from passdesk.design.images import ImageCache

NAME_WEIGHT = QFont.Weight.DemiBold
PLACEHOLDER_FILL = QColor(128, 128, 128, 46)
PLACEHOLDER_EDGE = QColor(128, 128, 128, 140)
BARCODE_INK = QColor("#222222")
HAIRLINE = QColor(0, 0, 0, 36)


def device_scale(painter: QPainter) -> float:
    """Device pixels per logical pixel where the painter draws (device ratio and zoom)."""
    transform = painter.deviceTransform()
    return max(0.01, (abs(transform.m11()) + abs(transform.m22())) / 2)


def _snapped(painter: QPainter, point: QPointF) -> QPointF:
    """``point`` moved onto the nearest device pixel corner."""
    transform = painter.deviceTransform()
    device = transform.map(point)
    inverse, _ok = transform.inverted()
    return inverse.map(QPointF(round(device.x()), round(device.y())))


def card_path(layout: CardLayout, inset: float = 0.0) -> QPainterPath:
    """The card's outline (less ``inset`` all round), the event ticket's notch cut out."""
    path = QPainterPath()
    rect = QRectF(inset, inset, layout.width - 2 * inset, layout.height - 2 * inset)
    path.addRoundedRect(rect, layout.radius - inset, layout.radius - inset)
    if layout.notch > 0:
        notch = QPainterPath()
        radius = layout.notch + inset
        notch.addEllipse(QPointF(layout.width / 2, 0), radius, radius)
        path = path.subtracted(notch)
    return path


def paint_layout(painter: QPainter, layout: CardLayout, doc: TemplateDoc, colours: Palette,
                 samples: Mapping[str, str], images: ImageCache) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.background)
    card = card_path(layout)
    painter.drawPath(card)
    if layout.banner is not None and doc.banner is not None:
        _banner(painter, layout, doc.banner, colours, images, card)
    if layout.logo is not None:
        _logo(painter, layout, doc, colours, images)
    if layout.name is not None:
        _name(painter, layout.name, doc.name or "", layout.name_size, colours.text)
    for place in layout.fields:
        _field(painter, place, colours, samples)
    if layout.barcode is not None:
        _barcode(painter, layout.barcode, images)
    # A hairline keeps a white card visible on a white window; on a dark card it vanishes.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(HAIRLINE, 1.0))
    painter.drawPath(card_path(layout, 0.5))
    painter.restore()


def _name(painter: QPainter, rect: QRectF, name: str, size: float, colour: QColor) -> None:
    """The template name, on as many lines as its box has room for (the last one elided)."""
    line = _line(size)
    lines = wrap_lines(name, size, rect.width(), max(1, int(rect.height() // line)),
                       weight=NAME_WEIGHT)
    top = rect.y() + (rect.height() - line * len(lines)) / 2
    for n, text in enumerate(lines):
        draw_line(painter, text, x=rect.x(), y=top + n * line, width=rect.width(), size=size,
                  colour=colour, weight=NAME_WEIGHT)


def _line(size: float) -> float:
    return line_height(size, weight=NAME_WEIGHT)


def _field(painter: QPainter, place: FieldPlace, colours: Palette,
           samples: Mapping[str, str]) -> None:
    text = slot_text(place.slot, samples)
    x, width, box = place.text_x, place.box.text_width, place.box
    if text.label is not None:
        draw_line(painter, text.label, x=x, y=place.label_rect.y(), width=width,
                  size=box.label_size, colour=colours.label, align=place.align)
    if text.value is not None:
        size = shrunk_size(text.value, box, italic=text.placeholder)
        # A smaller value sits on the same baseline as a full-size one would.
        drop = (metrics(box.value_size, italic=text.placeholder).ascent()
                - metrics(size, italic=text.placeholder).ascent())
        draw_line(painter, text.value, x=x, y=place.value_rect.y() + drop, width=width,
                  size=size, align=place.align,
                  colour=colours.placeholder if text.placeholder else colours.text,
                  italic=text.placeholder)


def shrunk_size(text: str, box, *, italic: bool = False) -> float:
    """The value's size: the box's, or smaller (whole px, not below ``min_value_size``)
    when that makes it fit; a box without a minimum never shrinks."""
    size = box.value_size
    if box.min_value_size is None:
        return size
    while size > box.min_value_size and \
            metrics(size, italic=italic).horizontalAdvance(text) > box.text_width:
        size -= 1.0
    return max(size, box.min_value_size)


# --- pictures ----------------------------------------------------------------------


def _device_size(painter: QPainter, rect: QRectF) -> tuple[int, int]:
    scale = device_scale(painter)
    return max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))


def _image_brush(painter: QPainter, image: QImage, rect: QRectF) -> QBrush:
    """A brush painting ``image`` (device-sized) 1:1 into ``rect``."""
    scale = device_scale(painter)
    brush = QBrush(image)
    brush.setTransform(QTransform.fromScale(1 / scale, 1 / scale)
                       * QTransform.fromTranslate(rect.x(), rect.y()))
    return brush


def _placeholder(painter: QPainter, path: QPainterPath, rect: QRectF, words: str,
                 colour: QColor, size: float, *, corner: bool = False) -> None:
    """A neutral dashed shape with ``words`` centred (or, with ``corner``, top right)."""
    painter.setBrush(PLACEHOLDER_FILL)
    pen = QPen(PLACEHOLDER_EDGE, 1.0, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    if corner:  # a strip: keep clear of the fields drawn over it
        draw_line(painter, words, x=rect.x() + rect.width() / 2, y=rect.y() + 6,
                  width=rect.width() / 2 - 16, size=size, colour=colour, align="right")
        return
    draw_line(painter, words, x=rect.x() + 3, y=rect.center().y() - line_height(size) / 2,
              width=rect.width() - 6, size=size, colour=colour, align="center")


def _banner(painter: QPainter, layout: CardLayout, source: str, colours: Palette,
            images: ImageCache, card: QPainterPath) -> None:
    rect = layout.banner
    assert rect is not None
    band = QPainterPath()
    band.addRect(rect)
    band = band.intersected(card)  # the hero closes the card: keep its rounded corners
    width, height = _device_size(painter, rect)
    image = images.scaled(source, width, height, cover=True)
    if image is None:
        picture = images.picture(source)
        strip = layout.banner_kind == "strip"
        _placeholder(painter, band, rect,
                     said(translate("designer", "Image · {what}", "a preview placeholder").format(
                         what=picture.placeholder or "")), colours.label,
                     10.0 if strip else 12.0, corner=strip)
        return
    painter.fillPath(band, _image_brush(painter, image, rect))
    if layout.banner_kind == "strip":
        # The fields sit on the strip in the template's text colours: a wash of the
        # background colour under them keeps them as readable as on the card.
        wash = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        clear, solid = QColor(colours.background), QColor(colours.background)
        clear.setAlphaF(0.0)
        solid.setAlphaF(0.82)
        wash.setColorAt(0.0, clear)
        wash.setColorAt(0.15, clear)
        wash.setColorAt(0.75, solid)
        wash.setColorAt(1.0, solid)
        painter.fillPath(band, QBrush(wash))


def _logo(painter: QPainter, layout: CardLayout, doc: TemplateDoc, colours: Palette,
          images: ImageCache) -> None:
    rect = layout.logo
    assert rect is not None
    path = QPainterPath()
    if layout.logo_round:
        path.addEllipse(rect)
    else:
        path.addRoundedRect(rect, 6, 6)
    if doc.logo is None:  # Google without a logo: the name's initial in a tinted circle
        tint = QColor(colours.label)
        tint.setAlphaF(0.22)
        painter.fillPath(path, tint)
        initial = (doc.name or "?").strip()[:1].upper() or "?"
        draw_line(painter, initial, x=rect.x(), y=rect.center().y() - _line(18) / 2,
                  width=rect.width(), size=18, colour=colours.text, align="center",
                  weight=NAME_WEIGHT)
        return
    width, height = _device_size(painter, rect)
    image = images.scaled(doc.logo, width, height, cover=layout.logo_round)
    if image is None:
        words = said(images.picture(doc.logo).placeholder
                     or translate("designer", "logo", "a preview placeholder"))
        _placeholder(painter, path, rect, words, colours.label, 8.0)
        return
    scale = device_scale(painter)
    if layout.logo_round:
        painter.fillPath(path, _image_brush(painter, image, rect))
        return
    # Apple: keep the aspect ratio, left-aligned and vertically centred in the area.
    drawn_h = image.height() / scale
    top = _snapped(painter, QPointF(rect.x(), rect.y() + (rect.height() - drawn_h) / 2))
    painter.drawImage(QRectF(top.x(), top.y(), image.width() / scale, drawn_h), image)


# --- barcode -----------------------------------------------------------------------


def _barcode(painter: QPainter, area: BarcodeArea, images: ImageCache) -> None:
    painter.setBrush(QColor("#FFFFFF"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(area.panel, 8, 8)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(HAIRLINE, 1.0))
    painter.drawRoundedRect(area.panel.adjusted(0.5, 0.5, -0.5, -0.5), 7.5, 7.5)
    painter.setPen(Qt.PenStyle.NoPen)
    if area.kind is None:
        draw_line(painter, said(translate("designer", "{type} codes are not drawn here").format(
                      type=str(area.barcode_type))), x=area.code.x(),
                  y=area.code.center().y() - line_height(BARCODE_TEXT_SIZE) / 2,
                  width=area.code.width(), size=BARCODE_TEXT_SIZE, colour=BARCODE_INK,
                  align="center")
    else:
        _barcode_image(painter, area, images)
    if area.show_text:
        draw_line(painter, area.value, x=area.text.x(), y=area.text.y(),
                  width=area.text.width(), size=BARCODE_TEXT_SIZE, colour=BARCODE_INK,
                  align="center")


def _barcode_image(painter: QPainter, area: BarcodeArea, images: ImageCache) -> None:
    scale = device_scale(painter)
    box = area.code
    barcode = images.barcode(area.barcode_type, area.value, int(box.width() * scale))
    image = barcode.image
    if image is None:
        draw_line(painter, said(barcode.note or translate("designer", "cannot be drawn",
                                                          "a barcode in the preview")), x=box.x(),
                  y=box.center().y() - line_height(BARCODE_TEXT_SIZE) / 2, width=box.width(),
                  size=BARCODE_TEXT_SIZE, colour=BARCODE_INK, align="center")
        return
    width, height = image.width() / scale, image.height() / scale
    if area.kind == "code128":
        height = box.height()  # bars stretch; modules stay whole horizontally
    if width > box.width() or height > box.height():  # a long value: shrink (rare)
        factor = min(box.width() / width, box.height() / height)
        width, height = width * factor, height * factor
    top_left = _snapped(painter, QPointF(box.center().x() - width / 2,
                                         box.center().y() - height / 2))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.drawImage(QRectF(top_left.x(), top_left.y(), width, height), image)
    painter.restore()
