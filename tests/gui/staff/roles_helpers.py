"""Roles for GUI tests: people with PINs in the store, a desk's role, a PIN typed
into the step-up dialog as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from passdesk.core.roles import Role
from passdesk.gui.services import Services
from passdesk.gui.step_up_dialog import StepUpDialog
from passdesk.settings.desk_access import DeskAccess
from passdesk.store import access, audit
from tests.gui.helpers import click, when_shown

MANAGER, MANAGER_PIN = "Mia", "2468"
SUPERVISOR, SUPERVISOR_PIN = "Sam", "1357"


def roles_on(services: Services, desk_role: Role, **desk) -> None:
    """A manager and a supervisor with PINs (roles on); this desk runs as ``desk_role``."""
    with services.database.session() as session:
        access.add_person(session, MANAGER, Role.MANAGER, MANAGER_PIN)
        access.add_person(session, SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PIN)
    services.gate.set_desk(DeskAccess(role=desk_role, role_chosen=True, **desk))


def audit_rows(services: Services) -> list[tuple[str, str, str | None]]:
    """(action, subject, authorised_by) of every audit entry, oldest first."""
    with services.database.session() as session:
        return [(e.action, e.subject, e.authorised_by)
                for e in reversed(audit.entries(session))]


def type_pin(qtbot, dialog: StepUpDialog, who: str, pin: str) -> None:
    index = next(i for i in range(dialog.who.count()) if dialog.who.itemText(i).startswith(who))
    dialog.who.setCurrentIndex(index)
    dialog.pin.setFocus()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def answer_step_up(qtbot, who: str | None, pin: str = "", seen: list | None = None):
    """When the step-up dialog shows: note what it offered in ``seen`` (the names in
    its list, its words), then type ``who``'s PIN, or Cancel (``who`` None)."""
    def act(dialog: StepUpDialog) -> None:
        if seen is not None:
            seen.append(([dialog.who.itemText(i) for i in range(dialog.who.count())],
                         dialog.findChild(type(dialog.problem), "stepUpWhat").text()))
        if who is None:
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
        else:
            type_pin(qtbot, dialog, who, pin)
    return when_shown(StepUpDialog, act)
