"""The Door pane on the real sandbox after the first sync: scanner bursts through the
keyboard wedge (key events with timestamps, no sleeping), a person typing in the
search field, undo, counters, settings, and screenshots to look at."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from passdesk.core.admission import DoorConfig
from passdesk.gui.door.pane import DoorPane
from passdesk.gui.main_window import MainWindow
from passdesk.gui.services import Services
from passdesk.settings import SettingsStore
from passdesk.settings.door import DoorSetup, setup_to_json
from passdesk.store.schema import Event, Pass, Scan
from tests.gui.helpers import distinct_colours, open_synced_door, save_shot
from tests.gui.scanning.test_wedge import PERSON_MS, Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@dataclass
class DoorWindow:
    window: MainWindow
    services: Services
    pane: DoorPane
    typist: Typist

    def scan_rows(self) -> int:
        with self.services.database.session() as session:
            return session.scalar(select(func.count()).select_from(Scan))

    def counters(self) -> tuple[str, str, str]:
        form = self.pane.form
        return form.admittedCount.text(), form.deniedCount.text(), form.insideCount.text()

    def scan_at_the_door(self, value: str) -> None:
        """A scanner burst with nothing but the door screen focused."""
        self.pane.form.verdictFrame.setFocus()
        assert not _text_focus()
        self.typist.pause(1_000)
        self.typist.scan(value, target=self.pane.form.verdictFrame)


def _text_focus() -> bool:
    from PySide6.QtWidgets import QLineEdit

    return isinstance(QApplication.focusWidget(), QLineEdit)


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window) -> DoorWindow:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    assert window.current_pane_key == "door"  # the first pane
    return DoorWindow(window, services, pane, Typist())


def a_valid_pass(door: DoorWindow) -> tuple[str, str]:
    """(barcode value, holder's name) of an active ticket for the event on now.

    A door lets in tickets of an event that is on (loyalty and member cards,
    and tickets of past or later events, are denied by default).
    """
    now = datetime.now(UTC)
    with door.services.database.session() as session:
        for row in session.execute(
                select(Pass.barcode_value, Pass.display_name, Event.start_time, Event.end_time)
                .join(Event, Event.id == Pass.event_id)
                .where(Pass.status == "active", Pass.display_name.is_not(None),
                       Pass.barcode_value.is_not(None)).order_by(Pass.id)):
            if row.start_time.replace(tzinfo=UTC) <= now < row.end_time.replace(tzinfo=UTC):
                return row.barcode_value, row.display_name
    raise AssertionError("no active demo ticket for an event on now")


def test_the_door_admits_denies_searches_and_undoes(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    barcode, name = a_valid_pass(door)
    assert door.scan_rows() == 0

    door.scan_at_the_door(barcode)
    assert pane.verdict_text == ("ADMIT", name, "Welcome")
    assert form.verdictFrame.property("outcome") == "admit"
    assert door.scan_rows() == 1
    assert door.counters() == ("1", "0", "1")
    assert pane.recent.rowCount() == 1
    assert name in form.undoLabel.text()

    door.scan_at_the_door(barcode)
    word, shown, message = pane.verdict_text
    assert (word, shown) == ("DENY", name)
    assert message.startswith("Already admitted at ")
    assert door.counters() == ("1", "1", "1")

    door.scan_at_the_door("NOPE-00000-00000")
    assert pane.verdict_text[0] == "DENY"
    assert pane.verdict_text[2].startswith("Unknown pass")
    assert door.scan_rows() == 3
    assert door.counters() == ("1", "2", "1")

    # A person types a name in the search field: no scan, the text stays, results come.
    first_name = name.split()[0]
    form.searchEdit.setFocus()
    door.typist.pause(1_000)
    door.typist.type(first_name + "\n", gap_ms=PERSON_MS, target=form.searchEdit)
    assert door.scan_rows() == 3
    qtbot.waitUntil(lambda: pane.results.rowCount() > 0)
    assert form.searchEdit.text() == first_name
    assert any(name in pane.results.item(r).text() for r in range(pane.results.rowCount()))

    # A scanner burst while the search field has focus is a scan, and leaves no trace there.
    form.searchEdit.setFocus()
    door.typist.pause(1_000)
    door.typist.scan(barcode, target=form.searchEdit)
    assert door.scan_rows() == 4
    assert pane.verdict_text[0] == "DENY"
    assert form.searchEdit.text() == first_name

    # Undo the admission: the pass may come in again.
    form.undoButton.click()
    assert form.undoLabel.text() == f"Undone: {name}"
    assert door.counters() == ("0", "3", "0")
    door.scan_at_the_door(barcode)
    assert pane.verdict_text == ("ADMIT", name, "Welcome")
    assert door.counters() == ("1", "3", "1")


def test_admit_by_hand_from_the_search(qtbot, door) -> None:
    pane, form = door.pane, door.pane.form
    _, name = a_valid_pass(door)
    form.searchEdit.setFocus()
    door.typist.type(name, gap_ms=PERSON_MS, target=form.searchEdit)
    qtbot.waitUntil(lambda: pane.results.rowCount() > 0)
    row = next(r for r in range(pane.results.rowCount()) if name in pane.results.item(r).text())
    form.searchResults.setCurrentIndex(pane.results.index(row, 0))
    assert form.admitButton.isEnabled()
    form.admitButton.click()
    assert pane.verdict_text == ("ADMIT", name, "Welcome")
    assert pane.last_result is not None
    assert pane.last_result.source == "manual"
    assert form.searchEdit.text() == ""
    # The footer says how, not the pass's 40-character internal id.
    assert "picked by hand" in form.verdictDetail.text()
    assert pane.last_result.facts.id not in form.verdictDetail.text()


def test_door_settings_are_applied_and_kept(qtbot, door) -> None:
    door.pane.apply_setup(DoorSetup(DoorConfig(desk="north", capacity=500,
                                                     allow_reentry=True), sound=False))
    assert door.pane.form.insideCount.text() == "0 / 500"
    assert "capacity 500" in door.pane.form.doorSummary.text()
    stored = SettingsStore().load().door
    assert stored["station"] == "north"
    assert stored["capacity"] == 500
    assert stored["allow_reentry"] is True
    assert door.pane.door.config.capacity == 500


def test_the_door_follows_a_settings_save_made_elsewhere(qtbot, door) -> None:
    # Saved from a worker thread, as the CLI-like paths and the hub's dialogs do: the
    # pane is told through the store, on its own thread, without reading the file.
    wanted = DoorSetup(DoorConfig(desk="west", capacity=120), sound=False)
    saver = threading.Thread(target=lambda: door.services.settings.update(
        lambda settings: setattr(settings, "door", setup_to_json(wanted))))
    saver.start()
    saver.join()
    qtbot.waitUntil(lambda: door.pane.door.config.capacity == 120)
    assert door.pane.door.config.desk == "west"
    assert door.pane.form.insideCount.text() == "0 / 120"
    assert "capacity 120" in door.pane.form.doorSummary.text()
    # A save of something else (the Till's part) leaves the door's setup as it is.
    door.services.settings.update(lambda settings: settings.extra.update(note="kept"))
    qtbot.wait(50)
    assert door.pane.door.config == wanted.config


@pytest.mark.parametrize("size", [(1100, 720), (1280, 800)])
def test_screenshots_of_an_admit_and_a_deny(qtbot, door, tmp_path, size) -> None:
    barcode, _ = a_valid_pass(door)
    door.window.resize(*size)
    qtbot.waitUntil(lambda: door.window.size().width() == size[0])
    suffix = "" if size == (1100, 720) else f"-{size[0]}x{size[1]}"

    door.scan_at_the_door(barcode)
    admit = save_shot(door.window, tmp_path, f"door-admit{suffix}.png")
    door.scan_at_the_door(barcode)
    deny = save_shot(door.window, tmp_path, f"door-deny{suffix}.png")

    for path in (admit, deny):
        assert path.stat().st_size > 10_000
        assert distinct_colours(path) > 8
