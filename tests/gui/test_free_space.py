"""The low-space warning (issue 21, part 1): the store's disk is read off the UI thread,
and below the threshold the status bar and the Door warn, before scans go unrecorded.

The disk cannot be filled here: ``store.free_space.disk_usage`` is a fake that says how
much is free; the store's file is real (a sparse file stands in for a big store).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from passdesk.gui.door.pane import DoorPane
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.status_bar import ServerStatusBar
from passdesk.gui.widgets.style import APP_STYLE
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.settings import SettingsStore
from passdesk.store import free_space
from passdesk.store.database import Database
from tests.gui.helpers import SHOTS_DIR, save_shot

MB = 1024 * 1024
SHOTS = SHOTS_DIR  # where save_shot leaves PNGs to look at


class FakeDisk:
    def __init__(self, free: int, total: int = 64_000 * MB) -> None:
        self.free, self.total, self.asked = free, total, []

    def __call__(self, folder):
        self.asked.append(Path(folder))
        return shutil._ntuple_diskusage(self.total, self.total - self.free, self.free)


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def disk(monkeypatch) -> FakeDisk:
    fake = FakeDisk(free=20_000 * MB)
    monkeypatch.setattr(free_space, "disk_usage", fake)
    return fake


@pytest.fixture
def store(tmp_path) -> Database:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield db
    db.close()


def test_low_below_500_mb_or_twice_the_store(tmp_path, disk) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"x" * 4096)
    disk.free = 501 * MB
    assert not free_space.check(path).low
    assert free_space.check(path).words == ""
    disk.free = 499 * MB
    space = free_space.check(path)
    assert space.low
    assert space.short == "Low disk space: 499 MB free"
    assert "when the disk is full, scans are not recorded" in space.words
    assert disk.asked[-1] == tmp_path  # the store's folder is asked
    # A big store needs twice its size free (a rescue or backup copies it).
    with path.open("r+b") as f:
        f.truncate(800 * MB)  # sparse: takes no room
    disk.free = 1500 * MB
    assert free_space.check(path).low
    assert free_space.check(path).short == "Low disk space: 1.5 GB free"
    disk.free = 1700 * MB
    assert not free_space.check(path).low


def test_a_store_in_memory_is_not_watched() -> None:
    db = Database.open("sqlite://")
    try:
        assert free_space.store_file(db) is None
    finally:
        db.close()


def test_the_status_bar_and_the_door_warn_and_clear(qtbot, disk, store, store_tasks,
                                                    tmp_path) -> None:
    bridge = SyncBridge()
    window = QMainWindow()  # as the app puts them: the Door above the status bar
    window.setStyleSheet(APP_STYLE)
    qtbot.addWidget(window)
    bar = ServerStatusBar(ServerLink(ServerTarget("https://api.example", "demo")), bridge,
                          window, database=store)
    window.setStatusBar(bar)
    door = DoorPane(database=store, settings=SettingsStore(), bridge=bridge,
                    store_tasks=store_tasks)
    window.setCentralWidget(door)
    window.resize(1100, 760)
    window.show()
    qtbot.waitUntil(lambda: len(disk.asked) >= 2)  # both read the disk at once
    assert bar.space_label.isHidden()
    assert door.space_line.isHidden()

    disk.free = 300 * MB  # the disk fills: the next check (each minute) warns
    bar.space_watch.check_now()
    door.space_watch.check_now()
    qtbot.waitUntil(lambda: door.space_line.isVisible() and bar.space_label.isVisible())
    assert bar.space_label.text() == "⚠ Low disk space: 300 MB free"
    assert "scans are not recorded" in bar.space_label.toolTip()
    assert door.space_line.text().startswith("Low disk space: 300 MB free")
    assert door.space_line.property("tone") == "warning"
    shot = save_shot(window, tmp_path, "door-low-space.png")
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / shot.name).write_bytes(shot.read_bytes())

    disk.free = 5_000 * MB  # space freed: the warning goes
    bar.space_watch.check_now()
    door.space_watch.check_now()
    qtbot.waitUntil(lambda: door.space_line.isHidden() and bar.space_label.isHidden())
