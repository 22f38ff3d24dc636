"""The Till settings' points per scan: a spin box that shows (and takes) 0 as "Off"."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from passdesk.gui.i18n import translate


class ScanPointsSpin(QSpinBox):
    """Points per scan, with 0 shown (and typed) as "Off".

    ``specialValueText`` only names the minimum, and here the minimum is negative.
    """

    @staticmethod
    def off() -> str:
        return translate("till", "Off", "points per scan: none")

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return self.off() if value == 0 else super().textFromValue(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt API
        return 0 if _is_off(text) else super().valueFromText(text)

    def validate(self, text: str, pos: int):
        typed = text.strip().casefold()
        if typed and self.off().casefold().startswith(typed):
            state = QValidator.State.Acceptable if _is_off(text) else QValidator.State.Intermediate
            return state, text, pos
        return super().validate(text, pos)


def _is_off(text: str) -> bool:
    return text.strip().casefold() == ScanPointsSpin.off().casefold()
