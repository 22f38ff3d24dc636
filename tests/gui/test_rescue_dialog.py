"""The start-up offer for a damaged local database: rescue, start fresh, or quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from passdesk import app
from passdesk.gui.i18n import formats
from passdesk.gui.rescue_dialog import DamagedStoreDialog
from passdesk.store import damage_mark, sync_state
from passdesk.store.database import Database
from tests.helpers import damaged_store as ds


def _count(path: Path, table: str) -> int:
    return len(ds.rows_by_rowid(path, table))


def test_clicking_rescue_shows_what_was_rescued_and_lost(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "passdesk.sqlite3"
    ds.damaged_store(path, table="scans", share=0.25)
    dialog = DamagedStoreDialog(path, "database disk image is malformed")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rescue_button.isDefault()

    qtbot.mouseClick(dialog.rescue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=60_000)

    assert dialog.report_title.text() == "The local data was rescued"
    words = dialog.report_text.text()
    assert "unsent changes: 300 rescued, none lost" in words
    scans = dialog.report.table("scans")
    assert scans.lost > 0
    # Counts as the locale writes them ("1,505" in English, "1.505" in German).
    assert (f"door scans: {formats.number(scans.rescued)} rescued, "
            f"{formats.number(scans.lost)} lost") in words
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == DamagedStoreDialog.DialogCode.Accepted
    assert _count(path, "scans") == scans.rescued


def test_start_fresh_asks_first_and_keeps_the_old_file(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "passdesk.sqlite3"
    ds.damaged_store(path)
    dialog = DamagedStoreDialog(path, "database disk image is malformed")
    qtbot.addWidget(dialog)
    dialog.show()

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        box.findChild(QPushButton, "freshConfirmButton").click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(dialog.fresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=60_000)

    assert dialog.report_title.text() == "A fresh store is ready"
    assert dialog.report.kept_as[0].exists()
    assert _count(path, "outbox") == 0


def _click_when_shown(name: str, clicks: list[str]) -> None:
    """Click the button ``name`` of the modal dialog once it is shown and enabled."""
    modal = QApplication.activeModalWidget()
    button = modal.findChild(QPushButton, name) if modal else None
    if button is None or not button.isVisible():
        QTimer.singleShot(50, lambda: _click_when_shown(name, clicks))
        return
    clicks.append(name)
    button.click()


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, qapp):
    """``app.run`` up to the main window: what it built is recorded, no event loop."""
    monkeypatch.setenv("PASSDESK_API_KEY", "k")  # a configured server: no start dialog
    built: dict = {}

    class Window:
        def show_fitted(self) -> None:
            pass

    def build_main_window(services, *, start_pane=None, start_services=True):
        built["services"] = services
        built["outbox"] = None
        return Window()

    monkeypatch.setattr(app, "build_main_window", build_main_window)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    return built


def test_start_up_offers_the_rescue_and_starts_on_the_new_store(
        qtbot, started: dict, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = isolated_dirs / "data" / "passdesk.sqlite3"
    store.parent.mkdir(parents=True)
    ds.build_store(store)
    data = bytearray(store.read_bytes())
    data[0:20] = b"\xff" * 20  # the open fails: "file is not a database"
    store.write_bytes(bytes(data))
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: errors.append(a[2]))
    clicks: list[str] = []
    QTimer.singleShot(0, lambda: _click_when_shown("rescueButton", clicks))
    QTimer.singleShot(0, lambda: _click_when_shown("continueButton", clicks))

    assert app.run() == 0

    assert clicks == ["rescueButton", "continueButton"]
    assert errors == []
    services = started["services"]
    assert services.database.engine.url.database == str(store)
    with services.database.session() as session:
        assert sync_state.read(session, "passes") is None  # the next pull is a full one
    assert _count(store, "outbox") == 300
    assert _count(store, "scans") == 2000
    assert any("The local data was rescued (" in n for n in services.notices)
    assert [p.name for p in store.parent.iterdir() if ".damaged-" in p.name]


def test_a_query_that_met_damage_makes_the_next_start_check_and_offer(
        qtbot, started: dict, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = isolated_dirs / "data" / "passdesk.sqlite3"
    store.parent.mkdir(parents=True)
    ds.damaged_store(store, table="scans", share=0.25)
    database = Database.open(f"sqlite:///{store}")  # opens: only data pages are hit
    with pytest.raises(Exception, match="malformed"), database.session() as session:
        session.execute(ds.SCAN_COUNT).all()
    database.close()
    assert damage_mark.seen(store)
    clicks: list[str] = []
    QTimer.singleShot(0, lambda: _click_when_shown("rescueButton", clicks))
    QTimer.singleShot(0, lambda: _click_when_shown("continueButton", clicks))

    assert app.run() == 0

    assert clicks == ["rescueButton", "continueButton"]
    assert damage_mark.seen(store) is None
    assert 0 < _count(store, "scans") < 2000


def test_a_start_without_a_note_reads_nothing_more(
        qtbot, started: dict, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = isolated_dirs / "data" / "passdesk.sqlite3"
    store.parent.mkdir(parents=True)
    ds.build_store(store)
    checked: list[Path] = []
    monkeypatch.setattr(app.rescue_read, "quick_check", lambda p: checked.append(p))
    assert app.run() == 0
    assert checked == []
    started["services"].close()


def test_a_missing_folder_keeps_the_plain_message(
        qtbot, started: dict, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (isolated_dirs / "data").write_text("a file where the folder should be")
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: errors.append(a[2]))
    assert app.run() == 1
    assert len(errors) == 1
    assert "Check that the data folder exists" in errors[0]
