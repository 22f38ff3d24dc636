"""How each Door verdict looks: its colours, its border and its symbol, so that a
person who cannot tell red from green (or sees the screen in grey) still tells
ADMIT from DENY at two metres.

Every verdict key has a badge of its own SHAPE with its own SYMBOL inside:

=============  ===========  =========================================
key            word         badge
=============  ===========  =========================================
admit          ADMIT        circle with a tick
deny           DENY         square with a cross
warn           CHECK        diamond with an eye ("look at the ticket")
exit           EXIT         arrow sign with an arrow out
hold           HOLD         octagon (a stop sign) with a pause
notrecorded    NOT RECORDED triangle with "!"
=============  ===========  =========================================

The badge is drawn with QPainter in the look's text colour and the symbol is cut
out in its background colour: crisp at any size, no image files. The states
between scans (READY, LOADING, NOT LOADED, NO EVENT, UNDONE) show no badge.

Two palettes: the normal one, and a high-contrast one (black, white and yellow
with thick borders; Door settings, "High contrast"). ``verdict_sheet()`` turns
both into the panel's style sheet, so what the tests measure is what is drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from passdesk.gui.widgets.palette import Colour


@dataclass(frozen=True)
class Look:
    """The panel's colours for one state: ground, text (and badge), border."""

    background: str
    text: str
    border: str
    border_px: int = 1
    border_style: str = "solid"


#: The symbol of each verdict key.
SYMBOLS = {"admit": "tick", "deny": "cross", "warn": "eye", "exit": "arrow",
           "hold": "pause", "notrecorded": "exclamation"}
#: The verdicts proper: each has its own badge.
VERDICTS = ("admit", "warn", "deny", "exit", "hold", "notrecorded")

C = Colour
LOOKS = {
    "admit": Look(C.GREEN_700, C.WHITE, C.GREEN_700),
    "deny": Look(C.RED_700, C.WHITE, C.RED_700),
    "warn": Look(C.AMBER_500, C.ON_AMBER, C.AMBER_500),
    "exit": Look(C.BLUE_700, C.WHITE, C.BLUE_700),
    # Amber as CHECK is, but darker: the two differ in grey too.
    "hold": Look(C.AMBER_700, C.WHITE, C.ON_AMBER, 4),
    # Not a verdict on the guest: the store failed. Near black, edged in amber.
    "notrecorded": Look(C.GREY_900, C.WHITE, C.AMBER_500, 6),
}
#: High contrast: black, white and yellow only; the border's width and style differ too.
HIGH_LOOKS = {
    "admit": Look(C.BLACK, C.WHITE, C.WHITE, 4),
    "deny": Look(C.WHITE, C.BLACK, C.BLACK, 10),
    "warn": Look(C.YELLOW_300, C.BLACK, C.BLACK, 2),
    "exit": Look(C.BLACK, C.YELLOW_300, C.YELLOW_300, 6, "dashed"),
    "hold": Look(C.YELLOW_300, C.BLACK, C.BLACK, 10, "dashed"),
    "notrecorded": Look(C.WHITE, C.BLACK, C.BLACK, 10, "double"),
    "idle": Look(C.WHITE, C.BLACK, C.BLACK, 2),
    "loading": Look(C.WHITE, C.BLACK, C.BLACK, 2, "dashed"),
    "unsure": Look(C.YELLOW_300, C.BLACK, C.BLACK, 4, "dashed"),
    "noevent": Look(C.WHITE, C.BLACK, C.BLACK, 6, "dashed"),
    "undone": Look(C.WHITE, C.BLACK, C.BLACK, 2),
}


def look_of(outcome: str, high_contrast: bool) -> Look | None:
    """The look of ``outcome`` (None: the plain panel of the style sheet)."""
    return (HIGH_LOOKS if high_contrast else LOOKS).get(outcome)


def verdict_sheet() -> str:
    """Style-sheet rules for the verdict frame: each look, normal then high contrast."""
    rules = []
    for looks, contrast in ((LOOKS, ""), (HIGH_LOOKS, '[contrast="high"]')):
        for outcome, look in looks.items():
            frame = f'QFrame#verdictFrame{contrast}[outcome="{outcome}"]'
            rules.append(f"{frame} {{ background: {look.background}; "
                         f"border: {look.border_px}px {look.border_style} {look.border}; }}")
            rules.append(f"{frame} QLabel {{ color: {look.text}; }}")
    return "\n".join(rules) + "\n"


# --- the badge -------------------------------------------------------------------------

#: Badges are drawn on a 100 x 100 grid, scaled to the widget.
GRID = 100.0


def _polygon(*points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _octagon() -> QPolygonF:
    step = math.pi / 4
    return QPolygonF([QPointF(50 + 49 * math.cos(step * n + step / 2),
                              50 + 49 * math.sin(step * n + step / 2)) for n in range(8)])


def _shape(symbol: str) -> QPainterPath:
    """The badge's outline: a different shape for each symbol."""
    path = QPainterPath()
    if symbol == "tick":
        path.addEllipse(QRectF(2, 2, 96, 96))
    elif symbol == "cross":
        path.addRect(QRectF(8, 8, 84, 84))
    elif symbol == "eye":
        path.addPolygon(_polygon((50, 0), (100, 50), (50, 100), (0, 50)))
    elif symbol == "arrow":
        path.addPolygon(_polygon((2, 14), (66, 14), (98, 50), (66, 86), (2, 86)))
    elif symbol == "pause":
        path.addPolygon(_octagon())
    elif symbol == "exclamation":
        path.addPolygon(_polygon((50, 4), (98, 92), (2, 92)))
    path.closeSubpath()
    return path


def _draw_symbol(painter: QPainter, symbol: str, ground: QColor) -> None:
    """The symbol, cut out of the badge in the panel's own colour."""
    pen = QPen(ground, 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if symbol == "tick":
        painter.drawPolyline(_polygon((26, 52), (43, 69), (75, 33)))
    elif symbol == "cross":
        painter.drawLine(QPointF(32, 32), QPointF(68, 68))
        painter.drawLine(QPointF(68, 32), QPointF(32, 68))
    elif symbol == "eye":
        pen.setWidthF(7)
        painter.setPen(pen)
        eye = QPainterPath(QPointF(18, 50))
        eye.quadTo(QPointF(50, 20), QPointF(82, 50))
        eye.quadTo(QPointF(50, 80), QPointF(18, 50))
        painter.drawPath(eye)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawEllipse(QPointF(50, 50), 10, 10)
    elif symbol == "arrow":
        painter.drawLine(QPointF(16, 50), QPointF(56, 50))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawPolygon(_polygon((50, 30), (76, 50), (50, 70)))
    elif symbol == "pause":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawRect(QRectF(33, 29, 12, 42))
        painter.drawRect(QRectF(55, 29, 12, 42))
    elif symbol == "exclamation":
        pen.setWidthF(11)
        painter.setPen(pen)
        painter.drawLine(QPointF(50, 38), QPointF(50, 64))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawEllipse(QPointF(50, 79), 6.5, 6.5)


def paint_badge(painter: QPainter, size: float, symbol: str, look: Look) -> None:
    """The badge of ``symbol`` in a ``size`` square at the painter's origin."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / GRID, size / GRID)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.text))
    painter.drawPath(_shape(symbol))
    _draw_symbol(painter, symbol, QColor(look.background))
    painter.restore()


class VerdictSymbol(QWidget):
    """The badge left of the big word; hidden for a state without one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictSymbol")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.symbol: str | None = None
        self._look: Look | None = None
        self._side = 96
        self.hide()

    def show_outcome(self, outcome: str, high_contrast: bool, side: int) -> None:
        """The badge of ``outcome`` (hidden when it has none), ``side`` pixels square."""
        self.symbol = SYMBOLS.get(outcome)
        self._look = look_of(outcome, high_contrast)
        self._side = side
        self.setFixedSize(side, side)
        self.setVisible(self.symbol is not None and self._look is not None)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._side, self._side)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.symbol is None or self._look is None:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        paint_badge(painter, side, self.symbol, self._look)
        painter.end()
