"""Roles in GUI tests (issue 23): people with PINs in the store, a desk's role, and
step-up dialogs answered as a supervisor would, by typing a PIN."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from passdesk.core.roles import Role, VenueRules
from passdesk.gui.services import Services
from passdesk.gui.step_up_dialog import StepUpDialog
from passdesk.settings.desk_access import DeskAccess
from passdesk.store import access, audit
from tests.gui.helpers import choose, click, when_shown

MANAGER, MANAGER_PIN = "Mia", "2468"
SUPERVISOR, SUPERVISOR_PIN = "Sam", "1357"


def roles_on(services: Services, desk_role: Role, rules: VenueRules | None = None,
             **desk) -> None:
    """A manager and a supervisor with PINs (roles on), the venue's ``rules``; this
    desk runs as ``desk_role`` (``desk``: its kiosk lock, its step-up window)."""
    with services.database.session() as session:
        access.add_person(session, MANAGER, Role.MANAGER, MANAGER_PIN)
        access.add_person(session, SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PIN)
        if rules is not None:
            access.write_rules(session, rules)
    services.gate.set_desk(DeskAccess(role=desk_role, role_chosen=True, **desk))
    assert services.gate.rules().roles_on


def trail(services: Services) -> list[tuple]:
    """The audit trail, oldest first: (action, subject, authorised_by, before, after)."""
    with services.database.session() as session:
        return [(e.action, e.subject, e.authorised_by, e.before, e.after)
                for e in reversed(audit.entries(session))]


def pick(dialog: StepUpDialog, who: str) -> None:
    """Pick the person called ``who`` in the dialog's list, by the item's data (the
    staff member), not its words, which say the role in the installed language."""
    index = next(i for i in range(dialog.who.count()) if dialog.who.itemData(i).name == who)
    dialog.who.setCurrentIndex(index)


def type_pin(qtbot, dialog: StepUpDialog, who: str, pin: str) -> None:
    """Pick ``who`` and type ``pin``, then Enter."""
    pick(dialog, who)
    dialog.pin.setFocus()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def answer_step_up(qtbot, who: str | None, pin: str = "", seen: list | None = None):
    """When the next step-up dialog shows: note what it offered in ``seen`` (the
    names in its list, its words), then type ``who``'s PIN, or Cancel (``who`` None)."""
    def act(dialog: StepUpDialog) -> None:
        if seen is not None:
            seen.append(([dialog.who.itemText(i) for i in range(dialog.who.count())],
                         dialog.findChild(type(dialog.problem), "stepUpWhat").text()))
        if who is None:
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
        else:
            type_pin(qtbot, dialog, who, pin)
    return when_shown(StepUpDialog, act)


@dataclass
class Answer:
    """What a supervisor does in the step-up dialog: who, which PINs, in order."""

    who: str = ""
    pins: tuple[str, ...] = ()
    cancel: bool = False


class StepUps:
    """Answers every step-up dialog shown (in turn, as ``answers`` say) and keeps what
    each one showed: its people, its words and its problem after each PIN."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.seen: list[dict] = []
        self.answers: list[Answer] = []
        self._timer = None
        self._watch()

    def _watch(self) -> None:
        self._timer = when_shown(StepUpDialog, self._answer)

    def _answer(self, dialog: StepUpDialog) -> None:
        qtbot = self.qtbot
        shown = {"people": [dialog.who.itemText(i) for i in range(dialog.who.count())],
                 "what": dialog.findChild(object, "stepUpWhat").text(), "problems": []}
        self.seen.append(shown)
        answer = self.answers.pop(0) if self.answers else Answer(cancel=True)
        if answer.who:
            choose(qtbot, dialog.who, answer.who)
        for pin in answer.pins:
            click(qtbot, dialog.pin)
            qtbot.keyClicks(dialog.pin, pin)
            click(qtbot, dialog.allow_button)
            if dialog.isVisible():
                shown["problems"].append(dialog.problem.text())
        if answer.cancel and dialog.isVisible():
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
        self._watch()  # the next step-up gets answered too

    def stop(self) -> None:
        self._timer.stop()


def audit_rows(services: Services) -> list[tuple[str, str, str | None]]:
    """(action, subject, authorised_by) of every audit entry, oldest first."""
    return [entry[:3] for entry in trail(services)]
