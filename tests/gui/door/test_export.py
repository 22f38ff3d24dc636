"""Export scans… on the DoorWindow, on the real sandbox after the first sync: the scan log is
written as CSV on the store's worker, and a path that cannot be written is said plainly."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from passdesk.store.scans import EXPORT_COLUMNS
from tests.gui.door.test_pane import DoorWindow, a_valid_pass
from tests.gui.helpers import open_synced_door
from tests.gui.scanning.test_wedge import Typist


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@pytest.fixture
def door(qtbot, sandbox, make_services, open_window) -> DoorWindow:
    window, services, pane = open_synced_door(qtbot, sandbox, make_services, open_window)
    return DoorWindow(window, services, pane, Typist())


def answer_save_dialog(monkeypatch, path) -> list:
    asked: list = []

    def fake(parent, caption, directory, filter_):
        asked.append(directory)
        return str(path), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_export_writes_every_scan_with_the_holder(qtbot, door, tmp_path, monkeypatch) -> None:
    pane, form = door.pane, door.pane.form
    barcode, name = a_valid_pass(door)
    door.scan_at_the_door(barcode)
    door.scan_at_the_door(barcode)
    assert pane.verdict_text[0] == "DENY"
    rows_in_log = door.scan_rows()

    out = tmp_path / "door.csv"
    asked = answer_save_dialog(monkeypatch, out)
    frame_at = form.verdictFrame.geometry()
    form.exportButton.click()
    assert asked[0].endswith(f"scans-{date.today():%Y-%m-%d}.csv")
    qtbot.waitUntil(out.exists)
    qtbot.waitUntil(lambda: "written" in form.exportLine.text())
    assert form.exportLine.text() == f"{rows_in_log} scans written to {out}"
    assert form.verdictFrame.geometry() == frame_at  # the line has its room: nothing moves
    assert form.exportButton.isEnabled()

    with out.open(newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert tuple(table[0]) == EXPORT_COLUMNS
    rows = [dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in table[1:]]
    assert len(rows) == rows_in_log == 2
    assert [r["holder"] for r in rows] == [name, name]
    assert [r["verdict"] for r in rows] == ["admit", "deny"]
    assert [r["shown"] for r in rows] == ["ADMIT", "DENY"]  # what the screen said
    assert not list(tmp_path.glob("*.part"))


def test_a_missing_folder_is_said_plainly(qtbot, door, tmp_path, monkeypatch) -> None:
    form = door.pane.form
    out = tmp_path / "no-such-folder" / "door.csv"
    answer_save_dialog(monkeypatch, out)
    form.exportButton.click()
    qtbot.waitUntil(lambda: form.exportLine.text().startswith("Could not write"))
    assert str(out) in form.exportLine.text()
    assert "No such file or directory" in form.exportLine.text()
    assert form.exportButton.isEnabled()
    assert not out.exists()


def test_cancelling_the_dialog_writes_nothing(qtbot, door, monkeypatch) -> None:
    answer_save_dialog(monkeypatch, "")
    door.pane.form.exportButton.click()
    assert door.pane.form.exportLine.text() == ""
    assert door.pane.form.exportButton.isEnabled()
