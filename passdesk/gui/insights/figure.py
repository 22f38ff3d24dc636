"""One figure card of the Insights pane: a big number, what it counts, a line of detail.

The Attendance and the Loyalty tabs both show rows of them (styled by
``style.INSIGHTS_STYLE``: roles "figure", "figureNumber", "figureCaption",
"figureDetail"; a card in the warning tone, or greyed while stale).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from passdesk.gui.i18n import translate
from passdesk.gui.widgets.style import set_role


class Figure(QFrame):
    """``meaning``: a sentence for the tooltip, saying what exactly is counted.
    ``wrap``: the detail may take two lines; the card then grows with its row."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None, *, detail: str = "",
                 meaning: str = "", wrap: bool = False) -> None:
        super().__init__(parent)
        set_role(self, "figure")
        self.meaning = meaning
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Preferred if wrap else QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.number = QLabel("\u2014", self)
        set_role(self.number, "figureNumber")
        self.caption = QLabel(caption, self)
        set_role(self.caption, "figureCaption")
        self.detail = QLabel(detail or " ", self)
        set_role(self.detail, "figureDetail")
        self.detail.setWordWrap(wrap)
        for label in (self.number, self.caption, self.detail):
            layout.addWidget(label)
        if wrap:
            layout.addStretch(1)

    def set(self, number: str, detail: str | None = None, *, warning: bool = False) -> None:
        """The number; ``detail`` None keeps the line of detail as it is."""
        self.number.setText(number)
        if detail is not None:
            self.detail.setText(detail or " ")
        shown = self.detail.text().strip()
        if shown:
            tip = translate("insights", "{caption}: {number} ({detail})", "a figure's tooltip")
        else:
            tip = translate("insights", "{caption}: {number}", "a figure's tooltip")
        tip = tip.format(caption=self.caption.text(), number=number, detail=shown)
        if self.meaning:
            tip = translate("insights", "{figure}. {meaning}", "a figure's tooltip").format(
                figure=tip, meaning=self.meaning)
        self.setToolTip(tip)
        self._restyle("warning", warning)

    def set_stale(self, stale: bool) -> None:
        self._restyle("stale", stale)

    def _restyle(self, name: str, on: bool) -> None:
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            for widget in (self, self.number):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
