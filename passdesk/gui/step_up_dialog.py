"""The step-up: a small dialog for a supervisor's or a manager's PIN.

It says what is being allowed and whose PIN it needs, lists the people who
may allow it, and takes only digits. A wrong PIN says how many tries are
left; a lockout says how long it lasts. The PIN is cleared from the field
after every try and never leaves this dialog but to be checked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.pins import PIN_LONGEST
from passdesk.core.roles import ACTION_WORDS, ROLE_WORDS, Action, Role
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.access import Person, PinCheck


def pin_field(name: str, placeholder: str) -> QLineEdit:
    """A field for a PIN: hidden as typed, digits only, at most ``PIN_LONGEST``."""
    edit = QLineEdit(objectName=name, echoMode=QLineEdit.EchoMode.Password,
                     maxLength=PIN_LONGEST, placeholderText=placeholder)
    edit.setValidator(QRegularExpressionValidator(
        QRegularExpression(f"[0-9]{{0,{PIN_LONGEST}}}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def _needs_words(needed: Role) -> str:
    if needed is Role.MANAGER:
        return translate("roles", "This desk may not do this on its own. It needs a "
                         "manager's PIN, for this action only.")
    return translate("roles", "This desk may not do this on its own. It needs a "
                     "supervisor's or a manager's PIN, for this action only.")


def _no_one_words(needed: Role) -> str:
    if needed is Role.MANAGER:
        return translate("roles", "No one here has a manager's PIN yet. A manager adds "
                         "people under Staff, People and PINs.")
    return translate("roles", "No one here has a supervisor's or a manager's PIN yet. "
                     "A manager adds people under Staff, People and PINs.")


class StepUpDialog(QDialog):
    def __init__(self, action: Action, needed: Role, people: list[Person],
                 check: Callable[[str, str], PinCheck], *, detail: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="stepUpDialog")
        self._check = check
        self.person: Person | None = None
        self.setWindowTitle(translate("roles", "{role}'s PIN", "the step-up dialog's title")
                            .format(role=say(ROLE_WORDS[needed])))
        self.setModal(True)

        what = QLabel(objectName="stepUpWhat", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        what.setText(translate("roles", "{action}: {detail}").format(
            action=say(ACTION_WORDS[action]), detail=say(detail))
            if detail else say(ACTION_WORDS[action]))
        font = what.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        what.setFont(font)
        why = QLabel(_needs_words(needed), wordWrap=True, objectName="stepUpWhy")

        self.who = QComboBox(objectName="stepUpWho")
        for person in people:
            self.who.addItem(translate("roles", "{name} ({role})", "a person and their role")
                             .format(name=person.name, role=say(ROLE_WORDS[person.role])),
                             person)
        self.pin = pin_field("pinEdit", translate("roles", "PIN"))
        self.problem = QLabel(objectName="pinProblem", wordWrap=True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(translate("roles", "Who"), self.who)
        form.addRow(translate("roles", "PIN"), self.pin)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.allow_button = self.buttons.addButton(translate("roles", "Allow"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.allow_button.setObjectName("allowButton")
        self.allow_button.setDefault(True)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(what)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        if not people:
            self.who.setEnabled(False)
            self.pin.setEnabled(False)
            self.allow_button.setEnabled(False)
            self._say(_no_one_words(needed))
        self.pin.setFocus()

    def _say(self, words: str) -> None:
        set_tone(self.problem, Tone.ERROR, words)
        self.problem.show()
        self.adjustSize()  # room for the words: the fields keep their height

    def _try(self) -> None:
        person = self.who.currentData()
        pin = self.pin.text()
        self.pin.clear()  # never kept: each try is typed again
        if person is None:
            return
        if not pin:
            self._say(translate("roles", "Type the PIN."))
            self.pin.setFocus()
            return
        result = self._check(person.name, pin)
        if result.ok:
            self.person = result.person or person
            self.accept()
            return
        self._say(say(result.words))
        self.pin.setFocus()
