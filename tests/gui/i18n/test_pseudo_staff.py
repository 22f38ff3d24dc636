"""The Staff pane and the dialogs it opens in the pseudo-locale (issue 25): roles, people,
PINs and the audit trail say every word through a translator, and none is cut off at
1366 by 768 - roles off, the first manager's dialog (with a problem), the people and the
venue's rules, adding a person, a new PIN, my own PIN, a role, removing, this desk's
part and the audit trail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMessageBox

from passdesk.gui.i18n import language
from passdesk.gui.staff.pane import StaffPane
from passdesk.gui.staff.person_dialog import PersonDialog
from passdesk.gui.step_up_dialog import StepUpDialog
from tests.gui.helpers import click, configure, when_shown
from tests.gui.i18n.sweep import clipped, data_words, untranslated
from tests.gui.staff.test_staff_pane import _fill

FIRST, FIRST_PIN = "Mia Jones", "739164"


@pytest.fixture
def pseudo(qapp):
    language.install(None, forced="pseudo")
    yield
    language.install(None, forced="en")


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def found(widget, exempt) -> list:
    for _ in range(3):  # a nested layout settles over a few passes of the event loop
        QApplication.processEvents()
    return [f for f in [*untranslated(widget, exempt), *clipped(widget)]
            if not mnemonic_only(widget, f)]


def mnemonic_only(root, finding) -> bool:
    """A label's "&" that marks its buddy's key is not drawn, but the sweep measures it:
    such a label is clipped only when what is drawn does not fit (its size hint)."""
    if finding.what != "clipped" or "&" not in finding.text:
        return False
    labels = [label for label in [root, *root.findChildren(QLabel)]
              if isinstance(label, QLabel) and label.text() == finding.text]
    return bool(labels) and all(
        label.buddy() is not None and not label.wordWrap()
        and label.sizeHint().width() <= label.width() + 1 for label in labels)


def check(widget, exempt, state: str) -> None:
    """Nothing untranslated, nothing clipped in ``widget`` in this ``state``."""
    said = found(widget, exempt)
    assert said == [], f"{state}:\n" + "\n".join(str(f) for f in said)


def open_by_nav(qtbot, window, key: str):
    """Click the pane's row in the navigation list (its words are pseudo-translated)."""
    item = window.nav.item(window.pane_keys.index(key))
    center = window.nav.visualItemRect(item).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=center)
    return window.stack.currentWidget()


def answer_step_up(qtbot, who: str, pin: str) -> None:
    """When the next step-up dialog shows, pick ``who`` (by the person, not the words:
    they are pseudo-translated) and type ``pin``."""
    def act(dialog: StepUpDialog) -> None:
        index = next(i for i in range(dialog.who.count())
                     if dialog.who.itemData(i).name == who)
        dialog.who.setCurrentIndex(index)
        dialog.pin.setFocus()
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    when_shown(StepUpDialog, act)


def sweep_dialog(qtbot, kind, opener, exempt, before_close=None) -> None:
    """Click ``opener``; sweep the ``kind`` of dialog it opens, then close it
    (``before_close(dialog)``, or Cancel)."""
    seen: list[list] = []

    def sweep(dialog) -> None:
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        seen.append(found(dialog, exempt))
        if before_close is not None:
            before_close(dialog)
        else:
            dialog.reject()

    when_shown(kind, sweep)
    click(qtbot, opener)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == [], f"{kind.__name__}:\n" + "\n".join(str(f) for f in seen[0])


def test_the_staff_pane_and_its_dialogs_in_pseudo(pseudo, qtbot, sandbox, make_services,
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
        problems.append(found(dialog, exempt))
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
