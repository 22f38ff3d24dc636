"""The Door walked through by each role: door staff scan, and a supervisor's PIN
searches, admits by hand and undoes; every override is in the audit trail."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from passdesk.core.roles import Role
from passdesk.gui.step_up_dialog import StepUpDialog
from tests.gui.door.test_pane import DoorWindow, a_valid_pass
from tests.gui.helpers import click, open_synced_door, when_shown
from tests.gui.roles import (
    SUPERVISOR,
    SUPERVISOR_PIN,
    answer_step_up,
    audit_rows,
    roles_on,
    trail,
    type_pin,
)
from tests.gui.scanning.test_wedge import PERSON_MS, Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window) -> DoorWindow:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    return DoorWindow(window, services, pane, Typist())


def _pick(door: DoorWindow, qtbot, name: str) -> None:
    pane, form = door.pane, door.pane.form
    door.typist.type(name, gap_ms=PERSON_MS, target=form.searchEdit)
    qtbot.waitUntil(lambda: pane.results.rowCount() > 0)
    row = next(r for r in range(pane.results.rowCount()) if name in pane.results.item(r).text())
    form.searchResults.setCurrentIndex(pane.results.index(row, 0))


def test_door_staff_scan_but_search_admit_and_undo_only_with_a_supervisors_pin(
        qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    barcode, name = a_valid_pass(door)
    roles_on(door.services, Role.DOOR_STAFF)

    # Scanning is door staff's own work: no PIN.
    door.scan_at_the_door(barcode)
    assert pane.verdict_text[0] == "ADMIT"
    assert audit_rows(door.services) == []

    # Searching is locked; the button asks for a PIN. A wrong one says so and stays.
    assert not form.searchEdit.isEnabled()
    assert pane.unlock_search_button.isVisible()
    tries = []

    def wrong_then_right(dialog: StepUpDialog) -> None:
        type_pin(qtbot, dialog, SUPERVISOR, "0000")
        tries.append(dialog.problem.text())
        assert dialog.isVisible()
        type_pin(qtbot, dialog, SUPERVISOR, SUPERVISOR_PIN)

    answer = when_shown(StepUpDialog, wrong_then_right)
    click(qtbot, pane.unlock_search_button)
    assert tries
    assert tries[0].startswith("Wrong PIN. 4 tries left")
    assert form.searchEdit.isEnabled()

    # The PIN given to search admits the guest found: no second dialog.
    _pick(door, qtbot, name.split()[0])
    shown = []
    watch = when_shown(StepUpDialog, lambda d: (shown.append(d), d.reject()))
    click(qtbot, form.admitButton)
    qtbot.wait(100)
    watch.stop()
    assert not answer.isActive()
    assert shown == [], "the search's PIN allowed the admission"
    assert pane.last_result.source == "manual"
    admitted_by_hand = pane.last_result.facts.id
    # The search locks again once the guest it was for was judged.
    assert not form.searchEdit.isEnabled()

    # Undo: cancelled, nothing undone; with the PIN, undone.
    cancel = answer_step_up(qtbot, None)
    click(qtbot, form.undoButton)
    assert pane.undo_words == "Not undone: undoing an admission needs a supervisor's PIN."
    seen = []
    give = answer_step_up(qtbot, SUPERVISOR, SUPERVISOR_PIN, seen)
    click(qtbot, form.undoButton)
    assert not cancel.isActive()
    assert not give.isActive()
    assert pane.undo_words.startswith("Undone")
    assert seen[0][1] == "Undo an admission"

    rows = audit_rows(door.services)
    assert [(a, by) for a, _, by in rows] == [
        ("step_up", SUPERVISOR), ("door.admit_by_hand", SUPERVISOR),
        ("step_up", SUPERVISOR), ("door.undo_admission", SUPERVISOR)]
    assert rows[0][1] == "door.search_guests"
    assert rows[1][1] == admitted_by_hand
    assert rows[2][1] == "door.undo_admission"


def test_a_supervisor_desk_admits_by_hand_and_undoes_without_a_pin(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    _, name = a_valid_pass(door)
    roles_on(door.services, Role.SUPERVISOR)
    assert form.searchEdit.isEnabled()
    assert not pane.unlock_search_button.isVisible()
    shown = []
    timer = when_shown(StepUpDialog, lambda d: (shown.append(d), d.reject()))
    form.searchEdit.setFocus()
    _pick(door, qtbot, name)
    click(qtbot, form.admitButton)
    assert pane.verdict_text[0] == "ADMIT"
    click(qtbot, form.undoButton)
    assert pane.undo_words.startswith("Undone")
    qtbot.wait(100)
    timer.stop()
    assert shown == []
    # Overrides are recorded even when the desk's own role allowed them: by no PIN.
    assert [(a, by) for a, _, by in audit_rows(door.services)] == [
        ("door.admit_by_hand", None), ("door.undo_admission", None)]


def test_names_hidden_from_door_staff_when_the_venue_says_so(qtbot, door) -> None:
    from passdesk.core.roles import VenueRules
    from passdesk.store import access

    barcode, name = a_valid_pass(door)
    with door.services.database.session() as session:
        access.write_rules(session, VenueRules(door_staff_see_names=False))
    roles_on(door.services, Role.DOOR_STAFF)
    door.scan_at_the_door(barcode)
    shown_name = door.pane.verdict_text[1]
    assert shown_name != name
    assert shown_name.replace(".", "").replace(" ", "") == "".join(
        part[0] for part in name.split())


def test_roles_off_asks_nothing(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    _, name = a_valid_pass(door)
    shown = []
    timer = when_shown(StepUpDialog, lambda d: (shown.append(d), d.reject()))
    form.searchEdit.setFocus()
    _pick(door, qtbot, name)
    click(qtbot, form.admitButton)
    click(qtbot, form.undoButton)
    assert pane.undo_words.startswith("Undone")
    qtbot.wait(100)
    timer.stop()
    assert shown == []
    assert not QApplication.activeModalWidget()
    assert audit_rows(door.services) == [], "roles off: no one to tell apart, nothing kept"


def test_door_settings_need_a_supervisor_and_their_change_is_audited(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    roles_on(door.services, Role.DOOR_STAFF)
    cancel = answer_step_up(qtbot, None)
    click(qtbot, form.settingsButton)
    assert not cancel.isActive()
    qtbot.wait(200)
    assert getattr(pane, "settings_dialog", None) is None, "no PIN: no settings"

    give = answer_step_up(qtbot, SUPERVISOR, SUPERVISOR_PIN)
    click(qtbot, form.settingsButton)
    qtbot.waitUntil(lambda: getattr(pane, "settings_dialog", None) is not None
                    and pane.settings_dialog.isVisible())
    assert not give.isActive()
    dialog = pane.settings_dialog
    was = dialog.form.soundCheck.isChecked()
    click(qtbot, dialog.form.soundCheck)
    dialog.accept()
    action, subject, by, before, after = trail(door.services)[-1]
    assert (action, subject, by) == ("desk.settings", "door", SUPERVISOR)
    assert (before["sound"], after["sound"]) == (was, not was)
