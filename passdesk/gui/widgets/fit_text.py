"""Text that must stay whole in every language: a button's one word, whose type
shrinks to fit (the Till's Apply: "Übernehmen" is twice "Apply"), and a wrapped
label that keeps the height of its lines."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy


class FitText(QObject):
    """Keeps ``button``'s text at ``full`` pixels when it fits, else as large as fits,
    never under ``least``; refitted whenever the button is resized. The button takes
    the width its layout gives (its text does not claim more), so a long word does
    not squeeze its neighbours."""

    def __init__(self, button: QAbstractButton, *, full: int, least: int,
                 padding: int = 16) -> None:
        super().__init__(button)
        self._button, self._full, self._least, self._padding = button, full, least, padding
        policy = button.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        button.setSizePolicy(policy)
        button.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> int:
        """Sets the size that fits now; returns it."""
        button = self._button
        text = re.sub(r"&(.)", r"\1", button.text())  # the shortcut's & is not drawn
        font = QFont(button.font())
        font.setPixelSize(self._full)
        wide = max((QFontMetrics(font).horizontalAdvance(line) for line in text.split("\n")),
                   default=0)
        room = button.width() - self._padding
        px = self._full if wide <= room else max(self._least, self._full * room // max(wide, 1))
        wanted = "" if px == self._full else f"font-size: {px}px;"
        if button.styleSheet() != wanted:
            button.setStyleSheet(wanted)
        return px


class WrappedHeight(QObject):
    """Keeps a word-wrapped ``label`` as tall as its lines at the width it is given: a
    tab page or a dialog sized by its hints does not otherwise grow for a longer
    language's sentence, and cuts its last lines."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label
        label.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        label = self._label
        tall = label.heightForWidth(max(label.width(), 1))
        if tall > 0 and label.minimumHeight() != tall:
            label.setMinimumHeight(tall)
