"""The Staff pane and the dialogs it opens in the pseudo-locale (issue 25): roles, people,
PINs and the audit trail say every word through a translator, and none is cut off at
1366 by 768 - roles off, the first manager's dialog (with a problem), the people and the
venue's rules, adding a person, a new PIN, my own PIN, a role, removing, this desk's
part and the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from passdesk.gui.staff.pane import StaffPane
from passdesk.gui.staff.person_dialog import PersonDialog
from tests.gui.helpers import click, configure, when_shown
from tests.gui.i18n.sweep import check, data_words, open_by_nav, swept
from tests.gui.roles import answer_step_up
from tests.gui.staff.test_staff_pane import _fill

FIRST, FIRST_PIN = "Mia Jones", "739164"


def sweep_dialog(qtbot, kind, opener, exempt, before_close=None) -> None:
    """Click ``opener``; sweep the ``kind`` of dialog it opens, then close it
    (``before_close(dialog)``, or Cancel)."""
    seen: list[list] = []

    def sweep(dialog) -> None:
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        seen.append(swept(dialog, exempt, kind.__name__))
        if before_close is not None:
            before_close(dialog)
        else:
            dialog.reject()

    when_shown(kind, sweep)
    click(qtbot, opener)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == [], f"{kind.__name__}:\n" + "\n".join(str(f) for f in seen[0])


def test_the_staff_pane_and_its_dialogs_in_pseudo(speaking, qtbot, sandbox, make_services,
                                                  open_window, memory_keyring) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    window.resize(1366, 768)
    pane = open_by_nav(qtbot, window, "staff")
    assert isinstance(pane, StaffPane)
    exempt = data_words(services.database) | {"mia", "jones"}
    check(pane, exempt, "roles off: what can I do")
    pane.tabs.setCurrentIndex(1)
    check(pane, exempt, "roles off: people and PINs")

    # The first manager PIN: its dialog, a problem (two PINs that differ), then roles on.
    problems: list[list] = []

    def first(dialog: PersonDialog) -> None:
        _fill(qtbot, dialog, name=FIRST, new=FIRST_PIN, again="111111")
        assert dialog.problem.isVisible()
        problems.append(swept(dialog, exempt, "the first manager, a problem"))
        _fill(qtbot, dialog, new=FIRST_PIN)

    sweep_dialog(qtbot, PersonDialog, pane.people.first_button, exempt, first)
    assert problems == [[]], "\n".join(str(f) for f in problems[0])
    assert pane.people.people_box.isVisible()
    check(pane, exempt, "roles on: the people and the venue's rules")

    people = pane.people
    for button in (people.add_button, people.reset_button):
        answer_step_up(qtbot, FIRST, FIRST_PIN)
        sweep_dialog(qtbot, PersonDialog, button, exempt)
    sweep_dialog(qtbot, PersonDialog, people.own_button, exempt)
    sweep_dialog(qtbot, QInputDialog, people.role_button, exempt)
    sweep_dialog(qtbot, QMessageBox, people.remove_button, exempt)
    click(qtbot, people.rules_button)
    assert people.result.isVisible()
    check(pane, exempt, "the rules, nothing changed")

    pane.tabs.setCurrentIndex(0)
    click(qtbot, pane.what.save_button)
    check(pane, exempt, "roles on: what can I do, this desk unchanged")

    # The audit trail asks a supervisor's (here the manager's) PIN.
    answer_step_up(qtbot, FIRST, FIRST_PIN)
    pane.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: pane.audit.status_state() == "whole", timeout=10_000)
    # The trail's records (desk, role as recorded, details) are data written above.
    check(pane, exempt | data_words(services.database), "the audit trail")
