"""A kiosk desk: locked to one pane, full screen, no way out but a supervisor's PIN,
and still locked after a restart. Panes above the desk's role ask for a PIN."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from passdesk.core.roles import Role
from passdesk.gui.step_up_dialog import StepUpDialog
from tests.gui.helpers import click, configure, when_shown
from tests.gui.roles import (
    MANAGER,
    MANAGER_PIN,
    SUPERVISOR,
    SUPERVISOR_PIN,
    answer_step_up,
    audit_rows,
    roles_on,
    type_pin,
)


def _full_screen(window) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowFullScreen)


def test_a_kiosk_door_cannot_be_left_and_survives_a_restart(
        qtbot, sandbox, make_services, open_window) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services, start_pane="passes")
    roles_on(services, Role.DOOR_STAFF, kiosk="door")

    assert window.kiosk == "door"
    assert window.current_pane_key == "door"
    assert _full_screen(window)
    assert not window.nav_column.isVisible()
    assert window.kiosk_button.isVisible()

    # Pane keys, the sidebar's list, the status bar's sync link: all stay on the Door.
    for number in range(1, 10):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_pane_key == "door"
    window.nav.setCurrentRow(window.pane_keys.index("settings"))
    assert window.current_pane_key == "door"
    window.status.open_sync.emit()
    assert window.current_pane_key == "door"
    # The window's close (Alt+F4) and minimising do not leave it.
    assert window.close() is False
    assert window.isVisible()
    window.showNormal()
    qtbot.waitUntil(lambda: _full_screen(window))
    window.showMinimized()
    qtbot.waitUntil(lambda: _full_screen(window))

    # A restart (the power goes: the window is gone without closing): the settings
    # say kiosk, and the new window opens locked.
    window.hide()
    window.deleteLater()
    settings_text = (os.environ["PASSDESK_CONFIG_DIR"] + "/settings.json")
    with open(settings_text, encoding="utf-8") as file:
        saved = json.load(file)
    assert saved["access"]["kiosk"] == "door"
    assert SUPERVISOR_PIN not in json.dumps(saved)
    assert MANAGER_PIN not in json.dumps(saved)
    again = open_window(make_services(), start_pane="passes")
    assert again.kiosk == "door"
    assert again.current_pane_key == "door"
    assert _full_screen(again)
    assert not again.nav_column.isVisible()

    # Door staff cannot unlock: a wrong PIN keeps it locked; a supervisor's unlocks.
    problems = []

    def wrong(dialog: StepUpDialog) -> None:
        type_pin(qtbot, dialog, SUPERVISOR, "9999")
        problems.append(dialog.problem.text())
        dialog.reject()

    refuse = when_shown(StepUpDialog, wrong)
    click(qtbot, again.kiosk_button)
    assert problems
    assert problems[0].startswith("Wrong PIN")
    assert again.kiosk == "door"
    give = answer_step_up(qtbot, SUPERVISOR, SUPERVISOR_PIN)
    click(qtbot, again.kiosk_button)
    assert not refuse.isActive()
    assert not give.isActive()
    assert again.kiosk is None
    assert again.nav_column.isVisible()
    assert not again.kiosk_button.isVisible()
    assert ("kiosk.unlock", "door", SUPERVISOR) in audit_rows(services)
    assert again.close() is True


def test_settings_and_readers_open_only_with_a_managers_pin(
        qtbot, sandbox, make_services, open_window) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    roles_on(services, Role.SUPERVISOR)
    settings_row = window.pane_keys.index("settings")

    seen = []
    cancel = answer_step_up(qtbot, None, seen=seen)
    window.nav.setCurrentRow(settings_row)
    assert window.current_pane_key == "door", "refused: the pane shown stays"
    assert window.stack.currentWidget() is window.pane("door")
    assert seen[0][0] == [f"{MANAGER} (Manager)"], "only a manager's PIN opens Settings"

    give = answer_step_up(qtbot, MANAGER, MANAGER_PIN)
    window.nav.setCurrentRow(settings_row)
    assert window.current_pane_key == "settings"
    assert not cancel.isActive()
    assert not give.isActive()
    assert audit_rows(services)[-1] == ("step_up", "settings.open", MANAGER)
    assert QApplication.activeModalWidget() is None


def test_roles_off_every_pane_opens(qtbot, sandbox, make_services, open_window) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    window = open_window(make_services())
    shown = []
    timer = when_shown(StepUpDialog, lambda d: (shown.append(d), d.reject()))
    for key in window.pane_keys:
        window.show_pane(key)
        assert window.current_pane_key == key
    timer.stop()
    assert shown == []


def test_a_desk_is_locked_from_what_can_i_do_with_a_supervisors_pin(
        qtbot, sandbox, make_services, open_window) -> None:
    from tests.gui.helpers import choose, open_pane

    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    what = open_pane(qtbot, window, "Staff").what

    # With roles off anyone could unlock a kiosk: it is refused.
    choose(qtbot, what.kiosk_combo, "Locked to the Door")
    click(qtbot, what.save_button)
    assert what.desk_result.text().startswith("Not saved: a kiosk needs roles on")
    assert window.kiosk is None
    assert what.kiosk_combo.currentText() == "Not locked"
    roles_on(services, Role.DOOR_STAFF)

    # Its role is a manager's to change: a supervisor is not offered.
    choose(qtbot, what.role_combo, "Supervisor")
    seen = []
    cancel = answer_step_up(qtbot, None, seen=seen)
    click(qtbot, what.save_button)
    assert not cancel.isActive()
    assert seen[0][0] == [f"{MANAGER} (Manager)"]
    assert what.desk_result.text() == "Not saved: no PIN was given."
    assert services.gate.desk.role is Role.DOOR_STAFF
    assert what.role_combo.currentText() == "Door staff"

    # The kiosk lock is a supervisor's: Sam's PIN locks the desk to the Door.
    choose(qtbot, what.kiosk_combo, "Locked to the Door")
    give = answer_step_up(qtbot, SUPERVISOR, SUPERVISOR_PIN)
    click(qtbot, what.save_button)
    assert not give.isActive()
    assert window.kiosk == "door"
    assert window.current_pane_key == "door"
    assert audit_rows(services)[-1][0] == "desk.access"
    unlock = answer_step_up(qtbot, SUPERVISOR, SUPERVISOR_PIN)
    assert window.unlock_kiosk()
    assert not unlock.isActive()
