""""People and PINs": the first manager PIN, then the people, their roles and
PINs, and the venue's rules for roles.

Until a manager PIN exists roles are off and this tab offers only that: the
person setting it becomes the first manager, and a recovery code goes into this
computer's keychain (never shown, never in the database: only its hash), for
``passdesk roles recover`` when the PIN is forgotten. Once roles are on every
change here needs a manager's PIN, and each is written in the audit trail.
The PINs themselves are never shown, stored or written anywhere but as hashes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.roles import ROLE_WORDS, ROLES, Action, Role, VenueRules
from passdesk.gui.gate import Grant
from passdesk.gui.i18n import say, translate
from passdesk.gui.staff.person_dialog import PersonDialog
from passdesk.gui.widgets.confirm import confirm_destructive
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.widgets.words import local_time
from passdesk.keychain import KeychainUnavailableError, SecretName, SecretStore
from passdesk.settings import SettingsError
from passdesk.store import access
from passdesk.store.access import AccessError, Person
from passdesk.store.database import Database, DatabaseError

log = logging.getLogger(__name__)

#: A spin box's lowest value stands for "no limit".
NO_LIMIT = 0
STORE_ERRORS = (SQLAlchemyError, DatabaseError)


class PeopleTab(QWidget):
    def __init__(self, gate, database: Database, keychain: SecretStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gate = gate
        self._database = database
        self._keychain = keychain
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.first_box = QGroupBox(translate("staff", "Turn roles on"),
                                   objectName="firstManagerBox")
        first = QVBoxLayout(self.first_box)
        first.addWidget(QLabel(translate(
            "staff", "Roles are off: every desk may do everything, as a shop run by one "
                     "person wants. To give door and counter staff only their part, set the "
                     "first manager PIN. You become the first manager; then add supervisors "
                     "and managers here."), wordWrap=True))
        self.first_button = QPushButton(translate("staff", "Set the first manager PIN…"),
                                        objectName="firstManagerButton")
        self.first_button.clicked.connect(self.set_first_manager)
        first.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.first_box)

        self.people_box = QGroupBox(translate("staff", "People with a PIN"),
                                    objectName="peopleBox")
        people = QVBoxLayout(self.people_box)
        self.table = QTableWidget(0, 3, objectName="peopleTable")
        self.table.setHorizontalHeaderLabels([translate("staff", "Name"),
                                              translate("staff", "Role"), "PIN"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        people.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = self._button(translate("staff", "Add a person…"), "addPerson",
                                       self.add_person)
        self.reset_button = self._button(translate("staff", "Reset PIN…"), "resetPin",
                                         self.reset_pin)
        self.role_button = self._button(translate("staff", "Change role…"), "changeRole",
                                        self.change_role)
        self.remove_button = self._button(translate("staff", "Remove"), "removePerson",
                                          self.remove_person)
        self.own_button = self._button(translate("staff", "Change my PIN…"), "changeOwnPin",
                                       self.change_own_pin)
        for button in (self.add_button, self.reset_button, self.role_button,
                       self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.own_button)
        people.addLayout(row)
        layout.addWidget(self.people_box, 1)

        self.rules_box = QGroupBox(translate("staff", "The venue's rules"),
                                   objectName="venueRulesBox")
        rules = QFormLayout(self.rules_box)
        rules.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.search_check = QCheckBox(translate(
            "staff", "Door staff may search guests and admit them by name (the admission "
                     "itself still needs a supervisor's PIN)"), objectName="doorSearchCheck")
        self.names_check = QCheckBox(translate("staff", "Door staff see guests' names"),
                                     objectName="doorNamesCheck")
        self.redemption_spin = self._limit_spin("largestRedemption")
        self.hourly_spin = self._limit_spin("largestHourly")
        rules.addRow(self.search_check)
        rules.addRow(self.names_check)
        rules.addRow(translate("staff", "Largest redemption by counter staff"),
                     self.redemption_spin)
        rules.addRow(translate("staff", "Most points changed on one card per hour"),
                     self.hourly_spin)
        self.rules_button = self._button(translate("staff", "Save the rules"), "saveRules",
                                         self.save_rules)
        save_row = QHBoxLayout()
        save_row.addWidget(self.rules_button)
        save_row.addStretch(1)
        rules.addRow(save_row)
        layout.addWidget(self.rules_box)

        self.result = QLabel(objectName="peopleResult", wordWrap=True)
        self.result.hide()
        layout.addWidget(self.result)
        self.refresh()

    def _button(self, words: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(words, objectName=name)
        button.setAutoDefault(False)
        # Not ``connect(slot)``: ``clicked`` passes ``checked`` (False), which
        # ``change_role`` would take for the role chosen.
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _limit_spin(name: str) -> QSpinBox:
        spin = QSpinBox(objectName=name, minimum=NO_LIMIT, maximum=10_000_000)
        spin.setSpecialValueText(translate("staff", "No limit"))
        spin.setSuffix(translate("staff", " points", "after a number in a spin box; "
                                                     "keep the leading space"))
        spin.setGroupSeparatorShown(True)
        spin.setMinimumWidth(160)
        return spin

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            with self._database.session() as session:
                self._people = access.people(session)
                rules = access.rules(session)
        except STORE_ERRORS as exc:
            self._say(Tone.ERROR, translate("staff", "The staff list could not be read: {error}")
                      .format(error=exc))
            return
        on = rules.roles_on
        self.first_box.setVisible(not on)
        self.people_box.setVisible(on)
        self.rules_box.setVisible(on)
        self.table.setRowCount(len(self._people))
        for row, person in enumerate(self._people):
            self.table.setItem(row, 0, QTableWidgetItem(person.name))
            self.table.setItem(row, 1, QTableWidgetItem(say(ROLE_WORDS[person.role])))
            locked = (translate("staff", "Locked out until {when}").format(
                when=local_time(person.locked_until))
                if person.locked_until is not None else translate("staff", "Set", "a PIN is set"))
            self.table.setItem(row, 2, QTableWidgetItem(locked))
        if self._people and not self.table.selectedItems():
            self.table.selectRow(0)
        self.search_check.setChecked(rules.door_staff_may_search)
        self.names_check.setChecked(rules.door_staff_see_names)
        self.redemption_spin.setValue(rules.largest_redemption or NO_LIMIT)
        self.hourly_spin.setValue(rules.largest_change_per_hour or NO_LIMIT)

    @property
    def people(self) -> list[Person]:
        return list(self._people)

    def _selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self._people[rows[0].row()] if rows else None

    def _say(self, tone: Tone, words: str) -> None:
        set_tone(self.result, tone, words)
        self.result.show()

    # --- changing ------------------------------------------------------------------------

    def _manager(self, detail: str) -> Grant | None:
        grant = self._gate.allow(Action.MANAGE_ROLES, self, detail=detail)
        if grant is None:
            self._say(Tone.WARNING, translate("staff", "Not changed: that needs a manager's "
                                                       "PIN."))
        return grant

    def _change(self, grant: Grant, change: Callable, *, action: str, subject: str,
                before: object, after: object, done: str) -> bool:
        """Make ``change(session)`` and its audit entry in one transaction (who did it
        as the rules were before it: the first manager's entry is by "anyone")."""
        rules = self._gate.rules()
        try:
            with self._database.session() as session:
                change(session)
                self._gate.write_entry(session, action=action, subject=subject,
                                       before=before, after=after, grant=grant, rules=rules)
        except AccessError as exc:
            self._say(Tone.ERROR, _said(exc))
            return False
        except STORE_ERRORS as exc:
            log.error("staff change not saved: %s", type(exc).__name__)
            self._say(Tone.ERROR, not_answered(exc))
            return False
        self.refresh()
        self._gate.changed.emit()
        self._say(Tone.SUCCESS, done)
        return True

    def set_first_manager(self) -> bool:
        if not self._keychain.keychain_available():
            self._say(Tone.ERROR, translate(
                "staff", "This computer has no keychain, where passdesk keeps the code that "
                         "recovers a forgotten manager PIN. Set the first manager PIN on a "
                         "desk with a keychain."))
            return False
        done: list[str] = []

        def submit(name: str, desk_role: Role, _old: str, pin: str) -> str | None:
            code = access.new_recovery_code()
            try:
                self._keychain.set(SecretName.ROLES_RECOVERY, code,
                                   scope=access.recovery_scope(self._database.engine.url))
            except KeychainUnavailableError as exc:
                return _said(exc)
            ok = self._change(
                Grant(Action.MANAGE_ROLES, None),
                lambda session: (access.add_person(session, name, Role.MANAGER, pin),
                                 access.set_recovery(session, code)),
                action="roles.first_manager", subject=name, before="roles off",
                after={"role": Role.MANAGER.value},
                done=translate("staff", "Roles are on. {name} is the first manager.").format(
                    name=name))
            if not ok:
                return self.result.text()
            done.append(name)
            self._set_desk_role(desk_role, name)
            return None

        dialog = PersonDialog(
            translate("staff", "The first manager PIN"),
            translate("staff", "You become the venue's first manager. Your PIN allows "
                               "everything a role may not do. If it is ever forgotten, "
                               "`passdesk roles recover` on this computer sets a new one (it "
                               "needs this computer's keychain). Choose what this desk does "
                               "once roles are on: a shop's counter runs as Counter staff."),
            submit, roles=ROLES, role=self._gate.desk.role,
            role_words=translate("staff", "This desk runs as"),
            ok_words=translate("staff", "Turn roles on"), parent=self)
        dialog.exec()
        dialog.deleteLater()
        return bool(done)

    def _set_desk_role(self, role: Role, manager: str) -> None:
        old = self._gate.desk
        new = replace(old, role=role, role_chosen=True)
        try:
            self._gate.set_desk(new)
        except SettingsError as exc:
            self._say(Tone.WARNING, translate(
                "staff", "Roles are on, but this desk's role was not saved: {problem}").format(
                problem=_said(exc)))
            return
        self._gate.record(action="desk.access", subject=self._gate.desk_name,
                          before=old.to_json(), after=new.to_json(), authorised_by=manager)

    def add_person(self) -> bool:
        grant = self._manager(translate("staff", "add a person"))
        if grant is None:
            return False
        done: list[bool] = []

        def submit(name: str, role: Role, _old: str, pin: str) -> str | None:
            ok = self._change(grant, lambda s: access.add_person(s, name, role, pin),
                              action="roles.add_person", subject=name, before=None,
                              after={"role": role.value},
                              done=can_give_words(name, role))
            done.append(ok)
            return None if ok else self.result.text()

        dialog = PersonDialog(translate("staff", "Add a person"),
                              translate("staff", "Their PIN is theirs: they type it "
                                                 "themselves here, twice."), submit,
                              roles=ROLES, role=Role.SUPERVISOR,
                              ok_words=translate("staff", "Add", "button: add a person"),
                              parent=self)
        dialog.exec()
        dialog.deleteLater()
        return any(done)

    def reset_pin(self) -> bool:
        person = self._selected()
        if person is None:
            return False
        grant = self._manager(translate("staff", "a new PIN for {name}").format(
            name=person.name))
        if grant is None:
            return False
        done: list[bool] = []

        def submit(name: str, _role: object, _old: str, pin: str) -> str | None:
            ok = self._change(grant, lambda s: access.reset_pin(s, name, pin),
                              action="roles.reset_pin", subject=name, before=None, after=None,
                              done=translate("staff", "{name} has a new PIN.").format(name=name))
            done.append(ok)
            return None if ok else self.result.text()

        dialog = PersonDialog(translate("staff", "Reset a PIN"),
                              translate("staff", "A forgotten PIN is replaced, and a lockout "
                                                 "ends."), submit, name=person.name,
                              ok_words=translate("staff", "Reset", "button: reset a PIN"),
                              parent=self)
        dialog.exec()
        dialog.deleteLater()
        return any(done)

    def change_role(self, role: Role | None = None) -> bool:
        person = self._selected()
        if person is None:
            return False
        if role is None:
            names = [say(ROLE_WORDS[r]) for r in ROLES]
            chosen, ok = QInputDialog.getItem(
                self, translate("staff", "Change role"),
                translate("staff", "{name}'s role").format(name=person.name),
                names, ROLES.index(person.role), False)
            if not ok:
                return False
            role = ROLES[names.index(chosen)]
        if role is person.role:
            return False
        grant = self._manager(translate("staff", "{name} becomes {role}").format(
            name=person.name, role=say(ROLE_WORDS[role])))
        if grant is None:
            return False
        return self._change(grant, lambda s: access.change_role(s, person.name, role),
                            action="roles.change_role", subject=person.name,
                            before={"role": person.role.value}, after={"role": role.value},
                            done=translate("staff", "{name} is now {role}.").format(
                                name=person.name, role=say(ROLE_WORDS[role])))

    def remove_person(self) -> bool:
        person = self._selected()
        if person is None or not confirm_destructive(
                self, translate("staff", "Remove"),
                translate("staff", "Remove {name}? Their PIN stops working at every desk.")
                .format(name=person.name), translate("staff", "Remove"),
                name="removePersonDialog"):
            return False
        grant = self._manager(translate("staff", "remove {name}").format(name=person.name))
        if grant is None:
            return False
        return self._change(grant, lambda s: access.remove_person(s, person.name),
                            action="roles.remove_person", subject=person.name,
                            before={"role": person.role.value}, after=None,
                            done=translate("staff", "{name} was removed.").format(
                                name=person.name))

    def change_own_pin(self) -> bool:
        if not self._people:
            return False
        done: list[bool] = []

        def submit(name: str, _role: object, old: str, pin: str) -> str | None:
            try:
                with self._database.session() as session:
                    check = access.change_own_pin(session, name, old, pin)
            except AccessError as exc:
                return _said(exc)
            except STORE_ERRORS as exc:
                return not_answered(exc)
            if not check.ok:
                return say(check.words)
            self._gate.record(action="roles.change_own_pin", subject=name,
                              authorised_by=name)
            self._say(Tone.SUCCESS, translate("staff", "{name}'s PIN was changed.").format(
                name=name))
            done.append(True)
            return None

        dialog = PersonDialog(translate("staff", "Change my PIN"),
                              translate("staff", "Type your PIN now, then the new one twice."),
                              submit, names=[p.name for p in self._people], old_pin=True,
                              ok_words=translate("staff", "Change", "button: change my PIN"),
                              parent=self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()
        return any(done)

    def save_rules(self) -> bool:
        before = self._gate.rules()
        new = replace(before, door_staff_may_search=self.search_check.isChecked(),
                      door_staff_see_names=self.names_check.isChecked(),
                      largest_redemption=self.redemption_spin.value() or None,
                      largest_change_per_hour=self.hourly_spin.value() or None)
        if new == before:
            self._say(Tone.INFO, translate("staff", "Nothing changed."))
            return False
        grant = self._manager(translate("staff", "the venue's rules"))
        if grant is None:
            self.refresh()
            return False
        return self._change(grant, lambda s: access.write_rules(s, new),
                            action="roles.venue_rules", subject="venue",
                            before=_rules_json(before), after=_rules_json(new),
                            done=translate("staff", "The venue's rules were saved: every desk "
                                                    "uses them now."))


def _said(exc: Exception) -> str:
    """An error's words in the person's language where they were made as a ``Text``."""
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)


def not_answered(exc: Exception) -> str:
    return translate("staff", "Not saved: the database did not answer ({error}).").format(
        error=exc)


def can_give_words(name: str, role: Role) -> str:
    """"Ann can now give a supervisor's PIN." (one sentence per role: the role's word
    changes with the sentence in many languages)."""
    match role:
        case Role.DOOR_STAFF:
            return translate("staff", "{name} can now give a door staff's PIN.").format(name=name)
        case Role.COUNTER_STAFF:
            return translate("staff", "{name} can now give a counter staff's PIN.").format(
                name=name)
        case Role.SUPERVISOR:
            return translate("staff", "{name} can now give a supervisor's PIN.").format(name=name)
    return translate("staff", "{name} can now give a manager's PIN.").format(name=name)


def _rules_json(rules: VenueRules) -> dict[str, object]:
    return {"door_staff_may_search": rules.door_staff_may_search,
            "door_staff_see_names": rules.door_staff_see_names,
            "largest_redemption": rules.largest_redemption,
            "largest_change_per_hour": rules.largest_change_per_hour}
