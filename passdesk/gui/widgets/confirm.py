"""One question before a change that cannot be taken back.

The Passes list's Deactivate, the Sync pane's Discard and the Till's Set
balance ask it the same way: a warning box, what will happen, the action's own
words on the destructive button and Cancel as the default (Enter and Escape
both keep things as they are).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from passdesk.gui.i18n import say


def confirm_destructive(parent: QWidget | None, title: str, text: str, action_words: str, *,
                        details: str = "", name: str = "", button_name: str = "") -> bool:
    """Ask; True only when the person chose ``action_words``.

    ``details`` is the box's informative text; ``name`` and ``button_name`` are the
    object names of the box and of its destructive button (what tests find them by).
    The words are said as given (``say``: a ``core.texts.Text`` in the installed language).
    """
    box = QMessageBox(parent, objectName=name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(say(title))
    box.setText(say(text))
    box.setInformativeText(say(details))
    confirm = QPushButton(say(action_words), box, objectName=button_name)
    box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    chosen = box.clickedButton() is confirm
    box.deleteLater()
    return chosen
