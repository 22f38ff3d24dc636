"""The app's look: one style sheet, and tones for message labels.

Widgets opt in by object name or by dynamic property (``role``, ``tone``), so
forms stay plain Designer files and colours live in one place.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Tone(StrEnum):
    """How a message label looks: what happened, at a glance."""

    NONE = ""
    INFO = "info"
    BUSY = "busy"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


APP_STYLE = """
QFrame#navColumn {
    background: palette(window);
    border: none;
    border-right: 1px solid palette(mid);
}
QLabel#brandName {
    font-size: 16px;
    font-weight: 600;
}
QListWidget#navList {
    background: transparent;
    border: none;
    padding: 6px 8px;
    outline: 0;
}
QListWidget#navList::item {
    padding: 8px 10px;
    margin: 1px 0;
    border-radius: 6px;
    color: palette(window-text);
}
QListWidget#navList::item:hover:!selected {
    background: palette(midlight);
}
QListWidget#navList::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#paneTitle {
    font-size: 20px;
    font-weight: 600;
}
QLabel[role="dialogTitle"] {
    font-size: 15px;
    font-weight: 600;
}
QLabel[role="subtitle"] {
    color: #4b5563;
}
QLabel[role="help"] {
    color: #5b6573;
    font-size: 11px;
}
QLabel[tone="info"], QLabel[tone="busy"], QLabel[tone="success"],
QLabel[tone="warning"], QLabel[tone="error"] {
    padding: 8px 10px;
    border-radius: 6px;
    border: 1px solid;
}
QLabel[tone="info"]    { background: #eef4fd; border-color: #c5d8f5; color: #1e3a6e; }
QLabel[tone="busy"]    { background: #f3f4f6; border-color: #d6d9de; color: #374151; }
QLabel[tone="success"] { background: #e9f6ec; border-color: #a9d8b4; color: #1d5a2c; }
QLabel[tone="warning"] { background: #fff6e0; border-color: #f0d48a; color: #6b4a05; }
QLabel[tone="error"]   { background: #fdeceb; border-color: #f1b9b5; color: #8a1f17; }
QLabel#onlineLabel[tone], QLabel#connectionPill[tone] {
    padding: 1px 8px;
    border-radius: 9px;
}
QLabel#onlineLabel[tone="busy"], QLabel#connectionPill[tone="busy"] {
    background: transparent;
    border-color: transparent;
}
QToolButton#outboxButton[attention="true"] {
    color: #8a1f17;
    font-weight: 600;
}
QStatusBar {
    border-top: 1px solid palette(mid);
}
QStatusBar QLabel#serverLabel {
    padding: 0 6px;
}
"""


def set_tone(label: QLabel, tone: Tone, text: str | None = None) -> None:
    """Give ``label`` a tone (and optionally new text); restyles it at once."""
    if text is not None:
        label.setText(text)
    label.setProperty("tone", str(tone))
    _repolish(label)


def tone_of(label: QLabel) -> Tone:
    return Tone(label.property("tone") or "")


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    # Re-evaluate property selectors; the StyleChange event makes a QFrame
    # (QLabel) recompute its frame width, i.e. the style sheet's border + padding.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    event = QEvent(QEvent.Type.StyleChange)
    QApplication.sendEvent(widget, event)
    widget.updateGeometry()
    widget.update()
