"""M10: the window opens to fit its screen, the sidebar collapses to icons (by its
button, or by itself on a narrow window), each section shows its shortcut, and
the sidebar never searches as you type."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from pytestqt.exceptions import TimeoutError as WaitTimeout

from passdesk import app
from passdesk.gui.main_window import MainWindow, opening_geometry
from passdesk.gui.nav_column import HINT_ROLE, NARROW, WIDE
from tests.gui.helpers import SYNC_WAIT_MS, click, configure, open_pane, when_shown


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.mark.parametrize(("width", "height", "maximized"), [
    (1024, 768, True),
    (1280, 720, True),
    (1366, 768, True),
    (1440, 900, True),
    (1920, 1080, False),
    (2560, 1440, False),
])
def test_small_screens_get_the_window_maximized_larger_ones_a_fitting_one(
        width, height, maximized) -> None:
    available = QRect(0, 0, width, height - 32)  # a panel takes the bottom
    place = opening_geometry(available)
    assert (place is None) is maximized
    if place is not None:
        assert available.contains(place)
        assert place.center() == available.center()


def test_the_window_opens_fitted_to_its_screen(qtbot, sandbox) -> None:
    configure(sandbox.base_url, sandbox.api_key)
    seen: dict[str, object] = {}

    def on_window(window: MainWindow) -> None:
        available = window.screen().availableGeometry()
        status = window.status

        def fits() -> bool:
            status_rect = QRect(status.mapToGlobal(status.rect().topLeft()), status.size())
            return (available.contains(window.frameGeometry()) and status.isVisible()
                    and available.contains(status_rect))

        with contextlib.suppress(WaitTimeout):
            qtbot.waitUntil(fits)  # the window manager (here: Qt) places it
        seen["fits, status bar on screen"] = fits()
        window.close()

    timer = when_shown(MainWindow, on_window)
    assert app.run(argv=["passdesk"]) == 0
    assert not timer.isActive()
    assert seen == {"fits, status bar on screen": True}


def test_the_sidebar_collapses_by_its_button_and_on_a_narrow_window(
        qtbot, sandbox_window) -> None:
    window = sandbox_window
    column = window.nav_column
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: not column.collapsed)
    assert column.width() == WIDE

    window.resize(1024, 700)  # narrow: icons only, the pane gets the room
    qtbot.waitUntil(lambda: column.collapsed)
    qtbot.waitUntil(lambda: column.width() == NARROW)
    qtbot.waitUntil(lambda: window.stack.width() >= 1024 - NARROW - 2)

    click(qtbot, column.toggle)  # a person's choice wins over the width
    assert not column.collapsed
    window.resize(1000, 700)
    qtbot.wait(50)
    assert not column.collapsed
    click(qtbot, column.toggle)
    assert column.collapsed
    assert column.toggle.accessibleName() == "Show the section names"

    assert open_pane(qtbot, window, "Till") is window.pane("till")  # icons still navigate
    assert window.current_pane_key == "till"


def test_each_section_shows_its_shortcut_and_the_shortcut_works(qtbot, sandbox_window) -> None:
    window = sandbox_window
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: not window.nav_column.collapsed)
    nav = window.nav
    hints = [nav.item(row).data(HINT_ROLE) for row in range(nav.count())]
    # Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth.
    assert hints == [f"Ctrl+{n % 10}" for n in range(1, nav.count() + 1)]
    assert nav.count() == 10

    def drawn() -> QImage:
        return nav.viewport().grab().toImage()

    with_hints = drawn()
    for row in range(nav.count()):
        nav.item(row).setData(HINT_ROLE, None)
    assert drawn() != with_hints  # the hints are painted, not only in tooltips
    assert "(Ctrl+3)" in nav.item(2).toolTip()

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_pane_key == "events"


def test_the_sidebar_does_not_search_as_you_type(qtbot, sandbox_window) -> None:
    window = sandbox_window
    qtbot.waitUntil(lambda: window.status.sync_button.text().startswith("Synced"),
                    timeout=SYNC_WAIT_MS)
    window.show_pane("door")
    window.nav.setFocus()
    qtbot.keyClicks(window.nav, "tps")  # a person's keys: no timestamps, no wedge
    assert window.current_pane_key == "door"
