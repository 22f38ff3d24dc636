"""A dialog built on a Designer form whose ``buttonBox`` accepts or rejects it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


class FormDialog(QDialog):
    """Subclasses set ``self.form`` (``load_form``) and call ``connect_buttons()``."""

    form: Any  # the loaded form: its widgets are attributes by name

    @property
    def ok_button(self) -> QPushButton:
        return self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def connect_buttons(self, default: QDialogButtonBox.StandardButton
                        = QDialogButtonBox.StandardButton.Ok) -> None:
        """The box's accept and reject close the dialog; Enter presses ``default``."""
        box = self.form.buttonBox
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        box.button(default).setDefault(True)
