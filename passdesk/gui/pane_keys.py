"""A pane's keyboard shortcuts: window-wide while the pane is shown, and shown
on the buttons they press.

Qt matches a shortcut only while the widget it belongs to is visible, so a
window-wide shortcut of a pane works wherever focus is in the window (the
sidebar, the status bar) while that pane is on screen, and never while another
pane is: the Door's Ctrl+Z is no rival of the Designer's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

Keys = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


def key_text(keys: Keys) -> str:
    """How the keys read on this platform ("Ctrl+Z")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def pane_shortcut(pane: QWidget, keys: Keys, slot: Callable[[], object], *,
                  button: QAbstractButton | None = None) -> QShortcut:
    """``keys`` call ``slot`` anywhere in the window while ``pane`` is shown.

    With ``button``, its label names the keys: "Undo last admission (Ctrl+Z)".
    """
    shortcut = QShortcut(QKeySequence(keys), pane)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    if button is not None:
        label_with_keys(button, button.text(), keys)
    return shortcut


def label_with_keys(button: QAbstractButton, text: str, keys: Keys) -> None:
    """Set ``button``'s label to ``text`` followed by its keys, e.g. "Full screen (F11)"."""
    shown = key_text(keys)
    suffix = f" ({shown})"
    button.setText(text if text.endswith(suffix) else f"{text}{suffix}")
    tip = button.toolTip()
    if tip and shown not in tip:
        button.setToolTip(f"{tip} ({shown})")
