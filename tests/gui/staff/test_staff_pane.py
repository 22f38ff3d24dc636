"""The Staff pane: the first manager PIN turns roles on (its recovery code in the
keychain, never in the store), people are added with a manager's PIN, and
"What can I do?" says what this desk may do. No PIN lands in a file or a log."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import Qt

from passdesk.core.roles import ACTION_WORDS, Action, Role
from passdesk.gui.staff.pane import StaffPane
from passdesk.gui.staff.person_dialog import PersonDialog
from passdesk.keychain import SecretName
from passdesk.store import access
from tests.gui.helpers import click, configure, open_pane, when_shown
from tests.gui.roles import answer_step_up, audit_rows

FIRST_PIN, SAM_PIN = "739164", "582047"


def _fill(qtbot, dialog: PersonDialog, *, name: str = "", role: str = "", new: str,
          again: str | None = None, old: str = "") -> None:
    if name and dialog.name_edit is not None:
        qtbot.keyClicks(dialog.name_edit, name)
    if role and dialog.role_combo is not None:
        dialog.role_combo.setCurrentText(role)
    if old and dialog.old_pin is not None:
        qtbot.keyClicks(dialog.old_pin, old)
    qtbot.keyClicks(dialog.new_pin, new)
    qtbot.keyClicks(dialog.again_pin, new if again is None else again)
    qtbot.keyClick(dialog.again_pin, Qt.Key.Key_Return)


def test_the_first_manager_turns_roles_on_and_adds_a_supervisor(
        qtbot, sandbox, make_services, open_window, memory_keyring, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    pane = open_pane(qtbot, window, "Staff")
    assert isinstance(pane, StaffPane)
    assert pane.what.summary.text() == "Roles are off: everyone at this desk may do everything."

    pane.tabs.setCurrentIndex(1)
    people = pane.people
    assert people.first_box.isVisible()
    assert not people.people_box.isVisible()
    problems = []

    def first(dialog: PersonDialog) -> None:
        assert dialog.role_combo.currentText() == "Door staff"  # never chosen: the lowest
        _fill(qtbot, dialog, name="Mia Jones", role="Counter staff", new=FIRST_PIN,
              again="111111")
        problems.append(dialog.problem.text())
        _fill(qtbot, dialog, new=FIRST_PIN)

    timer = when_shown(PersonDialog, first)
    click(qtbot, people.first_button)
    assert not timer.isActive()
    assert problems == ["The two new PINs differ. Type the same PIN twice."]
    assert people.people_box.isVisible()
    assert not people.first_box.isVisible()
    assert [p.name for p in people.people] == ["Mia Jones"]
    with services.database.session() as session:
        assert access.rules(session).roles_on
        code = memory_keyring.get_password("passdesk", f"{SecretName.ROLES_RECOVERY}@"
                                           f"{access.recovery_scope(services.database.engine.url)}")
        assert code
        assert access.recovery_matches(session, code)
        assert access.check_pin(session, "Mia Jones", FIRST_PIN).ok

    # The desk runs as counter staff now. Adding a person asks a manager's PIN.
    assert services.gate.desk.role is Role.COUNTER_STAFF
    seen = []
    give = answer_step_up(qtbot, "Mia Jones", FIRST_PIN, seen)
    add = when_shown(PersonDialog, lambda d: _fill(qtbot, d, name="Sam", role="Supervisor",
                                                   new=SAM_PIN))
    click(qtbot, people.add_button)
    assert not give.isActive()
    assert not add.isActive()
    assert seen[0][1] == "Manage roles and PINs: add a person"
    assert [(p.name, p.role) for p in people.people] == [("Mia Jones", Role.MANAGER),
                                                         ("Sam", Role.SUPERVISOR)]
    assert [row[0] for row in audit_rows(services)] == [
        "roles.first_manager", "desk.access", "step_up", "roles.add_person"]

    # "What can I do?": this desk's column, the same rule as core.roles.
    pane.tabs.setCurrentIndex(0)
    what = pane.what
    assert what.summary.text() == "This desk runs as Counter staff."
    words = [what.table.item(r, 0).text() for r in range(what.table.rowCount())]
    admit = words.index(ACTION_WORDS[Action.DOOR_ADMIT_BY_HAND])
    assert not what.allowed(admit, Role.DOOR_STAFF)
    assert what.allowed(admit, Role.SUPERVISOR)
    scan = words.index(ACTION_WORDS[Action.DOOR_SCAN])
    assert what.allowed(scan, Role.DOOR_STAFF)
    assert not what.allowed(scan, Role.COUNTER_STAFF)

    # No PIN and no recovery code in any file, setting or log line.
    data = Path(os.environ["PASSDESK_DATA_DIR"])
    config = Path(os.environ["PASSDESK_CONFIG_DIR"])
    files = [p for p in [*data.rglob("*"), *config.rglob("*")] if p.is_file()]
    assert files
    for file in files:
        content = file.read_bytes()
        for secret in (FIRST_PIN, SAM_PIN, code):
            assert secret.encode() not in content, f"{secret!r} found in {file.name}"
    for secret in (FIRST_PIN, SAM_PIN, code):
        assert secret not in caplog.text


def test_a_supervisor_cannot_manage_people(qtbot, sandbox, make_services, open_window) -> None:
    from tests.gui.roles import roles_on

    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    roles_on(services, Role.SUPERVISOR)
    pane = open_pane(qtbot, window, "Staff")
    pane.tabs.setCurrentIndex(1)
    seen = []
    cancel = answer_step_up(qtbot, None, seen=seen)
    click(qtbot, pane.people.add_button)
    assert not cancel.isActive()
    assert seen[0][0] == ["Mia (Manager)"]
    assert pane.people.result.text() == "Not changed: that needs a manager's PIN."
    assert len(pane.people.people) == 2


def test_settings_lead_to_the_first_manager_pin(qtbot, sandbox, make_services,
                                                open_window) -> None:
    from tests.gui.helpers import open_settings

    configure(sandbox.base_url, sandbox.api_key)
    window = open_window(make_services())
    settings = open_settings(qtbot, window)
    click(qtbot, settings.roles_button)
    assert window.current_pane_key == "staff"
    staff = window.pane("staff")
    assert staff.tabs.currentWidget() is staff.people
    assert staff.people.first_button.isVisible()


def test_a_new_api_key_is_audited_without_the_key(qtbot, sandbox, make_services,
                                                  open_window) -> None:
    from tests.gui.helpers import open_settings, retype
    from tests.gui.roles import roles_on, trail

    services = make_services(demo=True)
    window = open_window(services)
    roles_on(services, Role.MANAGER)
    settings = open_settings(qtbot, window)
    retype(qtbot, settings.form.urlEdit, sandbox.base_url)
    qtbot.keyClicks(settings.form.keyEdit, sandbox.api_key)
    click(qtbot, settings.form.saveButton)
    action, subject, by, before, after = trail(services)[-1]
    assert (action, subject, by) == ("settings.api_key", sandbox.base_url, None)
    assert after["key stored"] is True
    assert after["server"] == sandbox.base_url
    assert before["server"] != sandbox.base_url
    assert sandbox.api_key not in repr(trail(services))


def test_a_person_changes_their_own_pin(qtbot, sandbox, make_services, open_window) -> None:
    from tests.gui.roles import SUPERVISOR, SUPERVISOR_PIN, audit_rows, roles_on

    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    roles_on(services, Role.SUPERVISOR)
    people = open_pane(qtbot, window, "Staff").people
    window.pane("staff").tabs.setCurrentIndex(1)
    problems = []

    def change(dialog: PersonDialog) -> None:
        dialog.name_combo.setCurrentText(SUPERVISOR)
        _fill(qtbot, dialog, old="0000", new="864213")
        problems.append(dialog.problem.text())
        _fill(qtbot, dialog, old=SUPERVISOR_PIN, new="864213")

    timer = when_shown(PersonDialog, change)
    click(qtbot, people.own_button)
    assert not timer.isActive()
    assert problems[0].startswith("Wrong PIN")
    with services.database.session() as session:
        assert access.check_pin(session, SUPERVISOR, "864213").ok
        assert not access.check_pin(session, SUPERVISOR, SUPERVISOR_PIN).ok
    assert audit_rows(services)[-1] == ("roles.change_own_pin", SUPERVISOR, SUPERVISOR)


def test_a_manager_resets_a_locked_out_supervisors_pin(qtbot, sandbox, make_services,
                                                       open_window) -> None:
    from tests.gui.roles import MANAGER, MANAGER_PIN, SUPERVISOR, answer_step_up, roles_on

    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    roles_on(services, Role.COUNTER_STAFF)
    with services.database.session() as session:
        for _ in range(5):
            access.check_pin(session, SUPERVISOR, "0000")
    staff = open_pane(qtbot, window, "Staff")
    staff.tabs.setCurrentIndex(1)
    people = staff.people
    row = [p.name for p in people.people].index(SUPERVISOR)
    assert people.table.item(row, 2).text().startswith("Locked out until")
    people.table.selectRow(row)
    give = answer_step_up(qtbot, MANAGER, MANAGER_PIN)
    reset = when_shown(PersonDialog, lambda d: _fill(qtbot, d, new="246813"))
    click(qtbot, people.reset_button)
    assert not give.isActive()
    assert not reset.isActive()
    assert people.result.text() == f"{SUPERVISOR} has a new PIN."
    assert people.table.item(row, 2).text() == "Set"
    with services.database.session() as session:
        assert access.check_pin(session, SUPERVISOR, "246813").ok
    assert audit_rows(services)[-1] == ("roles.reset_pin", SUPERVISOR, MANAGER)
