"""Qt Designer forms from the top-level ``ui/`` folder, loaded at run time.

A pane holds its form by composition::

    self.form = load_form("settings/pane.ui", self)
    self.form.urlEdit.setText(...)

The form widget fills its parent (a zero-margin layout is added for it).
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from passdesk.resources import ui_path


class FormError(RuntimeError):
    """A form is missing or broken: a packaging bug, not the user's fault."""


def load_form(name: str, parent: QWidget) -> QWidget:
    """Load ``ui/<name>`` as a child filling ``parent``; children are attributes by name."""
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Cannot open form {path}: {file.errorString()}")
    try:
        loader = QUiLoader()
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise FormError(f"Cannot load form {path}: {loader.errorString()}")
    layout = parent.layout()
    if layout is None:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form
