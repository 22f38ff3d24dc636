"""Helpers for GUI tests: set the app up as a user would have, and act as a person."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from passdesk.api import PassEntryClient
from passdesk.gui.main_window import MainWindow
from passdesk.gui.services import Services
from passdesk.gui.settings.pane import SettingsPane
from passdesk.keychain import SecretStore
from passdesk.settings import Settings, SettingsStore
from passdesk.store.database import Database
from passdesk.sync.pull import PullSync

#: A generous bound on waiting for the background sync worker: not a speed requirement.
SYNC_WAIT_MS = 60_000


def configure(base_url: str, key: str | None = None) -> None:
    """What a user who set passdesk up before has: a settings file and a stored key."""
    SettingsStore().save(Settings(api_base_url=base_url))
    if key is not None:
        SecretStore().set("api_key", key, scope=base_url)


def wait_until_synced(qtbot, services: Services) -> None:
    """Until the sync's status, as the window has it, says a sync finished (a first sync
    pulls the whole account): read from the status, so in any language."""
    def synced() -> bool:
        status = services.bridge.status
        return status.last_sync_at is not None and not status.syncing

    qtbot.waitUntil(synced, timeout=SYNC_WAIT_MS)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_pane(qtbot, window: MainWindow, title: str) -> QWidget:
    """Click ``title`` in the navigation list; returns the pane shown."""
    items = window.nav.findItems(title, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    center = window.nav.visualItemRect(items[0]).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=center)
    return window.stack.currentWidget()


def open_settings(qtbot, window: MainWindow) -> SettingsPane:
    """Click "Settings" in the navigation list."""
    pane = open_pane(qtbot, window, "Settings")
    assert isinstance(pane, SettingsPane)
    return pane


def when_shown(kind, act) -> QTimer:
    """Poll until a visible top-level widget of ``kind`` exists, then ``act(widget)`` once.

    For modal dialogs: set this up, then click what opens the dialog.
    """
    timer = QTimer(interval=20)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                act(widget)
                return

    timer.timeout.connect(poll)
    timer.start()
    WATCHING.append(timer)
    return timer


#: Every ``when_shown`` timer: one still polling when its test ends is stopped then
#: (tests/gui/conftest.py), so it never answers a later test's dialog.
WATCHING: list[QTimer] = []


def stop_watching() -> None:
    while WATCHING:
        timer = WATCHING.pop()
        if shiboken6.isValid(timer):
            timer.stop()


def retype(qtbot, line_edit: QWidget, text: str) -> None:
    """Select everything in a field and type over it."""
    line_edit.setFocus()
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def run_connection_test(qtbot, pane: SettingsPane) -> str:
    """Click Test connection, wait for the verdict, return the result text."""
    click(qtbot, pane.form.testButton)
    qtbot.waitUntil(lambda: pane.form.testButton.isEnabled())
    return pane.form.resultLabel.text()


#: Screenshots are also written here, to be looked at by a person.
SHOTS_DIR = Path("/tmp/passdesk-shots")


def save_shot(widget: QWidget, tmp_path: Path, name: str) -> Path:
    """Grab ``widget`` into ``tmp_path/name`` (and a copy in SHOTS_DIR); returns the path."""
    # Views lay out on a zero timer after a change; grab what a person would see.
    QApplication.processEvents()
    image = widget.grab()
    path = tmp_path / name
    assert image.save(str(path)), f"could not write {path}"
    SHOTS_DIR.mkdir(parents=True, exist_ok=True)
    assert image.save(str(SHOTS_DIR / name))
    return path


def distinct_colours(path: Path, grid: int = 40) -> int:
    """How many colours a grid of samples over the image finds (1 = a blank image)."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable image"
    seen = {
        image.pixel(x * (image.width() - 1) // grid, y * (image.height() - 1) // grid)
        for x in range(grid + 1) for y in range(grid + 1)
    }
    return len(seen)


def open_synced_door(qtbot, sandbox, make_services, open_window):
    """The main window on the sandbox, first sync done, active: (window, services, door pane)."""
    from passdesk.gui.door.pane import DoorPane

    configure(sandbox.base_url, sandbox.api_key)
    services = make_services()
    window = open_window(services)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wait_until_synced(qtbot, services)
    pane = window.pane("door")
    assert isinstance(pane, DoorPane)
    return window, services, pane


class FakeSync:
    """Stands in for the sync service where a dialog only asks it to push soon."""

    def __init__(self) -> None:
        self.pushes = 0

    def push_soon(self) -> None:
        self.pushes += 1


def synced_store(base_url: str, path: Path) -> Database:
    """A real SQLite store at ``path`` after a first pull from the sandbox at ``base_url``."""
    db = Database.open(f"sqlite:///{path}")
    with PassEntryClient(base_url, "demo") as client:
        PullSync(client, db).run(reconcile=False)
    return db


def choose(qtbot, combo, text: str) -> None:
    """Pick ``text`` in a combo box with the keyboard, as a person would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text
