""""What can I do?": this desk's role, what each role may do, and this desk's lock.

The table is ``core.roles.permission_table`` with the venue's rules now, the
same words as the README's, with this desk's column marked. Below it the desk's
own part: the role it runs in (a manager's PIN: it decides what every person
at this desk may do), the kiosk lock and the step-up window (a supervisor's).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.roles import ROLE_WORDS, ROLES, Action, Role, permission_table
from passdesk.gui.gate import Gate
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.settings import SettingsError
from passdesk.settings.desk_access import DeskAccess

#: The kiosk choices: (setting, words said with ``translate("staff", words)``).
KIOSK_CHOICES = (("", QT_TRANSLATE_NOOP("staff", "Not locked")),
                 ("door", QT_TRANSLATE_NOOP("staff", "Locked to the Door")),
                 ("till", QT_TRANSLATE_NOOP("staff", "Locked to the Till")))
#: The step-up window choices, in minutes (0: that one action only).
WINDOW_CHOICES = (0, 2, 5, 15)
YES, NO = "✓", "—"


class WhatCanIDo(QWidget):
    def __init__(self, gate: Gate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gate = gate
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.summary = QLabel(objectName="roleSummary", wordWrap=True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary.setFont(font)
        self.note = QLabel(objectName="roleNote", wordWrap=True)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)

        self.table = QTableWidget(0, len(ROLES) + 1, objectName="permissionTable")
        self.table.setHorizontalHeaderLabels([translate("staff", "What", "what may be done"),
                                              *(say(ROLE_WORDS[r]) for r in ROLES)])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(ROLES) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        desk = QGroupBox(translate("staff", "This desk"), objectName="deskBox")
        form = QFormLayout(desk)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.role_combo = QComboBox(objectName="deskRole")
        for role in ROLES:
            self.role_combo.addItem(say(ROLE_WORDS[role]), role)
        self.kiosk_combo = QComboBox(objectName="deskKiosk")
        for value, words in KIOSK_CHOICES:
            self.kiosk_combo.addItem(translate("staff", words), value)
        self.window_combo = QComboBox(objectName="deskWindow")
        for minutes in WINDOW_CHOICES:
            self.window_combo.addItem(window_words(minutes), minutes)
        form.addRow(translate("staff", "Runs as"), self.role_combo)
        form.addRow(translate("staff", "Kiosk"), self.kiosk_combo)
        form.addRow(translate("staff", "A PIN allows"), self.window_combo)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("staff", "Save this desk"),
                                       objectName="saveDesk")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_desk)
        self.desk_result = QLabel(objectName="deskResult", wordWrap=True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.desk_result, 1)
        for combo in (self.role_combo, self.kiosk_combo, self.window_combo):
            combo.setMinimumWidth(240)
        form.addRow(buttons)
        layout.addWidget(desk)
        gate.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        gate = self._gate
        rules = gate.rules()
        desk = gate.desk
        if rules.roles_on:
            self.summary.setText(translate("staff", "This desk runs as {role}.").format(
                role=say(ROLE_WORDS[desk.role])))
            self.note.setText(translate("staff", "What its role may not do asks for a "
                                                 "supervisor's or a manager's PIN, for that "
                                                 "action only. Every such PIN is written in "
                                                 "the audit trail."))
        else:
            self.summary.setText(translate("staff", "Roles are off: everyone at this desk may "
                                                    "do everything."))
            self.note.setText(translate("staff", "A manager turns roles on by setting the "
                                                 "first manager PIN under People and PINs. The "
                                                 "table shows what each role may do once they "
                                                 "are on."))
        shown = rules if rules.roles_on else replace(rules, roles_on=True)
        rows = permission_table(shown)
        self.table.setRowCount(len(rows))
        mine = ROLES.index(desk.role) + 1 if rules.roles_on else -1
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, (words, cells) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(say(words)))
            for column, allowed in enumerate(cells, start=1):
                item = QTableWidgetItem(YES if allowed else NO)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(QBrush(QColor(Colour.GREEN_700 if allowed else Colour.GREY_400)))
                if column == mine:
                    item.setBackground(QBrush(QColor(Colour.BLUE_100)))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeaderItem(mine) if mine > 0 else None
        for column in range(1, len(ROLES) + 1):
            item = self.table.horizontalHeaderItem(column)
            role = say(ROLE_WORDS[ROLES[column - 1]])
            item.setText(translate("staff", "{role} (this desk)").format(role=role)
                         if item is header else role)
        self._show_desk(desk)

    def _show_desk(self, desk: DeskAccess) -> None:
        self.role_combo.setCurrentIndex(ROLES.index(desk.role))
        self.kiosk_combo.setCurrentIndex([v for v, _ in KIOSK_CHOICES].index(desk.kiosk))
        self.window_combo.setCurrentIndex(WINDOW_CHOICES.index(desk.step_up_minutes)
                                          if desk.step_up_minutes in WINDOW_CHOICES else 0)

    def allowed(self, row: int, role: Role) -> bool:
        """The table's cell (for tests and the README check)."""
        return self.table.item(row, ROLES.index(role) + 1).text() == YES

    def save_desk(self) -> bool:
        """Save the desk's role (a manager's PIN), its kiosk lock and window (a
        supervisor's); audited."""
        gate, old = self._gate, self._gate.desk
        new = DeskAccess(role=Role(self.role_combo.currentData()),
                         kiosk=self.kiosk_combo.currentData(),
                         step_up_minutes=self.window_combo.currentData(), role_chosen=True)
        if new == old:  # a role never chosen is saved as chosen, even unchanged
            set_tone(self.desk_result, Tone.INFO, translate("staff", "Nothing changed."))
            return False
        if new.kiosk and not gate.rules().roles_on:
            set_tone(self.desk_result, Tone.WARNING,
                     translate("staff", "Not saved: a kiosk needs roles on, or anyone could "
                                        "unlock it. Set the first manager PIN under People "
                                        "and PINs first."))
            self._show_desk(old)
            return False
        action = Action.MANAGE_ROLES if new.role != old.role else Action.DESK_SETTINGS
        grant = gate.allow(action, self, detail=translate("staff", "this desk's role")
                           if action is Action.MANAGE_ROLES
                           else translate("staff", "this desk's kiosk lock"))
        if grant is None:
            set_tone(self.desk_result, Tone.WARNING,
                     translate("staff", "Not saved: no PIN was given."))
            self._show_desk(old)
            return False
        try:
            gate.set_desk(new)
        except SettingsError as exc:
            set_tone(self.desk_result, Tone.ERROR, translate("staff", "Not saved: {problem}")
                     .format(problem=say(exc.args[0]) if len(exc.args) == 1 else str(exc)))
            return False
        gate.record(action="desk.access", subject=gate.desk_name, before=old.to_json(),
                    after=new.to_json(), grant=grant)
        set_tone(self.desk_result, Tone.SUCCESS, translate("staff", "Saved."))
        return True


def window_words(minutes: int) -> str:
    """How long a PIN given at this desk allows more: "For 5 minutes"."""
    if minutes == 0:
        return translate("staff", "For that one action only")
    return translate("staff", "For %n minute(s)", None, minutes)
