"""Qt Designer forms from the top-level ``ui/`` folder, loaded at run time.

A pane holds its form by composition::

    self.form = load_form("settings/pane.ui", self)
    self.form.urlEdit.setText(...)

The form widget fills its parent (a zero-margin layout is added for it).

One loader serves every form, made without Qt Designer's plugins: a
``QUiLoader`` loads every plugin in ``plugins/designer`` as it is made
(QtQuick, QtWebEngine: a few hundred milliseconds and their memory at start),
and the forms use none but Qt's own widgets.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from passdesk.resources import ui_path


class FormError(RuntimeError):
    """A form is missing or broken: a packaging bug, not the user's fault."""


@cache
def _loader() -> QUiLoader:
    """The forms' loader (UI thread only), made while Qt sees no plugin folder."""
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def load_form(name: str, parent: QWidget) -> QWidget:
    """Load ``ui/<name>`` as a child filling ``parent``; children are attributes by name."""
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Cannot open form {path}: {file.errorString()}")
    try:
        loader = _loader()
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
