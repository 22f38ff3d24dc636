"""The app's look: one style sheet, and tones for message labels.

Widgets opt in by object name or by dynamic property (``role``, ``tone``), so
forms stay plain Designer files and colours live in one place.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from passdesk.gui.widgets.palette import qss


class Tone(StrEnum):
    """How a message label looks: what happened, at a glance."""

    NONE = ""
    INFO = "info"
    BUSY = "busy"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


APP_STYLE = qss("""
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
    color: $grey_600;
}
QLabel[role="help"] {
    color: $slate;
    font-size: 11px;
}
QLabel[tone="info"], QLabel[tone="busy"], QLabel[tone="success"],
QLabel[tone="warning"], QLabel[tone="error"] {
    padding: 8px 10px;
    border-radius: 6px;
    border: 1px solid;
}
QLabel[tone="info"]    { background: $info_background; border-color: $info_border;
                         color: $info_text; }
QLabel[tone="busy"]    { background: $grey_100; border-color: $border; color: $grey_700; }
QLabel[tone="success"] { background: $success_background; border-color: $success_border;
                         color: $success_text; }
QLabel[tone="warning"] { background: $warning_background; border-color: $warning_border;
                         color: $warning_text; }
QLabel[tone="error"]   { background: $error_background; border-color: $error_border;
                         color: $error_text; }
QLabel#onlineLabel[tone], QLabel#connectionPill[tone] {
    padding: 1px 8px;
    border-radius: 9px;
}
QLabel#onlineLabel[tone="busy"], QLabel#connectionPill[tone="busy"] {
    background: transparent;
    border-color: transparent;
}
QToolButton#outboxButton[attention="true"] {
    color: $error_text;
    font-weight: 600;
}
QStatusBar {
    border-top: 1px solid palette(mid);
}
QStatusBar QLabel#serverLabel {
    padding: 0 6px;
}
""")


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
