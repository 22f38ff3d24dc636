"""The previews' text: one font, one way to measure it, elision with "…", never a cut glyph.

Every slot's label and value is drawn in the application's font family at
normal weight with hinting off, so a width measured here (``measure_text``)
is the width drawn at any scale. The template checks measure with the same
function, so they warn about exactly the text the renderer elides.
Texts that are not slots (the template name, the barcode's text) may use
other weights; the checks do not judge them.

A ``QGuiApplication`` must exist before anything here is called.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter

from passdesk.core.template_doc import SlotField, shown_text
from passdesk.core.texts import Text


def said(words: str) -> str:
    """Words the preview paints, in the installed language (a ``Text`` is translated)."""
    if isinstance(words, Text):
        return words.say(lambda context, source, disambiguation, n:
                         QCoreApplication.translate(context, source, disambiguation, n), str)
    return words


def _family() -> str:
    return QGuiApplication.font().family()


@lru_cache(maxsize=64)
def _font_for(family: str, size: float, weight: QFont.Weight, italic: bool) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(size)))
    font.setWeight(weight)
    font.setItalic(italic)
    # Unhinted advances scale linearly, so widths measured at 1x hold at 2x.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


@lru_cache(maxsize=64)
def _metrics_for(family: str, size: float, weight: QFont.Weight, italic: bool
                 ) -> QFontMetricsF:
    return QFontMetricsF(_font_for(family, size, weight, italic))


def font(size: float, *, weight: QFont.Weight = QFont.Weight.Normal,
         italic: bool = False) -> QFont:
    """The previews' font at ``size`` px."""
    return _font_for(_family(), float(size), weight, italic)


def metrics(size: float, *, weight: QFont.Weight = QFont.Weight.Normal,
            italic: bool = False) -> QFontMetricsF:
    return _metrics_for(_family(), float(size), weight, italic)


def measure_text(text: str, size: float) -> float:
    """How wide the renderer draws a slot's ``text`` at ``size`` px (for ``check(measure=)``)."""
    return metrics(size).horizontalAdvance(text)


def line_height(size: float, *, weight: QFont.Weight = QFont.Weight.Normal) -> float:
    """The height of one line at ``size`` px, rounded up to whole logical pixels."""
    fm = metrics(size, weight=weight)
    return float(int(fm.ascent() + fm.descent() + 0.999))


def fitted(text: str, size: float, width: float, *,
           weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> str:
    """``text`` as drawn in ``width``: unchanged if it fits, else elided with "…"."""
    fm = metrics(size, weight=weight, italic=italic)
    if fm.horizontalAdvance(text) <= width:
        return text
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def draw_line(painter: QPainter, text: str, *, x: float, y: float, width: float,
              size: float, colour: QColor, align: str = "left",
              weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> None:
    """One line of text whose box starts at (x, y) and is ``width`` wide; elided to fit."""
    if not text or width <= 0:
        return
    shown = fitted(text, size, width, weight=weight, italic=italic)
    if not shown:
        return
    fm = metrics(size, weight=weight, italic=italic)
    advance = fm.horizontalAdvance(shown)
    if align == "right":
        x = x + width - advance
    elif align == "center":
        x = x + (width - advance) / 2
    painter.setFont(font(size, weight=weight, italic=italic))
    painter.setPen(colour)
    painter.drawText(QPointF(x, y + fm.ascent()), shown)


def wrap_lines(text: str, size: float, width: float, max_lines: int, *,
               weight: QFont.Weight = QFont.Weight.Normal) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines; the last one elided."""
    fm = metrics(size, weight=weight)
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        count = 1
        while count < len(words) and fm.horizontalAdvance(" ".join(words[:count + 1])) <= width:
            count += 1
        if fm.horizontalAdvance(words[0]) > width:
            break  # one long word: let the last line elide it
        lines.append(" ".join(words[:count]))
        words = words[count:]
    if words:
        lines.append(fitted(" ".join(words), size, width, weight=weight))
    return lines


# --- what a slot shows ------------------------------------------------------------


@dataclass(frozen=True)
class SlotText:
    """What one slot shows: its label and value; ``placeholder`` when the value is the label."""

    label: str | None
    value: str | None
    placeholder: bool = False


def slot_text(slot: SlotField, samples: Mapping[str, str]) -> SlotText:
    """The sample for the field id, else the default value, else the label as a placeholder.

    The same choice, in the same order, as the template checks' truncation rule.
    """
    label = shown_text(slot.label)
    sample = samples.get(slot.field_id) if slot.field_id else None
    value = shown_text(sample) or shown_text(slot.default_value)
    if value is not None:
        return SlotText(label, value)
    return SlotText(label, label, placeholder=label is not None)
