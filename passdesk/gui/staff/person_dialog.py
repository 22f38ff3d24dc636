"""The small forms of "People and PINs": a new person, a new PIN, my own PIN.

A PIN is typed twice, digits only, and checked against ``core.pins``'s rules
before the dialog closes; the PINs leave the dialog only to be hashed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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

from passdesk.core.pins import PIN_WORDS, pin_problem
from passdesk.core.roles import ROLE_WORDS, Role
from passdesk.gui.i18n import say, translate
from passdesk.gui.step_up_dialog import pin_field
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.access import NAME_LONGEST


class PersonDialog(QDialog):
    """Name (or a name picked), role, old PIN, new PIN twice: the parts each use needs.

    ``submit(name, role, old_pin, new_pin)`` does the change and returns None, or
    the words of why not (the dialog stays open to correct it).
    """

    def __init__(self, title: str, intro: str, submit: Callable[..., str | None], *,
                 name: str | None = None, names: Sequence[str] = (),
                 roles: Sequence[Role] = (), role: Role | None = None, old_pin: bool = False,
                 role_words: str | None = None, ok_words: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="personDialog")
        self.setWindowTitle(title)
        self._submit = submit
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        note = QLabel(intro, wordWrap=True)
        layout.addWidget(note)
        form = QFormLayout()
        self.name_edit: QLineEdit | None = None
        self.name_combo: QComboBox | None = None
        self._fixed_name = name
        if name is not None:
            form.addRow(translate("staff", "Name"), QLabel(name, objectName="personName"))
        elif names:
            self.name_combo = QComboBox(objectName="personCombo")
            self.name_combo.addItems(list(names))
            form.addRow(translate("staff", "Name"), self.name_combo)
        else:
            self.name_edit = QLineEdit(objectName="personNameEdit", maxLength=NAME_LONGEST,
                                       placeholderText=translate("staff",
                                                                 "As the staff know them"))
            form.addRow(translate("staff", "Name"), self.name_edit)
        self.role_combo: QComboBox | None = None
        if roles:
            self.role_combo = QComboBox(objectName="personRole")
            for each in roles:
                self.role_combo.addItem(say(ROLE_WORDS[each]), each)
            if role is not None:
                self.role_combo.setCurrentIndex(max(0, list(roles).index(role)))
            form.addRow(role_words or translate("staff", "Role"), self.role_combo)
        self.old_pin = pin_field("oldPinEdit", translate("staff", "The PIN now")) \
            if old_pin else None
        if self.old_pin is not None:
            form.addRow(translate("staff", "Current PIN"), self.old_pin)
        self.new_pin = pin_field("newPinEdit", say(PIN_WORDS).removesuffix("."))
        self.again_pin = pin_field("againPinEdit", translate("staff", "The same PIN again"))
        form.addRow(translate("staff", "New PIN"), self.new_pin)
        form.addRow(translate("staff", "New PIN again"), self.again_pin)
        layout.addLayout(form)
        self.problem = QLabel(objectName="personProblem", wordWrap=True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(ok_words or translate("common", "Save"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("personOk")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _say(self, words: str) -> None:
        set_tone(self.problem, Tone.ERROR, words)
        self.problem.show()
        self.adjustSize()

    @property
    def chosen_name(self) -> str:
        if self._fixed_name is not None:
            return self._fixed_name
        if self.name_combo is not None:
            return self.name_combo.currentText()
        return self.name_edit.text().strip() if self.name_edit is not None else ""

    def _try(self) -> None:
        new, again = self.new_pin.text(), self.again_pin.text()
        old = self.old_pin.text() if self.old_pin is not None else ""
        for edit in (self.new_pin, self.again_pin, self.old_pin):
            if edit is not None:
                edit.clear()  # typed again after any problem: never kept
        if not self.chosen_name:
            self._say(translate("staff", "Type the person's name."))
            return
        problem = pin_problem(new)
        if problem is None and new != again:
            problem = translate("staff", "The two new PINs differ. Type the same PIN twice.")
        if problem is None:
            # A StrEnum comes back from the combo as its str: made a Role again.
            role = Role(self.role_combo.currentData()) if self.role_combo is not None else None
            problem = self._submit(self.chosen_name, role, old, new)
        if problem:
            self._say(say(problem))
            (self.old_pin or self.new_pin).setFocus()
            return
        self.accept()
