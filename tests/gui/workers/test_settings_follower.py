"""A settings save reaches a follower on its own thread, and a stopped or deleted
follower is no longer told."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread

from passdesk.gui.workers.settings_follower import SettingsFollower
from passdesk.settings import Settings, SettingsStore


def _save_on_a_worker(store: SettingsStore, entity: str) -> None:
    saver = threading.Thread(target=lambda: store.save(Settings(entity_id=entity)))
    saver.start()
    saver.join()


def test_a_save_on_a_worker_arrives_on_the_followers_thread(qtbot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    owner = QObject()
    follower = SettingsFollower(store, owner)
    heard: list[tuple[str | None, bool]] = []
    follower.saved.connect(lambda s: heard.append(
        (s.entity_id, QThread.currentThread() is owner.thread())))

    _save_on_a_worker(store, "ent-1")

    qtbot.waitUntil(lambda: heard == [("ent-1", True)])


def test_a_stopped_follower_hears_nothing_more(qtbot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    owner = QObject()
    follower = SettingsFollower(store, owner)
    heard: list[Settings] = []
    follower.saved.connect(heard.append)
    store.save(Settings(entity_id="before"))
    qtbot.waitUntil(lambda: len(heard) == 1)

    follower.stop()
    store.save(Settings(entity_id="after"))
    qtbot.wait(50)
    assert [s.entity_id for s in heard] == ["before"]
    assert store._subscribers == []


def test_a_deleted_follower_leaves_the_store(qtbot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    owner = QObject()
    SettingsFollower(store, owner)
    assert len(store._subscribers) == 1
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    assert store._subscribers == []
    store.save(Settings())  # no one to tell, and no error
