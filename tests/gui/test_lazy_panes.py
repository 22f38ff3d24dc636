"""The main window builds the pane it opens on at start, and each other pane on
its first show: by a click in the sidebar, its Ctrl+number, or ``pane(key)``."""

from __future__ import annotations

from PySide6.QtCore import Qt

from passdesk.gui.door.pane import DoorPane
from passdesk.gui.passes.pane import PassesPane
from passdesk.gui.settings.pane import SettingsPane
from passdesk.gui.sync.pane import SyncPane
from tests.gui.helpers import configure, open_pane

API = "https://api.passentry.com/api/v1"


def built(window) -> list[str]:
    return [key for key in window.pane_keys if window.is_built(key)]


def test_only_the_door_is_built_at_start_and_each_pane_on_its_first_click(
        qtbot, make_services, open_window) -> None:
    configure(API)
    window = open_window(make_services())
    assert window.current_pane_key == "door"
    assert built(window) == ["door"]
    door = window.stack.currentWidget()
    assert isinstance(door, DoorPane)
    assert door.isVisible()
    assert door.wedge.active  # the Door takes scans from the start

    passes = open_pane(qtbot, window, "Passes")

    assert isinstance(passes, PassesPane)
    assert passes.isVisible()
    assert built(window) == ["door", "passes"]
    assert not door.wedge.active  # hidden: the wedge is the Door's only while shown
    assert window.stack.count() == window.nav.count()
    assert open_pane(qtbot, window, "Door") is door  # built once, kept
    assert door.wedge.active
    assert open_pane(qtbot, window, "Passes") is passes


def test_a_pane_opened_by_its_key_is_built_then(qtbot, make_services, open_window) -> None:
    configure(API)
    window = open_window(make_services())

    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)

    assert window.current_pane_key == "sync"
    assert isinstance(window.stack.currentWidget(), SyncPane)
    assert built(window) == ["door", "sync"]


def test_asking_for_a_pane_builds_it_without_showing_it(qtbot, make_services,
                                                        open_window) -> None:
    configure(API)
    window = open_window(make_services())

    settings = window.pane("settings")

    assert isinstance(settings, SettingsPane)
    assert not settings.isVisible()
    assert window.current_pane_key == "door"
    assert window.stack.currentWidget() is window.pane("door")
    assert open_pane(qtbot, window, "Settings") is settings


def test_a_window_opened_on_another_pane_builds_that_one_only(
        qtbot, make_services, open_window) -> None:
    configure(API)
    window = open_window(make_services(), start_pane="settings")

    assert built(window) == ["settings"]
    assert isinstance(window.stack.currentWidget(), SettingsPane)
    assert isinstance(open_pane(qtbot, window, "Door"), DoorPane)
